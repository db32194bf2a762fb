import pg from 'pg';
import { inject } from 'vitest';
import { makeCertNo18 } from '@yibao/domain';

/** Runs one statement against the server's database. */
async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** The unit a demo operator is bound to, as a tester would read it from the data sheet. */
export async function unitOfOperator(phone: string) {
  const [row] = await sql<{ id: string; name: string; unit_type: string; region_code: string }>(
    `select u.id, u.name, u.unit_type, u.region_code from unit_operators o
       join units u on u.id = o.unit_id where o.phone = $1 and o.status = '正常'`,
    [phone],
  );
  if (!row) throw new Error(`no demo operator ${phone}`);
  return row;
}

export interface AgencyMember {
  id: string;
  person_no: string;
  name: string;
  cert_type: string;
  cert_no: string;
  /** the newest and the oldest month paid through the agency, YYYYMM */
  newest: number;
  oldest: number;
  months: number;
}

/**
 * Persons the agency insures now (310 正常参保 through it) with months paid through it, none of
 * them a demo account's or the subject of an application: the walkthrough may reduce them.
 */
export async function agencyMembers(unitId: string, count = 2): Promise<AgencyMember[]> {
  const rows = await sql<AgencyMember>(
    `select p.id, p.person_no, p.name, p.cert_type, p.cert_no,
            max(c.period)::int as newest, min(c.period)::int as oldest, count(*)::int as months
       from persons p
       join enrolments e on e.person_id = p.id and e.unit_id = $1
                        and e.insurance_type = '310' and e.status = '正常参保'
       join contributions c on c.person_id = p.id and c.unit_id = $1
      where p.unit_id = $1 and p.status = '正常' and p.cert_type = '01'
        and not exists (select 1 from person_accounts a where a.person_id = p.id)
        and not exists (select 1 from applications x where x.subject_person_id = p.id)
      group by p.id order by p.person_no limit $2`,
    [unitId, count],
  );
  if (rows.length < count) throw new Error('the demo agency insures too few persons');
  return rows;
}

/** Contribution rows of the agency in a month range, as the server would count them. */
export async function contributionRows(unitId: string, from: number, to: number) {
  const [row] = await sql<{ n: number }>(
    `select count(*)::int as n from contributions
      where unit_id = $1 and period between $2 and $3`,
    [unitId, from, to],
  );
  return row?.n ?? 0;
}

/**
 * A plain person of 北京市 in the registry, insured nowhere: a copy of a member's addresses and
 * bank under a new name and an unused 居民身份证 number.
 */
export async function insertPlainPerson(likeId: string, name: string, seq: number) {
  let certNo = '';
  for (let n = seq; ; n++) {
    certNo = makeCertNo18('110105', '19880712', String(n % 1000).padStart(3, '0'));
    const taken = await sql('select 1 from persons where cert_type = $1 and cert_no = $2', [
      '01',
      certNo,
    ]);
    if (taken.length === 0) break;
  }
  const [row] = await sql<{ id: string }>(
    `insert into persons (person_no, name, cert_type, cert_no, sex, birth_date, ethnicity,
        nationality, identity, work_start_date, education, household_type,
        household_division_code, household_address, household_postcode,
        residence_division_code, residence_address, residence_postcode, phone, email,
        bank_code, bank_account, person_category, region_code, status)
     select $2, $3, '01', $4, '1', '1988-07-12', ethnicity, nationality, identity,
            work_start_date, education, household_type, household_division_code,
            household_address, household_postcode, residence_division_code, residence_address,
            residence_postcode, '13711112222', '', bank_code, bank_account, '11', region_code,
            '正常'
       from persons where id = $1
     returning id`,
    [likeId, `110000E2EFLEX${seq}`, name, certNo],
  );
  if (!row) throw new Error('the plain person was not inserted');
  return { id: row.id, name, certType: '01', certNo };
}

/** The person's 310 enrolments through the unit, newest first, and what the record says now. */
export async function personState(personId: string, unitId: string) {
  const enrolments = await sql<{ status: string; end_date: string | null }>(
    `select status, end_date::text from enrolments
      where person_id = $1 and unit_id = $2 and insurance_type = '310' order by id desc`,
    [personId, unitId],
  );
  const [person] = await sql<{ phone: string; unit_id: string | null; person_category: string }>(
    'select phone, unit_id, person_category from persons where id = $1',
    [personId],
  );
  const hospitals = await sql<{ slot: number; name: string }>(
    `select d.slot, i.name from designated_hospitals d
       join institutions i on i.id = d.institution_id where d.person_id = $1 order by d.slot`,
    [personId],
  );
  return { enrolments, person, hospitals: new Map(hospitals.map((h) => [h.slot, h.name])) };
}

/** A designated hospital of the region, in force, by name: what 根据医院名称搜索医院 finds. */
export async function regionHospitals(regionCode: string, count: number) {
  const rows = await sql<{ code: string; name: string }>(
    `select code, name from institutions
      where region_code = $1 and kind = 'hospital' and status = '正常'
      order by code limit $2`,
    [regionCode, count],
  );
  if (rows.length < count) throw new Error('too few designated hospitals');
  return rows;
}

/** The person registered by 参保登记: their 个人编号 and enrolment. */
export async function registered(certNo: string) {
  const [row] = await sql<{ id: string; person_no: string; unit_id: string; photo: boolean }>(
    `select id, person_no, unit_id, photo_path is not null as photo from persons
      where cert_type = '01' and cert_no = $1`,
    [certNo],
  );
  return row;
}

/** An unused 居民身份证 number for 参保登记. */
export async function unusedCertNo(seq: number) {
  for (let n = seq; ; n++) {
    const certNo = makeCertNo18('110108', '19920304', String(n % 1000).padStart(3, '0'));
    const taken = await sql('select 1 from persons where cert_type = $1 and cert_no = $2', [
      '01',
      certNo,
    ]);
    if (taken.length === 0) return certNo;
  }
}
