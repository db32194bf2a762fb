import {
  benefitAccumulators,
  benefitPolicies,
  institutions,
  settlements,
  type Executor,
  type Tx,
} from '@yibao/db';
import type { PersonClass, VisitClass } from '@yibao/domain';
import { and, eq, sql, type SQL } from 'drizzle-orm';

export type SettlementRow = typeof settlements.$inferSelect;
export type PolicyRow = typeof benefitPolicies.$inferSelect;

export async function findSettlement(db: Executor, institutionId: number, txnNo: string) {
  const [row] = await db
    .select()
    .from(settlements)
    .where(and(eq(settlements.institutionId, institutionId), eq(settlements.txnNo, txnNo)));
  return row;
}

export async function findInstitution(db: Executor, id: number) {
  const [row] = await db.select().from(institutions).where(eq(institutions.id, id));
  return row;
}

/** The insured person and the scheme they settle under: 职工 first, else 城乡居民. */
export interface InsuredPerson {
  personId: number;
  name: string;
  certType: string;
  certNo: string;
  regionCode: string;
  personClass: PersonClass;
}

const RETIRED_TYPES = ['12', '13'];

/** A person with the scheme they settle under (the row insuredSql answers). */
export type InsuredRow = {
  person_id: string;
  name: string;
  cert_type: string;
  cert_no: string;
  region_code: string | null;
  insurance_type: string | null;
  person_type: string | null;
};

/** The persons matching `match` (alias p) with their active 职工 or else 城乡居民 enrolment. */
export const insuredSql = (match: SQL) => sql`
  select p.id as person_id, p.name, p.cert_type, p.cert_no,
         e.region_code, e.insurance_type, e.person_type
  from persons p
  left join lateral (
    select region_code, insurance_type, person_type from enrolments
    where person_id = p.id and status = '正常参保' and insurance_type in ('310', '390')
    order by insurance_type limit 1
  ) e on true
  where ${match}`;

/** The row as the engine uses it; null without an active enrolment. */
export function toInsured(r: InsuredRow | undefined): InsuredPerson | null {
  if (!r?.region_code) return null;
  return {
    personId: Number(r.person_id),
    name: r.name,
    certType: r.cert_type,
    certNo: r.cert_no,
    regionCode: r.region_code,
    personClass:
      r.insurance_type === '390'
        ? '居民'
        : RETIRED_TYPES.includes(r.person_type ?? '')
          ? '退休'
          : '在职',
  };
}

export type PersonMatch = { personId: number } | { certType: string; certNo: string };
export const personMatch = (who: PersonMatch) =>
  'personId' in who
    ? sql`p.id = ${who.personId}`
    : sql`p.cert_type = ${who.certType} and p.cert_no = ${who.certNo}`;

export async function findInsured(db: Executor, who: PersonMatch): Promise<InsuredPerson | null> {
  const { rows } = await db.execute<InsuredRow>(insuredSql(personMatch(who)));
  return toInsured(rows[0]);
}

/** An account the person may draw on, in draw order: their own first, then 共济 holders'. */
export interface DrawableAccount {
  accountId: number;
  holderPersonId: number;
  holderName: string;
  /** 本人, or the user's relation code to the holder */
  relation: string;
}
export type DrawableRow = {
  account_id: string | number;
  holder_person_id: string | number;
  holder_name: string;
  relation: string;
};

/**
 * The person's own open account, then the accounts of the holders whose family mutual aid
 * covers them on the visit date, in the person's 共济账户使用顺序 (draw_order).
 */
export const drawableSql = (personId: SQL, visitDate: string) => sql`
  select a.id as account_id, a.person_id as holder_person_id, p.name as holder_name,
         '本人' as relation, 0 as draw_order
  from personal_accounts a join persons p on p.id = a.person_id
  where a.person_id = ${personId} and a.status = '正常'
  union all
  select a.id, a.person_id, p.name, l.relation, l.draw_order
  from mutual_aid_links l
  join personal_accounts a on a.person_id = l.holder_person_id and a.status = '正常'
  join persons p on p.id = l.holder_person_id
  where l.member_person_id = ${personId} and l.status = '有效'
    and l.effective_from <= ${visitDate}::date
  order by draw_order, account_id`;

export const toDrawable = (r: DrawableRow): DrawableAccount => ({
  accountId: Number(r.account_id),
  holderPersonId: Number(r.holder_person_id),
  holderName: r.holder_name,
  relation: r.relation,
});

export async function findPolicy(
  db: Executor,
  key: { regionCode: string; personClass: PersonClass; visitClass: VisitClass; on: string },
): Promise<PolicyRow | undefined> {
  const [row] = await db
    .select()
    .from(benefitPolicies)
    .where(
      and(
        eq(benefitPolicies.regionCode, key.regionCode),
        eq(benefitPolicies.personClass, key.personClass),
        eq(benefitPolicies.visitClass, key.visitClass),
        sql`${benefitPolicies.validFrom} <= ${key.on}::date`,
        sql`(${benefitPolicies.validTo} is null or ${benefitPolicies.validTo} >= ${key.on}::date)`,
      ),
    )
    .orderBy(sql`${benefitPolicies.validFrom} desc`)
    .limit(1);
  return row;
}

export interface AccumulatorKey {
  personId: number;
  year: number;
  visitClass: VisitClass;
}

/**
 * The year's accumulator row, created when missing, locked FOR UPDATE: a settlement's first
 * lock, taken before any account's, so one person's settlements run one after another.
 */
export async function lockAccumulator(tx: Tx, key: AccumulatorKey) {
  const { rows } = await tx.execute<{ deductible_used_fen: string; fund_paid_fen: string }>(sql`
    insert into benefit_accumulators (person_id, year, visit_class)
    values (${key.personId}, ${key.year}, ${key.visitClass})
    on conflict (person_id, year, visit_class) do update set person_id = excluded.person_id
    returning deductible_used_fen, fund_paid_fen`);
  const [r] = rows;
  if (!r) throw new Error('accumulator not locked');
  return { deductibleUsedFen: Number(r.deductible_used_fen), fundPaidFen: Number(r.fund_paid_fen) };
}

export async function addToAccumulator(
  tx: Tx,
  key: AccumulatorKey,
  delta: { deductibleFen: number; fundFen: number },
) {
  await tx
    .update(benefitAccumulators)
    .set({
      deductibleUsedFen: sql`${benefitAccumulators.deductibleUsedFen} + ${delta.deductibleFen}`,
      fundPaidFen: sql`${benefitAccumulators.fundPaidFen} + ${delta.fundFen}`,
    })
    .where(
      and(
        eq(benefitAccumulators.personId, key.personId),
        eq(benefitAccumulators.year, key.year),
        eq(benefitAccumulators.visitClass, key.visitClass),
      ),
    );
}

/** Locks one settlement for its refund. */
export async function lockSettlement(tx: Tx, institutionId: number, txnNo: string) {
  const [row] = await tx
    .select()
    .from(settlements)
    .where(and(eq(settlements.institutionId, institutionId), eq(settlements.txnNo, txnNo)))
    .for('update');
  return row;
}

export async function markRefunded(tx: Tx, id: number, refundTxnNo: string, at: Date) {
  await tx
    .update(settlements)
    .set({ status: '已退费', refundTxnNo, refundedAt: at })
    .where(eq(settlements.id, id));
}

/** The account movements a settlement wrote (its 消费 rows), with the holders' names. */
export async function settlementPayments(db: Executor, settlementId: number) {
  const { rows } = await db.execute<{
    account_id: string;
    kind: string;
    amount_fen: string;
    user_person_id: string | null;
    holder_name: string;
    holder_person_id: string;
  }>(sql`
    select m.account_id, m.kind, m.amount_fen, m.user_person_id, p.name as holder_name,
           a.person_id as holder_person_id
    from account_movements m
    join personal_accounts a on a.id = m.account_id
    join persons p on p.id = a.person_id
    where m.settlement_id = ${settlementId}
    order by m.id`);
  return rows.map((r) => ({
    accountId: Number(r.account_id),
    kind: r.kind,
    amountFen: Number(r.amount_fen),
    userPersonId: r.user_person_id === null ? null : Number(r.user_person_id),
    holderName: r.holder_name,
    holderPersonId: Number(r.holder_person_id),
  }));
}

export async function findPolicyById(db: Executor, id: number) {
  const [row] = await db.select().from(benefitPolicies).where(eq(benefitPolicies.id, id));
  return row;
}
