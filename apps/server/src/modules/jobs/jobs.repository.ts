import { and, count, desc, eq, jobRuns, sql, type Executor } from '@yibao/db';

export type JobRunRow = typeof jobRuns.$inferSelect;

export async function insertRun(
  db: Executor,
  values: typeof jobRuns.$inferInsert,
): Promise<JobRunRow> {
  const [row] = await db.insert(jobRuns).values(values).returning();
  if (!row) throw new Error('job run not inserted');
  return row;
}

export async function findRun(db: Executor, id: number): Promise<JobRunRow | null> {
  const [row] = await db.select().from(jobRuns).where(eq(jobRuns.id, id));
  return row ?? null;
}

export async function updateRun(
  db: Executor,
  id: number,
  values: Partial<typeof jobRuns.$inferInsert>,
) {
  await db.update(jobRuns).set(values).where(eq(jobRuns.id, id));
}

/** Moves a run from one status to the next only if it is still in the expected one. */
export async function transitionRun(
  db: Executor,
  id: number,
  from: string,
  values: Partial<typeof jobRuns.$inferInsert> & { status: string },
): Promise<boolean> {
  const rows = await db
    .update(jobRuns)
    .set(values)
    .where(and(eq(jobRuns.id, id), eq(jobRuns.status, from)))
    .returning({ id: jobRuns.id });
  return rows.length === 1;
}

export async function listRuns(
  db: Executor,
  owner: { type: string; id: string | null } | null,
  paging: { offset: number; limit: number },
) {
  const cond = owner
    ? and(eq(jobRuns.ownerType, owner.type), owner.id ? eq(jobRuns.ownerId, owner.id) : sql`true`)
    : undefined;
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(jobRuns)
      .where(cond)
      .orderBy(desc(jobRuns.createdAt), desc(jobRuns.id))
      .offset(paging.offset)
      .limit(paging.limit),
    db.select({ n: count() }).from(jobRuns).where(cond),
  ]);
  return { items, total: total?.n ?? 0 };
}
