import {
  and,
  asc,
  contributions,
  count,
  enrolments,
  eq,
  inArray,
  persons,
  sql,
  units,
  type Executor,
  type SQL,
} from '@yibao/db';

const page = <T>(rows: T[], n: number | undefined) => ({ items: rows, total: n ?? 0 });

export async function searchUnits(
  db: Executor,
  by: { unitNo?: string | undefined; uscc?: string | undefined; name?: string | undefined },
  regions: string[] | null,
  window: { limit: number; offset: number },
) {
  const where = and(
    ...[
      by.unitNo ? eq(units.unitNo, by.unitNo) : undefined,
      by.uscc ? eq(units.uscc, by.uscc.toUpperCase()) : undefined,
      by.name ? eq(units.name, by.name) : undefined,
      regions ? inArray(units.regionCode, regions) : undefined,
    ].filter((c): c is SQL => c !== undefined),
  );
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: units.id,
        unitNo: units.unitNo,
        uscc: units.uscc,
        name: units.name,
        unitType: units.unitType,
        regionCode: units.regionCode,
        status: units.status,
      })
      .from(units)
      .where(where)
      .orderBy(asc(units.unitNo))
      .limit(window.limit)
      .offset(window.offset),
    db.select({ n: count() }).from(units).where(where),
  ]);
  return page(items, total?.n);
}

/** The members in force and the months owed, for 基本信息. */
export async function unitFigures(db: Executor, unitId: number) {
  const [active] = await db
    .select({ n: count() })
    .from(enrolments)
    .where(and(eq(enrolments.unitId, unitId), eq(enrolments.status, '正常参保')));
  const [owed] = await db
    .select({ n: count() })
    .from(contributions)
    .where(and(eq(contributions.unitId, unitId), eq(contributions.status, '欠费')));
  return { activeMembers: active?.n ?? 0, arrearsMonths: owed?.n ?? 0 };
}

/** 缴费明细: the unit's months, newest first, summed; `arrears` keeps the months owed. */
export async function unitContributionMonths(
  db: Executor,
  unitId: number,
  f: { from?: number | undefined; to?: number | undefined; only: 'all' | 'arrears' },
  window: { limit: number; offset: number },
) {
  const rows = await db.execute<{
    period: number;
    persons: number;
    base_fen: string;
    unit_amount_fen: string;
    personal_amount_fen: string;
    arrears_persons: number;
    total: string;
  }>(sql`
    with months as (
      select period, count(distinct person_id)::int as persons, sum(base_fen) as base_fen,
             sum(unit_amount_fen) as unit_amount_fen, sum(personal_amount_fen) as personal_amount_fen,
             (count(*) filter (where status = '欠费'))::int as arrears_persons
      from ${contributions}
      where unit_id = ${unitId}
        and period >= ${f.from ?? 0} and period <= ${f.to ?? 999999}
      group by period)
    select *, count(*) over () as total from months
    where ${f.only === 'arrears'} = false or arrears_persons > 0
    order by period desc
    limit ${window.limit} offset ${window.offset}`);
  return page(
    rows.rows.map((m) => ({
      period: Number(m.period),
      persons: Number(m.persons),
      baseFen: Number(m.base_fen),
      unitAmountFen: Number(m.unit_amount_fen),
      personalAmountFen: Number(m.personal_amount_fen),
      arrearsPersons: Number(m.arrears_persons),
    })),
    rows.rows[0] ? Number(rows.rows[0].total) : 0,
  );
}

/** 职工/居民列表: the persons enrolled through the unit. */
export async function unitMemberList(
  db: Executor,
  unitId: number,
  f: { status?: string | undefined; name?: string | undefined },
  window: { limit: number; offset: number },
) {
  const where = and(
    eq(enrolments.unitId, unitId),
    f.status ? eq(enrolments.status, f.status) : undefined,
    f.name ? eq(persons.name, f.name) : undefined,
  );
  const [items, [total]] = await Promise.all([
    db
      .select({
        personId: persons.id,
        personNo: persons.personNo,
        name: persons.name,
        certType: persons.certType,
        certNo: persons.certNo,
        insuranceType: enrolments.insuranceType,
        personType: enrolments.personType,
        status: enrolments.status,
        startDate: enrolments.startDate,
        endDate: enrolments.endDate,
        contributionBaseFen: enrolments.contributionBaseFen,
      })
      .from(enrolments)
      .innerJoin(persons, eq(persons.id, enrolments.personId))
      .where(where)
      .orderBy(asc(enrolments.status), asc(persons.personNo))
      .limit(window.limit)
      .offset(window.offset),
    db
      .select({ n: count() })
      .from(enrolments)
      .innerJoin(persons, eq(persons.id, enrolments.personId))
      .where(where),
  ]);
  return page(items, total?.n);
}
