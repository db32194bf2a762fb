import {
  accountMovements as m,
  and,
  desc,
  eq,
  inArray,
  institutions,
  isNotNull,
  isNull,
  ne,
  personalAccounts,
  persons,
  settlements,
  sql,
  type Executor,
  type SQL,
} from '@yibao/db';
import { filterConditions, type MovementFilter, type Paging } from './ledger-page.repository';

/**
 * The ledger's reads beside P35's page (ledger-page.repository.ts). Every list starts from one
 * account (account_movements(account_id, occurred_at)) or one user (account_movements(
 * user_person_id, occurred_at)), so a page reads a few index entries however large the table
 * grows; names are joined for the page's rows only.
 */

const ROW = {
  id: m.id,
  occurredAt: m.occurredAt,
  kind: m.kind,
  description: m.description,
  amountFen: m.amountFen,
  balanceAfterFen: m.balanceAfterFen,
};

/** The persons other than the holder who used an account (P36's 使用人). */
export async function usersOfAccount(db: Executor, accountId: number, holderId: number) {
  const rows = await db
    .selectDistinct({ id: m.userPersonId })
    .from(m)
    .where(
      and(eq(m.accountId, accountId), isNotNull(m.userPersonId), ne(m.userPersonId, holderId)),
    );
  return rows.map((r) => r.id as number);
}

/** The accounts, not the person's own, that the person used, with their holders (P37). */
export async function accountsUsedBy(db: Executor, personId: number) {
  return db
    .select({ accountId: personalAccounts.id, holderId: personalAccounts.personId })
    .from(personalAccounts)
    .where(
      and(
        ne(personalAccounts.personId, personId),
        inArray(
          personalAccounts.id,
          db.selectDistinct({ id: m.accountId }).from(m).where(eq(m.userPersonId, personId)),
        ),
      ),
    );
}

/** Movements of another's use, newest first, with where the money went. */
export async function useRowsPage(db: Executor, scope: SQL, filter: MovementFilter, page: Paging) {
  return db
    .select({
      ...ROW,
      accountId: m.accountId,
      userPersonId: m.userPersonId,
      institutionName: institutions.name,
      institutionKind: institutions.kind,
      visitClass: settlements.visitClass,
    })
    .from(m)
    .leftJoin(institutions, eq(institutions.id, m.institutionId))
    .leftJoin(settlements, eq(settlements.id, m.settlementId))
    .where(and(scope, ...filterConditions(filter)))
    .orderBy(desc(m.occurredAt), desc(m.id))
    .limit(page.limit)
    .offset(page.offset);
}

export async function useRowsCount(db: Executor, scope: SQL, filter: MovementFilter) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(m)
    .where(and(scope, ...filterConditions(filter)));
  return row?.n ?? 0;
}

/** P36's rows: the account's movements by the given users. */
export const usedByScope = (accountId: number, userIds: readonly number[]): SQL =>
  sql`${m.accountId} = ${accountId} and ${inArray(m.userPersonId, [...userIds])}`;

/** P37's rows: the person's movements on the given accounts. */
export const useOfScope = (personId: number, accountIds: readonly number[]): SQL =>
  sql`${m.userPersonId} = ${personId} and ${inArray(m.accountId, [...accountIds])}`;

/** Name and certificate of persons by id. */
export async function personsByIds(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: persons.id,
      name: persons.name,
      certType: persons.certType,
      certNo: persons.certNo,
    })
    .from(persons)
    .where(inArray(persons.id, [...ids]));
}

export interface RelationRow {
  id: number;
  /** the other's relation in a link where the person is the holder and they the member */
  linkAsHolder: string | null;
  /** the person's relation in a link where the other is the holder */
  linkAsMember: string | null;
  /** family_relations: the other's relation to the person */
  family: string | null;
}

/**
 * What the registry knows of how others are related to the person: 家庭共济 links either way
 * (a link still in force first) and the family relations.
 */
export async function relationsOf(
  db: Executor,
  personId: number,
  others: readonly number[],
): Promise<RelationRow[]> {
  if (others.length === 0) return [];
  const result = await db.execute<{
    id: number;
    link_as_holder: string | null;
    link_as_member: string | null;
    family: string | null;
  }>(sql`
    select o.id,
      (select l.relation from mutual_aid_links l
        where l.holder_person_id = ${personId} and l.member_person_id = o.id
        order by (l.status = '有效') desc, l.id desc limit 1) as link_as_holder,
      (select l.relation from mutual_aid_links l
        where l.holder_person_id = o.id and l.member_person_id = ${personId}
        order by (l.status = '有效') desc, l.id desc limit 1) as link_as_member,
      (select r.relation from family_relations r
        where r.person_id = ${personId} and r.relative_id = o.id
        order by r.valid_from desc limit 1) as family
    from unnest(${sql.param([...others])}::bigint[]) as o(id)`);
  return result.rows.map((r) => ({
    id: Number(r.id),
    linkAsHolder: r.link_as_holder,
    linkAsMember: r.link_as_member,
    family: r.family,
  }));
}

/** One movement with its account's holder, institution and settlement. */
export async function movementDetail(db: Executor, id: number) {
  const [row] = await db
    .select({
      movement: m,
      holderId: personalAccounts.personId,
      institution: { code: institutions.code, name: institutions.name, kind: institutions.kind },
      settlement: settlements,
    })
    .from(m)
    .innerJoin(personalAccounts, eq(personalAccounts.id, m.accountId))
    .leftJoin(institutions, eq(institutions.id, m.institutionId))
    .leftJoin(settlements, eq(settlements.id, m.settlementId))
    .where(eq(m.id, id));
  return row ?? null;
}

const CONSUMPTION_KINDS = ['消费', '退费'];

/**
 * M08 消费信息: the person's own 消费 and 退费 — on their account without another user, and on
 * any account with them as the user — as two index-driven branches.
 */
function consumptionUnion(
  db: Executor,
  personId: number,
  accountId: number | null,
  filter: MovementFilter,
) {
  const branch = (scope: SQL | undefined) =>
    db
      .select({
        id: m.id,
        accountId: m.accountId,
        occurredAt: m.occurredAt,
        kind: m.kind,
        description: m.description,
        amountFen: m.amountFen,
        institutionId: m.institutionId,
        settlementId: m.settlementId,
      })
      .from(m)
      .where(and(scope, ...filterConditions({ ...filter, kinds: CONSUMPTION_KINDS })));
  const asUser = branch(eq(m.userPersonId, personId));
  return accountId
    ? branch(and(eq(m.accountId, accountId), isNull(m.userPersonId))).unionAll(asUser)
    : asUser;
}

export async function consumptionPage(
  db: Executor,
  personId: number,
  accountId: number | null,
  filter: MovementFilter,
  page: Paging,
) {
  const u = consumptionUnion(db, personId, accountId, filter).as('u');
  return db
    .select({
      id: u.id,
      occurredAt: u.occurredAt,
      kind: u.kind,
      description: u.description,
      amountFen: u.amountFen,
      holderId: personalAccounts.personId,
      institutionName: institutions.name,
      institutionKind: institutions.kind,
      visitClass: settlements.visitClass,
    })
    .from(u)
    .innerJoin(personalAccounts, eq(personalAccounts.id, u.accountId))
    .leftJoin(institutions, eq(institutions.id, u.institutionId))
    .leftJoin(settlements, eq(settlements.id, u.settlementId))
    .orderBy(desc(u.occurredAt), desc(u.id))
    .limit(page.limit)
    .offset(page.offset);
}

export async function consumptionTotals(
  db: Executor,
  personId: number,
  accountId: number | null,
  filter: MovementFilter,
) {
  const u = consumptionUnion(db, personId, accountId, filter).as('u');
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      consumptionFen: sql<number>`coalesce(sum(${u.amountFen}) filter (where ${u.kind} = '消费'), 0)::bigint`,
      refundFen: sql<number>`coalesce(sum(${u.amountFen}) filter (where ${u.kind} = '退费'), 0)::bigint`,
    })
    .from(u);
  return row ?? { count: 0, consumptionFen: 0, refundFen: 0 };
}

/** The calendar years (Beijing) in which the person has 消费 or 退费, newest first. */
export async function consumptionYears(db: Executor, personId: number, accountId: number | null) {
  const u = consumptionUnion(db, personId, accountId, {}).as('u');
  const rows = await db
    .selectDistinct({
      year: sql<number>`extract(year from ${u.occurredAt} at time zone 'Asia/Shanghai')::int`,
    })
    .from(u);
  return rows.map((r) => r.year).sort((a, b) => b - a);
}
