import { personalAccounts, type Tx } from '@yibao/db';
import { sql, type SQL } from 'drizzle-orm';

/** An account as locked for a posting. */
export interface LockedAccount {
  id: number;
  personId: number;
  regionCode: string;
  balanceFen: number;
  status: string;
  passwordHash: string | null;
  passwordFreeLocal: boolean;
  remoteUse: boolean;
}

/**
 * Locks the accounts FOR UPDATE in ascending id order — the one order every posting takes, so
 * two postings over the same accounts wait for each other instead of deadlocking.
 */
export async function lockAccounts(tx: Tx, ids: readonly number[]): Promise<LockedAccount[]> {
  if (ids.length === 0) return [];
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const rows = await tx
    .select({
      id: personalAccounts.id,
      personId: personalAccounts.personId,
      regionCode: personalAccounts.regionCode,
      balanceFen: personalAccounts.balanceFen,
      status: personalAccounts.status,
      passwordHash: personalAccounts.passwordHash,
      passwordFreeLocal: personalAccounts.passwordFreeLocal,
      remoteUse: personalAccounts.remoteUse,
    })
    .from(personalAccounts)
    .where(sql`${personalAccounts.id} = any(${sql.param(sorted)}::bigint[])`)
    .orderBy(personalAccounts.id)
    .for('update');
  return rows;
}

/** One movement to write; amountFen is signed (income +, expense −). */
export interface Posting {
  accountId: number;
  kind: '账户分配' | '缴费' | '消费' | '退费' | '清算';
  amountFen: number;
  description: string;
  idempotencyKey: string;
  occurredAt: Date;
  period?: number | null;
  userPersonId?: number | null;
  institutionId?: number | null;
  settlementId?: number | null;
  applicationId?: number | null;
  reference?: string | null;
}

export interface PostedMovement extends Posting {
  id: number;
  balanceAfterFen: number;
}

/** A posting with the balance its account has after it. */
export type BalancedPosting = Posting & { balanceAfterFen: number };

/**
 * The running balances of postings over locked accounts, in the order given: each movement's
 * balance after, and each account's final balance. A balance that would go below zero throws
 * (the CHECK would refuse it anyway).
 */
export function runningBalances(locked: readonly LockedAccount[], postings: readonly Posting[]) {
  const balances = new Map(locked.map((a) => [a.id, a.balanceFen]));
  const rows: BalancedPosting[] = postings.map((p) => {
    const before = balances.get(p.accountId);
    if (before === undefined) throw new Error(`account ${p.accountId} is not locked`);
    const after = before + p.amountFen;
    if (after < 0) throw new Error(`account ${p.accountId} would go below zero`);
    balances.set(p.accountId, after);
    return { ...p, balanceAfterFen: after };
  });
  return { rows, balances };
}

/**
 * The two CTEs `moved` (the movement rows, returning id, idempotency_key, account_id, kind,
 * amount_fen, balance_after_fen) and `balances` (the accounts' new balances), for one statement
 * that may write more (a settlement passes its own row's id as an SQL expression). The balances
 * are found by `id = any(…)`, not by a join with unnest(…): the planner cannot see how many rows
 * unnest gives and would hash the whole accounts table for every posting.
 */
export function movementWrites(
  rows: readonly BalancedPosting[],
  balances: ReadonlyMap<number, number>,
  opts: { settlementId?: SQL } = {},
): SQL {
  const ids = [...new Set(rows.map((r) => r.accountId))];
  const col = <T>(pick: (r: BalancedPosting) => T) => sql.param(rows.map(pick));
  const settlementId = opts.settlementId ?? sql`v.settlement_id`;
  return sql`
    moved as (
      insert into account_movements (account_id, kind, amount_fen, balance_after_fen, period,
        user_person_id, institution_id, settlement_id, application_id, reference, idempotency_key,
        description, occurred_at)
      select v.account_id, v.kind, v.amount_fen, v.balance_after_fen, v.period, v.user_person_id,
             v.institution_id, ${settlementId}, v.application_id, v.reference, v.idempotency_key,
             v.description, v.occurred_at
      from unnest(
        ${col((r) => r.accountId)}::bigint[], ${col((r) => r.kind)}::text[],
        ${col((r) => r.amountFen)}::bigint[], ${col((r) => r.balanceAfterFen)}::bigint[],
        ${col((r) => r.period ?? null)}::int[], ${col((r) => r.userPersonId ?? null)}::bigint[],
        ${col((r) => r.institutionId ?? null)}::bigint[], ${col((r) => r.settlementId ?? null)}::bigint[],
        ${col((r) => r.applicationId ?? null)}::bigint[], ${col((r) => r.reference ?? null)}::text[],
        ${col((r) => r.idempotencyKey)}::text[], ${col((r) => r.description)}::text[],
        ${col((r) => r.occurredAt.toISOString())}::timestamptz[])
        as v(account_id, kind, amount_fen, balance_after_fen, period, user_person_id, institution_id,
             settlement_id, application_id, reference, idempotency_key, description, occurred_at)
      returning id, idempotency_key, account_id, kind, amount_fen, balance_after_fen
    ), balances as (
      update personal_accounts a
         set balance_fen = (${sql.param(ids.map((id) => balances.get(id) as number))}::bigint[])[
               array_position(${sql.param(ids)}::bigint[], a.id)]
       where a.id = any(${sql.param(ids)}::bigint[])
    )`;
}

/** The posted movements with the ids the database gave them. */
export const withIds = (
  rows: readonly BalancedPosting[],
  inserted: readonly { id: string | number; idempotency_key: string }[],
): PostedMovement[] => {
  const idOf = new Map(inserted.map((r) => [r.idempotency_key, Number(r.id)]));
  return rows.map((r) => ({ ...r, id: idOf.get(r.idempotencyKey) ?? 0 }));
};

/**
 * Writes the movements and the accounts' new balances in the caller's transaction, in one
 * statement. The caller holds the accounts' locks (lockAccounts) and passes their balances; a
 * repeated idempotency key throws a unique violation.
 */
export async function postMovements(
  tx: Tx,
  locked: readonly LockedAccount[],
  postings: readonly Posting[],
): Promise<PostedMovement[]> {
  if (postings.length === 0) return [];
  const { rows, balances } = runningBalances(locked, postings);
  const { rows: inserted } = await tx.execute<{ id: string; idempotency_key: string }>(
    sql`with ${movementWrites(rows, balances)} select id, idempotency_key from moved`,
  );
  return withIds(rows, inserted);
}
