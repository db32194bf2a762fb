import { connect, runMigrations, startEmbeddedPostgres, type EmbeddedServer } from '@yibao/db';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** server URL without a database name; each test app gets a fresh database from the template */
    serverUrl: string;
    templateDb: string;
  }
}

/**
 * The API tests run on a real PostgreSQL: TEST_DATABASE_URL (e.g. Debian's, in CI) when set,
 * otherwise an embedded server in a temp dir. A migrated template database makes each test
 * file's fresh database a cheap copy.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedServer | null = null;
  let dir: string | null = null;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    dir = mkdtempSync(path.join(tmpdir(), 'yibao-test-'));
    embedded = await startEmbeddedPostgres(dir);
    adminUrl = embedded.url;
  }
  const url = new URL(adminUrl);
  const templateDb = `yibao_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${templateDb}`);
  await admin.query(`create database ${templateDb}`);
  await admin.end();

  url.pathname = `/${templateDb}`;
  const tpl = connect(url.toString(), { max: 1 });
  await runMigrations(tpl.db);
  await tpl.close();

  url.pathname = '/postgres';
  project.provide('serverUrl', url.toString());
  project.provide('templateDb', templateDb);

  return async () => {
    if (embedded) {
      await embedded.stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    } else {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      const { rows } = await c.query<{ datname: string }>(
        `select datname from pg_database where datname like $1`,
        [`yibao_%_${process.pid}%`],
      );
      for (const r of rows) await c.query(`drop database if exists ${r.datname} with (force)`);
      await c.end();
    }
  };
}
