import { and, benefitAccumulators, desc, eq, settlements, sql, type Executor } from '@yibao/db';

/** P50's reads: a person's accumulators of one year, and the scheme the year was settled under. */

export async function accumulatorsOf(db: Executor, personId: number, year: number) {
  return db
    .select({
      visitClass: benefitAccumulators.visitClass,
      deductibleUsedFen: benefitAccumulators.deductibleUsedFen,
      fundPaidFen: benefitAccumulators.fundPaidFen,
    })
    .from(benefitAccumulators)
    .where(and(eq(benefitAccumulators.personId, personId), eq(benefitAccumulators.year, year)));
}

/**
 * The region and person class of the year's last settlement: the accumulators were counted
 * against that scheme's policy, even if the person has since retired or moved.
 */
export async function lastSchemeOfYear(db: Executor, personId: number, year: number) {
  const [row] = await db
    .select({ regionCode: settlements.regionCode, personClass: settlements.personClass })
    .from(settlements)
    .where(
      and(
        eq(settlements.personId, personId),
        sql`${settlements.visitDate} between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date`,
      ),
    )
    .orderBy(desc(settlements.visitDate), desc(settlements.settledAt), desc(settlements.id))
    .limit(1);
  return row;
}
