import {
  connect,
  runMigrations,
  startEmbeddedPostgres,
  type DatabaseHandle,
  type EmbeddedServer,
} from '@yibao/db';
import type { Config } from './config';

export interface RunningDatabase {
  url: string;
  handle: DatabaseHandle;
  /** closes the pool, then stops the embedded server if we started one */
  stop(): Promise<void>;
}

/** `DATABASE_URL` when set, otherwise the embedded PostgreSQL in DATA_DIR; migrations run on start. */
export async function openDatabase(config: Config): Promise<RunningDatabase> {
  let embedded: EmbeddedServer | null = null;
  const url = config.databaseUrl ?? (embedded = await startEmbeddedPostgres(config.dataDir)).url;
  const handle = connect(url);
  try {
    await runMigrations(handle.db);
  } catch (err) {
    await handle.close();
    await embedded?.stop();
    throw err;
  }
  return {
    url,
    handle,
    async stop() {
      await handle.close();
      await embedded?.stop();
    },
  };
}
