/**
 * The monthly rows, expanded set-based from the staged spans: contributions (one row a month
 * for employees and flexible workers, one a year for residents), the personal-account ledger
 * with a running balance, and the account balances. Amounts derive from the span's figures and
 * seed only, so the same plan always gives the same rows.
 *
 * The expressions are chosen for a hundred million rows: integer arithmetic instead of
 * numeric, and instants computed from epoch seconds (China has kept UTC+8 without daylight
 * saving since 1991, so a fixed offset is exact) instead of a time-zone lookup per row.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../connection';

/** Month index (year × 12 + month − 1) of a YYYYMM column. */
const monthIndex = (column: string) => sql.raw(`((${column} / 100) * 12 + ${column} % 100 - 1)`);

/** The instant of a Beijing civil date (a SQL date) at an hour. */
const beijingAt = (date: SQL, hour: SQL | number) =>
  sql`to_timestamp(((${date}) - date '1970-01-01') * 86400 + ((${hour}) - 8) * 3600)`;

/** The instant of a Beijing civil date at a second of the day. */
const beijingAtSecond = (date: SQL, second: SQL) =>
  sql`to_timestamp(((${date}) - date '1970-01-01') * 86400 - 8 * 3600 + (${second}))`;

/** fen × basis points / 10000, rounded half up (amounts are never negative). */
const shareOf = (fen: string, basisPoints: string) =>
  sql.raw(`((${fen} * ${basisPoints} + 5000) / 10000)`);

/** Every month of a span table with columns from_period / to_period: i counts from 0. */
const spanMonths = (table: string) => sql`
  from ${sql.raw(table)} s
  cross join lateral generate_series(0, ${monthIndex('s.to_period')} - ${monthIndex('s.from_period')}) as g(i)
  cross join lateral (
    select (${monthIndex('s.from_period')} + g.i) / 12 as year,
           (${monthIndex('s.from_period')} + g.i) % 12 + 1 as month
  ) m`;

/**
 * Every month of every contribution span with its base: the base grows once a year from the
 * span's first year and stops at the region's cap.
 */
const CONTRIBUTION_MONTHS = sql`
  select s.*, g.i, m.year, m.month, m.year * 100 + m.month as period,
         least(round(s.base_yuan * power(1 + s.base_growth_bp / 10000.0::float8, m.year - s.from_period / 100))::bigint,
               s.base_max_yuan) * 100 as base_fen
  ${spanMonths('demo_contribution_spans')}`;

export async function writeContributions(tx: Tx): Promise<number> {
  const monthly = await tx.execute(sql`
    insert into contributions (person_id, unit_id, region_code, insurance_type, period, kind, base_fen,
      unit_amount_fen, personal_amount_fen, account_allocation_fen, status, paid_on, created_at)
    select person_id, unit_id, region_code, '310', period, '正常应缴', base_fen,
           ${shareOf('base_fen', 'unit_rate_bp')}, ${shareOf('base_fen', 'personal_rate_bp')},
           ${shareOf('base_fen', 'account_rate_bp')},
           case when period >= arrears_from_period then '欠费' else '已到账' end,
           case when period >= arrears_from_period then null else make_date(year, month, 15) end,
           ${beijingAt(sql`make_date(year, month, 15)`, 10)}
    from (${CONTRIBUTION_MONTHS}) x`);
  // The resident premium of a year is collected in the December before (or when enrolling).
  const yearly = await tx.execute(sql`
    insert into contributions (person_id, unit_id, region_code, insurance_type, period, kind, base_fen,
      unit_amount_fen, personal_amount_fen, account_allocation_fen, status, paid_on, created_at)
    select person_id, unit_id, region_code, '390', y * 100 + 1, '正常应缴', 0, 0, annual_fen, 0, '已到账',
           greatest(make_date(y - 1, 12, 10), start_date),
           ${beijingAt(sql`greatest(make_date(y - 1, 12, 10), start_date)`, 10)}
    from demo_resident_spans s
    cross join lateral generate_series(s.from_year, s.to_year) as y`);
  return (monthly.rowCount ?? 0) + (yearly.rowCount ?? 0);
}

/**
 * The ledger: a 账户分配 movement on the 15th of every paid month (the account share of the
 * contribution, or a retiree's fixed sum) and, every second month of a span, in three windows
 * out of five, a 消费 later that month of one to 1.8 months' allocation at a designated
 * institution of the region; one window in four refunds the spending (退费) a few minutes later,
 * as a cancelled settlement is. Two months of allocation always exceed 1.8 months' worth (the
 * base grows 4 % a year at most), so no balance ever goes below zero. The balance after each
 * movement is the running sum in time order. A household member without an account of their
 * own takes turns using it (家庭共济: user_person_id). The window's number picks whether to
 * spend (mod 5) and who (mod 2 or 3): coprime, so every member gets a turn.
 *
 * The institution pick gives both the reference (its code) and institution_id; the texts read
 * like the guide's 摘要 and as the settlement engine writes them: 医疗消费(门诊), 医疗消费(住院),
 * 定点药店购药, and 医疗退费(门诊) … 定点药店退费 for the refunds.
 */
export async function writeAccountMovements(tx: Tx): Promise<number> {
  // The accounts' totals come from writeAccountBalances: the trigger that keeps them would hold
  // every row of this statement (tens of millions in a bulk load) to add them up again.
  await tx.execute(sql`alter table account_movements disable trigger account_movements_totals`);
  const result = await tx.execute(sql`
    with places as (
      select region_code, array_agg(id order by code) as ids, array_agg(code order by code) as codes,
             array_agg(kind order by code) as kinds
      from institutions where status = '正常' group by region_code
    ),
    allocations as (
      select account_id, region_code, period, year, month, i, seed, mutual_aid_users,
             mutual_aid_user_1, mutual_aid_user_2,
             ${shareOf('base_fen', 'account_rate_bp')} as amount, false as retiree
      from (${CONTRIBUTION_MONTHS}) x
      where arrears_from_period is null or period < arrears_from_period
      union all
      select s.account_id, s.region_code, m.year * 100 + m.month, m.year, m.month, g.i,
             s.seed, s.mutual_aid_users, s.mutual_aid_user_1, s.mutual_aid_user_2, s.monthly_fen, true
      ${spanMonths('demo_retiree_spans')}
    ),
    -- One pass over the months: each gives its allocation (step 0) and maybe a spending (1) and
    -- its refund (2). Only narrow columns go through the sort; the texts are built after it.
    events as (
      select a.account_id, a.region_code, a.period, e.step, a.retiree,
             case when e.step = 0 then 15 else 18 + (a.seed + a.i) % 10 end as day,
             case when e.step = 0 then 36000
                  else (9 + (a.seed + a.i) % 9) * 3600 + ((a.seed * 7 + a.i * 13) % 60) * 60
                       + (a.seed + a.i * 29) % 60
                       + case when e.step = 2 then 60 + ((a.seed + a.i) % 5) * 60 + 17 else 0 end
             end as second_of_day,
             case when e.step = 0 then a.amount
                  else (a.amount * (10 + (a.seed + a.i * 37) % 9) / 10) * (case when e.step = 1 then -1 else 1 end)
             end as amount,
             case when e.step = 0 or a.mutual_aid_users = 0 then null
                  when (a.i / 2) % (a.mutual_aid_users + 1) = 1 then a.mutual_aid_user_1
                  when (a.i / 2) % (a.mutual_aid_users + 1) = 2 then a.mutual_aid_user_2 end as user_person_id,
             a.seed + a.i * 13 as place_pick,
             (a.seed + a.i * 11) % 7 = 0 as inpatient
      from allocations a
      cross join (values (0), (1), (2)) as e(step)
      where e.step = 0
         or (a.i % 2 = 1 and (a.seed + a.i / 2 * 7) % 5 < 3 and (e.step = 1 or (a.seed + a.i / 2) % 4 = 1))
    ),
    ordered as (
      select *, sum(amount) over (partition by account_id order by period, step rows unbounded preceding) as balance
      from events
    )
    insert into account_movements (account_id, kind, amount_fen, balance_after_fen, period, user_person_id,
      reference, institution_id, idempotency_key, description, occurred_at, created_at)
    select o.account_id, (array['账户分配', '消费', '退费'])[o.step + 1], o.amount, o.balance, o.period,
           o.user_person_id,
           case when o.step = 0 then null else p.codes[x.place] end,
           case when o.step = 0 then null else p.ids[x.place] end,
           -- allocations carry the key the monthly allocation job uses, so it never credits a
           -- demo month twice
           case when o.step = 0 then 'alloc:' || o.account_id::text || ':' || o.period::text
                else 'demo:' || o.account_id::text || ':' || o.period::text || (array[':a', ':s', ':r'])[o.step + 1] end,
           case when o.step = 0 and o.retiree then '退休人员个人账户划入'
                when o.step = 0 then '个人账户划入'
                when p.kinds[x.place] = 'pharmacy' then
                     case when o.step = 1 then '定点药店购药' else '定点药店退费' end
                else case when o.step = 1 then '医疗消费(' else '医疗退费(' end
                     || case when o.inpatient then '住院' else '门诊' end || ')' end,
           t.at, t.at
    from ordered o
    join places p on p.region_code = o.region_code
    cross join lateral (select 1 + o.place_pick % cardinality(p.codes) as place) x
    cross join lateral (
      select ${beijingAtSecond(sql`make_date(o.period / 100, o.period % 100, o.day)`, sql`o.second_of_day`)} as at
    ) t`);
  await tx.execute(sql`alter table account_movements enable trigger account_movements_totals`);
  return result.rowCount ?? 0;
}

/**
 * Each account's balance becomes the sum of its movements (the last balance_after), with the
 * totals in and out and their number that the ledger's trigger keeps from then on.
 */
export async function writeAccountBalances(tx: Tx): Promise<void> {
  await tx.execute(sql`
    update personal_accounts a set balance_fen = t.balance, income_fen = t.income,
           expense_fen = t.expense, movement_count = t.n
    from (
      select m.account_id, sum(m.amount_fen) as balance,
             coalesce(sum(m.amount_fen) filter (where m.amount_fen > 0), 0) as income,
             coalesce(sum(m.amount_fen) filter (where m.amount_fen < 0), 0) as expense,
             count(*) as n
      from account_movements m
      join demo_accounts d on d.account_id = m.account_id
      group by m.account_id
    ) t
    where a.id = t.account_id`);
}
