import type {
  PersonLookupQuery,
  WindowLedgerMonthsQuery,
  WindowLedgerMonthsReply,
  WindowLedgerPerson,
} from '@yibao/contracts';
import {
  addMonths,
  beijingDateOf,
  beijingDayStart,
  formatYuan,
  ledgerTimeText,
  movementSummary,
  pageWindow,
  signedYuan,
  validateCertNo,
} from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { invalid, notFound } from '../../plugins/errors';
import type { TableDocument } from '../documents';
import { inStaffScope } from '../applications';
import { accountOfPerson } from './accounts.repository';
import {
  ensurePrintable,
  MAX_SYNC_EXPORT_ROWS,
  personLine,
  totalsLine,
} from './ledger-query.documents';
import {
  ledgerMonths,
  monthMovementsCount,
  monthMovementsPage,
  personByCert,
  personById,
} from './window-ledger.repository';

/**
 * The registry's 人员综合查询 right (registry's PERSON_READ_RIGHT): W05 个人账户收入支出查询 is a
 * page of that query in the guide, so the same right reads it.
 */
export const PERSON_READ_RIGHT_CODE = 'person.read';

/** The first instant of a month (YYYYMM) in Beijing. */
const monthStart = (period: number) =>
  beijingDayStart(`${Math.floor(period / 100)}-${String(period % 100).padStart(2, '0')}-01`);

/** 2026-03 */
const monthText = (period: number) =>
  `${Math.floor(period / 100)}-${String(period % 100).padStart(2, '0')}`;

/** W05 个人账户收入支出查询 (002 五): staff read a person's account within their regions. */
export function createWindowLedgerService(app: FastifyInstance) {
  const db = app.db;

  /** The person, when they exist within the staff member's regions; 404 otherwise. */
  async function personInScope(request: FastifyRequest, id: number) {
    const person = await personById(db, id);
    if (!person || !inStaffScope(request.actor, person.regionCode)) {
      throw notFound('未找到该参保人员');
    }
    return person;
  }

  async function months(request: FastifyRequest, id: number, q: WindowLedgerMonthsQuery) {
    const person = await personInScope(request, id);
    const account = await accountOfPerson(db, person.id);
    const items = account
      ? await ledgerMonths(db, account.id, monthStart(q.from), monthStart(addMonths(q.to, 1)))
      : [];
    const totals = items.reduce(
      (t, r) => ({
        count: t.count + r.count,
        incomeFen: t.incomeFen + r.incomeFen,
        expenseFen: t.expenseFen + r.expenseFen,
      }),
      { count: 0, incomeFen: 0, expenseFen: 0 },
    );
    return { person, reply: { items, totals } satisfies WindowLedgerMonthsReply };
  }

  async function movements(
    request: FastifyRequest,
    id: number,
    q: { period: number; page: number; pageSize: number },
  ) {
    const person = await personInScope(request, id);
    const account = await accountOfPerson(db, person.id);
    if (!account) return { person, items: [], total: 0 };
    const since = monthStart(q.period);
    const until = monthStart(addMonths(q.period, 1));
    const [rows, total] = await Promise.all([
      monthMovementsPage(db, account.id, since, until, pageWindow(q.page, q.pageSize)),
      monthMovementsCount(db, account.id, since, until),
    ]);
    const items = rows.map((r) => ({
      ...r,
      occurredAt: r.occurredAt.toISOString(),
      summary: movementSummary(r.kind, r.description),
    }));
    return { person, items, total };
  }

  return {
    /** 人员基本信息 of W05: the person by certificate, with their account; the read is audited. */
    async lookup(request: FastifyRequest, q: PersonLookupQuery): Promise<WindowLedgerPerson> {
      const checked = validateCertNo(q.certType, q.certNo, beijingDateOf(app.clock.now()));
      if (!checked.ok) throw invalid(checked.message, 'certNo');
      const person = await personByCert(db, q.certType, checked.normalized);
      if (!person || !inStaffScope(request.actor, person.regionCode)) {
        throw notFound('未找到该证件号码的参保人员');
      }
      const account = await accountOfPerson(db, person.id);
      // reading a person's account leaves a trace, as any access to personal data should
      await app.write(request, (_tx, audit) =>
        audit({
          action: 'account-ledger.view',
          entity: 'person',
          entityId: person.id,
          regionCode: person.regionCode,
        }),
      );
      return {
        ...person,
        account: account
          ? {
              balanceFen: account.balanceFen,
              status: account.status,
              openedAt: account.openedAt.toISOString(),
            }
          : null,
      };
    },

    /** 个人账户收入支出表: by month over 结算开始时间 … 结算结束时间. */
    async months(request: FastifyRequest, id: number, q: WindowLedgerMonthsQuery) {
      return (await months(request, id, q)).reply;
    },

    async monthsPrintout(
      request: FastifyRequest,
      id: number,
      q: WindowLedgerMonthsQuery,
    ): Promise<TableDocument> {
      const { person, reply } = await months(request, id, q);
      return {
        title: '个人账户收入支出表',
        subtitle: [
          personLine(person),
          `结算时间：${monthText(q.from)} 至 ${monthText(q.to)}`,
          totalsLine(reply.totals),
        ].join('\n'),
        columns: [
          { key: 'period', title: '年月' },
          { key: 'count', title: '笔数' },
          { key: 'income', title: '收入(元)' },
          { key: 'expense', title: '支出(元)' },
          { key: 'closing', title: '月末余额(元)' },
        ],
        rows: reply.items.map((r) => ({
          period: monthText(r.period),
          count: r.count,
          income: signedYuan(r.incomeFen),
          expense: signedYuan(r.expenseFen),
          closing: formatYuan(r.closingBalanceFen),
        })),
      };
    },

    /** A month's movements, paged. */
    async movements(
      request: FastifyRequest,
      id: number,
      q: { period: number; page: number; pageSize: number },
    ) {
      const { items, total } = await movements(request, id, q);
      return { items, total, page: q.page, pageSize: q.pageSize };
    },

    async movementsPrintout(
      request: FastifyRequest,
      id: number,
      q: { period: number },
    ): Promise<TableDocument> {
      const first = await movements(request, id, { ...q, page: 1, pageSize: 1 });
      ensurePrintable(first.total);
      const all = await movements(request, id, { ...q, page: 1, pageSize: MAX_SYNC_EXPORT_ROWS });
      return {
        title: `个人账户收支明细（${monthText(q.period)}）`,
        subtitle: personLine(first.person),
        columns: [
          { key: 'occurredAt', title: '交易时间' },
          { key: 'amount', title: '交易金额(元)' },
          { key: 'summary', title: '摘要' },
          { key: 'balance', title: '余额(元)' },
          { key: 'userName', title: '使用人' },
          { key: 'institutionName', title: '医院药店' },
        ],
        rows: all.items.map((r) => ({
          occurredAt: ledgerTimeText(r.occurredAt),
          amount: signedYuan(r.amountFen),
          summary: r.summary,
          balance: formatYuan(r.balanceAfterFen),
          userName: r.userName ?? '',
          institutionName: r.institutionName ?? '',
        })),
      };
    },
  };
}

export type WindowLedgerService = ReturnType<typeof createWindowLedgerService>;
