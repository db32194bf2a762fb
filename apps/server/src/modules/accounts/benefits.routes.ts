import { benefitStatusQuery, benefitStatusReply } from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requirePerson } from '../../plugins/session';
import type { BenefitsService } from './benefits.service';

/** 个人权益 › 职工医疗保险待遇查询 (P50). */
export function benefitsRoutes(service: BenefitsService) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/me/benefits',
      {
        preValidation: requirePerson('verified'),
        schema: {
          tags: ['accounts'],
          summary:
            '职工医疗保险待遇查询：查询年度的起付标准、已累计起付金额、统筹基金已支付、年度最高支付限额、剩余可支付额度与报销比例（门诊、住院）',
          querystring: benefitStatusQuery,
          response: { 200: benefitStatusReply },
        },
      },
      async (request) => service.status(request, request.query.year),
    );
  };
}
