/**
 * API throughput and latency of the platform's shared endpoints, measured with autocannon
 * against a real server on loopback (embedded PostgreSQL in a temp folder, or DATABASE_URL).
 *
 *   npm run bench               every scenario, 10 s each
 *   npm run bench -- --seconds 5 --connections 20
 */
import autocannon from 'autocannon';
import { connect, runMigrations, staff, startEmbeddedPostgres } from '@yibao/db';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../apps/server/src/app';
import { loadConfig } from '../apps/server/src/config';
import { hashPassword } from '../apps/server/src/lib/passwords';
import { createServerClock } from '../apps/server/src/plugins/clock';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
  },
});

interface Scenario {
  name: string;
  path: string;
  method?: 'POST';
  body?: string;
}

const scenarios: Scenario[] = [
  { name: 'health (one database round trip)', path: '/api/health' },
  { name: 'dictionary (cached)', path: '/api/dictionaries/ethnicities' },
  {
    name: 'division tree 北京市 (cached, 16 counties / 349 townships)',
    path: '/api/divisions/tree?root=110000',
  },
  { name: 'openapi document', path: '/api/openapi.json' },
  {
    name: 'staff login (argon2id verify + session + audit row)',
    path: '/api/auth/staff/login',
    method: 'POST',
    body: JSON.stringify({ username: 'bench01', password: 'Bench@2026' }),
  },
];

const dir = mkdtempSync(path.join(tmpdir(), 'yibao-bench-'));
const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres(dir);
const url = process.env.DATABASE_URL ?? embedded?.url ?? '';
const database = connect(url);
await runMigrations(database.db);
const config = loadConfig({
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
  DATA_DIR: dir,
  PORT: '0',
});
const app = await buildApp({ config, database, databaseUrl: url, clock: createServerClock() });
await database.db.insert(staff).values({
  username: 'bench01',
  name: '压测',
  passwordHash: await hashPassword('Bench@2026'),
  roles: ['clerk'],
  regionCodes: ['110000'],
});
const address = await app.listen({ port: 0, host: '127.0.0.1' });
const pg = await database.pool.query<{ server_version: string }>('show server_version');

console.log(`# API benchmark ${new Date().toISOString().slice(0, 10)}`);
console.log(
  `machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; node ${process.version}; PostgreSQL ${pg.rows[0]?.server_version}`,
);
console.log(`autocannon: ${values.connections} connections, ${values.seconds} s per scenario\n`);
console.log('| scenario | req/s (mean) | p50 ms | p99 ms | errors |');
console.log('|---|---|---|---|---|');
try {
  for (const s of scenarios) {
    const r = await autocannon({
      url: address + s.path,
      method: s.method ?? 'GET',
      body: s.body,
      headers: s.body ? { 'content-type': 'application/json' } : {},
      connections: Number(values.connections),
      duration: Number(values.seconds),
    });
    console.log(
      `| ${s.name} | ${Math.round(r.requests.average)} | ${r.latency.p50} | ${r.latency.p99} | ${r.errors + r.non2xx} |`,
    );
  }
} finally {
  await app.close();
  await database.close();
  await embedded?.stop();
  rmSync(dir, { recursive: true, force: true });
}
