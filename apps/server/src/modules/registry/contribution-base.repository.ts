import {
  and,
  asc,
  contributionBaseLimits,
  count,
  enrolments,
  eq,
  persons,
  sql,
  unitBaseAuditHistory,
  unitBaseAudits,
  type Executor,
} from '@yibao/db';
import { limitOn } from '@yibao/domain';
import type { Change } from './history';
import { writeHistory } from './history';

/** 职工医保 enrolments of employees in service (在职): the ones a unit declares a base for. */
const EMPLOYEE = and(eq(enrolments.insuranceType, '310'), eq(enrolments.personType, '11'));

/** The region's 缴费基数上下限 in force on a day, or null when none is configured. */
export async function baseLimitOn(db: Executor, regionCode: string, day: string) {
  const rows = await db
    .select()
    .from(contributionBaseLimits)
    .where(eq(contributionBaseLimits.regionCode, regionCode));
  return limitOn(rows, day);
}

/** 个人信息列表 of 缴费工资变更核定: the unit's employees, 正常参保 first, by 证件 or 姓名. */
export async function unitEmployeeBases(
  db: Executor,
  unitId: number,
  f: { certType?: string | undefined; certNo?: string | undefined; name?: string | undefined },
  window: { limit: number; offset: number },
) {
  const where = and(
    eq(enrolments.unitId, unitId),
    EMPLOYEE,
    f.certNo ? eq(persons.certNo, f.certNo) : undefined,
    f.certNo && f.certType ? eq(persons.certType, f.certType) : undefined,
    f.name ? eq(persons.name, f.name) : undefined,
  );
  const [items, [total]] = await Promise.all([
    db
      .select({
        enrolmentId: enrolments.id,
        personId: persons.id,
        name: persons.name,
        certType: persons.certType,
        certNo: persons.certNo,
        sex: persons.sex,
        insuranceType: enrolments.insuranceType,
        status: enrolments.status,
        startDate: enrolments.startDate,
        contributionBaseFen: enrolments.contributionBaseFen,
        contributionBaseFrom: enrolments.contributionBaseFrom,
      })
      .from(enrolments)
      .innerJoin(persons, eq(persons.id, enrolments.personId))
      .where(where)
      .orderBy(asc(enrolments.status), asc(persons.personNo), asc(enrolments.id))
      .limit(window.limit)
      .offset(window.offset),
    db
      .select({ n: count() })
      .from(enrolments)
      .innerJoin(persons, eq(persons.id, enrolments.personId))
      .where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/**
 * What the unit has declared, as the registry holds it now: its employees in service 正常参保,
 * the sum of their monthly bases, and its retirees 正常参保.
 */
export async function declaredFigures(db: Executor, unitId: number) {
  const result = await db.execute<{ heads: string; total: string; retirees: string }>(sql`
    select
      count(*) filter (where person_type = '11') as heads,
      coalesce(sum(contribution_base_fen) filter (where person_type = '11'), 0) as total,
      count(*) filter (where person_type = '12') as retirees
    from ${enrolments}
    where unit_id = ${unitId} and insurance_type = '310' and status = '正常参保'`);
  const row = result.rows[0];
  return {
    declaredHeadcount: Number(row?.heads ?? 0),
    declaredTotalFen: Number(row?.total ?? 0),
    declaredRetirees: Number(row?.retirees ?? 0),
  };
}

/** The unit's audit of a year still in force (有效), if any. */
export async function validAuditOf(db: Executor, unitId: number, year: number) {
  const [row] = await db
    .select()
    .from(unitBaseAudits)
    .where(
      and(
        eq(unitBaseAudits.unitId, unitId),
        eq(unitBaseAudits.auditYear, year),
        eq(unitBaseAudits.status, '有效'),
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function insertAudit(
  db: Executor,
  values: typeof unitBaseAudits.$inferInsert,
  change: Change,
) {
  const [row] = await db.insert(unitBaseAudits).values(values).returning();
  if (!row) throw new Error('audit not inserted');
  await writeHistory(
    db,
    unitBaseAuditHistory,
    { entityId: row.id, action: 'create', before: null, after: values as Record<string, unknown> },
    change,
  );
  return row;
}

/** A failed 复核: the audit no longer stands (已撤销), with its history row. */
export async function revokeAudit(db: Executor, id: number, change: Change) {
  const [row] = await db
    .update(unitBaseAudits)
    .set({ status: '已撤销' })
    .where(and(eq(unitBaseAudits.id, id), eq(unitBaseAudits.status, '有效')))
    .returning({ id: unitBaseAudits.id });
  if (!row) return false;
  await writeHistory(
    db,
    unitBaseAuditHistory,
    { entityId: id, action: 'cancel', before: { status: '有效' }, after: { status: '已撤销' } },
    change,
  );
  return true;
}
