import {
  and,
  desc,
  eq,
  institutions,
  persons,
  settlements as s,
  sql,
  type Executor,
} from '@yibao/db';
import type { PageWindow } from '@yibao/domain';

/**
 * P55's reads: one person's settlements of a year. Every read starts from the person and the
 * visit dates (settlements(person_id, visit_date)), so a page reads a few index entries.
 */

/** The settlements of the person whose visit fell in the year. */
const ofYear = (personId: number, year: number) =>
  and(
    eq(s.personId, personId),
    sql`${s.visitDate} between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date`,
  );

/** A page of the year, newest settlement first. */
export async function consumptionPage(
  db: Executor,
  personId: number,
  year: number,
  page: PageWindow,
) {
  return db
    .select({
      id: s.id,
      settledAt: s.settledAt,
      visitDate: s.visitDate,
      institutionName: institutions.name,
      medType: s.medType,
      visitClass: s.visitClass,
      totalFen: s.totalFen,
      fundFen: s.fundFen,
      accountFen: s.accountFen,
      cashFen: s.cashFen,
      status: s.status,
    })
    .from(s)
    .innerJoin(institutions, eq(institutions.id, s.institutionId))
    .where(ofYear(personId, year))
    .orderBy(desc(s.settledAt), desc(s.id))
    .limit(page.limit)
    .offset(page.offset);
}

const settledSum = (column: typeof s.totalFen) =>
  sql<number>`coalesce(sum(${column}) filter (where ${s.status} = '已结算'), 0)::bigint`;

/** 笔数 and the amounts of the year's settlements in force; refunded ones only counted. */
export async function consumptionTotals(db: Executor, personId: number, year: number) {
  const [row] = await db
    .select({
      all: sql<number>`count(*)::int`,
      count: sql<number>`(count(*) filter (where ${s.status} = '已结算'))::int`,
      refundedCount: sql<number>`(count(*) filter (where ${s.status} = '已退费'))::int`,
      totalFen: settledSum(s.totalFen),
      fundFen: settledSum(s.fundFen),
      accountFen: settledSum(s.accountFen),
      cashFen: settledSum(s.cashFen),
    })
    .from(s)
    .where(ofYear(personId, year));
  return (
    row ?? {
      all: 0,
      count: 0,
      refundedCount: 0,
      totalFen: 0,
      fundFen: 0,
      accountFen: 0,
      cashFen: 0,
    }
  );
}

/** One settlement of the person with its institution; undefined when it is someone else's. */
export async function consumptionOf(db: Executor, personId: number, id: number) {
  const [row] = await db
    .select({
      settlement: s,
      institution: { code: institutions.code, name: institutions.name },
    })
    .from(s)
    .innerJoin(institutions, eq(institutions.id, s.institutionId))
    .where(and(eq(s.id, id), eq(s.personId, personId)));
  return row;
}

/** 姓名 and 证件号码 of whom a printout is about. */
export async function personOfPrintout(db: Executor, personId: number) {
  const [row] = await db
    .select({ name: persons.name, certNo: persons.certNo })
    .from(persons)
    .where(eq(persons.id, personId));
  return row;
}
