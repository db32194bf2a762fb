import {
  and,
  applicationMaterials,
  applicationQueueCounts,
  applications,
  applicationSteps,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  inArray,
  isNull,
  lt,
  sql,
  staff,
  type Executor,
  type SQL,
} from '@yibao/db';

export type ApplicationRow = typeof applications.$inferSelect;
export type ApplicationStepRow = typeof applicationSteps.$inferSelect;
export type MaterialRow = typeof applicationMaterials.$inferSelect;

/** An id drawn before the insert, so the 办件编号 can carry it. */
export async function nextApplicationId(db: Executor): Promise<number> {
  const r = await db.execute<{ id: string }>(
    sql`select nextval(pg_get_serial_sequence('applications', 'id')) as id`,
  );
  return Number(r.rows[0]?.id);
}

export async function insertApplication(db: Executor, values: typeof applications.$inferInsert) {
  const [row] = await db.insert(applications).values(values).returning();
  if (!row) throw new Error('application not inserted');
  return row;
}

/** The row under a lock that every status change of it takes first. */
export async function lockApplication(db: Executor, id: number) {
  const [row] = await db.select().from(applications).where(eq(applications.id, id)).for('update');
  return row ?? null;
}

export async function findApplication(db: Executor, id: number) {
  const [row] = await db
    .select({ application: applications, claimedByName: staff.name })
    .from(applications)
    .leftJoin(staff, eq(staff.id, applications.claimedBy))
    .where(eq(applications.id, id));
  return row ?? null;
}

export async function updateApplication(
  db: Executor,
  id: number,
  values: Partial<typeof applications.$inferInsert>,
) {
  await db
    .update(applications)
    .set({ ...values, version: sql`${applications.version} + 1` })
    .where(eq(applications.id, id));
}

export async function insertStep(db: Executor, values: typeof applicationSteps.$inferInsert) {
  await db.insert(applicationSteps).values(values);
}

export async function stepsOf(db: Executor, applicationId: number) {
  return db
    .select()
    .from(applicationSteps)
    .where(eq(applicationSteps.applicationId, applicationId))
    .orderBy(asc(applicationSteps.at), asc(applicationSteps.id));
}

/**
 * Waiting for review, spelled as the partial indexes spell it: a literal list, so that even a
 * generic plan of a prepared statement can use them (a bound parameter list could not).
 */
const waitingForReview = sql.raw(`"applications"."status" in ('submitted','in-review','applied')`);

export interface ApplicationFilter {
  /** only what waits for review (the work queue) */
  waiting?: boolean;
  applicant?: { type: string; id: string };
  applicantUnitId?: number;
  /** staff scope: null for every region */
  regions?: string[] | null;
  statuses?: string[];
  businessCodes?: string[];
  from?: Date;
  /** exclusive */
  to?: Date;
  subjectName?: string;
  subjectCertType?: string;
  subjectCertNo?: string;
  /** work queue: waiting for review level n */
  level?: number;
  claimedBy?: number | null;
  dueBefore?: string;
  dueOn?: string;
}

function where(f: ApplicationFilter): SQL | undefined {
  return and(
    f.waiting ? waitingForReview : undefined,
    f.applicant
      ? and(
          eq(applications.applicantType, f.applicant.type),
          eq(applications.applicantId, f.applicant.id),
        )
      : undefined,
    f.applicantUnitId !== undefined
      ? eq(applications.applicantUnitId, f.applicantUnitId)
      : undefined,
    f.regions ? inArray(applications.regionCode, f.regions) : undefined,
    f.statuses ? inArray(applications.status, f.statuses) : undefined,
    f.businessCodes ? inArray(applications.businessCode, f.businessCodes) : undefined,
    f.from ? gte(applications.submittedAt, f.from) : undefined,
    f.to ? lt(applications.submittedAt, f.to) : undefined,
    f.subjectName ? eq(applications.subjectName, f.subjectName) : undefined,
    f.subjectCertType ? eq(applications.subjectCertType, f.subjectCertType) : undefined,
    f.subjectCertNo ? eq(applications.subjectCertNo, f.subjectCertNo) : undefined,
    f.level !== undefined ? eq(applications.levelsPassed, f.level - 1) : undefined,
    f.claimedBy === null
      ? isNull(applications.claimedBy)
      : f.claimedBy !== undefined
        ? eq(applications.claimedBy, f.claimedBy)
        : undefined,
    f.dueBefore ? lt(applications.dueOn, f.dueBefore) : undefined,
    f.dueOn ? eq(applications.dueOn, f.dueOn) : undefined,
  );
}

/** Newest first for applicants; for the queue, the earliest due first. */
export async function findApplicationPage(
  db: Executor,
  filter: ApplicationFilter,
  paging: { offset: number; limit: number },
  order: 'newest' | 'due',
) {
  const cond = where(filter);
  const orderBy =
    order === 'newest'
      ? [desc(applications.submittedAt), desc(applications.id)]
      : [sql`${applications.dueOn} asc nulls last`, asc(applications.submittedAt)];
  const [items, [total]] = await Promise.all([
    db
      .select({ application: applications, claimedByName: staff.name })
      .from(applications)
      .leftJoin(staff, eq(staff.id, applications.claimedBy))
      .where(cond)
      .orderBy(...orderBy)
      .offset(paging.offset)
      .limit(paging.limit),
    db.select({ n: count() }).from(applications).where(cond),
  ]);
  return { items, total: total?.n ?? 0 };
}

/**
 * Waiting applications per business type and level, with the overdue and due-today counts, from
 * the counters the applications trigger keeps (a few rows per region, whatever the volume).
 */
export async function queueCounts(db: Executor, regions: string[] | null, today: string) {
  const c = applicationQueueCounts;
  return db
    .select({
      businessCode: c.businessCode,
      reviewPolicy: c.reviewPolicy,
      levelsPassed: c.levelsPassed,
      waiting: sql<number>`sum(${c.waiting})`.mapWith(Number),
      overdue:
        sql<number>`coalesce(sum(${c.waiting}) filter (where ${c.dueKey} < ${today}), 0)`.mapWith(
          Number,
        ),
      dueToday:
        sql<number>`coalesce(sum(${c.waiting}) filter (where ${c.dueKey} = ${today}), 0)`.mapWith(
          Number,
        ),
    })
    .from(c)
    .where(and(gt(c.waiting, 0), regions ? inArray(c.regionCode, regions) : undefined))
    .groupBy(c.businessCode, c.reviewPolicy, c.levelsPassed)
    .orderBy(asc(c.businessCode), asc(c.levelsPassed));
}

export async function insertMaterial(
  db: Executor,
  values: typeof applicationMaterials.$inferInsert,
) {
  const [row] = await db.insert(applicationMaterials).values(values).returning();
  if (!row) throw new Error('material not inserted');
  return row;
}

export async function findMaterial(db: Executor, id: number) {
  const [row] = await db.select().from(applicationMaterials).where(eq(applicationMaterials.id, id));
  return row ?? null;
}

export async function findMaterials(db: Executor, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(applicationMaterials)
    .where(inArray(applicationMaterials.id, ids))
    .for('update');
}

/** The unattached uploads of one uploader for one checklist item (for the count and size rules). */
export async function pendingUploads(
  db: Executor,
  uploader: { type: string; id: string },
  businessCode: string,
  itemCode: string,
) {
  return db
    .select()
    .from(applicationMaterials)
    .where(
      and(
        isNull(applicationMaterials.applicationId),
        eq(applicationMaterials.uploaderType, uploader.type),
        eq(applicationMaterials.uploaderId, uploader.id),
        eq(applicationMaterials.businessCode, businessCode),
        eq(applicationMaterials.itemCode, itemCode),
      ),
    );
}

export async function attachMaterials(db: Executor, ids: number[], applicationId: number) {
  if (ids.length === 0) return;
  await db
    .update(applicationMaterials)
    .set({ applicationId })
    .where(inArray(applicationMaterials.id, ids));
}

export async function detachMaterials(db: Executor, applicationId: number, keep: number[]) {
  const rows = await materialsOf(db, applicationId);
  const drop = rows.filter((m) => !m.onPaper && !keep.includes(m.id)).map((m) => m.id);
  if (drop.length) {
    await db
      .update(applicationMaterials)
      .set({ applicationId: null })
      .where(inArray(applicationMaterials.id, drop));
  }
}

export async function materialsOf(db: Executor, applicationId: number) {
  return db
    .select()
    .from(applicationMaterials)
    .where(eq(applicationMaterials.applicationId, applicationId))
    .orderBy(asc(applicationMaterials.id));
}

export async function deleteMaterial(db: Executor, id: number) {
  await db.delete(applicationMaterials).where(eq(applicationMaterials.id, id));
}
