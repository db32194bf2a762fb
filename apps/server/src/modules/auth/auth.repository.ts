import { eq, staff, type Executor } from '@yibao/db';

export async function findStaffByUsername(db: Executor, username: string) {
  const [row] = await db.select().from(staff).where(eq(staff.username, username));
  return row ?? null;
}
