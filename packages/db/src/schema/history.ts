import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { at, id, json, ref } from './columns';

/**
 * Every core entity keeps its history as rows of (entity id, action, before, after, actor, time);
 * W25's 变更历史信息 tab and similar pages read them.
 */
export const historyTable = (name: string) =>
  pgTable(
    name,
    {
      id: id(),
      entityId: ref('entity_id').notNull(),
      action: text('action').notNull(),
      before: json<Record<string, unknown> | null>('before'),
      after: json<Record<string, unknown> | null>('after'),
      actorType: text('actor_type').notNull(),
      actorId: text('actor_id'),
      reason: text('reason'),
      changedAt: at('changed_at').notNull().defaultNow(),
    },
    (t) => [index(`${name}_entity_idx`).on(t.entityId, t.changedAt)],
  );
