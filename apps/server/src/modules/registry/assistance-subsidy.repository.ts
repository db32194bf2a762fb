import {
  and,
  asc,
  assistanceSubsidies,
  assistanceSubsidyPolicies,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNull,
  lte,
  or,
  persons,
  specialIdentities,
  type Executor,
  type SQL,
} from '@yibao/db';

/** The person's 有效 special identities that hold on any day of the year. */
export async function identitiesInYear(db: Executor, personId: number, year: number) {
  return db
    .select()
    .from(specialIdentities)
    .where(
      and(
        eq(specialIdentities.personId, personId),
        eq(specialIdentities.status, '有效'),
        lte(specialIdentities.startDate, `${year}-12-31`),
        or(isNull(specialIdentities.endDate), gte(specialIdentities.endDate, `${year}-01-01`)),
      ),
    )
    .orderBy(asc(specialIdentities.startDate), asc(specialIdentities.id));
}

/** The region's policy rows for these identities in force on `day`, the latest of each. */
export async function policiesOn(
  db: Executor,
  regionCode: string,
  identityTypes: string[],
  day: string,
) {
  if (identityTypes.length === 0) return [];
  const rows = await db
    .select()
    .from(assistanceSubsidyPolicies)
    .where(
      and(
        eq(assistanceSubsidyPolicies.regionCode, regionCode),
        inArray(assistanceSubsidyPolicies.identityType, identityTypes),
        lte(assistanceSubsidyPolicies.validFrom, day),
        or(isNull(assistanceSubsidyPolicies.validTo), gte(assistanceSubsidyPolicies.validTo, day)),
      ),
    )
    .orderBy(desc(assistanceSubsidyPolicies.validFrom));
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if (!latest.has(row.identityType)) latest.set(row.identityType, row);
  return [...latest.values()];
}

/** The subsidy in force for the person's year, if any. */
export async function activeSubsidy(db: Executor, personId: number, year: number) {
  const [row] = await db
    .select({ id: assistanceSubsidies.id })
    .from(assistanceSubsidies)
    .where(
      and(
        eq(assistanceSubsidies.personId, personId),
        eq(assistanceSubsidies.year, year),
        eq(assistanceSubsidies.status, '有效'),
      ),
    );
  return row ?? null;
}

export async function insertSubsidy(db: Executor, values: typeof assistanceSubsidies.$inferInsert) {
  const [row] = await db.insert(assistanceSubsidies).values(values).returning();
  if (!row) throw new Error('subsidy not inserted');
  return row;
}

/** 个人缴费补贴信息: newest year first, within the staff member's regions. */
export async function searchSubsidies(
  db: Executor,
  by: { certType?: string | undefined; certNo?: string | undefined; year?: number | undefined },
  regions: string[] | null,
  window: { limit: number; offset: number },
) {
  const where = and(
    ...[
      by.certType ? eq(persons.certType, by.certType) : undefined,
      by.certNo ? eq(persons.certNo, by.certNo) : undefined,
      by.year ? eq(assistanceSubsidies.year, by.year) : undefined,
      regions ? inArray(assistanceSubsidies.regionCode, regions) : undefined,
    ].filter((c): c is SQL => c !== undefined),
  );
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: assistanceSubsidies.id,
        personNo: persons.personNo,
        name: persons.name,
        certType: persons.certType,
        certNo: persons.certNo,
        year: assistanceSubsidies.year,
        identityType: assistanceSubsidies.identityType,
        contributionFen: assistanceSubsidies.contributionFen,
        subsidyFen: assistanceSubsidies.subsidyFen,
        personalFen: assistanceSubsidies.personalFen,
        status: assistanceSubsidies.status,
        createdAt: assistanceSubsidies.createdAt,
      })
      .from(assistanceSubsidies)
      .innerJoin(persons, eq(persons.id, assistanceSubsidies.personId))
      .where(where)
      .orderBy(desc(assistanceSubsidies.year), desc(assistanceSubsidies.id))
      .limit(window.limit)
      .offset(window.offset),
    db
      .select({ n: count() })
      .from(assistanceSubsidies)
      .innerJoin(persons, eq(persons.id, assistanceSubsidies.personId))
      .where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
