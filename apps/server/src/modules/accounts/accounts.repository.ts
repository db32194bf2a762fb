import { evouchers, personalAccounts, type Executor } from '@yibao/db';
import { eq } from 'drizzle-orm';

export type PersonalAccountRow = typeof personalAccounts.$inferSelect;

/** The person's personal account (one per person), closed ones included. */
export async function accountOfPerson(
  db: Executor,
  personId: number,
): Promise<PersonalAccountRow | undefined> {
  const [row] = await db
    .select()
    .from(personalAccounts)
    .where(eq(personalAccounts.personId, personId))
    .limit(1);
  return row;
}

/** Whether the person has activated their 医保电子凭证 (its row exists once activated). */
export async function hasEvoucher(db: Executor, personId: number): Promise<boolean> {
  const [row] = await db
    .select({ personId: evouchers.personId })
    .from(evouchers)
    .where(eq(evouchers.personId, personId));
  return row !== undefined;
}
