/**
 * The settlement's hot path in three statements: what is known before the transaction, the
 * locks, and every write. Each round trip costs a system call on both sides, so the statements
 * are few and wide rather than many and narrow.
 */
import type { settlements } from '@yibao/db';
import { executePrepared, type Executor, type Tx } from '@yibao/db';
import { sql } from 'drizzle-orm';
import type { AuditEntry, WriteContext } from '../../plugins/audit';
import {
  movementWrites,
  withIds,
  type BalancedPosting,
  type LockedAccount,
  type PostedMovement,
} from './ledger.repository';
import {
  drawableSql,
  insuredSql,
  personMatch,
  toDrawable,
  toInsured,
  type AccumulatorKey,
  type DrawableAccount,
  type DrawableRow,
  type InsuredPerson,
  type InsuredRow,
  type PersonMatch,
  type SettlementRow,
} from './settlement.repository';

/**
 * Before the transaction: whether the institution's transaction number is taken, the person
 * with their scheme, and the accounts they may draw on, in draw order.
 */
export async function settlementSnapshot(
  db: Executor,
  q: { institutionId: number; txnNo: string; who: PersonMatch; visitDate: string },
): Promise<{
  existingId: number | null;
  person: InsuredPerson | null;
  accounts: DrawableAccount[];
}> {
  const { rows } = await executePrepared<{
    existing_id: string | null;
    person: InsuredRow | null;
    accounts: DrawableRow[] | null;
  }>(
    db,
    sql`
    with person as (${insuredSql(personMatch(q.who))})
    select
      (select id from settlements where institution_id = ${q.institutionId} and txn_no = ${q.txnNo})
        as existing_id,
      (select row_to_json(person) from person) as person,
      (select json_agg(d) from (${drawableSql(sql`(select person_id from person)`, q.visitDate)}) d)
        as accounts`,
  );
  const r = rows[0];
  return {
    existingId: r?.existing_id ? Number(r.existing_id) : null,
    person: toInsured(r?.person ?? undefined),
    accounts: (r?.accounts ?? []).map(toDrawable),
  };
}

/**
 * The year's accumulator (created when missing) and then the accounts, locked FOR UPDATE in
 * ascending id order, in one statement: the accounts' rows come out of a join that reads the
 * accumulator first, so every settlement takes its locks in the same order.
 */
export async function lockForSettlement(tx: Tx, key: AccumulatorKey, accountIds: number[]) {
  const { rows } = await executePrepared<{
    deductible_used_fen: string;
    fund_paid_fen: string;
    id: string | null;
    person_id: string | null;
    region_code: string | null;
    balance_fen: string | null;
    status: string | null;
    password_hash: string | null;
    password_free_local: boolean | null;
    remote_use: boolean | null;
  }>(
    tx,
    sql`
    with acc as (
      insert into benefit_accumulators (person_id, year, visit_class)
      values (${key.personId}, ${key.year}, ${key.visitClass})
      on conflict (person_id, year, visit_class) do update set person_id = excluded.person_id
      returning deductible_used_fen, fund_paid_fen
    )
    ${
      accountIds.length === 0
        ? sql`select acc.*, null as id, null as person_id, null as region_code, null as balance_fen,
                     null as status, null as password_hash, null as password_free_local,
                     null as remote_use
              from acc`
        : sql`select acc.*, a.id, a.person_id, a.region_code, a.balance_fen, a.status,
                     a.password_hash, a.password_free_local, a.remote_use
              from acc cross join personal_accounts a
              where a.id = any(${sql.param(accountIds)}::bigint[])
              order by a.id
              for update of a`
    }`,
  );
  const first = rows[0];
  const used = {
    deductibleUsedFen: Number(first?.deductible_used_fen ?? 0),
    fundPaidFen: Number(first?.fund_paid_fen ?? 0),
  };
  const locked: LockedAccount[] = rows
    .filter((r) => r.id !== null)
    .map((r) => ({
      id: Number(r.id),
      personId: Number(r.person_id),
      regionCode: r.region_code ?? '',
      balanceFen: Number(r.balance_fen),
      status: r.status ?? '',
      passwordHash: r.password_hash,
      passwordFreeLocal: r.password_free_local ?? false,
      remoteUse: r.remote_use ?? false,
    }));
  return { used, locked };
}

type NewSettlement = Omit<typeof settlements.$inferInsert, 'id' | 'status'> & {
  settledAt: Date;
};

/**
 * Every write of a settlement in one statement: the settlement row, its movements with the
 * accounts' balances, the year's accumulator and the audit rows (the settlement's and one per
 * movement).
 */
export async function writeSettlement(
  tx: Tx,
  w: {
    settlement: NewSettlement;
    movements: { rows: readonly BalancedPosting[]; balances: ReadonlyMap<number, number> };
    accumulator: AccumulatorKey & { deductibleFen: number; fundFen: number };
    audit: { ctx: WriteContext; at: Date; settlement: AuditEntry };
  },
): Promise<{ settlement: SettlementRow; movements: PostedMovement[] }> {
  const s = w.settlement;
  const a = w.accumulator;
  const { ctx, at } = w.audit;
  // typed: the parameters of a UNION's select lists have no column to take a type from
  const actor = sql`${at}::timestamptz, ${ctx.actor.type}::text, ${ctx.actor.id}::text, ${ctx.actor.name}::text`;
  const trace = sql`${ctx.requestId ?? null}::text, ${ctx.ip ?? null}::text`;
  const withMovements = w.movements.rows.length > 0;
  const { rows } = await executePrepared<{
    id: string;
    moved: { id: number; idempotency_key: string }[] | null;
  }>(
    tx,
    sql`
    with ins as (
      insert into settlements (institution_id, txn_no, request_hash, person_id, region_code,
        person_class, med_type, visit_class, tier, remote, visit_date, policy_id, total_fen,
        in_catalogue_fen, out_catalogue_fen, deductible_fen, fund_fen, account_fen, cash_fen, items,
        settled_at)
      values (${s.institutionId}, ${s.txnNo}, ${s.requestHash}, ${s.personId}, ${s.regionCode},
        ${s.personClass}, ${s.medType}, ${s.visitClass}, ${s.tier}, ${s.remote}, ${s.visitDate},
        ${s.policyId ?? null}, ${s.totalFen}, ${s.inCatalogueFen}, ${s.outCatalogueFen},
        ${s.deductibleFen}, ${s.fundFen}, ${s.accountFen}, ${s.cashFen},
        ${JSON.stringify(s.items ?? [])}::jsonb, ${s.settledAt})
      returning id
    ),
    ${
      withMovements
        ? movementWrites(w.movements.rows, w.movements.balances, {
            settlementId: sql`(select id from ins)`,
          })
        : sql`moved as (select null::bigint as id, null::text as idempotency_key,
                null::bigint as account_id, null::text as kind, null::bigint as amount_fen,
                null::bigint as balance_after_fen where false)`
    },
    acc as (
      update benefit_accumulators
      set deductible_used_fen = deductible_used_fen + ${a.deductibleFen},
          fund_paid_fen = fund_paid_fen + ${a.fundFen}
      where person_id = ${a.personId} and year = ${a.year} and visit_class = ${a.visitClass}
    ),
    audited as (
      insert into audit_log (at, actor_type, actor_id, actor_name, action, entity, entity_id,
        region_code, after, request_id, ip)
      select ${actor}, ${w.audit.settlement.action}::text, ${w.audit.settlement.entity}::text,
             ins.id::text, ${s.regionCode}::text,
             ${JSON.stringify(w.audit.settlement.after ?? null)}::jsonb, ${trace}
      from ins
      union all
      select ${actor}, 'account-movement.post', 'account-movement', m.id::text, ${s.regionCode}::text,
             jsonb_build_object('accountId', m.account_id, 'kind', m.kind,
               'amountFen', m.amount_fen, 'balanceAfterFen', m.balance_after_fen,
               'settlementId', (select id from ins)),
             ${trace}
      from moved m
    )
    select (select id from ins) as id,
           (select json_agg(json_build_object('id', id, 'idempotency_key', idempotency_key))
            from moved) as moved`,
  );
  const r = rows[0];
  if (!r) throw new Error('settlement not written');
  const id = Number(r.id);
  const settlement: SettlementRow = {
    ...s,
    id,
    policyId: s.policyId ?? null,
    remote: s.remote ?? false,
    items: s.items ?? [],
    status: '已结算',
    refundTxnNo: null,
    refundedAt: null,
    createdAt: at,
  };
  return {
    settlement,
    movements: withIds(
      w.movements.rows.map((m) => ({ ...m, settlementId: id })),
      r.moved ?? [],
    ),
  };
}
