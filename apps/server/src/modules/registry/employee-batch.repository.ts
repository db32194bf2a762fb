import { and, applications, eq, jobRuns, registryBatches, sql, type Executor } from '@yibao/db';
import type { Actor } from '../../plugins/context';
import type { CheckedRow } from './employee-batch.check';

export type BatchRow = typeof registryBatches.$inferSelect;

export async function insertBatch(db: Executor, values: typeof registryBatches.$inferInsert) {
  const [row] = await db.insert(registryBatches).values(values).returning();
  if (!row) throw new Error('batch not inserted');
  return row;
}

export async function findBatch(db: Executor, id: number, lock = false) {
  const q = db.select().from(registryBatches).where(eq(registryBatches.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function updateBatch(
  db: Executor,
  id: number,
  values: Partial<typeof registryBatches.$inferInsert>,
) {
  await db.update(registryBatches).set(values).where(eq(registryBatches.id, id));
}

/**
 * 确认导入 once: moves a batch from the status it was seen in (checked, or failed when it is
 * confirmed again) to importing; false when another confirm moved it first. An abandoned import
 * is taken over only from the run that was seen, so two retries never both win.
 */
export async function claimBatch(
  db: Executor,
  id: number,
  seen: { status: string; jobRunId: number | null } = { status: 'checked', jobRunId: null },
): Promise<boolean> {
  const rows = await db
    .update(registryBatches)
    .set({ status: 'importing' })
    .where(
      and(
        eq(registryBatches.id, id),
        eq(registryBatches.status, seen.status),
        seen.status === 'importing' && seen.jobRunId !== null
          ? eq(registryBatches.jobRunId, seen.jobRunId)
          : undefined,
      ),
    )
    .returning({ id: registryBatches.id });
  return rows.length > 0;
}

/** 重试 of a failed import's own run: the batch is that run's to import again. */
export async function resumeBatch(db: Executor, id: number, jobRunId: number) {
  await db
    .update(registryBatches)
    .set({ status: 'importing' })
    .where(
      and(
        eq(registryBatches.id, id),
        eq(registryBatches.status, 'failed'),
        eq(registryBatches.jobRunId, jobRunId),
      ),
    );
}

/**
 * Whether an import transaction holds the batch now: the import locks the batch's row for as
 * long as it writes, and a stopped process's transaction has released it.
 */
export async function batchLocked(db: Executor, id: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const free = await tx.execute(
      sql`select id from registry_batches where id = ${id} for update skip locked`,
    );
    return free.rows.length === 0;
  });
}

/** The 办件 a batch filed: its number for the job's message. */
export async function applicationOf(db: Executor, id: number) {
  const [row] = await db
    .select({ id: applications.id, applicationNo: applications.applicationNo })
    .from(applications)
    .where(eq(applications.id, id));
  return row ?? null;
}

/**
 * Ends the run of an import whose process stopped (the jobs module never learns of it); only a
 * run still marked running moves.
 */
export async function abandonRun(db: Executor, runId: number, at: Date) {
  await db
    .update(jobRuns)
    .set({ status: 'failed', finishedAt: at, message: '导入中断，已重新确认导入' })
    .where(and(eq(jobRuns.id, runId), eq(jobRuns.status, 'running')));
}

/** A row that passed its checks: it has the payload to write. */
export type ImportRow = CheckedRow & { payload: NonNullable<CheckedRow['payload']> };

export const importable = (row: CheckedRow): row is ImportRow => row.payload !== null;

/** The person a row was written for; every imported row has one. */
const personOf = (row: CheckedRow) => {
  if (row.personId === undefined) throw new Error(`row ${row.rowNumber} has no person`);
  return row.personId;
};

/** A job that failed before its 办件 was filed leaves the batch failed; a done one stays done. */
export async function failBatch(db: Executor, id: number) {
  await db
    .update(registryBatches)
    .set({ status: 'failed' })
    .where(and(eq(registryBatches.id, id), eq(registryBatches.status, 'importing')));
}

interface ImportContext {
  unitId: number;
  regionCode: string;
  /** 个人编号 of new persons: the prefix and the row number */
  personNoPrefix: string;
  actor: Actor;
  at: Date;
  reason: string;
}

const ids = (rows: readonly { id: string }[]) => rows.map((r) => Number(r.id));

/**
 * Writes good rows of an employee batch set-wise: new persons, the known ones moved into the
 * unit, one 310 enrolment each, and every history row. Fills each row's result in place.
 */
export async function importEmployeeRows(db: Executor, rows: ImportRow[], c: ImportContext) {
  const payloads = rows.map((r) => r.payload);
  const known = await db.execute<{
    id: string;
    cert_type: string;
    cert_no: string;
    person_no: string;
    unit_id: string | null;
    person_category: string;
  }>(sql`
    select p.id, p.cert_type, p.cert_no, p.person_no, p.unit_id, p.person_category
    from persons p
    join unnest(${sql.param(payloads.map((p) => p.certType))}::text[], ${sql.param(payloads.map((p) => p.certNo))}::text[])
      as t(cert_type, cert_no) on p.cert_type = t.cert_type and p.cert_no = t.cert_no
    for update of p`);
  const knownByCert = new Map(known.rows.map((k) => [`${k.cert_type}:${k.cert_no}`, k]));
  const fresh = rows.filter((r) => !knownByCert.has(`${r.payload.certType}:${r.payload.certNo}`));

  const actor = { type: c.actor.type, id: c.actor.id ?? null };
  if (fresh.length) {
    const f = fresh.map((r) => r.payload);
    const inserted = await db.execute<{
      id: string;
      cert_type: string;
      cert_no: string;
      person_no: string;
    }>(sql`
      insert into persons (person_no, name, cert_type, cert_no, sex, birth_date, ethnicity,
        work_start_date, phone, person_category, region_code, unit_id, created_at, updated_at)
      select ${c.personNoPrefix} || lpad(t.row_no::text, 5, '0'), t.name, t.cert_type, t.cert_no,
             t.sex, t.birth_date::date, t.ethnicity, nullif(t.work_start_date, '')::date, t.phone,
             '11', ${c.regionCode}, ${c.unitId}, ${c.at}, ${c.at}
      from unnest(${sql.param(fresh.map((r) => r.rowNumber))}::int[], ${sql.param(f.map((p) => p.name))}::text[],
                  ${sql.param(f.map((p) => p.certType))}::text[], ${sql.param(f.map((p) => p.certNo))}::text[],
                  ${sql.param(f.map((p) => p.sex))}::text[], ${sql.param(f.map((p) => p.birthDate))}::text[],
                  ${sql.param(f.map((p) => p.ethnicity))}::text[], ${sql.param(f.map((p) => p.workStartDate))}::text[],
                  ${sql.param(f.map((p) => p.phone))}::text[])
        as t(row_no, name, cert_type, cert_no, sex, birth_date, ethnicity, work_start_date, phone)
      returning id, cert_type, cert_no, person_no`);
    await db.execute(sql`
      insert into person_history (entity_id, action, before, after, actor_type, actor_id, reason, changed_at)
      select id, 'create', null,
             jsonb_build_object('name', name, 'certType', cert_type, 'certNo', cert_no, 'unitId', unit_id,
                                'personCategory', person_category, 'regionCode', region_code),
             ${actor.type}, ${actor.id}, ${c.reason}, ${c.at}
      from persons where id = any(${sql.param(ids(inserted.rows))}::bigint[])`);
    const byCert = new Map(inserted.rows.map((p) => [`${p.cert_type}:${p.cert_no}`, p]));
    for (const r of fresh) {
      const p = byCert.get(`${r.payload.certType}:${r.payload.certNo}`);
      if (!p) throw new Error(`row ${r.rowNumber} was not inserted`);
      Object.assign(r, { personId: Number(p.id), personNo: p.person_no, createdPerson: true });
    }
  }
  if (known.rows.length) {
    await db.execute(sql`
      with moved as (
        update persons set unit_id = ${c.unitId}, person_category = '11', updated_at = ${c.at}
        where id = any(${sql.param(ids(known.rows))}::bigint[]) returning id)
      insert into person_history (entity_id, action, before, after, actor_type, actor_id, reason, changed_at)
      select t.id, 'update', jsonb_build_object('unitId', t.unit_id, 'personCategory', t.category),
             jsonb_build_object('unitId', ${c.unitId}::bigint, 'personCategory', '11'),
             ${actor.type}, ${actor.id}, ${c.reason}, ${c.at}
      from unnest(${sql.param(ids(known.rows))}::bigint[], ${sql.param(known.rows.map((k) => k.unit_id))}::bigint[],
                  ${sql.param(known.rows.map((k) => k.person_category))}::text[]) as t(id, unit_id, category)
      join moved using (id)`);
    for (const r of rows) {
      const k = knownByCert.get(`${r.payload.certType}:${r.payload.certNo}`);
      if (!k) continue;
      Object.assign(r, {
        personId: Number(k.id),
        personNo: k.person_no,
        createdPerson: false,
        previousUnitId: k.unit_id === null ? null : Number(k.unit_id),
        previousCategory: k.person_category,
      });
    }
  }

  const enrolled = await db.execute<{ id: string; person_id: string }>(sql`
    insert into enrolments (person_id, unit_id, region_code, insurance_type, person_type, status,
      start_date, first_enrolled_on, contribution_base_fen, created_at, updated_at)
    select t.person_id, ${c.unitId}, ${c.regionCode}, '310', '11', '正常参保', t.start_date::date,
           coalesce((select min(coalesce(e.first_enrolled_on, e.start_date)) from enrolments e
                     where e.person_id = t.person_id and e.insurance_type = '310'), t.start_date::date),
           t.base, ${c.at}, ${c.at}
    from unnest(${sql.param(rows.map(personOf))}::bigint[], ${sql.param(payloads.map((p) => p.startDate))}::text[],
                ${sql.param(payloads.map((p) => p.wageFen))}::bigint[]) as t(person_id, start_date, base)
    returning id, person_id`);
  await db.execute(sql`
    insert into enrolment_history (entity_id, action, before, after, actor_type, actor_id, reason, changed_at)
    select id, 'create', null,
           jsonb_build_object('personId', person_id, 'unitId', unit_id, 'insuranceType', insurance_type,
                              'status', status, 'startDate', start_date, 'contributionBaseFen', contribution_base_fen),
           ${actor.type}, ${actor.id}, ${c.reason}, ${c.at}
    from enrolments where id = any(${sql.param(ids(enrolled.rows))}::bigint[])`);
  const enrolmentOf = new Map(enrolled.rows.map((e) => [Number(e.person_id), Number(e.id)]));
  for (const r of rows) r.enrolmentId = enrolmentOf.get(personOf(r));
}

/**
 * A failed 复核 of the batch: ends its enrolments and puts the persons back, set-wise — only
 * when none of its enrolments has changed since. Answers how many would have been overwritten.
 */
export async function undoEmployeeRows(
  db: Executor,
  rows: readonly CheckedRow[],
  c: Pick<ImportContext, 'unitId' | 'actor' | 'at'> & { reason: string; undoReason: string },
): Promise<number> {
  const imported = rows.filter((r) => r.enrolmentId !== undefined);
  const enrolmentIds = imported.map((r) => r.enrolmentId);
  const changed = await db.execute<{ n: string }>(sql`
    select count(*) as n from enrolments e
    where e.id = any(${sql.param(enrolmentIds)}::bigint[])
      and (e.status <> '正常参保' or exists (
        select 1 from enrolment_history h where h.entity_id = e.id and h.reason is distinct from ${c.reason}))`);
  const n = Number(changed.rows[0]?.n ?? 0);
  if (n > 0) return n;
  const actor = { type: c.actor.type, id: c.actor.id ?? null };
  await db.execute(sql`
    with ended as (
      update enrolments set status = '终止参保', end_date = start_date, updated_at = ${c.at}
      where id = any(${sql.param(enrolmentIds)}::bigint[]) returning id)
    insert into enrolment_history (entity_id, action, before, after, actor_type, actor_id, reason, changed_at)
    select id, 'cancel', jsonb_build_object('status', '正常参保', 'endDate', null),
           jsonb_build_object('status', '终止参保'), ${actor.type}, ${actor.id}, ${c.undoReason}, ${c.at}
    from ended`);
  await db.execute(sql`
    with back as (
      select * from unnest(${sql.param(imported.map(personOf))}::bigint[],
                           ${sql.param(imported.map((r) => r.previousUnitId ?? null))}::bigint[],
                           ${sql.param(imported.map((r) => r.previousCategory ?? '11'))}::text[])
        as t(id, unit_id, category)),
    moved as (
      update persons p set unit_id = back.unit_id, person_category = back.category, updated_at = ${c.at}
      from back where p.id = back.id and p.unit_id = ${c.unitId} returning p.id, back.unit_id, back.category)
    insert into person_history (entity_id, action, before, after, actor_type, actor_id, reason, changed_at)
    select id, 'update', jsonb_build_object('unitId', ${c.unitId}::bigint, 'personCategory', '11'),
           jsonb_build_object('unitId', unit_id, 'personCategory', category),
           ${actor.type}, ${actor.id}, ${c.undoReason}, ${c.at}
    from moved`);
  return 0;
}
