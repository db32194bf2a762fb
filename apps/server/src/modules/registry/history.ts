import type { Executor, historyTable } from '@yibao/db';
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
