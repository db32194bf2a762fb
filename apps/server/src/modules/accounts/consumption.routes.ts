import {
  medicalConsumptionDetail,
  medicalConsumptionParams,
  medicalConsumptionQuery,
  medicalConsumptionReply,
} from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requirePerson } from '../../plugins/session';
import type { ConsumptionService } from './consumption.service';
import { sendTable } from './ledger-query.documents';

const tags = ['accounts'];

/** 个人权益 › 个人医疗消费信息查询 (P55). */
export function consumptionRoutes(service: ConsumptionService) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const preValidation = requirePerson('verified');

    app.get(
      '/api/me/medical-consumption',
      {
        preValidation,
        schema: {
          tags,
          summary:
            '个人医疗消费信息查询：查询年度内本人的结算记录（分页，最新在前，含年度合计；format=pdf 打印，format=xlsx 导出）',
          querystring: medicalConsumptionQuery,
          response: { 200: medicalConsumptionReply },
        },
      },
      async (request, reply) => {
        const q = request.query;
        if (!q.format) return service.list(request, q);
        const table = await service.printout(request, q.year);
        return sendTable(reply, q.format, table, fastify.clock.now());
      },
    );

    app.get(
      '/api/me/medical-consumption/:id',
      {
        preValidation,
        schema: {
          tags,
          summary: '个人医疗消费信息查询：票据信息详情（费用明细、费用分割、退费信息）',
          params: medicalConsumptionParams,
          response: { 200: medicalConsumptionDetail },
        },
      },
      async (request) => service.detail(request, request.params.id),
    );
  };
}
