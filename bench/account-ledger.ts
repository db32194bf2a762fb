/**
 * P35 个人账户明细查询 at scale: the first page (and the balance header) of one person's account
 * over a ledger of ten million movements, at 16 concurrent callers, measured with autocannon
 * through the API. The movements belong to 50,000 accounts with 200 each (about 16 years of
 * monthly allocations and spending), so the person's page is found by the index, not by a scan.
 *
 *   npm run bench:account-ledger                          10,000,000 movements, 10 s per scenario
 *   npm run bench:account-ledger -- --accounts 5000 --seconds 5
 *   npm run bench:account-ledger -- --cores shared    every process on every core
 *
 * By default the embedded database has a core of its own, the server and autocannon the other.
 * The last rows are floors, through fastify and node-postgres alone (bench/bare-p35-worker.ts):
 * the session's statement and then the page's, as every request ran them before sessions were
 * remembered (ADR 0008), and the page's statement alone, what any server on this machine would
 * need for the page.
 */
import { parseArgs } from 'node:util';
import { startBench } from './harness';

const { values } = parseArgs({
  options: {
    accounts: { type: 'string', default: '50000' },
    perAccount: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    cores: { type: 'string', default: 'separate' },
    // long enough for the JIT's last tier: two seconds left the first scenario a fifth slower
    warmup: { type: 'string', default: '5' },
  },
});
const cores = values.cores === 'shared' ? 'shared' : 'separate';
const accounts = Number(values.accounts);
const perAccount = Number(values.perAccount);
const BATCH = 5_000;

const { sql, cookieFor, describeMachine, run } = await startBench('ledger', { cores });
await sql(`insert into regions (code, name, province_code) values ('110000', '北京市', '110000')
  on conflict do nothing`);
const started = performance.now();
await sql(
  `insert into persons (person_no, name, cert_type, cert_no, sex, birth_date, person_category, region_code)
   select 'LP' || lpad(i::text, 8, '0'), '账户' || i, '01', '1101051970' || lpad(i::text, 8, '0'), '1',
          date '1970-01-01', '11', '110000'
   from generate_series(1, $1::int) as i`,
  [accounts],
);
await sql(`insert into personal_accounts (person_id, region_code, balance_fen)
  select id, '110000', 0 from persons order by id`);
const [first] = (await sql('select min(id) as min from personal_accounts')).rows;
const firstAccount = Number(first.min);
// Every third movement spends 50 元, the others credit 100 元: the balance after never goes below 0.
for (let from = 0; from < accounts; from += BATCH) {
  await sql(
    `insert into account_movements (account_id, kind, amount_fen, balance_after_fen, period,
       idempotency_key, description, occurred_at, created_at)
     select a, case when g % 3 = 0 then '消费' else '账户分配' end,
            case when g % 3 = 0 then -5000 else 10000 end,
            (g - g / 3) * 10000 - (g / 3) * 5000,
            2010 * 100 + 1, 'b:' || a || ':' || g,
            case when g % 3 = 0 then '医疗消费(门诊)' else '个人账户划入' end,
            timestamptz '2010-01-01 10:00+08' + g * interval '29 days' + (a % 3600) * interval '1 second',
            now()
     from generate_series($1::bigint, $2::bigint) as a, generate_series(1, $3::int) as g`,
    [firstAccount + from, firstAccount + Math.min(from + BATCH, accounts) - 1, perAccount],
  );
}
await sql(
  `update personal_accounts a set balance_fen = (${perAccount} - ${perAccount} / 3) * 10000 - (${perAccount} / 3) * 5000`,
);
await sql('vacuum analyze account_movements');
await sql('vacuum analyze personal_accounts');
const movements = Number((await sql('select count(*) as n from account_movements')).rows[0].n);
const loadSeconds = ((performance.now() - started) / 1000).toFixed(0);

// One person in the middle of the table, signed in to the personal portal.
const accountId = firstAccount + Math.floor(accounts / 2);
const { rows } = await sql(
  `insert into person_accounts (phone, password_hash, person_id, real_name_method, real_name_at)
   values ('13812345678', 'x', (select person_id from personal_accounts where id = $1), 'phone', now())
   returning id, person_id`,
  [accountId],
);
const cookie = await cookieFor('person', String(rows[0].id));

console.log(await describeMachine());
console.log(
  `ledger: ${movements.toLocaleString('en')} movements over ${accounts.toLocaleString('en')} accounts (loaded in ${loadSeconds} s)\n`,
);
await run(
  [
    {
      name: 'P35 first page (10 newest, totals over the filter)',
      path: '/api/me/account-ledger/movements?page=1&pageSize=10',
      cookie,
    },
    {
      name: 'P35 first page, 支出 消费 ¥500-1000',
      path: `/api/me/account-ledger/movements?page=1&pageSize=10&direction=expense&amount=500to1000&kind=${encodeURIComponent('消费')}`,
      cookie,
    },
    {
      name: 'P35 header (balance, income and expense totals)',
      path: '/api/me/account-ledger',
      cookie,
    },
    {
      name: "floor: the first page's two statements through fastify and pg alone",
      path: '/p35',
      cookie,
      worker: './bare-p35-worker.ts',
    },
    {
      name: 'floor without the session: the page statement alone',
      path: `/p35/page?person=${rows[0].person_id}`,
      cookie,
      worker: './bare-p35-worker.ts',
    },
  ],
  {
    connections: Number(values.connections),
    seconds: Number(values.seconds),
    warmupSeconds: Number(values.warmup),
  },
);
