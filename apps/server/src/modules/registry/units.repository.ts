import {
  and,
  count,
  desc,
  enrolments,
  eq,
  inArray,
  persons,
  sql,
  unitHistory,
  unitOperators,
  units,
  type Executor,
} from '@yibao/db';
import type { Actor } from '../../plugins/context';
import { previousValues, writeHistory } from './history';

export type UnitRow = typeof units.$inferSelect;

/** Serialises the writers of one key (a region's unit numbers, one USCC) until the commit. */
export async function lockKey(db: Executor, key: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
}

export async function findUnitByUscc(db: Executor, uscc: string, lock = false) {
  const q = db.select().from(units).where(eq(units.uscc, uscc));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function findUnitById(db: Executor, id: number) {
  const [row] = await db.select().from(units).where(eq(units.id, id));
  return row ?? null;
}

export async function findUnitByNo(db: Executor, unitNo: string, lock = false) {
  const q = db.select().from(units).where(eq(units.unitNo, unitNo));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

/** How many enrolments in force (正常参保) the unit holds. */
export async function activeUnitEnrolments(db: Executor, unitId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(enrolments)
    .where(and(eq(enrolments.unitId, unitId), eq(enrolments.status, '正常参保')));
  return row?.n ?? 0;
}

/**
 * The next 单位编号 of a region: the region code and a five-digit sequence, one above the
 * highest number of that form (the demo units are numbered the same way). Call it under
 * `lockKey(db, 'unit-no:' + regionCode)` so two registrations never draw the same number.
 */
export async function nextUnitNo(db: Executor, regionCode: string): Promise<string> {
  const pattern = `^${regionCode}[0-9]{5}$`;
  const result = await db.execute<{ max: string | null }>(
    sql`select max(${units.unitNo}) as max from ${units} where ${units.unitNo} ~ ${pattern}`,
  );
  const max = result.rows[0]?.max ?? null;
  const next = max ? Number(max.slice(regionCode.length)) + 1 : 1;
  if (next > 99_999) throw new Error(`unit numbers of ${regionCode} are used up`);
  return regionCode + String(next).padStart(5, '0');
}

export async function insertUnit(
  db: Executor,
  values: typeof units.$inferInsert,
  actor: Actor,
  at: Date,
  reason: string,
) {
  const [row] = await db.insert(units).values(values).returning();
  if (!row) throw new Error('unit not inserted');
  await writeHistory(
    db,
    unitHistory,
    { entityId: row.id, action: 'create', before: null, after: values as Record<string, unknown> },
    { actor, at, reason },
  );
  return row;
}

/** Changes a unit and writes the history row (`action`: update, cancel, reopen …). */
export async function updateUnit(
  db: Executor,
  before: UnitRow,
  values: Partial<typeof units.$inferInsert>,
  action: string,
  actor: Actor,
  at: Date,
  reason: string,
) {
  const [after] = await db
    .update(units)
    .set({ ...values, updatedAt: at })
    .where(eq(units.id, before.id))
    .returning();
  if (!after) throw new Error('unit not updated');
  await writeHistory(
    db,
    unitHistory,
    { entityId: before.id, action, before: previousValues(before, values), after: values },
    { actor, at, reason },
  );
  return after;
}

/** The reason of the unit's latest creation or reopening: which 办件 brought it into being. */
export async function lastOpeningReason(db: Executor, unitId: number): Promise<string | null> {
  const [row] = await db
    .select({ reason: unitHistory.reason })
    .from(unitHistory)
    .where(and(eq(unitHistory.entityId, unitId), inArray(unitHistory.action, ['create', 'reopen'])))
    .orderBy(desc(unitHistory.changedAt), desc(unitHistory.id))
    .limit(1);
  return row?.reason ?? null;
}

/** What hangs on a unit: its enrolments, its persons, its bound unit operators. */
export async function unitMembers(db: Executor, unitId: number) {
  const [e] = await db.select({ n: count() }).from(enrolments).where(eq(enrolments.unitId, unitId));
  const [p] = await db.select({ n: count() }).from(persons).where(eq(persons.unitId, unitId));
  const [o] = await db
    .select({ n: count() })
    .from(unitOperators)
    .where(and(eq(unitOperators.unitId, unitId), eq(unitOperators.status, '正常')));
  return { enrolments: e?.n ?? 0, persons: p?.n ?? 0, operators: o?.n ?? 0 };
}
