import {
  and,
  desc,
  eq,
  isNull,
  unitBindingCodes,
  unitOperators,
  units,
  type Executor,
} from '@yibao/db';
import { actorChanged } from '../../plugins/session-cache';

export type UnitOperatorRow = typeof unitOperators.$inferSelect;
export type UnitRow = typeof units.$inferSelect;

export async function findActiveOperatorByPhone(db: Executor, phone: string) {
  const [row] = await db
    .select()
    .from(unitOperators)
    .where(and(eq(unitOperators.phone, phone), eq(unitOperators.status, '正常')));
  return row ?? null;
}

export async function findOperator(db: Executor, id: number) {
  const [row] = await db.select().from(unitOperators).where(eq(unitOperators.id, id));
  return row ?? null;
}

export async function lockOperatorRow(db: Executor, id: number) {
  const [row] = await db.select().from(unitOperators).where(eq(unitOperators.id, id)).for('update');
  return row ?? null;
}

export async function insertOperator(db: Executor, values: typeof unitOperators.$inferInsert) {
  const [row] = await db.insert(unitOperators).values(values).returning();
  if (!row) throw new Error('operator not inserted');
  return row;
}

export async function updateOperator(
  db: Executor,
  id: number,
  values: Partial<typeof unitOperators.$inferInsert>,
) {
  actorChanged(`unit-operator:${id}`);
  await db.update(unitOperators).set(values).where(eq(unitOperators.id, id));
}

export async function findUnit(db: Executor, id: number) {
  const [row] = await db.select().from(units).where(eq(units.id, id));
  return row ?? null;
}

export async function findUnitByUscc(db: Executor, uscc: string) {
  const [row] = await db.select().from(units).where(eq(units.uscc, uscc));
  return row ?? null;
}

export async function insertBindingCode(
  db: Executor,
  values: typeof unitBindingCodes.$inferInsert,
) {
  await db.insert(unitBindingCodes).values(values);
}

/** The newest unused binding code of a unit, locked for the binding that uses it. */
export async function lockOpenBindingCode(db: Executor, unitId: number) {
  const [row] = await db
    .select()
    .from(unitBindingCodes)
    .where(and(eq(unitBindingCodes.unitId, unitId), isNull(unitBindingCodes.usedAt)))
    .orderBy(desc(unitBindingCodes.issuedAt))
    .limit(1)
    .for('update');
  return row ?? null;
}

export async function markBindingCodeUsed(db: Executor, id: number, operatorId: number, at: Date) {
  await db
    .update(unitBindingCodes)
    .set({ usedAt: at, usedBy: operatorId })
    .where(eq(unitBindingCodes.id, id));
}
