/**
 * What the scale benchmarks share: a migrated database (DATABASE_URL, or a throwaway embedded
 * PostgreSQL), sessions made straight in the database, the server on loopback, and autocannon
 * runs printed as a Markdown table. Beside each row, the server thread's own time on a core per
 * request: on this shared machine req/s and p99 move with the load generator and the
 * neighbours, the thread's CPU time much less.
 */
import autocannon from 'autocannon';
import { connect, runMigrations, startEmbeddedPostgres } from '@yibao/db';
import { createHash, randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { buildApp } from '../apps/server/src/app';
import { loadConfig } from '../apps/server/src/config';
import { createServerClock } from '../apps/server/src/plugins/clock';

const exec = promisify(execFile);

export interface Scenario {
  name: string;
  /** one path, or several that the requests take in turn (different rows, no single hot one) */
  path: string | readonly string[];
  cookie: string;
  /**
   * A server other than the platform's for this row, e.g. a floor made of the same statements
   * without the platform's layers: a module under bench/ that listens and posts its address.
   */
  worker?: string;
}

/** autocannon's options for a scenario: a rotating request when it names several paths. */
function targetOf(address: string, s: Scenario): Pick<autocannon.Options, 'url' | 'requests'> {
  if (typeof s.path === 'string') return { url: address + s.path };
  const paths = s.path;
  let next = 0;
  return {
    url: address,
    requests: [
      {
        setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] ?? '/' }),
      },
    ],
  };
}

/**
 * The embedded database on the upper half of the cores, this process (server and load) on the
 * lower half, as an API node and its database stand on machines of their own. Sharing two
 * cores, every query wakes a backend that takes the core from the server's thread in the middle
 * of its write, and the benchmark measures the scheduler. Both sides of a comparison run in the
 * same layout. Returns the layout's description.
 */
async function separateCores(clusterDir: string): Promise<string> {
  const n = cpus().length;
  if (n < 2) return 'one core, shared';
  const half = Math.floor(n / 2);
  const database = half === n - 1 ? `${half}` : `${half}-${n - 1}`;
  const own = half === 1 ? '0' : `0-${half - 1}`;
  const [postmaster = ''] = readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split(
    '\n',
  );
  // the postmaster's children so far; backends started later inherit its affinity
  const children = await exec('pgrep', ['-P', postmaster]).then(
    ({ stdout }) => stdout.split('\n').filter(Boolean),
    () => [],
  );
  for (const pid of [postmaster, ...children])
    await exec('taskset', ['-a', '-p', '-c', database, pid]);
  await exec('taskset', ['-a', '-p', '-c', own, String(process.pid)]);
  return `database on core ${database}, server and load on core ${own}`;
}

/**
 * `cores: 'separate'` puts an embedded database on cores of its own (see separateCores);
 * `'shared'` leaves every process on every core.
 */
export async function startBench(prefix: string, options: { cores?: 'shared' | 'separate' } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), `yibao-bench-${prefix}-`));
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres(dir);
  const url = process.env.DATABASE_URL ?? embedded?.url ?? '';
  const layout =
    options.cores === 'separate' && embedded
      ? await separateCores(path.join(dir, 'pg'))
      : 'all processes share every core';
  const database = connect(url);
  await runMigrations(database.db);
  const sql = (text: string, params: unknown[] = []) => database.pool.query(text, params);

  /** A signed-in session of the actor, as the cookie a browser would send. */
  const cookieFor = async (actorType: string, actorId: string) => {
    const token = randomBytes(32).toString('base64url');
    await sql(
      `insert into sessions (id, actor_type, actor_id, sign_in_method, last_seen_at, expires_at)
       values ($1, $2, $3, 'password', now(), now() + interval '12 hours')`,
      [createHash('sha256').update(token).digest('hex'), actorType, actorId],
    );
    return `yb_sid=${token}`;
  };

  /** The machine and database line of a result. */
  const describeMachine = async () => {
    const pg = await sql('show server_version');
    return `machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; node ${process.version}; PostgreSQL ${pg.rows[0].server_version}; ${layout}`;
  };

  /** The server on loopback; `close` also stops the database and removes the folder. */
  const serve = async () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      DATA_DIR: dir,
      PORT: '0',
    });
    const app = await buildApp({ config, database, databaseUrl: url, clock: createServerClock() });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const close = async () => {
      await app.close();
      await database.close();
      await embedded?.stop();
      rmSync(dir, { recursive: true, force: true });
    };
    return { address, close };
  };

  /** Starts the server, runs each scenario with autocannon, prints the table, cleans up. */
  const run = async (
    scenarios: readonly Scenario[],
    options: { connections: number; seconds: number; warmupSeconds?: number },
  ) => {
    const platform = await serveInWorker();
    const { address } = platform;
    const warmup = options.warmupSeconds ?? 2;
    console.log(
      `autocannon: ${options.connections} connections, ${options.seconds} s per scenario after ${warmup} s unmeasured\n`,
    );
    console.log('| scenario | req/s (mean) | p50 ms | p99 ms | errors | server CPU µs/req |');
    console.log('|---|---|---|---|---|---|');
    try {
      for (const s of scenarios) {
        const other = s.worker ? await startWorker(s.worker) : null;
        const target = targetOf(other?.address ?? address, s);
        // unmeasured first: the JIT, the plan cache and the buffer cache warm up
        if (warmup > 0) {
          await autocannon({
            ...target,
            headers: { cookie: s.cookie },
            connections: options.connections,
            duration: warmup,
          });
        }
        const server = other ?? platform;
        const cpuBefore = await server.onCpuNs();
        const r = await autocannon({
          ...target,
          headers: { cookie: s.cookie },
          connections: options.connections,
          duration: options.seconds,
        });
        const onCpu = (await server.onCpuNs()) - cpuBefore;
        await other?.stop();
        const cpuMicros = Math.round(onCpu / 1000 / Math.max(1, r.requests.total));
        console.log(
          `| ${s.name} | ${Math.round(r.requests.average)} | ${r.latency.p50} | ${r.latency.p99} | ${r.errors + r.non2xx} | ${cpuMicros} |`,
        );
      }
    } finally {
      await platform.close();
    }
  };

  /** A server module of bench/ on a worker thread of its own, given the database's url. */
  const startWorker = async (entry: string) => {
    const worker = new Worker(new URL('./server-worker.mjs', import.meta.url), {
      workerData: { url, dir, entry },
    });
    const address = await new Promise<string>((resolve, reject) => {
      worker.once('message', (m: { address: string }) => resolve(m.address));
      worker.once('error', reject);
    });
    const stop = async () => {
      await new Promise<void>((resolve) => {
        worker.once('message', () => resolve());
        worker.postMessage('close');
      });
      await worker.terminate();
    };
    /** The server thread's time on a core so far, in ns (/proc/thread-self/schedstat). */
    const onCpuNs = () =>
      new Promise<number>((resolve) => {
        worker.once('message', (m: { onCpuNs: number }) => resolve(m.onCpuNs));
        worker.postMessage('cpu');
      });
    return { address, stop, onCpuNs };
  };

  /** The platform's server on a worker thread of its own; `close` also stops the database. */
  const serveInWorker = async () => {
    const { address, stop, onCpuNs } = await startWorker('./server-worker.ts');
    const close = async () => {
      await stop();
      await database.close();
      await embedded?.stop();
      rmSync(dir, { recursive: true, force: true });
    };
    return { address, close, onCpuNs };
  };

  return { sql, cookieFor, describeMachine, run, serve, serveInWorker, url };
}
