import {
  and,
  contributions,
  deemedContributions,
  enrolmentHistory,
  enrolments,
  eq,
  inArray,
  personHistory,
  persons,
  regions,
  sql,
  type Executor,
} from '@yibao/db';
import type { Actor } from '../../plugins/context';
import { previousValues, writeHistory } from './history';
import { actorChanged } from '../../plugins/session-cache';

export type PersonRow = typeof persons.$inferSelect;
export type EnrolmentRow = typeof enrolments.$inferSelect;

/** 基本医疗保险: the employee and the resident schemes; a person holds one at a time. */
export const BASIC_SCHEMES = ['310', '390'];

export async function findPersonById(db: Executor, id: number, lock = false) {
  const q = db.select().from(persons).where(eq(persons.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function findPersonByCert(db: Executor, certType: string, certNo: string) {
  const [row] = await db
    .select()
    .from(persons)
    .where(and(eq(persons.certType, certType), eq(persons.certNo, certNo)));
  return row ?? null;
}

export async function updatePerson(
  db: Executor,
  before: PersonRow,
  values: Partial<typeof persons.$inferInsert>,
  actor: Actor,
  at: Date,
  reason: string,
) {
  if (values.name !== undefined) actorChanged(`person-of:${before.id}`);
  const [after] = await db
    .update(persons)
    .set({ ...values, updatedAt: at })
    .where(eq(persons.id, before.id))
    .returning();
  await writeHistory(
    db,
    personHistory,
    {
      entityId: before.id,
      action: 'update',
      before: previousValues(before, values),
      after: values as Record<string, unknown>,
    },
    { actor, at, reason },
  );
  if (!after) throw new Error('person not updated');
  return after;
}

export async function insertPerson(
  db: Executor,
  values: typeof persons.$inferInsert,
  actor: Actor,
  at: Date,
  reason: string,
) {
  const [row] = await db.insert(persons).values(values).returning();
  if (!row) throw new Error('person not inserted');
  await writeHistory(
    db,
    personHistory,
    { entityId: row.id, action: 'create', before: null, after: values as Record<string, unknown> },
    { actor, at, reason },
  );
  return row;
}

export async function activeEnrolments(db: Executor, personId: number, types: string[]) {
  return db
    .select()
    .from(enrolments)
    .where(
      and(
        eq(enrolments.personId, personId),
        inArray(enrolments.insuranceType, types),
        eq(enrolments.status, '正常参保'),
      ),
    );
}

/** Every enrolment of the person in the given schemes, whatever its status. */
export async function enrolmentsOf(db: Executor, personId: number, types: string[]) {
  return db
    .select()
    .from(enrolments)
    .where(and(eq(enrolments.personId, personId), inArray(enrolments.insuranceType, types)));
}

export async function findEnrolmentById(db: Executor, id: number, lock = false) {
  const q = db.select().from(enrolments).where(eq(enrolments.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function updateEnrolment(
  db: Executor,
  before: EnrolmentRow,
  values: Partial<typeof enrolments.$inferInsert>,
  action: string,
  actor: Actor,
  at: Date,
  reason: string,
) {
  const [after] = await db
    .update(enrolments)
    .set({ ...values, updatedAt: at })
    .where(eq(enrolments.id, before.id))
    .returning();
  if (!after) throw new Error('enrolment not updated');
  await writeHistory(
    db,
    enrolmentHistory,
    {
      entityId: before.id,
      action,
      before: previousValues(before, values),
      after: values as Record<string, unknown>,
    },
    { actor, at, reason },
  );
  return after;
}

export async function insertEnrolment(
  db: Executor,
  values: typeof enrolments.$inferInsert,
  actor: Actor,
  at: Date,
  reason: string,
) {
  const [row] = await db.insert(enrolments).values(values).returning();
  if (!row) throw new Error('enrolment not inserted');
  await writeHistory(
    db,
    enrolmentHistory,
    { entityId: row.id, action: 'create', before: null, after: values as Record<string, unknown> },
    { actor, at, reason },
  );
  return row;
}

/** The 险种类型 of a person's enrolments in force, each once. */
export async function activeInsuranceTypes(db: Executor, personId: number): Promise<string[]> {
  const rows = await db
    .selectDistinct({ insuranceType: enrolments.insuranceType })
    .from(enrolments)
    .where(and(eq(enrolments.personId, personId), eq(enrolments.status, '正常参保')))
    .orderBy(enrolments.insuranceType);
  return rows.map((r) => r.insuranceType);
}

export async function regionExists(db: Executor, code: string) {
  const [row] = await db.select({ code: regions.code }).from(regions).where(eq(regions.code, code));
  return row !== undefined;
}

/** 视同缴费月数, 实缴月数 (employee months paid) and 欠费月数 of a person. */
export async function contributionMonthsOf(db: Executor, personId: number) {
  const result = await db.execute<{ deemed: string; paid: string; arrears: string }>(sql`
    select
      (select coalesce(sum(months), 0) from ${deemedContributions}
        where person_id = ${personId}) as deemed,
      (select count(distinct period) from ${contributions}
        where person_id = ${personId} and insurance_type = '310' and status = '已到账') as paid,
      (select count(distinct period) from ${contributions}
        where person_id = ${personId} and insurance_type = '310' and status = '欠费') as arrears`);
  const row = result.rows[0];
  return {
    deemedMonths: Number(row?.deemed ?? 0),
    paidMonths: Number(row?.paid ?? 0),
    arrearsMonths: Number(row?.arrears ?? 0),
  };
}

/**
 * A new enrolment of the person; its 首次参保日期 stays the earliest of the scheme's earlier
 * enrolments (续保), or is the start when there are none.
 */
export async function insertRenewedEnrolment(
  db: Executor,
  values: Omit<typeof enrolments.$inferInsert, 'firstEnrolledOn'>,
  actor: Actor,
  at: Date,
  reason: string,
) {
  const earlier = await enrolmentsOf(db, values.personId, [values.insuranceType]);
  const first = earlier.map((e) => e.firstEnrolledOn ?? e.startDate).sort()[0];
  const enrolment = await insertEnrolment(
    db,
    { ...values, firstEnrolledOn: first ?? values.startDate },
    actor,
    at,
    reason,
  );
  return { enrolment, renewal: earlier.length > 0 };
}
