/**
 * Loads demo data from the command line and prints the timings per stage as JSON:
 *
 *   node --import tsx packages/db/src/demo/cli.ts --persons 1000000 [--seed N] [--now 2026-11-23]
 *   node --import tsx packages/db/src/demo/cli.ts --small
 *
 * Uses DATABASE_URL, or starts an embedded PostgreSQL in a temporary directory (removed at the
 * end unless --keep is given). argon2 belongs to the server, not to this package; a dev tool
 * may borrow it from the workspace root.
 */
import { hash } from '@node-rs/argon2';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { connect, runMigrations } from '../connection';
import { startEmbeddedPostgres, type EmbeddedServer } from '../embedded';
import { generateDemoData } from './generate';

const { values } = parseArgs({
  options: {
    persons: { type: 'string' },
    small: { type: 'boolean', default: false },
    seed: { type: 'string' },
    now: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});

const size = values.small ? 'small' : Number(values.persons ?? '1000000');
const now = values.now ? new Date(`${values.now}T12:00:00+08:00`) : new Date();

/**
 * A throwaway server of our own is tuned for one big load: larger buffers, and no crash-safety
 * work that only matters for data worth keeping (full-page images, frequent checkpoints).
 * These settings need a restart, so the server is started twice.
 */
async function startThrowawayServer(dir: string): Promise<EmbeddedServer> {
  const first = await startEmbeddedPostgres(dir);
  const tuning = connect(first.url, { max: 1 });
  try {
    for (const [name, value] of [
      ['shared_buffers', '2GB'],
      ['max_wal_size', '16GB'],
      ['checkpoint_timeout', '1h'],
      ['full_page_writes', 'off'],
    ]) {
      await tuning.db.execute(sql.raw(`alter system set ${name} = '${value}'`));
    }
  } finally {
    await tuning.close();
  }
  await first.stop();
  return startEmbeddedPostgres(dir);
}

let embedded: EmbeddedServer | null = null;
let dataDir: string | null = null;
let url = process.env.DATABASE_URL;
if (!url) {
  dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-demo-'));
  embedded = await startThrowawayServer(dataDir);
  url = embedded.url;
}
const database = connect(url, { max: 2 });
try {
  const version = await database.db.execute<{ server_version: string }>(sql`show server_version`);
  await runMigrations(database.db);
  // Other work on the machine skews the timings: the load average goes into the report.
  const loadAtStart = loadavg()[0];
  const started = performance.now();
  let lastReport = 0;
  const summary = await generateDemoData(database.db, {
    size,
    now,
    ...(values.seed ? { seed: Number(values.seed) } : {}),
    hashPassword: (password) => hash(password),
    onProgress: (done, total, stage) => {
      if (performance.now() - lastReport < 5000 && done < total) return;
      lastReport = performance.now();
      process.stderr.write(`${stage}: ${done}/${total}\n`);
    },
  });
  const loadedMs = performance.now() - started;
  const analyzeStarted = performance.now();
  await database.db.execute(sql`analyze`);
  const analyzeMs = performance.now() - analyzeStarted;
  const databaseSize = await database.db.execute<{ size: string }>(
    sql`select pg_size_pretty(pg_database_size(current_database())) as size`,
  );
  const seconds = (ms: number) => Math.round(ms / 100) / 10;
  const { stageMs, ...counts } = summary;
  const output = {
    postgres: version.rows[0]?.server_version,
    machine: {
      cpus: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      loadAverage1m: { atStart: loadAtStart, atEnd: loadavg()[0] },
    },
    databaseSize: databaseSize.rows[0]?.size,
    size,
    now: now.toISOString(),
    ...counts,
    stageSeconds: Object.fromEntries(Object.entries(stageMs).map(([k, v]) => [k, seconds(v)])),
    loadSeconds: seconds(loadedMs),
    analyzeSeconds: seconds(analyzeMs),
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
} finally {
  await database.close();
  if (embedded) await embedded.stop();
  if (dataDir && !values.keep) rmSync(dataDir, { recursive: true, force: true });
}
