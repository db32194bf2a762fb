import { sql, type Executor } from '@yibao/db';

export async function pingDatabase(db: Executor): Promise<void> {
  await db.execute(sql`select 1`);
}
