/**
 * X08 settlement posting at 16 concurrent callers: signed requests through the HTTP API
 * (autocannon), against the same SQL statements a settlement runs, driven by pgbench on the same
 * database in the same run. The ratio says what the API layer (HTTP, signature, validation,
 * JSON) costs on top of the database work. The server runs on a thread of its own, as it would
 * on its own machine; the requests are signed (HMAC, fresh nonce, new transaction number) before
 * each run, so the load generator's work is only HTTP. By default the embedded database has a
 * core of its own and the server, autocannon and pgbench the other (see separateCores).
 *
 *   npm run bench:settlement                          10 s each, 16 connections, 2,000 persons
 *   npm run bench:settlement -- --seconds 20 --persons 10000
 *   npm run bench:settlement -- --cores shared        every process on every core
 *
 * Needs `pgbench` on PATH (Debian: apt-get install postgresql).
 */
import autocannon from 'autocannon';
import { makeCertNo18 } from '@yibao/domain';
import { execFile } from 'node:child_process';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { startBench } from './harness';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    cores: { type: 'string', default: 'separate' },
  },
});
const cores = values.cores === 'shared' ? 'shared' : 'separate';
const persons = Number(values.persons);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const URL_PATH = '/api/settlement/v1/settlements';

const { sql, cookieFor, describeMachine, serveInWorker, url } = await startBench('settlement', {
  cores,
});
await sql(`insert into regions (code, name, province_code) values ('110000', '北京市', '110000')
  on conflict do nothing`);
const certNoOf = (i: number) =>
  makeCertNo18(
    '110105',
    `1970${String((i % 12) + 1).padStart(2, '0')}15`,
    String(i).padStart(3, '0').slice(-3),
  );
// Persons with an employee enrolment and an account on 免密支付 with a balance that lasts.
await sql(
  `insert into persons (person_no, name, cert_type, cert_no, sex, birth_date, person_category, region_code)
   select 'SP' || lpad(i::text, 8, '0'), '结算' || i, '01', c, '1', date '1970-01-15', '11', '110000'
   from unnest($1::int[], $2::text[]) as t(i, c)`,
  [
    Array.from({ length: persons }, (_, i) => i),
    Array.from(
      { length: persons },
      (_, i) => `${certNoOf(i).slice(0, 14)}${String(i).padStart(4, '0')}`,
    ),
  ],
);
await sql(`insert into enrolments (person_id, region_code, insurance_type, person_type, status, start_date)
  select id, '110000', '310', '11', '正常参保', date '2019-01-01' from persons`);
await sql(`insert into personal_accounts (person_id, region_code, balance_fen, password_free_local)
  select id, '110000', 1000000000, true from persons`);
await sql(`insert into units (unit_no, uscc, name, unit_type, region_code, division_code)
  values ('BENCHH', '91110000MA00000001', '压测医院', 'institution', '110000', '110105')`);
await sql(`insert into institutions (code, name, kind, level, unit_id, region_code, division_code)
  select 'H110105BENCH', '压测医院', 'hospital', '31', id, '110000', '110105' from units where unit_no = 'BENCHH'`);
await sql(`insert into unit_operators (phone, name, password_hash, unit_id, bound_at)
  select '13999999999', '压测经办', 'x', id, now() from units where unit_no = 'BENCHH'`);
const certs = (await sql('select cert_no from persons order by id')).rows.map(
  (r) => r.cert_no as string,
);
const operator = (await sql(`select id from unit_operators where phone = '13999999999'`)).rows[0]
  .id;

/**
 * What the database did so far, to compare the two sides' work per settlement: the counters are
 * flushed by each backend about once a second, so they are read after a pause.
 */
async function databaseWork() {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const { rows } = await sql(
    `select tup_returned + tup_fetched as read, tup_inserted + tup_updated + tup_deleted as written,
            blks_hit as hits
       from pg_stat_database where datname = current_database()`,
  );
  return rows[0] as { read: string; written: string; hits: string };
}
const perSettlement = (
  a: Awaited<ReturnType<typeof databaseWork>>,
  b: Awaited<ReturnType<typeof databaseWork>>,
  n: number,
) => ({
  read: ((Number(b.read) - Number(a.read)) / n).toFixed(1),
  written: ((Number(b.written) - Number(a.written)) / n).toFixed(1),
  hits: ((Number(b.hits) - Number(a.hits)) / n).toFixed(1),
});

const { address, close } = await serveInWorker();
try {
  const cookie = await cookieFor('unit-operator', String(operator));
  const issued = await fetch(`${address}/api/unit/api-keys`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ institutionCode: 'H110105BENCH', name: 'bench' }),
  });
  const key = (await issued.json()) as { keyId: string; secret: string };
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

  let seq = 0;
  const signedRequest = () => {
    const i = seq++;
    const body = JSON.stringify({
      txnNo: `B${process.pid}${i}`,
      certNo: certs[i % certs.length],
      medType: '11',
      visitDate: today,
      totalFen: 20_000 + (i % 1000),
      inCatalogueFen: 18_000 + (i % 1000),
      outCatalogueFen: 2_000,
    });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = randomBytes(16).toString('hex');
    const text = [
      'POST',
      URL_PATH,
      timestamp,
      nonce,
      createHash('sha256').update(body).digest('hex'),
    ];
    return {
      method: 'POST' as const,
      path: URL_PATH,
      body,
      headers: {
        'content-type': 'application/json',
        'x-yibao-key': key.keyId,
        'x-yibao-timestamp': timestamp,
        'x-yibao-nonce': nonce,
        'x-yibao-signature': createHmac('sha256', key.secret).update(text.join('\n')).digest('hex'),
      },
    };
  };
  // Signed ahead for 3,000 settlements a second, several times what the API reaches; should it
  // ever run out, the rest are signed on the way. The 300 s timestamp window covers a run.
  const load = (duration: number) => {
    const signed = Array.from({ length: (duration + 2) * 3000 }, signedRequest);
    let next = 0;
    return autocannon({
      url: address,
      connections,
      duration,
      requests: [{ setupRequest: (r) => ({ ...r, ...(signed[next++] ?? signedRequest()) }) }],
    });
  };
  await load(2);
  const before = await databaseWork();
  const http = await load(seconds);
  const httpWork = perSettlement(before, await databaseWork(), http.requests.total);

  // The same statements, in the same order, as pgbench runs them: one settlement per transaction
  // (institution and policy come from the server's 30 s cache, so neither side reads them).
  const keyId = key.keyId;
  const script = `
\\set p random(1, ${persons})
\\set n random(1, 9000000000000000)
WITH k AS (SELECT k.id, k.institution_id, k.secret_sealed, i.name FROM institution_api_keys k JOIN institutions i ON i.id = k.institution_id WHERE k.key_id = '${keyId}' AND k.status = '有效' AND i.status = '正常'), n AS (INSERT INTO api_nonces (key_id, nonce, seen_at) SELECT '${keyId}', 'pgb' || :n, now() WHERE EXISTS (SELECT 1 FROM k) ON CONFLICT DO NOTHING RETURNING 1) SELECT k.*, EXISTS (SELECT 1 FROM n) FROM k;
WITH person AS (SELECT p.id AS person_id, p.name, p.cert_type, p.cert_no, e.region_code, e.insurance_type, e.person_type FROM persons p LEFT JOIN LATERAL (SELECT region_code, insurance_type, person_type FROM enrolments WHERE person_id = p.id AND status = '正常参保' AND insurance_type IN ('310', '390') ORDER BY insurance_type LIMIT 1) e ON true WHERE p.id = :p) SELECT (SELECT id FROM settlements WHERE institution_id = 1 AND txn_no = 'pgb' || :n) AS existing_id, (SELECT row_to_json(person) FROM person) AS person, (SELECT json_agg(d) FROM (SELECT a.id AS account_id, a.person_id AS holder_person_id, p.name AS holder_name, '本人' AS relation, 0 AS draw_order FROM personal_accounts a JOIN persons p ON p.id = a.person_id WHERE a.person_id = (SELECT person_id FROM person) AND a.status = '正常' UNION ALL SELECT a.id, a.person_id, p.name, l.relation, l.draw_order FROM mutual_aid_links l JOIN personal_accounts a ON a.person_id = l.holder_person_id AND a.status = '正常' JOIN persons p ON p.id = l.holder_person_id WHERE l.member_person_id = (SELECT person_id FROM person) AND l.status = '有效' AND l.effective_from <= current_date ORDER BY draw_order, account_id) d) AS accounts;
BEGIN;
WITH acc AS (INSERT INTO benefit_accumulators (person_id, year, visit_class) VALUES (:p, 2026, '门诊') ON CONFLICT (person_id, year, visit_class) DO UPDATE SET person_id = excluded.person_id RETURNING deductible_used_fen, fund_paid_fen) SELECT acc.*, a.id, a.person_id, a.region_code, a.balance_fen, a.status, a.password_hash, a.password_free_local, a.remote_use FROM acc CROSS JOIN personal_accounts a WHERE a.id = ANY(ARRAY[:p]::bigint[]) ORDER BY a.id FOR UPDATE OF a;
WITH ins AS (INSERT INTO settlements (institution_id, txn_no, request_hash, person_id, region_code, person_class, med_type, visit_class, tier, remote, visit_date, policy_id, total_fen, in_catalogue_fen, out_catalogue_fen, deductible_fen, fund_fen, account_fen, cash_fen, items, settled_at) VALUES (1, 'pgb' || :n, md5(:n::text), :p, '110000', '在职', '11', '门诊', 'tertiary', false, current_date, 1, 20000, 18000, 2000, 0, 12600, 7400, 0, '[]'::jsonb, now()) RETURNING id), moved AS (INSERT INTO account_movements (account_id, kind, amount_fen, balance_after_fen, period, user_person_id, institution_id, settlement_id, application_id, reference, idempotency_key, description, occurred_at) SELECT v.account_id, v.kind, v.amount_fen, v.balance_after_fen, v.period, v.user_person_id, v.institution_id, (SELECT id FROM ins), v.application_id, v.reference, v.idempotency_key, v.description, v.occurred_at FROM unnest(ARRAY[:p]::bigint[], ARRAY['消费']::text[], ARRAY[-7400]::bigint[], ARRAY[900000000]::bigint[], ARRAY[NULL]::int[], ARRAY[NULL]::bigint[], ARRAY[1]::bigint[], ARRAY[NULL]::bigint[], ARRAY[NULL]::bigint[], ARRAY['pgb' || :n]::text[], ARRAY['pgb:' || :n]::text[], ARRAY['医疗消费(门诊)']::text[], ARRAY[now()]::timestamptz[]) AS v(account_id, kind, amount_fen, balance_after_fen, period, user_person_id, institution_id, settlement_id, application_id, reference, idempotency_key, description, occurred_at) RETURNING id, idempotency_key, account_id, kind, amount_fen, balance_after_fen), balances AS (UPDATE personal_accounts a SET balance_fen = b.balance FROM unnest(ARRAY[:p]::bigint[], ARRAY[900000000]::bigint[]) AS b(id, balance) WHERE a.id = b.id), acc AS (UPDATE benefit_accumulators SET deductible_used_fen = deductible_used_fen + 0, fund_paid_fen = fund_paid_fen + 12600 WHERE person_id = :p AND year = 2026 AND visit_class = '门诊'), audited AS (INSERT INTO audit_log (at, actor_type, actor_id, actor_name, action, entity, entity_id, region_code, after, request_id, ip) SELECT now(), 'institution', '1', '压测医院', 'settlement.settle', 'settlement', ins.id::text, '110000', '{}'::jsonb, 'pgbench', '127.0.0.1' FROM ins UNION ALL SELECT now(), 'institution', '1', '压测医院', 'account-movement.post', 'account-movement', m.id::text, '110000', jsonb_build_object('accountId', m.account_id, 'kind', m.kind, 'amountFen', m.amount_fen, 'balanceAfterFen', m.balance_after_fen), 'pgbench', '127.0.0.1' FROM moved m) SELECT (SELECT id FROM ins) AS id, (SELECT json_agg(json_build_object('id', id, 'idempotency_key', idempotency_key)) FROM moved) AS moved;
COMMIT;
`;
  const dir = mkdtempSync(path.join(tmpdir(), 'yibao-pgbench-'));
  const file = path.join(dir, 'settlement.sql');
  writeFileSync(file, script);
  // Asynchronously: the server shares this process, and requests still in flight when the HTTP
  // run ended must be able to commit and let go of their row locks. Twice: with statements
  // prepared once per connection, and parsed and planned on every execution.
  const pgbench = async (mode: 'prepared' | 'extended') => {
    const { stdout } = await promisify(execFile)(
      'pgbench',
      [
        '-n',
        '-c',
        String(connections),
        '-j',
        '2',
        '-T',
        String(seconds),
        '-M',
        mode,
        '-f',
        file,
        url,
      ],
      { encoding: 'utf8' },
    );
    return Number(/tps = ([\d.]+)/.exec(stdout)?.[1] ?? NaN);
  };
  const beforePgbench = await databaseWork();
  const tps = await pgbench('prepared');
  const pgbenchWork = perSettlement(beforePgbench, await databaseWork(), tps * seconds);
  const tpsExtended = await pgbench('extended');

  console.log(await describeMachine());
  console.log(
    `\n${connections} concurrent callers, ${seconds} s each after 2 s unmeasured (HTTP)\n`,
  );
  console.log('| what | settlements/s | p50 ms | p99 ms | errors |');
  console.log('|---|---|---|---|---|');
  console.log(
    `| HTTP API (signed, autocannon) | ${Math.round(http.requests.average)} | ${http.latency.p50} | ${http.latency.p99} | ${http.errors + http.non2xx} |`,
  );
  console.log(`| same SQL (pgbench -M prepared) | ${Math.round(tps)} | | | |`);
  console.log(`| same SQL (pgbench -M extended) | ${Math.round(tpsExtended)} | | | |`);
  console.log('\nthe database work per settlement (pg_stat_database):\n');
  console.log('| what | tuples read | rows written | buffers hit |');
  console.log('|---|---|---|---|');
  for (const [what, w] of [
    ['HTTP API', httpWork],
    ['pgbench -M prepared', pgbenchWork],
  ] as const) {
    console.log(`| ${what} | ${w.read} | ${w.written} | ${w.hits} |`);
  }
  console.log(`\nratio HTTP / pgbench: ${(http.requests.average / tps).toFixed(2)} (target ≥ 0.5)`);
} catch (err) {
  console.error(err);
  process.exitCode = 1;
} finally {
  await close();
}
