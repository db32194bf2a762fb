import {
  accountMovements as m,
  and,
  count,
  desc,
  eq,
  gte,
  institutions,
  lt,
  persons,
  sql,
  type Executor,
} from '@yibao/db';

/** W05's reads: one person's account, by month, then one month's movements. */

export async function personByCert(db: Executor, certType: string, certNo: string) {
  const [row] = await db
    .select({
      id: persons.id,
      personNo: persons.personNo,
      name: persons.name,
      certType: persons.certType,
      certNo: persons.certNo,
      regionCode: persons.regionCode,
    })
    .from(persons)
    .where(and(eq(persons.certType, certType), eq(persons.certNo, certNo)));
  return row ?? null;
}

export async function personById(db: Executor, id: number) {
  const [row] = await db
    .select({
      id: persons.id,
      personNo: persons.personNo,
      name: persons.name,
      certType: persons.certType,
      certNo: persons.certNo,
      regionCode: persons.regionCode,
    })
    .from(persons)
    .where(eq(persons.id, id));
  return row ?? null;
}

const inRange = (accountId: number, since: Date, until: Date) =>
  and(eq(m.accountId, accountId), gte(m.occurredAt, since), lt(m.occurredAt, until));

/** The Beijing month (YYYYMM) of a movement. */
const monthOf = sql<number>`to_char(${m.occurredAt} at time zone 'Asia/Shanghai', 'YYYYMM')::int`;

/**
 * 个人账户收入支出表: per month with movements, the count, income, expense and the balance after
 * the month's last movement, oldest month first.
 */
export async function ledgerMonths(db: Executor, accountId: number, since: Date, until: Date) {
  return db
    .select({
      period: monthOf,
      count: sql<number>`count(*)::int`,
      incomeFen: sql<number>`coalesce(sum(${m.amountFen}) filter (where ${m.amountFen} > 0), 0)::bigint`,
      expenseFen: sql<number>`coalesce(sum(${m.amountFen}) filter (where ${m.amountFen} < 0), 0)::bigint`,
      closingBalanceFen: sql<number>`(array_agg(${m.balanceAfterFen} order by ${m.occurredAt} desc, ${m.id} desc))[1]`,
    })
    .from(m)
    .where(inRange(accountId, since, until))
    .groupBy(monthOf)
    .orderBy(monthOf);
}

/** A month's movements, newest first, with who used the money and where. */
export async function monthMovementsPage(
  db: Executor,
  accountId: number,
  since: Date,
  until: Date,
  page: { limit: number; offset: number },
) {
  return db
    .select({
      id: m.id,
      occurredAt: m.occurredAt,
      kind: m.kind,
      description: m.description,
      amountFen: m.amountFen,
      balanceAfterFen: m.balanceAfterFen,
      userName: persons.name,
      institutionName: institutions.name,
    })
    .from(m)
    .leftJoin(persons, eq(persons.id, m.userPersonId))
    .leftJoin(institutions, eq(institutions.id, m.institutionId))
    .where(inRange(accountId, since, until))
    .orderBy(desc(m.occurredAt), desc(m.id))
    .limit(page.limit)
    .offset(page.offset);
}

export async function monthMovementsCount(
  db: Executor,
  accountId: number,
  since: Date,
  until: Date,
) {
  const [row] = await db
    .select({ n: count() })
    .from(m)
    .where(inRange(accountId, since, until));
  return row?.n ?? 0;
}
