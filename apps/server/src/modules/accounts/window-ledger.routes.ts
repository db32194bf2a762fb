import {
  personLookupQuery,
  windowLedgerMonthsQuery,
  windowLedgerMonthsReply,
  windowLedgerMovementsQuery,
  windowLedgerMovementsReply,
  windowLedgerPerson,
} from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRight } from '../../plugins/session';
import { sendTable } from './ledger-query.documents';
import { PERSON_READ_RIGHT_CODE, type WindowLedgerService } from './window-ledger.service';

const tags = ['accounts'];
const params = z.object({ id: z.coerce.number().int().positive() });

/** W05 个人账户收入支出查询 at the window: find the person, read their account by month. */
export function windowLedgerRoutes(service: WindowLedgerService) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const preValidation = requireRight(PERSON_READ_RIGHT_CODE);
    const now = () => fastify.clock.now();

    app.get(
      '/api/accounts/ledger-person',
      {
        preValidation,
        schema: {
          tags,
          summary: '个人账户收入支出查询：按证件类型、证件号码查找人员及其个人账户',
          querystring: personLookupQuery,
          response: { 200: windowLedgerPerson },
        },
      },
      async (request) => service.lookup(request, request.query),
    );

    app.get(
      '/api/accounts/persons/:id/ledger-months',
      {
        preValidation,
        schema: {
          tags,
          summary: '个人账户收入支出表：按月的收入、支出与月末余额（format=pdf|xlsx 打印/导出）',
          params,
          querystring: windowLedgerMonthsQuery,
          response: { 200: windowLedgerMonthsReply },
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        const q = request.query;
        if (!q.format) return service.months(request, id, q);
        return sendTable(reply, q.format, await service.monthsPrintout(request, id, q), now());
      },
    );

    app.get(
      '/api/accounts/persons/:id/ledger-movements',
      {
        preValidation,
        schema: {
          tags,
          summary: '个人账户收入支出查询：某月的交易明细（format=pdf|xlsx 打印/导出）',
          params,
          querystring: windowLedgerMovementsQuery,
          response: { 200: windowLedgerMovementsReply },
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        const q = request.query;
        if (!q.format) return service.movements(request, id, q);
        return sendTable(reply, q.format, await service.movementsPrintout(request, id, q), now());
      },
    );
  };
}
