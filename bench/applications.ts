/**
 * 办件 lists at scale: 办件进度查询 of one person and the window console's work queue, with one
 * million applications in PostgreSQL, measured with autocannon through the API.
 *
 *   npm run bench:applications                      1,000,000 applications, 10 s per scenario
 *   npm run bench:applications -- --applications 200000 --seconds 5
 */
import { parseArgs } from 'node:util';
import { hashPassword } from '../apps/server/src/lib/passwords';
import { startBench } from './harness';

const { values } = parseArgs({
  options: {
    applications: { type: 'string', default: '1000000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
  },
});
const total = Number(values.applications);
/** applicants the applications are spread over: about five each */
const applicants = Math.max(1, Math.floor(total / 5));

const { sql, cookieFor, describeMachine, run } = await startBench('apps');

// Who reads: one verified person (account 1, so about five of the rows are theirs) and a clerk.
const passwordHash = await hashPassword('Bench@2026');
await sql(`insert into regions (code, name, province_code) values
  ('110000', '北京市', '110000'), ('530400', '玉溪市', '530000') on conflict do nothing`);
const person = await sql(
  `insert into persons (person_no, name, cert_type, cert_no, sex, birth_date, person_category, region_code)
   values ('B1', '压测人', '01', '110105198503150012', '1', '1985-03-15', '21', '110000') returning id`,
);
await sql(
  `insert into person_accounts (id, phone, password_hash, person_id, real_name_method, real_name_at)
   values (1, '13700000000', $1, $2, 'phone', now())`,
  [passwordHash, person.rows[0].id],
);
const staffRow = await sql(
  `insert into staff (username, name, password_hash, roles, region_codes)
   values ('bench01', '压测经办员', $1, '{clerk}', '{110000}') returning id`,
  [passwordHash],
);
const personCookie = await cookieFor('person', '1');
const clerkCookie = await cookieFor('staff', String(staffRow.rows[0].id));

// One million applications: 80 % in 北京市; 10 % wait for review (some overdue), the rest decided.
const loadStarted = performance.now();
await sql(
  `insert into applications (application_no, business_code, channel, applicant_type, applicant_id,
     applicant_name, subject_name, subject_cert_type, subject_cert_no, region_code, insurance_type,
     payload, status, review_policy, levels_passed, submitted_at, due_on)
   select 'BN' || lpad(g::text, 12, '0'),
          case when g % 2 = 0 then 'resident-enrolment' else 'person-info-change' end,
          'personal', 'person', (g % $2 + 1)::text, '申请人' || (g % $2 + 1), '参保人' || g, '01',
          '11010519850315' || lpad((g % 10000)::text, 4, '0'),
          case when g % 10 < 8 then '110000' else '530400' end,
          case when g % 2 = 0 then '390' else '310' end, '{}'::jsonb,
          case when g % 2 = 1 then 'approved'
               when g % 20 = 0 then 'submitted' when g % 20 = 2 then 'returned'
               when g % 20 = 4 then 'rejected' when g % 20 = 6 then 'withdrawn'
               else 'approved' end,
          case when g % 2 = 0 then 'front-desk' else 'auto' end, 0,
          now() - (g % 8760) * interval '1 hour',
          case when g % 2 = 0 then current_date + (g % 40 - 20) end
     from generate_series(1, $1::int) g`,
  [total, applicants],
);
// as autovacuum would have by now: the visibility map lets counts read the indexes only
await sql('vacuum analyze applications');
const loadSeconds = ((performance.now() - loadStarted) / 1000).toFixed(1);

const scenarios = [
  {
    name: '我的待办件 / 办件进度查询 (person, page 1)',
    path: '/api/applications',
    cookie: personCookie,
  },
  {
    name: '办件进度查询 by status and date range (person)',
    path: '/api/applications?status=approved&from=2025-01-01&to=2026-12-31',
    cookie: personCookie,
  },
  { name: 'work queue, 北京市 (clerk, page 1)', path: '/api/review/queue', cookie: clerkCookie },
  {
    name: 'work queue, 居民参保登记 overdue (clerk)',
    path: '/api/review/queue?businessCode=resident-enrolment&level=1&due=overdue',
    cookie: clerkCookie,
  },
  { name: 'work queue counts (clerk)', path: '/api/review/counts', cookie: clerkCookie },
];

const waiting = await sql(
  `select count(*) as n from applications where region_code = '110000' and status in ('submitted','in-review','applied')`,
);
console.log(`# 办件 list benchmark ${new Date().toISOString().slice(0, 10)}`);
console.log(await describeMachine());
console.log(
  `data: ${total.toLocaleString('en')} applications over ${applicants.toLocaleString('en')} applicants (loaded in ${loadSeconds} s); ${Number(waiting.rows[0].n).toLocaleString('en')} waiting in 北京市`,
);
await run(scenarios, { connections: Number(values.connections), seconds: Number(values.seconds) });
