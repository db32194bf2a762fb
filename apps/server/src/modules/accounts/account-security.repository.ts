import {
  eq,
  inArray,
  personalAccountHistory,
  personalAccounts,
  persons,
  rateCounters,
  regions,
  sql,
  type Executor,
} from '@yibao/db';
import { LOCK_MINUTES, type LockoutState } from '@yibao/domain';

/** The person's own account with what the two pages show of the person and the region. */
export async function securityOfPerson(db: Executor, personId: number) {
  const [row] = await db
    .select({
      id: personalAccounts.id,
      status: personalAccounts.status,
      passwordHash: personalAccounts.passwordHash,
      passwordChangedAt: personalAccounts.passwordChangedAt,
      passwordFreeLocal: personalAccounts.passwordFreeLocal,
      remoteUse: personalAccounts.remoteUse,
      personId: persons.id,
      name: persons.name,
      certType: persons.certType,
      certNo: persons.certNo,
      phone: persons.phone,
      regionCode: sql<string>`coalesce(${personalAccounts.regionCode}, ${persons.regionCode})`,
      regionName: regions.name,
    })
    .from(personalAccounts)
    .innerJoin(persons, eq(persons.id, personalAccounts.personId))
    .leftJoin(
      regions,
      eq(regions.code, sql`coalesce(${personalAccounts.regionCode}, ${persons.regionCode})`),
    )
    .where(eq(personalAccounts.personId, personId))
    .limit(1);
  return row;
}
export type AccountSecurityRow = NonNullable<Awaited<ReturnType<typeof securityOfPerson>>>;

/** Locks the account row: failed-password counts and settings change one request at a time. */
export async function lockAccount(db: Executor, id: number) {
  const [row] = await db
    .select({ id: personalAccounts.id })
    .from(personalAccounts)
    .where(eq(personalAccounts.id, id))
    .for('update');
  return row;
}

export async function updateAccountSecurity(
  db: Executor,
  id: number,
  values: Partial<
    Pick<
      typeof personalAccounts.$inferInsert,
      'passwordHash' | 'passwordChangedAt' | 'passwordFreeLocal' | 'remoteUse'
    >
  >,
) {
  await db.update(personalAccounts).set(values).where(eq(personalAccounts.id, id));
}

/** A row of personal_account_history; never holds a password or its hash. */
export async function writeAccountHistory(
  db: Executor,
  entry: {
    accountId: number;
    action: string;
    before: Record<string, unknown>;
    after: Record<string, unknown>;
    actorType: string;
    actorId: string | null;
    at: Date;
  },
) {
  await db.insert(personalAccountHistory).values({
    entityId: entry.accountId,
    action: entry.action,
    before: entry.before,
    after: entry.after,
    actorType: entry.actorType,
    actorId: entry.actorId,
    reason: '本人办理',
    changedAt: entry.at,
  });
}

/*
 * The account password's lockout lives in rate_counters (shared by every API node, like the
 * other limits) rather than in new columns: `failures` counts wrong passwords in a row (hits),
 * `lock` records when the lock began (window_start); the lock lasts LOCK_MINUTES from then.
 */
const failuresKey = (accountId: number) => `account-password:failures:${accountId}`;
const lockKey = (accountId: number) => `account-password:lock:${accountId}`;

export async function passwordLockout(db: Executor, accountId: number): Promise<LockoutState> {
  const rows = await db
    .select()
    .from(rateCounters)
    .where(inArray(rateCounters.key, [failuresKey(accountId), lockKey(accountId)]));
  const failures = rows.find((r) => r.key === failuresKey(accountId));
  const lock = rows.find((r) => r.key === lockKey(accountId));
  return {
    failedLogins: failures?.hits ?? 0,
    lockedUntil: lock ? new Date(lock.windowStart.getTime() + LOCK_MINUTES * 60_000) : null,
  };
}

export async function savePasswordLockout(
  db: Executor,
  accountId: number,
  state: LockoutState,
  now: Date,
) {
  const put = async (key: string, windowStart: Date, hits: number) => {
    await db
      .insert(rateCounters)
      .values({ key, windowStart, hits })
      .onConflictDoUpdate({ target: rateCounters.key, set: { windowStart, hits } });
  };
  const drop = async (key: string) => {
    await db.delete(rateCounters).where(eq(rateCounters.key, key));
  };
  if (state.failedLogins > 0) await put(failuresKey(accountId), now, state.failedLogins);
  else await drop(failuresKey(accountId));
  if (state.lockedUntil) {
    const began = new Date(state.lockedUntil.getTime() - LOCK_MINUTES * 60_000);
    await put(lockKey(accountId), began, 1);
  } else {
    await drop(lockKey(accountId));
  }
}
