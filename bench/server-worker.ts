/**
 * The server on its own thread, for benchmarks whose load generator would otherwise share the
 * server's event loop: callers of a real deployment are other machines.
 */
import { connect } from '@yibao/db';
import { parentPort, workerData } from 'node:worker_threads';
import { buildApp } from '../apps/server/src/app';
import { loadConfig } from '../apps/server/src/config';
import { createServerClock } from '../apps/server/src/plugins/clock';

const { url, dir } = workerData as { url: string; dir: string };
const config = loadConfig({
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
  DATA_DIR: dir,
  PORT: '0',
});
const database = connect(url);
const app = await buildApp({ config, database, databaseUrl: url, clock: createServerClock() });
const address = await app.listen({ port: 0, host: '127.0.0.1' });
parentPort?.postMessage({ address });
parentPort?.on('message', (m: string) => {
  if (m !== 'close') return;
  void app
    .close()
    .then(() => database.close())
    .then(() => parentPort?.postMessage({ closed: true }));
});
