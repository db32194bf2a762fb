import { and, asc, calendarDays, count, eq, gte, lte, type Executor } from '@yibao/db';

export type CalendarDayRow = typeof calendarDays.$inferSelect;

export async function allDays(db: Executor): Promise<CalendarDayRow[]> {
  return db.select().from(calendarDays).orderBy(asc(calendarDays.day));
}

export async function findDays(
  db: Executor,
  year: number | undefined,
  paging: { offset: number; limit: number },
) {
  const cond = year
    ? and(gte(calendarDays.day, `${year}-01-01`), lte(calendarDays.day, `${year}-12-31`))
    : undefined;
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(calendarDays)
      .where(cond)
      .orderBy(asc(calendarDays.day))
      .offset(paging.offset)
      .limit(paging.limit),
    db.select({ n: count() }).from(calendarDays).where(cond),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findDay(db: Executor, day: string): Promise<CalendarDayRow | null> {
  const [row] = await db.select().from(calendarDays).where(eq(calendarDays.day, day));
  return row ?? null;
}

export async function upsertDay(db: Executor, row: CalendarDayRow): Promise<void> {
  await db
    .insert(calendarDays)
    .values(row)
    .onConflictDoUpdate({
      target: calendarDays.day,
      set: { kind: row.kind, name: row.name, source: row.source },
    });
}

export async function deleteDay(db: Executor, day: string): Promise<void> {
  await db.delete(calendarDays).where(eq(calendarDays.day, day));
}
