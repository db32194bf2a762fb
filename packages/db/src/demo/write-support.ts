/**
 * Set-based writing helpers: multi-row inserts through `unnest` of one array per column (one
 * round trip and one plan for thousands of rows), id reservation, and history rows.
 */
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../connection';

/** A column of a raw (temporary) table: its name and PostgreSQL type. */
export type RawColumn = readonly [name: string, type: string];

/** Inserts rows given as one array per column: `insert … select * from unnest($1::t[], …)`. */
export async function insertColumns(
  tx: Tx,
  table: SQL,
  columns: readonly RawColumn[],
  values: readonly unknown[][],
): Promise<void> {
  if ((values[0]?.length ?? 0) === 0) return;
  const names = sql.join(
    columns.map(([name]) => sql.identifier(name)),
    sql`, `,
  );
  const arrays = sql.join(
    columns.map(([, type], i) => sql`${sql.param(values[i])}::${sql.raw(type)}[]`),
    sql`, `,
  );
  await tx.execute(sql`insert into ${table} (${names}) select * from unnest(${arrays})`);
}

const ARRAY_TYPE_OF: Readonly<Record<string, string>> = { bigserial: 'bigint', serial: 'integer' };

/**
 * Inserts typed rows into a Drizzle table through unnest. Every row must carry the same keys
 * (the first row's); a key a row leaves out is written as null.
 */
export async function insertRows<T extends PgTable>(
  tx: Tx,
  table: T,
  rows: readonly T['$inferInsert'][],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = getTableColumns(table);
  const keys = Object.keys(first as object).filter((key) => key in columns);
  const raw: RawColumn[] = [];
  const values: unknown[][] = [];
  for (const key of keys) {
    const column = columns[key];
    if (!column) continue;
    const type = column.getSQLType();
    raw.push([column.name, ARRAY_TYPE_OF[type] ?? type]);
    values.push(
      rows.map((row) => {
        const value = (row as Record<string, unknown>)[key];
        return value === null || value === undefined ? null : column.mapToDriverValue(value);
      }),
    );
  }
  await insertColumns(tx, sql`${table}`, raw, values);
}

/** Takes `count` ids from a table's id sequence, so rows can refer to each other before insert. */
export async function reserveIds(tx: Tx, tableName: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const result = await tx.execute<{ first: number; last: number; ids: string | null }>(sql`
    select min(id) as first, max(id) as last,
           case when max(id) - min(id) + 1 = count(*) then null else array_agg(id order by id)::text end as ids
    from (select nextval(pg_get_serial_sequence(${tableName}, 'id')) as id from generate_series(1, ${count})) s`);
  const row = result.rows[0];
  if (!row) throw new Error(`no ids reserved for ${tableName}`);
  // Usually one run of numbers: only when another session took ids meanwhile is there a list.
  if (row.ids === null) return Array.from({ length: count }, (_, i) => Number(row.first) + i);
  return row.ids.slice(1, -1).split(',').map(Number);
}

// Columns that never reach a history row.
const SECRET_KEYS = new Set(['passwordHash', 'ssCardPasswordHash']);
// jsonb_build_object takes at most 100 arguments: 50 key/value pairs per call.
const PAIRS_PER_CALL = 50;

/** A row of the table as JSON under the property names the code uses (personNo, not person_no). */
function rowJson(table: PgTable, alias: string): SQL {
  const pairs = Object.entries(getTableColumns(table))
    .filter(([key]) => !SECRET_KEYS.has(key))
    .map(
      ([key, column]) => sql`${key}::text, ${sql.identifier(alias)}.${sql.identifier(column.name)}`,
    );
  const calls: SQL[] = [];
  for (let i = 0; i < pairs.length; i += PAIRS_PER_CALL) {
    calls.push(sql`jsonb_build_object(${sql.join(pairs.slice(i, i + PAIRS_PER_CALL), sql`, `)})`);
  }
  return sql.join(calls, sql` || `);
}

const HISTORY_COLUMNS: RawColumn[] = [
  ['entity_id', 'bigint'],
  ['action', 'text'],
  ['before', 'jsonb'],
  ['after', 'jsonb'],
  ['actor_type', 'text'],
  ['actor_id', 'text'],
  ['reason', 'text'],
  ['changed_at', 'timestamptz'],
];

/**
 * Writes a 'create' history row (actor 'system') for each given row of the table, dated its
 * created_at, with the row as written — or as `createdStates` says it was when it was created.
 * The JSON is built in the database from the rows just written: cheaper than shipping it.
 */
export async function writeCreateHistory(
  tx: Tx,
  table: PgTable,
  historyTableName: string,
  ids: readonly number[],
  createdStates: ReadonlyMap<number, Record<string, unknown>> = new Map(),
): Promise<void> {
  if (ids.length === 0) return;
  const history = sql.identifier(historyTableName);
  const overrideIds = [...createdStates.keys()];
  const overrides = [...createdStates.values()].map((state) => JSON.stringify(state));
  // The ids were reserved together: the range lets the primary key find them.
  const first = Math.min(...ids);
  const last = Math.max(...ids);
  await tx.execute(sql`
    insert into ${history} (entity_id, action, after, actor_type, actor_id, reason, changed_at)
    select t.id, 'create', (${rowJson(table, 't')}) || coalesce(o.state, '{}'::jsonb),
           'system', 'demo-data', '演示数据初始化', t.created_at
    from ${table} t
    left join unnest(${sql.param(overrideIds)}::bigint[], ${sql.param(overrides)}::jsonb[]) as o(id, state)
      on o.id = t.id
    where t.id between ${first} and ${last} and t.id = any(${sql.param([...ids])}::bigint[])`);
}

export interface UpdateHistoryRow {
  entityId: number;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  changedAt: Date;
  reason: string;
}

/** Writes 'update' history rows (actor 'system') for later changes of planned rows. */
export async function writeUpdateHistory(
  tx: Tx,
  historyTableName: string,
  rows: readonly UpdateHistoryRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await insertColumns(tx, sql`${sql.identifier(historyTableName)}`, HISTORY_COLUMNS, [
    rows.map((r) => r.entityId),
    rows.map(() => 'update'),
    rows.map((r) => JSON.stringify(r.before)),
    rows.map((r) => JSON.stringify(r.after)),
    rows.map(() => 'system'),
    rows.map(() => 'demo-data'),
    rows.map((r) => r.reason),
    rows.map((r) => r.changedAt.toISOString()),
  ]);
}
