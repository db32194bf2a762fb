import {
  accountUsePersonsReply,
  accountUseQuery,
  accountUseReply,
  consumptionQuery,
  consumptionReply,
  consumptionYearsReply,
  ledgerMovementDetail,
  ledgerPageReply,
  ledgerQuery,
  ledgerSummaryReply,
} from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePerson } from '../../plugins/session';
import { sendTable } from './ledger-query.documents';
import type { LedgerQueryService } from './ledger-query.service';

const tags = ['accounts'];
const params = z.object({ id: z.coerce.number().int().positive() });

/** The ledger as the insured person reads it: P35, P36, P37 and the phone's 消费信息. */
export function ledgerQueryRoutes(service: LedgerQueryService) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const preValidation = requirePerson('verified');
    const now = () => fastify.clock.now();

    app.get(
      '/api/me/account-ledger',
      {
        preValidation,
        schema: {
          tags,
          summary: '个人账户余额（当前账户余额、收入汇总金额、支出汇总金额）',
          response: { 200: ledgerSummaryReply },
        },
      },
      async (request) => service.summary(request),
    );

    app.get(
      '/api/me/account-ledger/movements',
      {
        preValidation,
        schema: {
          tags,
          summary: '个人账户明细查询（分页，最新在前；format=pdf 打印明细）',
          querystring: ledgerQuery,
          response: { 200: ledgerPageReply },
        },
      },
      async (request, reply) => {
        const q = request.query;
        if (!q.format) return service.movements(request, q);
        return sendTable(reply, q.format, await service.movementsPrintout(request, q), now());
      },
    );

    app.get(
      '/api/me/account-ledger/movements/:id',
      {
        preValidation,
        schema: {
          tags,
          summary: '个人账户明细详情（本人账户的交易，或本人使用他人账户的交易）',
          params,
          response: { 200: ledgerMovementDetail },
        },
      },
      async (request) => service.detail(request, request.params.id),
    );

    for (const [path, read, title] of [
      ['/api/me/account-ledger/used-by-others', 'usedByOthers', '使用本人账户情况查询'],
      ['/api/me/account-ledger/use-of-others', 'useOfOthers', '使用他人账户情况查询'],
    ] as const) {
      app.get(
        `${path}/persons`,
        {
          preValidation,
          schema: {
            tags,
            summary: `${title}：${read === 'usedByOthers' ? '使用人' : '账户所有人'}列表`,
            response: { 200: accountUsePersonsReply },
          },
        },
        async (request) => service.useParties(request, read),
      );
      app.get(
        path,
        {
          preValidation,
          schema: {
            tags,
            summary: `${title}（查询起止日期必填；format=pdf 打印明细）`,
            querystring: accountUseQuery,
            response: { 200: accountUseReply },
          },
        },
        async (request, reply) => {
          const q = request.query;
          if (!q.format) return service.useRows(request, read, q);
          return sendTable(reply, q.format, await service.useRowsPrintout(request, read, q), now());
        },
      );
    }

    app.get(
      '/api/me/consumption',
      {
        preValidation,
        schema: {
          tags,
          summary: '消费信息：本人一年的消费与退费（含使用家庭共济账户的）',
          querystring: consumptionQuery,
          response: { 200: consumptionReply },
        },
      },
      async (request) => service.consumption(request, request.query),
    );

    app.get(
      '/api/me/consumption/years',
      {
        preValidation,
        schema: {
          tags,
          summary: '消费信息：有消费或退费的年度',
          response: { 200: consumptionYearsReply },
        },
      },
      async (request) => service.consumptionYears(request),
    );
  };
}
