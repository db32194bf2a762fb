import { connect, staff } from '@yibao/db';
import type { FastifyInstance } from 'fastify';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { hashPassword } from '../src/lib/passwords';
import { createServerClock } from '../src/plugins/clock';

let counter = 0;

/** A fresh database copied from the migrated template: each test file starts from nothing. */
export async function freshDatabaseUrl(): Promise<string> {
  const server = new URL(inject('serverUrl'));
  const name = `yibao_t${counter++}_${Date.now().toString(36)}_${process.pid}`;
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject('templateDb')}`);
  await admin.end();
  server.pathname = `/${name}`;
  return server.toString();
}

export type TestApp = FastifyInstance & { databaseUrl: string };

/** The real app on a real, fresh database, with a clock the test can move. */
export async function buildTestApp(
  env: Record<string, string> = {},
  extend?: (app: FastifyInstance) => void,
): Promise<TestApp> {
  const databaseUrl = await freshDatabaseUrl();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'yibao-app-')),
    ...env,
  });
  const database = connect(databaseUrl, { max: 5 });
  const app = await buildApp({ config, database, databaseUrl, clock: createServerClock() });
  app.addHook('onClose', async () => database.close());
  extend?.(app);
  await app.ready();
  return Object.assign(app, { databaseUrl });
}

export const TEST_PASSWORD = 'Test@2026pass';

export async function createStaff(
  app: FastifyInstance,
  username: string,
  opts: { roles?: string[]; regions?: string[]; name?: string } = {},
) {
  const [row] = await app.db
    .insert(staff)
    .values({
      username,
      name: opts.name ?? username,
      passwordHash: await hashPassword(TEST_PASSWORD),
      roles: opts.roles ?? ['clerk'],
      regionCodes: opts.regions ?? ['110000'],
    })
    .returning();
  return row!;
}

/** Signs a staff member in and returns the cookie header to send. */
export async function staffCookie(app: FastifyInstance, username: string): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/staff/login',
    payload: { username, password: TEST_PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
  const c = res.cookies.find((x) => x.name === 'yb_sid');
  return `yb_sid=${c!.value}`;
}
