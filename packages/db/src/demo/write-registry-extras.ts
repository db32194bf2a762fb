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

/** Every employee has chosen 定点医疗机构1 and 2: two hospitals of the region, spread by person. */
export async function writeDesignatedHospitals(tx: Tx): Promise<number> {
  const result = await tx.execute(sql`
    with h as (
      select id, region_code, row_number() over (partition by region_code order by code) - 1 as n,
             count(*) over (partition by region_code) as total
      from institutions where kind = 'hospital' and status = '正常' and is_primary_care = '0'),
    p as (
      select person_id, min(region_code) as region_code, min(start_date) as start_date,
             min(created_at) as created_at
      from enrolments where insurance_type = '310' and status = '正常参保' group by person_id)
    insert into designated_hospitals (person_id, slot, institution_id, region_code, chosen_on,
      created_at, updated_at)
    select p.person_id, s.slot, h.id, p.region_code, p.start_date, p.created_at, p.created_at
    from p cross join (values (1), (2)) as s(slot)
    join h on h.region_code = p.region_code and h.total >= s.slot
          and h.n = (p.person_id + s.slot - 1) % h.total`);
  return result.rowCount ?? 0;
}
