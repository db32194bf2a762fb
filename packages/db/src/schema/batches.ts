import { check, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { at, id, json, ref, regionCode } from './columns';
import { regions } from './regions';
import { units } from './units';

/**
 * 批量模式: an uploaded template, checked row by row and kept until the operator confirms;
 * then one application writes its good rows. `rows` holds each row's outcome.
 */
export const registryBatches = pgTable(
  'registry_batches',
  {
    id: id(),
    /** the business the batch files (employee-enrolment-batch …) */
    kind: text('kind').notNull(),
    unitId: ref('unit_id').references(() => units.id),
    regionCode: regionCode().references(() => regions.code),
    createdByType: text('created_by_type').notNull(),
    createdById: text('created_by_id').notNull(),
    fileName: text('file_name').notNull(),
    /** checked → importing → done | failed */
    status: text('status').notNull().default('checked'),
    total: integer('total').notNull(),
    good: integer('good').notNull(),
    bad: integer('bad').notNull(),
    rows: json<unknown[]>('rows').notNull(),
    applicationId: ref('application_id'),
    jobRunId: ref('job_run_id'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('registry_batches_owner_idx').on(t.createdByType, t.createdById, t.createdAt),
    check(
      'registry_batches_status_ck',
      sql`${t.status} in ('checked','importing','done','failed')`,
    ),
  ],
);
