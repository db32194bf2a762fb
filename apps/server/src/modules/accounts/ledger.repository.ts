import { personalAccounts, type Tx } from '@yibao/db';
import { sql } from 'drizzle-orm';

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

/**
 * Writes the movements and the accounts' new balances in the caller's transaction. The caller
 * holds the accounts' locks (lockAccounts) and passes their balances; each movement's balance
 * after is the running balance in the order given. A balance that would go below zero throws
 * (the CHECK would refuse it anyway); a repeated idempotency key throws a unique violation.
 */
export async function postMovements(
  tx: Tx,
  locked: readonly LockedAccount[],
  postings: readonly Posting[],
): Promise<PostedMovement[]> {
  if (postings.length === 0) return [];
  const balances = new Map(locked.map((a) => [a.id, a.balanceFen]));
  const rows = postings.map((p) => {
    const before = balances.get(p.accountId);
    if (before === undefined) throw new Error(`account ${p.accountId} is not locked`);
    const after = before + p.amountFen;
    if (after < 0) throw new Error(`account ${p.accountId} would go below zero`);
    balances.set(p.accountId, after);
    return { ...p, balanceAfterFen: after };
  });
  const ids = [...new Set(rows.map((r) => r.accountId))];
  const col = <T>(pick: (r: (typeof rows)[number]) => T) => sql.param(rows.map(pick));
  // One statement writes the movements and the new balances: one round trip per posting.
  const { rows: inserted } = await tx.execute<{ id: string; idempotency_key: string }>(sql`
    with moved as (
      insert into account_movements (account_id, kind, amount_fen, balance_after_fen, period,
        user_person_id, institution_id, settlement_id, application_id, reference, idempotency_key,
        description, occurred_at)
      select * from unnest(
        ${col((r) => r.accountId)}::bigint[], ${col((r) => r.kind)}::text[],
        ${col((r) => r.amountFen)}::bigint[], ${col((r) => r.balanceAfterFen)}::bigint[],
        ${col((r) => r.period ?? null)}::int[], ${col((r) => r.userPersonId ?? null)}::bigint[],
        ${col((r) => r.institutionId ?? null)}::bigint[], ${col((r) => r.settlementId ?? null)}::bigint[],
        ${col((r) => r.applicationId ?? null)}::bigint[], ${col((r) => r.reference ?? null)}::text[],
        ${col((r) => r.idempotencyKey)}::text[], ${col((r) => r.description)}::text[],
        ${col((r) => r.occurredAt.toISOString())}::timestamptz[])
      returning id, idempotency_key
    ), balances as (
      update personal_accounts a set balance_fen = v.balance
      from unnest(${sql.param(ids)}::bigint[],
                  ${sql.param(ids.map((id) => balances.get(id) as number))}::bigint[]) as v(id, balance)
      where a.id = v.id
    )
    select id, idempotency_key from moved`);
  const idOf = new Map(inserted.map((r) => [r.idempotency_key, Number(r.id)]));
  return rows.map((r) => ({ ...r, id: idOf.get(r.idempotencyKey) ?? 0 }));
}
