import {
  and,
  asc,
  contributions,
  count,
  desc,
  eq,
  gte,
  lte,
  persons,
  units,
  type Executor,
  type SQL,
} from '@yibao/db';

export interface FlexibleFilter {
  name?: string | undefined;
  certType?: string | undefined;
  certNo?: string | undefined;
}

const personWhere = (unitId: number, f: FlexibleFilter): SQL[] =>
  [
    eq(persons.unitId, unitId),
    f.name ? eq(persons.name, f.name) : undefined,
    f.certType ? eq(persons.certType, f.certType) : undefined,
    f.certNo ? eq(persons.certNo, f.certNo.toUpperCase()) : undefined,
  ].filter((c): c is SQL => c !== undefined);

/** 灵活就业人员信息结果列表: the agency's persons. */
export async function flexiblePersons(
  db: Executor,
  unitId: number,
  f: FlexibleFilter,
  page: { limit: number; offset: number },
) {
  const where = and(...personWhere(unitId, f));
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: persons.id,
        personNo: persons.personNo,
        name: persons.name,
        certType: persons.certType,
        certNo: persons.certNo,
        sex: persons.sex,
        personCategory: persons.personCategory,
      })
      .from(persons)
      .where(where)
      .orderBy(asc(persons.personNo))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(persons).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** 灵活就业人员缴费明细结果列表: the agency's persons' months in the range. */
export async function flexibleContributions(
  db: Executor,
  unitId: number,
  f: FlexibleFilter & { from: number; to: number },
  page: { limit: number; offset: number },
) {
  const where = and(
    eq(contributions.unitId, unitId),
    gte(contributions.period, f.from),
    lte(contributions.period, f.to),
    ...personWhere(unitId, f).slice(1),
  );
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: contributions.id,
        name: persons.name,
        certNo: persons.certNo,
        insuranceType: contributions.insuranceType,
        baseFen: contributions.baseFen,
        period: contributions.period,
        unitAmountFen: contributions.unitAmountFen,
        personalAmountFen: contributions.personalAmountFen,
        status: contributions.status,
        kind: contributions.kind,
        unitName: units.name,
      })
      .from(contributions)
      .innerJoin(persons, eq(persons.id, contributions.personId))
      .innerJoin(units, eq(units.id, contributions.unitId))
      .where(where)
      .orderBy(desc(contributions.period), asc(persons.personNo))
      .limit(page.limit)
      .offset(page.offset),
    db
      .select({ n: count() })
      .from(contributions)
      .innerJoin(persons, eq(persons.id, contributions.personId))
      .where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
