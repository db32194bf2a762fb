import type { Tx } from '@yibao/db';
import { sql } from 'drizzle-orm';
import type { WriteContext } from '../../plugins/audit';

/** Serialises runs for one region and month, so a re-run reads what the first one wrote. */
export async function lockAllocationRun(tx: Tx, regionCode: string, period: number) {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`allocation:${regionCode}:${period}`}))`,
  );
}

export async function accountIdRange(tx: Tx, regionCode: string) {
  const { rows } = await tx.execute<{ n: string; max: string | null }>(sql`
    select count(*) as n, max(id) as max from personal_accounts
    where region_code = ${regionCode} and status = '正常'`);
  return { count: Number(rows[0]?.n ?? 0), maxId: Number(rows[0]?.max ?? 0) };
}

/**
 * 账户分配 of one month for the open accounts of a region with ids in (afterId, uptoId]: an
 * employee whose contribution of the month has arrived gets the policy's share of its base, a
 * retiree the policy's fixed sum. One statement locks the accounts (id order), writes the
 * movements with their balance after, the balances, and an audit row per movement; accounts
 * already credited for the month (their key alloc:<account>:<period> exists) are left out.
 */
export async function allocateChunk(
  tx: Tx,
  ctx: WriteContext,
  run: { regionCode: string; period: number; afterId: number; uptoId: number; at: Date },
): Promise<{ credited: number; totalFen: number }> {
  const monthStart = `${Math.floor(run.period / 100)}-${String(run.period % 100).padStart(2, '0')}-01`;
  const { rows } = await tx.execute<{ credited: string; total: string | null }>(sql`
    with policy as (
      select distinct on (person_class) person_class, rate_bp, monthly_fen
      from allocation_policies
      where region_code = ${run.regionCode} and valid_from <= ${monthStart}::date
        and (valid_to is null or valid_to >= ${monthStart}::date)
      order by person_class, valid_from desc
    ),
    candidates as (
      select a.id, a.person_id,
             case when e.person_type in ('12', '13') then '退休' else '在职' end as person_class
      from personal_accounts a
      join lateral (
        select person_type from enrolments
        where person_id = a.person_id and insurance_type = '310' and status = '正常参保'
        limit 1
      ) e on true
      where a.region_code = ${run.regionCode} and a.status = '正常'
        and a.id > ${run.afterId} and a.id <= ${run.uptoId}
        and not exists (
          select 1 from account_movements m
          where m.idempotency_key = 'alloc:' || a.id || ':' || ${run.period}
        )
    ),
    due as (
      select c.id,
             case when c.person_class = '退休' then p.monthly_fen
                  else (select (k.base_fen * p.rate_bp + 5000) / 10000 from contributions k
                        where k.person_id = c.person_id and k.insurance_type = '310'
                          and k.period = ${run.period} and k.kind = '正常应缴' and k.status = '已到账')
             end as amount
      from candidates c join policy p on p.person_class = c.person_class
    ),
    locked as (
      select a.id, a.balance_fen, d.amount
      from personal_accounts a join due d on d.id = a.id
      where d.amount > 0
      order by a.id
      for update of a
    ),
    credited as (
      update personal_accounts a set balance_fen = a.balance_fen + l.amount
      from locked l where a.id = l.id
      returning a.id, a.balance_fen as after, l.amount
    ),
    moved as (
      insert into account_movements (account_id, kind, amount_fen, balance_after_fen, period,
        idempotency_key, description, occurred_at, created_at)
      select id, '账户分配', amount, after, ${run.period}, 'alloc:' || id || ':' || ${run.period},
             '个人账户划入', ${run.at}, ${run.at}
      from credited
      returning id, account_id, amount_fen, balance_after_fen
    ),
    audited as (
      insert into audit_log (at, actor_type, actor_id, actor_name, action, entity, entity_id,
        region_code, after, request_id, ip)
      select ${run.at}, ${ctx.actor.type}, ${ctx.actor.id}, ${ctx.actor.name}, 'account-movement.post',
             'account-movement', m.id::text, ${run.regionCode},
             jsonb_build_object('accountId', m.account_id, 'kind', '账户分配', 'amountFen', m.amount_fen,
                                'balanceAfterFen', m.balance_after_fen, 'period', ${run.period}::int),
             ${ctx.requestId ?? null}, ${ctx.ip ?? null}
      from moved m
      returning 1
    )
    select (select count(*) from moved) as credited, (select sum(amount_fen) from moved) as total`);
  return { credited: Number(rows[0]?.credited ?? 0), totalFen: Number(rows[0]?.total ?? 0) };
}
