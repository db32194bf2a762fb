import type { SQL } from 'drizzle-orm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { PgDialect, type PreparedQueryConfig } from 'drizzle-orm/pg-core';
import { createHash } from 'node:crypto';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { fileURLToPath } from 'node:url';
import * as schema from './schema/index';

export type Schema = typeof schema;
export type Database = NodePgDatabase<Schema>;
/** A transaction handle: repositories accept either, so a service decides the transaction. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Executor = Database | Tx;

// bigint columns (money in fen, ids) arrive as strings by default; every value we store is a
// safe integer, so read them as numbers. Dates stay strings ('YYYY-MM-DD') to avoid time zones.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export interface DatabaseHandle {
  pool: pg.Pool;
  db: Database;
  close(): Promise<void>;
}

export function connect(url: string, options: { max?: number } = {}): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle client that loses its server must not crash the process.
  pool.on('error', () => undefined);
  const db = drizzle(pool, { schema });
  return { pool, db, close: () => pool.end() };
}

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

export async function runMigrations(db: Database): Promise<void> {
  await migrate(db, { migrationsFolder });
}

/** A unique-constraint violation (23505), whether node-postgres's error or drizzle's wrapper of it. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}

const dialect = new PgDialect();
const statementNames = new Map<string, string>();

/** The name a statement is prepared under: the same text, the same name, on every connection. */
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `yb_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
    statementNames.set(text, name);
  }
  return name;
}

/** A statement of fixed text, prepared once per connection under its name. */
export interface Statement {
  name: string;
  text: string;
}

/**
 * `execute` for the hot paths: the statement is prepared once per connection, under a name
 * derived from its text, instead of parsed and planned on every call — for a wide statement the
 * planning costs more than running it. Only for statements whose text has a fixed shape (values
 * as parameters, lists as arrays): every distinct text stays prepared on every connection.
 */
export function executePrepared<T extends Record<string, unknown>>(db: Executor, query: SQL) {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return executeStatement<T>(db, { name: statementName(text), text }, params);
}

/**
 * A statement whose text the caller built once and kept: for a read on every page view, where
 * building the text through the query builder costs more than the database's work.
 */
export function executeStatement<T extends Record<string, unknown>>(
  db: Executor,
  statement: Statement,
  values: unknown[],
) {
  return db._.session
    .prepareQuery<{ execute: { rows: T[] } } & PreparedQueryConfig>(
      { sql: statement.text, params: values },
      undefined,
      statement.name,
      false,
    )
    .execute();
}

export interface Listener {
  /** Resolves once every notification committed before the call has been handled. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A connection of its own listening on `channel`, reconnecting after a loss. `onState(false)`
 * says notifications may be missed from now on; `onState(true)` that they flow again, so
 * whatever was learnt in between must be thrown away.
 */
export function listen(
  handle: DatabaseHandle,
  channel: string,
  onNotification: (payload: string) => void,
  onState: (listening: boolean) => void,
  retryMs = 1000,
): Listener {
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const lost = (c: pg.Client) => {
    if (client !== c) return;
    client = null;
    onState(false);
    c.end().catch(() => undefined);
    if (!closed) retry = setTimeout(open, retryMs).unref();
  };
  async function open() {
    // Named, so that an operator can tell it apart in pg_stat_activity.
    const c = new pg.Client({ ...handle.pool.options, application_name: `listen ${channel}` });
    c.on('notification', (n) => {
      if (n.channel === channel) onNotification(n.payload ?? '');
    });
    c.on('error', () => lost(c));
    c.on('end', () => lost(c));
    client = c;
    try {
      await c.connect();
      await c.query(`listen ${pg.escapeIdentifier(channel)}`);
      if (closed || client !== c) return;
      onState(true);
    } catch {
      lost(c);
    }
  }
  void open();

  return {
    // The server hands a listening connection every notification committed before a query
    // ahead of that query's answer.
    async settle() {
      await client?.query('select 1');
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      const c = client;
      client = null;
      if (c) await c.end().catch(() => undefined);
    },
  };
}
