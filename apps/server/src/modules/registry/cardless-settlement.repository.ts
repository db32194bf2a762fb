import {
  and,
  asc,
  cardlessSettlements,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNull,
  lte,
  or,
  persons,
  type Executor,
  type SQL,
} from '@yibao/db';

const OPEN_END = '9999-12-31';

/** A 有效 cardless period of the person that shares a day with the one asked for. */
export async function overlappingCardless(
  db: Executor,
  personId: number,
  startDate: string,
  endDate: string | null,
) {
  const [row] = await db
    .select({ id: cardlessSettlements.id })
    .from(cardlessSettlements)
    .where(
      and(
        eq(cardlessSettlements.personId, personId),
        eq(cardlessSettlements.status, '有效'),
        lte(cardlessSettlements.startDate, endDate ?? OPEN_END),
        or(isNull(cardlessSettlements.endDate), gte(cardlessSettlements.endDate, startDate)),
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function insertCardless(
  db: Executor,
  values: typeof cardlessSettlements.$inferInsert,
) {
  const [row] = await db.insert(cardlessSettlements).values(values).returning();
  if (!row) throw new Error('cardless settlement not inserted');
  return row;
}

/** 复核不通过: the period stops counting; false when it was void already. */
export async function voidCardless(db: Executor, id: number): Promise<boolean> {
  const rows = await db
    .update(cardlessSettlements)
    .set({ status: '无效' })
    .where(and(eq(cardlessSettlements.id, id), eq(cardlessSettlements.status, '有效')))
    .returning({ id: cardlessSettlements.id });
  return rows.length > 0;
}

/** 待遇通用审批 · 无卡就医审批: newest first, within the staff member's regions. */
export async function searchCardless(
  db: Executor,
  by: {
    certType?: string | undefined;
    certNo?: string | undefined;
    startFrom?: string | undefined;
  },
  regions: string[] | null,
  window: { limit: number; offset: number },
) {
  const where = and(
    ...[
      by.certType ? eq(persons.certType, by.certType) : undefined,
      by.certNo ? eq(persons.certNo, by.certNo) : undefined,
      by.startFrom ? gte(cardlessSettlements.startDate, by.startFrom) : undefined,
      regions ? inArray(cardlessSettlements.regionCode, regions) : undefined,
    ].filter((c): c is SQL => c !== undefined),
  );
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: cardlessSettlements.id,
        personNo: persons.personNo,
        name: persons.name,
        sex: persons.sex,
        certType: persons.certType,
        certNo: persons.certNo,
        startDate: cardlessSettlements.startDate,
        endDate: cardlessSettlements.endDate,
        status: cardlessSettlements.status,
      })
      .from(cardlessSettlements)
      .innerJoin(persons, eq(persons.id, cardlessSettlements.personId))
      .where(where)
      .orderBy(desc(cardlessSettlements.startDate), asc(cardlessSettlements.id))
      .limit(window.limit)
      .offset(window.offset),
    db
      .select({ n: count() })
      .from(cardlessSettlements)
      .innerJoin(persons, eq(persons.id, cardlessSettlements.personId))
      .where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
