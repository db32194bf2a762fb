import {
  and,
  asc,
  contributions,
  count,
  deemedContributions,
  desc,
  enrolments,
  eq,
  gte,
  inArray,
  lte,
  persons,
  specialIdentities,
  sql,
  sum,
  units,
  type Executor,
  type SQL,
} from '@yibao/db';

/** The persons a search names, within the given regions (null: every region). */
export async function searchPersons(
  db: Executor,
  by: { certType?: string; certNo?: string; personNo?: string; name?: string },
  regions: string[] | null,
  page: { limit: number; offset: number },
) {
  const where: SQL[] = [];
  if (by.certNo) where.push(eq(persons.certNo, by.certNo));
  if (by.certNo && by.certType) where.push(eq(persons.certType, by.certType));
  if (by.personNo) where.push(eq(persons.personNo, by.personNo));
  if (by.name) where.push(eq(persons.name, by.name));
  if (regions) where.push(inArray(persons.regionCode, regions));
  const filter = and(...where);
  const items = await db
    .select({
      id: persons.id,
      personNo: persons.personNo,
      name: persons.name,
      certType: persons.certType,
      certNo: persons.certNo,
      sex: persons.sex,
      birthDate: persons.birthDate,
      personCategory: persons.personCategory,
      regionCode: persons.regionCode,
      status: persons.status,
    })
    .from(persons)
    .where(filter)
    .orderBy(asc(persons.id))
    .limit(page.limit)
    .offset(page.offset);
  // a first page that is not full is the whole answer (a certificate finds one person at most)
  if (page.offset === 0 && items.length < page.limit) return { items, total: items.length };
  const [total] = await db.select({ n: count() }).from(persons).where(filter);
  return { items, total: total?.n ?? 0 };
}

/** 人员基本信息: the person with the unit they work for. */
export async function personWithUnit(db: Executor, id: number) {
  const [row] = await db
    .select({ person: persons, unitNo: units.unitNo, unitName: units.name })
    .from(persons)
    .leftJoin(units, eq(units.id, persons.unitId))
    .where(eq(persons.id, id));
  return row ?? null;
}

/** The person's enrolments of the given statuses, newest first, with their units. */
export async function enrolmentsWithUnits(db: Executor, personId: number, statuses: string[]) {
  return db
    .select({
      id: enrolments.id,
      insuranceType: enrolments.insuranceType,
      personType: enrolments.personType,
      status: enrolments.status,
      startDate: enrolments.startDate,
      endDate: enrolments.endDate,
      firstEnrolledOn: enrolments.firstEnrolledOn,
      regionCode: enrolments.regionCode,
      unitNo: units.unitNo,
      unitName: units.name,
      contributionBaseFen: enrolments.contributionBaseFen,
    })
    .from(enrolments)
    .leftJoin(units, eq(units.id, enrolments.unitId))
    .where(and(eq(enrolments.personId, personId), inArray(enrolments.status, statuses)))
    .orderBy(desc(enrolments.startDate), desc(enrolments.id));
}

export interface ChangeRecord {
  entity: 'person' | 'enrolment' | 'identity' | 'cardless' | 'subsidy';
  id: number;
  entityId: number;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  actorType: string;
  actorId: string | null;
  reason: string | null;
  changedAt: Date;
}

/**
 * 变更历史信息: the person's history rows and those of their enrolments, special identities,
 * 无卡结算 periods and 个人缴费补贴, newest first.
 */
export async function personChanges(
  db: Executor,
  personId: number,
  page: { limit: number; offset: number },
) {
  const rows = await db.execute<{
    entity: ChangeRecord['entity'];
    id: string;
    entity_id: string;
    action: string;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
    actor_type: string;
    actor_id: string | null;
    reason: string | null;
    changed_at: Date;
    total: string;
  }>(sql`
    with changes as (
      select 'person' as entity, h.* from person_history h where h.entity_id = ${personId}
      union all
      select 'enrolment' as entity, h.* from enrolment_history h
      where h.entity_id in (select e.id from enrolments e where e.person_id = ${personId})
      union all
      select 'identity' as entity, h.* from special_identity_history h
      where h.entity_id in (select s.id from special_identities s where s.person_id = ${personId})
      union all
      select 'cardless' as entity, h.* from cardless_settlement_history h
      where h.entity_id in (select c.id from cardless_settlements c where c.person_id = ${personId})
      union all
      select 'subsidy' as entity, h.* from assistance_subsidy_history h
      where h.entity_id in (select a.id from assistance_subsidies a where a.person_id = ${personId})
    )
    select *, count(*) over () as total from changes
    order by changed_at desc, id desc
    limit ${page.limit} offset ${page.offset}`);
  const items: ChangeRecord[] = rows.rows.map((r) => ({
    entity: r.entity,
    id: Number(r.id),
    entityId: Number(r.entity_id),
    action: r.action,
    before: r.before,
    after: r.after,
    actorType: r.actor_type,
    actorId: r.actor_id,
    reason: r.reason,
    changedAt: new Date(r.changed_at),
  }));
  const total = rows.rows[0] ? Number(rows.rows[0].total) : 0;
  return { items, total };
}

/** 职工缴费信息 / 居民缴费信息: the months of one scheme in a range, with their sums. */
export async function personContributions(
  db: Executor,
  personId: number,
  filter: { insuranceType: string; from?: number | undefined; to?: number | undefined },
  page: { limit: number; offset: number },
) {
  const where = and(
    eq(contributions.personId, personId),
    eq(contributions.insuranceType, filter.insuranceType),
    filter.from ? gte(contributions.period, filter.from) : undefined,
    filter.to ? lte(contributions.period, filter.to) : undefined,
  );
  const [items, [totals]] = await Promise.all([
    db
      .select({
        id: contributions.id,
        period: contributions.period,
        insuranceType: contributions.insuranceType,
        kind: contributions.kind,
        baseFen: contributions.baseFen,
        unitAmountFen: contributions.unitAmountFen,
        personalAmountFen: contributions.personalAmountFen,
        accountAllocationFen: contributions.accountAllocationFen,
        status: contributions.status,
        paidOn: contributions.paidAt,
        unitName: units.name,
      })
      .from(contributions)
      .leftJoin(units, eq(units.id, contributions.unitId))
      .where(where)
      .orderBy(desc(contributions.period), asc(contributions.kind))
      .limit(page.limit)
      .offset(page.offset),
    db
      .select({
        n: count(),
        unit: sum(contributions.unitAmountFen),
        personal: sum(contributions.personalAmountFen),
      })
      .from(contributions)
      .where(where),
  ]);
  return {
    items,
    total: totals?.n ?? 0,
    totals: {
      months: totals?.n ?? 0,
      unitAmountFen: Number(totals?.unit ?? 0),
      personalAmountFen: Number(totals?.personal ?? 0),
    },
  };
}

export async function personDeemedContributions(db: Executor, personId: number) {
  return db
    .select({
      id: deemedContributions.id,
      startPeriod: deemedContributions.startPeriod,
      endPeriod: deemedContributions.endPeriod,
      months: deemedContributions.months,
      basis: deemedContributions.basis,
      regionCode: deemedContributions.regionCode,
    })
    .from(deemedContributions)
    .where(eq(deemedContributions.personId, personId))
    .orderBy(asc(deemedContributions.startPeriod));
}

export async function personSpecialIdentities(db: Executor, personId: number) {
  return db
    .select({
      id: specialIdentities.id,
      identityType: specialIdentities.identityType,
      startDate: specialIdentities.startDate,
      endDate: specialIdentities.endDate,
      status: specialIdentities.status,
      source: specialIdentities.source,
      regionCode: specialIdentities.regionCode,
    })
    .from(specialIdentities)
    .where(eq(specialIdentities.personId, personId))
    .orderBy(desc(specialIdentities.startDate));
}

/**
 * 人员重复参保数据查询: persons with two or more basic-scheme enrolments (310/390) in force, as
 * imported data may hold; within the given regions.
 */
export async function duplicateEnrolments(
  db: Executor,
  regions: string[] | null,
  page: { limit: number; offset: number },
) {
  const rows = await db.execute<{
    person_id: string;
    person_no: string;
    name: string;
    cert_type: string;
    cert_no: string;
    region_code: string;
    enrolments: {
      id: number;
      insuranceType: string;
      regionCode: string;
      startDate: string;
      unitName: string | null;
    }[];
    total: string;
  }>(sql`
    with dup as (
      select person_id from ${enrolments}
      where status = '正常参保' and insurance_type in ('310', '390')
      group by person_id having count(*) > 1)
    select p.id as person_id, p.person_no, p.name, p.cert_type, p.cert_no, p.region_code,
           (select jsonb_agg(jsonb_build_object('id', e.id, 'insuranceType', e.insurance_type,
                     'regionCode', e.region_code, 'startDate', e.start_date, 'unitName', u.name)
                   order by e.start_date)
            from ${enrolments} e left join ${units} u on u.id = e.unit_id
            where e.person_id = p.id and e.status = '正常参保'
              and e.insurance_type in ('310', '390')) as enrolments,
           count(*) over () as total
    from dup join ${persons} p on p.id = dup.person_id
    where ${regions === null} or p.region_code = any(${sql.param(regions ?? [])}::text[])
    order by p.person_no
    limit ${page.limit} offset ${page.offset}`);
  return {
    items: rows.rows.map((r) => ({
      personId: Number(r.person_id),
      personNo: r.person_no,
      name: r.name,
      certType: r.cert_type,
      certNo: r.cert_no,
      regionCode: r.region_code,
      enrolments: r.enrolments.map((e) => ({ ...e, id: Number(e.id) })),
    })),
    total: rows.rows[0] ? Number(rows.rows[0].total) : 0,
  };
}
