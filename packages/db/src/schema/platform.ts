import { date, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { at, createdAt, id, json, ref } from './columns';

/** Every write's audit row, written in the same transaction as the write. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    at: at('at').notNull(),
    /** person | unit-operator | staff | institution | system */
    actorType: text('actor_type').notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name').notNull().default(''),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    regionCode: text('region_code'),
    before: json<unknown>('before'),
    after: json<unknown>('after'),
    requestId: text('request_id'),
    ip: text('ip'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_entity_idx').on(t.entity, t.entityId),
    index('audit_log_actor_idx').on(t.actorType, t.actorId),
  ],
);

/** Public holidays and make-up workdays of the working-day calendar (办理时限). */
export const calendarDays = pgTable('calendar_days', {
  day: date('day', { mode: 'string' }).primaryKey(),
  /** holiday | workday */
  kind: text('kind').notNull(),
  name: text('name').notNull().default(''),
  source: text('source').notNull(),
});

/** Background work (imports, exports, custom queries) with the progress a page shows. */
export const jobRuns = pgTable(
  'job_runs',
  {
    id: id(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    /** queued | running | succeeded | failed */
    status: text('status').notNull().default('queued'),
    done: integer('done').notNull().default(0),
    total: integer('total').notNull().default(0),
    message: text('message').notNull().default(''),
    input: json<unknown>('input'),
    result: json<unknown>('result'),
    resultFile: text('result_file'),
    attempts: integer('attempts').notNull().default(0),
    ownerType: text('owner_type').notNull(),
    ownerId: text('owner_id'),
    createdAt: createdAt(),
    startedAt: at('started_at'),
    finishedAt: at('finished_at'),
  },
  (t) => [index('job_runs_owner_idx').on(t.ownerType, t.ownerId, t.createdAt)],
);

/** Which one-off data loads (demo data, dictionaries) have run, so they run once. */
export const dataLoads = pgTable(
  'data_loads',
  {
    name: text('name').notNull(),
    version: text('version').notNull(),
    loadedAt: createdAt(),
    detail: json<unknown>('detail'),
  },
  (t) => [primaryKey({ columns: [t.name, t.version] })],
);

/** Runtime settings that survive restarts (the demo clock offset among them). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: json<unknown>('value').notNull(),
  updatedBy: ref('updated_by'),
  updatedAt: createdAt(),
});
