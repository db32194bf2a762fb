/**
 * The registry's smaller facts, derived set-wise from what the load wrote: 视同缴费 for workers
 * who started work before their region's basic medical insurance began, and special identities
 * (低保对象, 特困人员 …) for a steady share of the residents.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../connection';

/** Basic medical insurance began in January 2001 in the demo's regions; earlier work is 视同缴费. */
const SCHEME_START_YEAR = 2001;

export async function writeDeemedContributions(tx: Tx): Promise<number> {
  // from the month work began to December before the scheme, for those who began before it
  const result = await tx.execute(sql`
    insert into deemed_contributions (person_id, region_code, start_period, end_period, months, basis,
      created_at)
    select p.id, p.region_code, w.y * 100 + w.m, ${(SCHEME_START_YEAR - 1) * 100 + 12},
           (${SCHEME_START_YEAR - 1} - w.y) * 12 + (12 - w.m) + 1,
           '档案认定：参加工作时间至实行基本医疗保险制度前', p.created_at
    from persons p
    cross join lateral (
      select extract(year from p.work_start_date)::int as y,
             extract(month from p.work_start_date)::int as m
    ) w
    where p.work_start_date < make_date(${SCHEME_START_YEAR}, 1, 1)`);
  return result.rowCount ?? 0;
}

/** One resident in 23 holds a special identity since their resident enrolment began. */
export async function writeSpecialIdentities(tx: Tx): Promise<number> {
  const result = await tx.execute(sql`
    insert into special_identities (person_id, region_code, identity_type, start_date, status, source,
      created_at)
    select e.person_id, e.region_code,
           (array['11','12','13','14','15','16','17','18'])[e.person_id % 8 + 1],
           e.start_date, '有效', '民政部门认定', e.created_at
    from enrolments e
    where e.insurance_type = '390' and e.status = '正常参保' and e.person_id % 23 = 0`);
  return result.rowCount ?? 0;
}
