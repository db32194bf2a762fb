import type {
  AccountUseQuery,
  AccountUseRow,
  LedgerMovementDetail,
  LedgerParty,
  LedgerQuery,
  LedgerSummaryReply,
} from '@yibao/contracts';
import {
  addDays,
  amountBounds,
  beijingDateOf,
  beijingDayStart,
  directionOf,
  expenseTypeOf,
  inverseRelation,
  ledgerDateRange,
  maskCertNo,
  movementSummary,
  pageWindow,
} from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { forbidden, notFound } from '../../plugins/errors';
import { accountOfPerson } from './accounts.repository';
import {
  ensurePrintable,
  ledgerTable,
  MAX_SYNC_EXPORT_ROWS,
  useTable,
} from './ledger-query.documents';
import {
  accountsUsedBy,
  consumptionPage,
  consumptionTotals,
  consumptionYears,
  movementDetail,
  personsByIds,
  relationsOf,
  usedByScope,
  useOfScope,
  useRowsCount,
  useRowsPage,
  usersOfAccount,
  type RelationRow,
} from './ledger-query.repository';
import {
  personAccountSummary,
  personLedgerPage,
  type MovementFilter,
} from './ledger-page.repository';

/** A party as the service keeps it: the full certificate for matching, masked on the way out. */
interface Party extends LedgerParty {
  fullCertNo: string;
}
const partyOut = ({ fullCertNo: _full, ...p }: Party): LedgerParty => p;
const NOBODY: LedgerParty = { id: 0, name: '', certType: '', certNo: '', relation: null };

interface Paging {
  page: number;
  pageSize: number;
}

/** The day range [from, to] as instants: from the first day's start to the day after `to`. */
export function instantsOf(range: { from: string | null; to: string | null }) {
  return {
    since: range.from ? beijingDayStart(range.from) : null,
    until: range.to ? beijingDayStart(addDays(range.to, 1)) : null,
  };
}

/** P35's 查询条件 as a filter, with the day range it covers (for the printout). */
export function ledgerFilterOf(q: LedgerQuery, today: string) {
  const range = ledgerDateRange(today, q.time, { from: q.from, to: q.to });
  const { since, until } = instantsOf(range);
  const { minFen, maxFen } = amountBounds(q.amount, { minFen: q.minYuan, maxFen: q.maxYuan });
  const kinds = q.kind ? [q.kind] : undefined;
  const filter: MovementFilter = { since, until, direction: q.direction, minFen, maxFen, kinds };
  return { filter, range };
}

/** P36/P37's 交易类型, 业务类型 and 查询起止日期 as a filter. */
const useFilterOf = (q: AccountUseQuery): MovementFilter => ({
  ...instantsOf({ from: q.from, to: q.to }),
  direction: q.direction,
  kinds: q.kind ? [q.kind] : undefined,
});

// P36: a user's relation to me, from my 家庭共济 link, else the family relations.
const userRelation = (r: RelationRow | undefined) => r?.linkAsHolder ?? r?.family ?? null;
// P37: a holder's relation to me, from the family relations, else my link turned around.
const holderRelation = (r: RelationRow | undefined) =>
  r?.family ?? (r?.linkAsMember ? inverseRelation(r.linkAsMember) : null);

/** The parties the filter's 姓名, 证件类型, 证件号码 and 与本人关系 leave. */
function chosen(parties: Party[], q: AccountUseQuery) {
  const certNo = q.certNo?.toUpperCase();
  return parties.filter(
    (p) =>
      (!q.personId || p.id === q.personId) &&
      (!q.certType || p.certType === q.certType) &&
      (!certNo || p.fullCertNo === certNo) &&
      (!q.relation || p.relation === q.relation),
  );
}

/**
 * The insured person's reads of the ledger: P35 on their own account, P36 (others on it), P37
 * (them on others'), the detail of one movement and the phone's 消费信息. Every read starts
 * from the signed-in person; nothing here takes a person or account id from the request.
 */
export function createLedgerQueryService(app: FastifyInstance) {
  const db = app.db;
  const today = () => beijingDateOf(app.clock.now());

  const me = (request: FastifyRequest): number => {
    const personId = request.actor.personId;
    if (!personId) throw forbidden('请先完成实名认证');
    return personId;
  };

  /** The persons with how they are related to `personId`, by the rule of the list asking. */
  async function partiesOf(
    personId: number,
    ids: readonly number[],
    relationOf: (r: RelationRow | undefined) => string | null,
  ): Promise<Party[]> {
    const [people, relations] = await Promise.all([
      personsByIds(db, ids),
      relationsOf(db, personId, ids),
    ]);
    const byId = new Map(relations.map((r) => [r.id, r]));
    return people
      .map((p) => ({
        id: p.id,
        name: p.name,
        certType: p.certType,
        certNo: maskCertNo(p.certNo),
        fullCertNo: p.certNo,
        relation: relationOf(byId.get(p.id)),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.id - b.id);
  }

  async function self(personId: number) {
    const [person] = await personsByIds(db, [personId]);
    if (!person) throw forbidden('请先完成实名认证');
    return person;
  }

  /** A page of P35 with the totals and the day range the filters cover. */
  async function ledgerPage(personId: number, q: LedgerQuery, page: Paging) {
    const { filter, range } = ledgerFilterOf(q, today());
    const { items: rows, totals } = await personLedgerPage(
      db,
      personId,
      filter,
      pageWindow(page.page, page.pageSize),
    );
    // Named field by field: a spread of each row cost more than the rest of the page's work.
    const items = rows.map((r) => ({
      id: r.id,
      occurredAt: r.occurredAt,
      kind: r.kind,
      description: r.description,
      summary: movementSummary(r.kind, r.description),
      amountFen: r.amountFen,
      balanceAfterFen: r.balanceAfterFen,
    }));
    return { items, totals, range };
  }

  /** A page of P36 or P37 rows; `partyOfRow` names the other person of each row. */
  async function usePage(
    scope: Parameters<typeof useRowsPage>[1] | null,
    q: AccountUseQuery,
    page: Paging,
    partyOfRow: (row: { accountId: number; userPersonId: number | null }) => Party | undefined,
  ) {
    if (!scope) return { items: [] as AccountUseRow[], total: 0 };
    const filter = useFilterOf(q);
    const [rows, total] = await Promise.all([
      useRowsPage(db, scope, filter, pageWindow(page.page, page.pageSize)),
      useRowsCount(db, scope, filter),
    ]);
    const items = rows.map((r): AccountUseRow => ({
      id: r.id,
      occurredAt: r.occurredAt.toISOString(),
      person: ((p) => (p ? partyOut(p) : NOBODY))(partyOfRow(r)),
      amountFen: r.amountFen,
      kind: r.kind,
      summary: movementSummary(r.kind, r.description),
      direction: directionOf(r.amountFen),
      institutionName: r.institutionName,
      expenseType: expenseTypeOf(r),
    }));
    return { items, total };
  }

  /** P36: the person's account used by others; the select's persons come with it. */
  async function usedByOthers(personId: number, q: AccountUseQuery | null, page: Paging) {
    const account = await accountOfPerson(db, personId);
    const ids = account ? await usersOfAccount(db, account.id, personId) : [];
    const parties = await partiesOf(personId, ids, userRelation);
    if (!q || !account) return { parties, items: [] as AccountUseRow[], total: 0 };
    const users = new Map(chosen(parties, q).map((p) => [p.id, p]));
    const scope = users.size ? usedByScope(account.id, [...users.keys()]) : null;
    const found = await usePage(scope, q, page, (r) =>
      r.userPersonId === null ? undefined : users.get(r.userPersonId),
    );
    return { parties, ...found };
  }

  /** P37: the person's use of others' accounts; the select's persons come with it. */
  async function useOfOthers(personId: number, q: AccountUseQuery | null, page: Paging) {
    const accounts = await accountsUsedBy(db, personId);
    const holderIds = [...new Set(accounts.map((a) => a.holderId))];
    const parties = await partiesOf(personId, holderIds, holderRelation);
    if (!q) return { parties, items: [] as AccountUseRow[], total: 0 };
    const holders = new Map(chosen(parties, q).map((p) => [p.id, p]));
    const holderOf = new Map(accounts.map((a) => [a.accountId, a.holderId]));
    const ids = accounts.filter((a) => holders.has(a.holderId)).map((a) => a.accountId);
    const scope = ids.length ? useOfScope(personId, ids) : null;
    const found = await usePage(scope, q, page, (r) => holders.get(holderOf.get(r.accountId) ?? 0));
    return { parties, ...found };
  }

  const useReads = { usedByOthers, useOfOthers };
  type UseRead = keyof typeof useReads;

  return {
    /** 个人账户余额: the balance with the account's whole income and expense. */
    async summary(request: FastifyRequest): Promise<LedgerSummaryReply> {
      const account = await personAccountSummary(db, me(request));
      if (!account) {
        return { hasAccount: false, status: null, balanceFen: 0, incomeFen: 0, expenseFen: 0 };
      }
      return { hasAccount: true, ...account };
    },

    /** P35: a page of the person's movements with the totals over the whole filtered set. */
    async movements(request: FastifyRequest, q: LedgerQuery) {
      const { items, totals } = await ledgerPage(me(request), q, q);
      return { items, total: totals.count, page: q.page, pageSize: q.pageSize, totals };
    },

    /** 打印明细: every movement the filters select, with the person, the range and the totals. */
    async movementsPrintout(request: FastifyRequest, q: LedgerQuery) {
      const personId = me(request);
      const first = await ledgerPage(personId, q, { page: 1, pageSize: 1 });
      ensurePrintable(first.totals.count);
      const all = await ledgerPage(personId, q, { page: 1, pageSize: MAX_SYNC_EXPORT_ROWS });
      return ledgerTable(await self(personId), first.range, first.totals, all.items);
    },

    /** 详情: a movement on the person's account, or one they made on another's. */
    async detail(request: FastifyRequest, id: number): Promise<LedgerMovementDetail> {
      const personId = me(request);
      const row = await movementDetail(db, id);
      const mv = row?.movement;
      if (!row || !mv || (row.holderId !== personId && mv.userPersonId !== personId)) {
        throw notFound('未找到该交易明细');
      }
      const ownAccount = row.holderId === personId;
      const ids = [...new Set([row.holderId, mv.userPersonId ?? row.holderId])];
      const parties = await partiesOf(personId, ids, (r) =>
        ownAccount ? userRelation(r) : holderRelation(r),
      );
      const party = (id: number) => parties.find((p) => p.id === id);
      const holder = party(row.holderId);
      const user = mv.userPersonId === null ? undefined : party(mv.userPersonId);
      const s = row.settlement;
      return {
        id: mv.id,
        occurredAt: mv.occurredAt.toISOString(),
        kind: mv.kind,
        description: mv.description,
        summary: movementSummary(mv.kind, mv.description),
        amountFen: mv.amountFen,
        balanceAfterFen: mv.balanceAfterFen,
        period: mv.period,
        reference: mv.reference,
        direction: directionOf(mv.amountFen),
        expenseType: expenseTypeOf({
          kind: mv.kind,
          description: mv.description,
          institutionKind: row.institution?.kind ?? null,
          visitClass: s?.visitClass ?? null,
        }),
        ownAccount,
        // one's own relation to oneself is none
        holder: holder
          ? { ...partyOut(holder), relation: ownAccount ? null : holder.relation }
          : NOBODY,
        user: user ? { ...partyOut(user), relation: ownAccount ? user.relation : null } : null,
        institution: row.institution,
        settlement: s
          ? {
              txnNo: s.txnNo,
              visitDate: s.visitDate,
              medType: s.medType,
              visitClass: s.visitClass,
              totalFen: s.totalFen,
              inCatalogueFen: s.inCatalogueFen,
              outCatalogueFen: s.outCatalogueFen,
              deductibleFen: s.deductibleFen,
              fundFen: s.fundFen,
              accountFen: s.accountFen,
              cashFen: s.cashFen,
              status: s.status,
              settledAt: s.settledAt.toISOString(),
            }
          : null,
      };
    },

    /** P36's 使用人姓名 / P37's 账户所有人姓名 select. */
    async useParties(request: FastifyRequest, read: UseRead) {
      const { parties } = await useReads[read](me(request), null, { page: 1, pageSize: 1 });
      return { items: parties.map(partyOut) };
    },

    /** P36 / P37: a page of rows. */
    async useRows(request: FastifyRequest, read: UseRead, q: AccountUseQuery) {
      const { items, total } = await useReads[read](me(request), q, q);
      return { items, total, page: q.page, pageSize: q.pageSize };
    },

    /** P36 / P37 打印明细: every row the filters select, with the person and the range. */
    async useRowsPrintout(request: FastifyRequest, read: UseRead, q: AccountUseQuery) {
      const personId = me(request);
      const first = await useReads[read](personId, q, { page: 1, pageSize: 1 });
      ensurePrintable(first.total);
      const all = await useReads[read](personId, q, { page: 1, pageSize: MAX_SYNC_EXPORT_ROWS });
      return useTable(read, await self(personId), q, all.items);
    },

    /** 消费信息: the person's own 消费 and 退费 of a Beijing calendar year. */
    async consumption(request: FastifyRequest, q: { year: number } & Paging) {
      const personId = me(request);
      const account = await accountOfPerson(db, personId);
      const accountId = account?.id ?? null;
      const filter = instantsOf({ from: `${q.year}-01-01`, to: `${q.year}-12-31` });
      const [rows, totals] = await Promise.all([
        consumptionPage(db, personId, accountId, filter, pageWindow(q.page, q.pageSize)),
        consumptionTotals(db, personId, accountId, filter),
      ]);
      const others = [...new Set(rows.map((r) => r.holderId))].filter((id) => id !== personId);
      const holders = new Map((await personsByIds(db, others)).map((p) => [p.id, p.name]));
      const items = rows.map((r) => ({
        id: r.id,
        occurredAt: r.occurredAt.toISOString(),
        kind: r.kind,
        summary: movementSummary(r.kind, r.description),
        amountFen: r.amountFen,
        institutionName: r.institutionName,
        expenseType: expenseTypeOf(r),
        familyHolderName: r.holderId === personId ? null : (holders.get(r.holderId) ?? ''),
      }));
      return { items, total: totals.count, page: q.page, pageSize: q.pageSize, totals };
    },

    async consumptionYears(request: FastifyRequest) {
      const personId = me(request);
      const account = await accountOfPerson(db, personId);
      return { years: await consumptionYears(db, personId, account?.id ?? null) };
    },
  };
}

export type LedgerQueryService = ReturnType<typeof createLedgerQueryService>;
