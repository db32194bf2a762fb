import { and, eq, personAccounts, persons, sql, type Executor } from '@yibao/db';
import { actorChanged } from '../../plugins/session-cache';

export type PersonAccountRow = typeof personAccounts.$inferSelect;
export type PersonRow = typeof persons.$inferSelect;

const active = eq(personAccounts.status, '正常');

export async function findActiveAccountByPhone(db: Executor, phone: string) {
  const [row] = await db
    .select()
    .from(personAccounts)
    .where(and(eq(personAccounts.phone, phone), active));
  return row ?? null;
}

export async function findActiveAccountByPerson(db: Executor, personId: number) {
  const [row] = await db
    .select()
    .from(personAccounts)
    .where(and(eq(personAccounts.personId, personId), active));
  return row ?? null;
}

export async function findAccount(db: Executor, id: number) {
  const [row] = await db.select().from(personAccounts).where(eq(personAccounts.id, id));
  return row ?? null;
}

/** Locks the account row so concurrent logins count failures one at a time. */
export async function lockAccountRow(db: Executor, id: number) {
  const [row] = await db
    .select()
    .from(personAccounts)
    .where(eq(personAccounts.id, id))
    .for('update');
  return row ?? null;
}

export async function insertAccount(db: Executor, values: typeof personAccounts.$inferInsert) {
  const [row] = await db.insert(personAccounts).values(values).returning();
  if (!row) throw new Error('account not inserted');
  return row;
}

export async function updateAccount(
  db: Executor,
  id: number,
  values: Partial<typeof personAccounts.$inferInsert>,
) {
  actorChanged(`person:${id}`);
  await db.update(personAccounts).set(values).where(eq(personAccounts.id, id));
}

export async function findPersonByCert(db: Executor, certType: string, certNo: string) {
  const [row] = await db
    .select()
    .from(persons)
    .where(and(eq(persons.certType, certType), eq(persons.certNo, certNo)));
  return row ?? null;
}

/** 居民身份证 login: the number alone (any letter case of the check character). */
export async function findPersonByIdCard(db: Executor, certNo: string) {
  const [row] = await db
    .select()
    .from(persons)
    .where(and(eq(persons.certType, '01'), eq(persons.certNo, sql`upper(${certNo})`)));
  return row ?? null;
}

export async function findPerson(db: Executor, id: number) {
  const [row] = await db.select().from(persons).where(eq(persons.id, id));
  return row ?? null;
}
