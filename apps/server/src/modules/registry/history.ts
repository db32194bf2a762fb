import { desc, eq, type Executor, type historyTable } from '@yibao/db';
import type { Actor } from '../../plugins/context';

/** Who changed a registry record, when and why (the 办件 that did it). */
export interface Change {
  actor: Actor;
  at: Date;
  reason: string;
}

/** One row of an entity's history table (person_history, unit_history …). */
export async function writeHistory(
  db: Executor,
  table: ReturnType<typeof historyTable>,
  entry: {
    entityId: number;
    action: string;
    before: Record<string, unknown> | null;
    after: Record<string, unknown>;
  },
  change: Change,
) {
  await db.insert(table).values({
    ...entry,
    actorType: change.actor.type,
    actorId: change.actor.id,
    reason: change.reason,
    changedAt: change.at,
  });
}

/** The previous values of the fields a change sets, for the history's `before`. */
export function previousValues<T extends object>(row: T, values: Partial<T>) {
  return Object.fromEntries(Object.keys(values).map((k) => [k, row[k as keyof T]]));
}

/** The latest row of an entity's history. */
export async function lastChangeOf(
  db: Executor,
  table: ReturnType<typeof historyTable>,
  entityId: number,
) {
  const [row] = await db
    .select()
    .from(table)
    .where(eq(table.entityId, entityId))
    .orderBy(desc(table.changedAt), desc(table.id))
    .limit(1);
  return row ?? null;
}

/**
 * Undoes what one 办件 changed on a record (a failed 复核), when nothing has changed the record
 * since: `restore` gets the values from before. Answers false, changing nothing, otherwise.
 */
export async function undoOwnChange(
  db: Executor,
  table: ReturnType<typeof historyTable>,
  entityId: number,
  reason: string,
  restore: (before: Record<string, unknown>) => Promise<unknown>,
): Promise<boolean> {
  const last = await lastChangeOf(db, table, entityId);
  if (last?.reason !== reason || !last.before) return false;
  await restore(last.before);
  return true;
}
