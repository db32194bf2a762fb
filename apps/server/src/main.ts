import { buildApp } from './app';
import { loadConfig } from './config';
import { openDatabase } from './database';
import { loadDemoDataOnce } from './demo';
import { createServerClock } from './plugins/clock';

const config = loadConfig();
const database = await openDatabase(config);
const clock = createServerClock();
const app = await buildApp({ config, database: database.handle, databaseUrl: database.url, clock });

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(1), 20_000);
  force.unref();
  try {
    await app.close();
    await database.stop();
    process.exit(0);
  } catch (err) {
    app.log.error({ err }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  if (config.demo) await loadDemoDataOnce(app, config.demoSize);
  await app.listen({ port: config.port, host: config.host });
} catch (err) {
  app.log.error({ err }, 'start failed');
  await app.close().catch(() => undefined);
  await database.stop().catch(() => undefined);
  process.exit(1);
}
