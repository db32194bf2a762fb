/**
 * W25 人员综合查询 at scale: a clerk finds a person by certificate number among one million
 * persons and opens the tabs, measured with autocannon through the API.
 *
 *   npm run bench:person-query                      1,000,000 persons, 10 s per scenario
 *   npm run bench:person-query -- --persons 200000 --seconds 5
 */
import { makeCertNo18 } from '@yibao/domain';
import { parseArgs } from 'node:util';
import { hashPassword } from '../apps/server/src/lib/passwords';
import { startBench } from './harness';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '1000000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
  },
});
const total = Number(values.persons);
/** persons with eight years of monthly employee contributions (the rest have none) */
const contributors = Math.min(total, 10_000);
const BATCH = 50_000;

const { sql, cookieFor, describeMachine, run } = await startBench('persons');
await sql(`insert into regions (code, name, province_code) values
  ('110000', '北京市', '110000'), ('530400', '玉溪市', '530000') on conflict do nothing`);

/** Person i: born on one of 20,000 days from 1950, with a valid 18-digit number. */
const DAY = 86_400_000;
const birthOf = (i: number) => new Date(Date.UTC(1950, 0, 1) + (i % 20_000) * DAY);
const certNoOf = (i: number) =>
  makeCertNo18(
    '110105',
    birthOf(i).toISOString().slice(0, 10).replaceAll('-', ''),
    String(Math.floor(i / 20_000) % 1000).padStart(3, '0'),
  );

const loadStarted = performance.now();
for (let from = 0; from < total; from += BATCH) {
  const ids = Array.from({ length: Math.min(BATCH, total - from) }, (_, k) => from + k);
  await sql(
    `insert into persons (person_no, name, cert_type, cert_no, sex, birth_date, person_category,
       region_code, phone, household_address)
     select 'BP' || lpad(i::text, 9, '0'), '参保人' || i, '01', c, case when i % 2 = 0 then '1' else '2' end,
            b::date, case when i % 3 = 0 then '21' else '11' end,
            case when i % 3 = 2 then '530400' else '110000' end, '', '北京市朝阳区压测路' || i || '号'
     from unnest($1::int[], $2::text[], $3::text[]) as t(i, c, b)`,
    [ids, ids.map(certNoOf), ids.map((i) => birthOf(i).toISOString().slice(0, 10))],
  );
}
await sql(
  `insert into enrolments (person_id, region_code, insurance_type, person_type, status, start_date)
   select id, region_code, case when person_category = '21' then '390' else '310' end,
          person_category, '正常参保', date '2019-01-01'
   from persons`,
);
await sql(
  `insert into contributions (person_id, region_code, insurance_type, period, base_fen,
     unit_amount_fen, personal_amount_fen, status, paid_on)
   select p.id, p.region_code, '310', (2019 + m / 12) * 100 + m % 12 + 1, 800000, 78400, 16000,
          '已到账', make_date(2019 + m / 12, m % 12 + 1, 15)
   from (select id, region_code from persons order by id limit $1) p
   cross join generate_series(0, 95) m`,
  [contributors],
);
await sql('vacuum analyze');
const loadSeconds = ((performance.now() - loadStarted) / 1000).toFixed(1);

const staffRow = await sql(
  `insert into staff (username, name, password_hash, roles, region_codes)
   values ('bench01', '压测经办员', $1, '{clerk}', '{110000}') returning id`,
  [await hashPassword('Bench@2026')],
);
const clerk = await cookieFor('staff', String(staffRow.rows[0].id));

// 1,000 persons of 北京市 spread over the table; the clerk's region holds two in three
const sample = Array.from({ length: 1000 }, (_, k) => Math.floor((k * total) / 1000))
  .map((i) => i - (i % 3 === 2 ? 1 : 0))
  .filter((i) => i >= 0);
const ids = await sql(`select id from persons where cert_no = any($1) order by id`, [
  sample.map(certNoOf),
]);
const personIds: number[] = ids.rows.map((r: { id: string }) => Number(r.id));
const contributor = personIds.find((id) => id <= contributors) ?? personIds[0];
const tab = (suffix: string) => personIds.map((id) => `/api/registry/persons/${id}${suffix}`);

console.log(`# 人员综合查询 benchmark ${new Date().toISOString().slice(0, 10)}`);
console.log(await describeMachine());
console.log(
  `data: ${total.toLocaleString('en')} persons, as many enrolments, ${(contributors * 96).toLocaleString('en')} contribution months (loaded in ${loadSeconds} s); ${personIds.length} persons asked for in turn`,
);
await run(
  [
    {
      name: '人员综合查询 by certificate number',
      path: sample.map((i) => `/api/registry/persons?certType=01&certNo=${certNoOf(i)}`),
      cookie: clerk,
    },
    { name: '人员基本信息 (with its audit row)', path: tab(''), cookie: clerk },
    { name: '人员参保信息', path: tab('/enrolments'), cookie: clerk },
    { name: '变更历史信息', path: tab('/changes'), cookie: clerk },
    {
      name: '职工缴费信息, 96 months, page 1 with totals',
      path: `/api/registry/persons/${contributor}/contributions?insuranceType=310`,
      cookie: clerk,
    },
  ],
  { connections: Number(values.connections), seconds: Number(values.seconds) },
);
