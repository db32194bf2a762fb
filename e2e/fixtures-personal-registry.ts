import pg from 'pg';
import { inject } from 'vitest';

/** Runs one read against the server's database. */
async function read<T extends pg.QueryResultRow>(sql: string, params: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/**
 * What the registry holds of the person behind a demo account, as a tester would read it from
 * the data sheet: the unit, 定点医疗机构1–5, the bank account, whether they are an employee in
 * force (310 正常参保) with a verified account.
 */
export async function insuredFacts(phone: string) {
  const [person] = await read<{
    id: string;
    name: string;
    region_code: string;
    unit_name: string | null;
    bank_account: string;
    verified: boolean;
    employee: boolean;
  }>(
    `select p.id, p.name, p.region_code, u.name as unit_name, p.bank_account,
            a.real_name_at is not null as verified,
            exists (select 1 from enrolments e where e.person_id = p.id
                     and e.insurance_type = '310' and e.status = '正常参保') as employee
       from person_accounts a join persons p on p.id = a.person_id
       left join units u on u.id = p.unit_id
      where a.phone = $1 and a.status = '正常'`,
    [phone],
  );
  if (!person) throw new Error(`no demo account ${phone}`);
  return { ...person, hospitals: await chosenHospitals(person.id) };
}

/** 定点医疗机构 slot → hospital name and code, as stored now. */
export async function chosenHospitals(personId: string) {
  const rows = await read<{ slot: number; name: string; code: string }>(
    `select d.slot, i.name, i.code from designated_hospitals d
       join institutions i on i.id = d.institution_id
      where d.person_id = $1 order by d.slot`,
    [personId],
  );
  return new Map(rows.map((r) => [r.slot, { name: r.name, code: r.code }]));
}

/** A designated hospital of the region, in force, that the person has not chosen yet. */
export async function unchosenHospital(personId: string, regionCode: string) {
  const [row] = await read<{ code: string; name: string }>(
    `select i.code, i.name from institutions i
      where i.region_code = $2 and i.kind = 'hospital' and i.status = '正常'
        and not exists (select 1 from designated_hospitals d
                         where d.person_id = $1 and d.institution_id = i.id)
      order by i.code limit 1`,
    [personId, regionCode],
  );
  if (!row) throw new Error('no designated hospital left to choose');
  return row;
}

/**
 * A 查询起始年月 with more than a page of 职工 contribution months after it, and what the page
 * must show from it: how many rows, and the unit's and the person's sums.
 */
export async function contributionsSince(personId: string, rowsWanted = 14) {
  const [start] = await read<{ period: number }>(
    `select period from contributions where person_id = $1 and insurance_type = '310'
      order by period desc offset $2 limit 1`,
    [personId, rowsWanted - 1],
  );
  if (!start) throw new Error('the employee has too few contribution months');
  const [sums] = await read<{ n: string; unit: string; personal: string; newest: number }>(
    `select count(*) as n, sum(unit_amount_fen) as unit, sum(personal_amount_fen) as personal,
            max(period) as newest
       from contributions where person_id = $1 and insurance_type = '310' and period >= $2`,
    [personId, start.period],
  );
  return {
    from: start.period,
    rows: Number(sums!.n),
    unitFen: Number(sums!.unit),
    personalFen: Number(sums!.personal),
    newest: sums!.newest,
  };
}
