import { and, eq, evouchers, persons, qrTickets, type Executor } from '@yibao/db';

export type QrTicketRow = typeof qrTickets.$inferSelect;

export async function findEvoucher(db: Executor, personId: number) {
  const [row] = await db.select().from(evouchers).where(eq(evouchers.personId, personId));
  return row ?? null;
}

export async function insertEvoucher(db: Executor, values: typeof evouchers.$inferInsert) {
  await db.insert(evouchers).values(values);
}

export async function updateEvoucher(
  db: Executor,
  personId: number,
  values: Partial<typeof evouchers.$inferInsert>,
) {
  await db.update(evouchers).set(values).where(eq(evouchers.personId, personId));
}

export async function findPersonBySsCard(db: Executor, ssCardNo: string) {
  const [row] = await db.select().from(persons).where(eq(persons.ssCardNo, ssCardNo));
  return row ?? null;
}

export async function insertTicket(db: Executor, values: typeof qrTickets.$inferInsert) {
  await db.insert(qrTickets).values(values);
}

export async function findTicket(db: Executor, id: string) {
  const [row] = await db.select().from(qrTickets).where(eq(qrTickets.id, id));
  return row ?? null;
}

/** Moves a ticket on only from the status the caller saw, so a ticket confirms and signs in once. */
export async function advanceTicket(
  db: Executor,
  id: string,
  from: string,
  values: Partial<typeof qrTickets.$inferInsert> & { status: string },
) {
  const rows = await db
    .update(qrTickets)
    .set(values)
    .where(and(eq(qrTickets.id, id), eq(qrTickets.status, from)))
    .returning();
  return rows[0] ?? null;
}
