/**
 * Settings of a bulk load (a numeric size: benchmarks with a million persons). Inside the
 * loading transaction only:
 *
 * - foreign-key checks are skipped when the role may do so (a superuser, e.g. the embedded
 *   server's): a row-by-row RI check costs more than the insert itself, and every reference
 *   points at a row this same transaction has just written from the same plan;
 * - the indexes of the tables the load fills are dropped and rebuilt at the end (one sort
 *   instead of a B-tree update per row), including the primary keys of the two ledger tables,
 *   which nothing references. The rebuild checks the unique ones, so a duplicate still fails
 *   the whole load, and everything is back before the transaction commits.
 *
 * Each drop runs in a savepoint: a role without the right keeps the index and loads slower.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../connection';

const FILLED_TABLES = [
  'persons',
  'family_relations',
  'enrolments',
  'personal_accounts',
  'contributions',
  'account_movements',
  'deemed_contributions',
  'special_identities',
  'designated_hospitals',
  'person_history',
  'family_relation_history',
  'enrolment_history',
  'personal_account_history',
];
/** Tables whose primary key no foreign key needs, so it can go too. */
const UNREFERENCED_TABLES = ['contributions', 'account_movements'];

export interface BulkMode {
  foreignKeyChecksSkipped: boolean;
  /** Rebuilds what was dropped at the start. */
  rebuildIndexes(): Promise<void>;
}

// A type alias, not an interface: query rows must be indexable records.
type DroppedIndex = {
  table: string;
  name: string;
  /** CREATE INDEX … or, for a primary key, its constraint definition */
  definition: string;
  primaryKey: boolean;
};

const tableList = (tables: readonly string[]) =>
  sql.join(
    tables.map((t) => sql`${t}`),
    sql`, `,
  );

export async function enterBulkMode(tx: Tx): Promise<BulkMode> {
  let foreignKeyChecksSkipped = false;
  const role = await tx.execute<{ rolsuper: boolean }>(
    sql`select rolsuper from pg_roles where rolname = current_user`,
  );
  if (role.rows[0]?.rolsuper) {
    await tx.execute(sql`set local session_replication_role = replica`);
    foreignKeyChecksSkipped = true;
  }

  const found = await tx.execute<DroppedIndex>(sql`
    select c.relname as "table", i.relname as name, x.indisprimary as "primaryKey",
           case when x.indisprimary then pg_get_constraintdef(k.oid) else pg_get_indexdef(i.oid) end as definition
    from pg_index x
    join pg_class i on i.oid = x.indexrelid
    join pg_class c on c.oid = x.indrelid
    join pg_namespace n on n.oid = c.relnamespace
    left join pg_constraint k on k.conindid = i.oid and k.contype = 'p'
    where n.nspname = current_schema()
      and pg_get_userbyid(c.relowner) = current_user
      and c.relname in (${tableList(FILLED_TABLES)})
      and (not x.indisprimary or c.relname in (${tableList(UNREFERENCED_TABLES)}))
    order by c.relname, i.relname`);
  const dropped: DroppedIndex[] = [];
  for (const index of found.rows) {
    const drop = index.primaryKey
      ? sql`alter table ${sql.identifier(index.table)} drop constraint ${sql.identifier(index.name)}`
      : sql`drop index ${sql.identifier(index.name)}`;
    try {
      await tx.transaction(async (savepoint) => {
        await savepoint.execute(drop);
      });
      dropped.push(index);
    } catch {
      // Kept: the load only gets slower.
    }
  }

  return {
    foreignKeyChecksSkipped,
    async rebuildIndexes() {
      await tx.execute(sql`set local maintenance_work_mem = '1GB'`);
      for (const index of dropped) {
        await tx.execute(
          index.primaryKey
            ? sql`alter table ${sql.identifier(index.table)} add constraint ${sql.identifier(index.name)} ${sql.raw(index.definition)}`
            : sql.raw(index.definition),
        );
      }
    },
  };
}
