import { captchas, count, desc, eq, or, smsMessages, type Executor } from '@yibao/db';

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

/** Messages about the person, or sent to the account's phone before real-name verification. */
export async function smsOfRecipient(
  db: Executor,
  to: { personId: number | null; phone: string },
  paging: { offset: number; limit: number },
) {
  const cond = or(
    to.personId ? eq(smsMessages.personId, to.personId) : undefined,
    eq(smsMessages.phone, to.phone),
  );
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
