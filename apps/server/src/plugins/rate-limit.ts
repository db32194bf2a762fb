import { rateCounters, sql, type Executor } from '@yibao/db';
import { AppError } from './errors';

export interface RateRule {
  /** what is counted, e.g. `sms:ip:1.2.3.4` */
  key: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Fixed-window counters in PostgreSQL, so every API node shares them. One statement counts the
 * hit and starts a new window when the old one has passed.
 */
export async function hit(db: Executor, rule: RateRule, now: Date): Promise<number> {
  const windowStart = new Date(now.getTime() - rule.windowSeconds * 1000);
  const rows = await db
    .insert(rateCounters)
    .values({ key: rule.key, windowStart: now, hits: 1 })
    .onConflictDoUpdate({
      target: rateCounters.key,
      set: {
        hits: sql`case when ${rateCounters.windowStart} <= ${windowStart} then 1 else ${rateCounters.hits} + 1 end`,
        windowStart: sql`case when ${rateCounters.windowStart} <= ${windowStart} then ${now} else ${rateCounters.windowStart} end`,
      },
    })
    .returning({ hits: rateCounters.hits });
  return rows[0]?.hits ?? 1;
}

/** Counts a hit for every rule and refuses with 429 when any is over its limit. */
export async function enforce(
  db: Executor,
  rules: RateRule[],
  now: Date,
  message = '操作过于频繁，请稍后再试',
) {
  for (const rule of rules) {
    if ((await hit(db, rule, now)) > rule.limit) throw new AppError(429, 'RATE_LIMITED', message);
  }
}
