import { captchas, desc, eq, smsMessages, count, type Executor } from '@yibao/db';

export type SmsMessageRow = typeof smsMessages.$inferSelect;

export async function insertSms(
  db: Executor,
  row: typeof smsMessages.$inferInsert,
): Promise<SmsMessageRow> {
  const [saved] = await db.insert(smsMessages).values(row).returning();
  if (!saved) throw new Error('sms not stored');
  return saved;
}

export async function latestSms(db: Executor, limit: number) {
  return db
    .select()
    .from(smsMessages)
    .orderBy(desc(smsMessages.sentAt), desc(smsMessages.id))
    .limit(limit);
}

export async function latestCaptchas(db: Executor, limit: number) {
  return db.select().from(captchas).orderBy(desc(captchas.createdAt)).limit(limit);
}

export async function smsOfPerson(
  db: Executor,
  personId: number,
  paging: { offset: number; limit: number },
) {
  const cond = eq(smsMessages.personId, personId);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(smsMessages)
      .where(cond)
      .orderBy(desc(smsMessages.sentAt), desc(smsMessages.id))
      .offset(paging.offset)
      .limit(paging.limit),
    db.select({ n: count() }).from(smsMessages).where(cond),
  ]);
  return { items, total: total?.n ?? 0 };
}
