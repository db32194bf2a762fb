import {
  pageOf,
  personLookupQuery,
  withdrawalItem,
  withdrawalListQuery,
  withdrawalPerson,
  type WithdrawalItem,
} from '@yibao/contracts';
import { beijingDateOf, formatYuan } from '@yibao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRight } from '../../plugins/session';
import { replyList } from '../documents';
import { WITHDRAW_RIGHT } from './withdrawal.business';
import type { WithdrawalService } from './withdrawal.service';

const tags = ['accounts'];
const params = z.object({ id: z.coerce.number().int().positive() });
/** The spine's review right: 审核 reads the registrations too. */
const REVIEW_RIGHT = 'application.review';

const EXPORT_KEYS = [
  'applicationNo',
  'name',
  'certNo',
  'kindLabel',
  'balanceFen',
  'paidFen',
  'applicantName',
  'submittedAt',
  'dueOn',
  'statusLabel',
] as const;

const exportRow = (i: WithdrawalItem) => ({
  ...i,
  balanceFen: formatYuan(i.balanceFen),
  paidFen: formatYuan(i.paidFen),
  // the day in Beijing: the instant's UTC date is the day before from 16:00 UTC
  submittedAt: beijingDateOf(new Date(i.submittedAt)),
  dueOn: i.dueOn ?? '',
});

/**
 * W26 参保人员个人账户一次性支取 at the window, besides the spine's 提交 / 审核 / 撤回: the person
 * and account for 个人账户清退登记, the registrations (账户清退未审核信息, the clerk's own for
 * 撤销), one registration and its 申请表 (PDF). Declares the clerk's right.
 */
export function withdrawalRoutes(service: WithdrawalService) {
  return async (fastify: FastifyInstance) => {
    fastify.rights.declare('accounts', [WITHDRAW_RIGHT]);
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const clerk = requireRight(WITHDRAW_RIGHT.code);
    const either = requireRight(WITHDRAW_RIGHT.code, REVIEW_RIGHT);

    app.get(
      '/api/accounts/withdrawal-person',
      {
        preValidation: clerk,
        schema: {
          tags,
          summary: '个人账户清退登记：按证件类型、证件号码查找人员及其个人账户',
          querystring: personLookupQuery,
          response: { 200: withdrawalPerson },
        },
      },
      async (request) => service.lookup(request, request.query),
    );

    app.get(
      '/api/accounts/withdrawals',
      {
        preValidation: either,
        schema: {
          tags,
          summary: '账户清退信息（未审核、本人登记等；format=pdf|xlsx 打印/导出）',
          querystring: withdrawalListQuery,
          response: { 200: pageOf(withdrawalItem) },
        },
      },
      async (request, reply) =>
        replyList(reply, request.query, {
          title: '账户清退信息',
          exportKeys: EXPORT_KEYS,
          printedAt: fastify.clock.now().toISOString(),
          fetch: ({ page, pageSize }) => service.list(request, request.query, page, pageSize),
          toRow: exportRow,
        }),
    );

    app.get(
      '/api/accounts/withdrawals/:id',
      {
        preValidation: either,
        schema: {
          tags,
          summary: '个人账户清退登记详情',
          params,
          response: { 200: withdrawalItem },
        },
      },
      async (request) => service.detail(request, request.params.id),
    );

    app.get(
      '/api/accounts/withdrawals/:id/pdf',
      {
        preValidation: either,
        schema: {
          tags,
          summary: '打印《职工基本医疗保险个人账户一次性支取申请表》（PDF）',
          params,
        },
      },
      async (request, reply) => {
        const { pdf, applicationNo } = await service.formPdf(request, request.params.id);
        return reply
          .header('content-type', 'application/pdf')
          .header('cache-control', 'private, no-store')
          .header(
            'content-disposition',
            `inline; filename*=UTF-8''${encodeURIComponent(`个人账户一次性支取申请表-${applicationNo}.pdf`)}`,
          )
          .send(pdf);
      },
    );
  };
}
