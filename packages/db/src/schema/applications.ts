import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
} from 'drizzle-orm/pg-core';
import { at, createdAt, id, json, ref, regionCode, updatedAt } from './columns';
import { persons } from './persons';
import { regions } from './regions';
import { staff } from './auth';
import { units } from './units';

/**
 * 办件: one submitted business. Its status changes only through the domain's status machine;
 * `version` guards against a lost update, the row lock against a double approval.
 */
export const applications = pgTable(
  'applications',
  {
    id: id(),
    /** 办件编号, e.g. BJ20261129000123 */
    applicationNo: text('application_no').notNull().unique(),
    businessCode: text('business_code').notNull(),
    /** personal | unit | mobile | window */
    channel: text('channel').notNull(),
    applicantType: text('applicant_type').notNull(),
    applicantId: text('applicant_id').notNull(),
    applicantName: text('applicant_name').notNull(),
    /** the unit the applicant acted for (unit operators) */
    applicantUnitId: ref('applicant_unit_id').references(() => units.id),
    subjectPersonId: ref('subject_person_id').references(() => persons.id),
    subjectUnitId: ref('subject_unit_id').references(() => units.id),
    /** shown in lists: the subject's name and certificate, or the unit's name and USCC */
    subjectName: text('subject_name').notNull(),
    subjectCertType: text('subject_cert_type').notNull().default(''),
    subjectCertNo: text('subject_cert_no').notNull().default(''),
    regionCode: regionCode().references(() => regions.code),
    insuranceType: text('insurance_type').notNull().default(''),
    payload: json<Record<string, unknown>>('payload').notNull(),
    status: text('status').notNull(),
    reviewPolicy: text('review_policy').notNull(),
    levelsPassed: integer('levels_passed').notNull().default(0),
    /** staff ids of the reviews of the current round, in order */
    reviewers: json<string[]>('reviewers').notNull().default([]),
    claimedBy: ref('claimed_by').references(() => staff.id),
    claimedAt: at('claimed_at'),
    submittedAt: at('submitted_at').notNull(),
    /** the last working day of the time limit; null for items without one */
    dueOn: date('due_on', { mode: 'string' }),
    decidedAt: at('decided_at'),
    /** why the last reviewer rejected or returned it */
    decisionReason: text('decision_reason'),
    /** set once, by the transaction that applied the effect */
    effectAppliedAt: at('effect_applied_at'),
    effectResult: json<Record<string, unknown> | null>('effect_result'),
    compensatedAt: at('compensated_at'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('applications_applicant_idx').on(t.applicantType, t.applicantId, t.submittedAt),
    index('applications_unit_idx').on(t.applicantUnitId, t.status, t.submittedAt),
    index('applications_subject_person_idx').on(t.subjectPersonId, t.submittedAt),
    // The work queue reads only what waits for review: partial indexes keep it small.
    index('applications_waiting_idx')
      .on(t.regionCode, t.dueOn, t.submittedAt)
      .where(sql`${t.status} in ('submitted','in-review','applied')`),
    index('applications_waiting_business_idx')
      .on(t.regionCode, t.businessCode, t.levelsPassed, t.dueOn, t.submittedAt, t.reviewPolicy)
      .where(sql`${t.status} in ('submitted','in-review','applied')`),
    check(
      'applications_status_ck',
      sql`${t.status} in ('submitted','in-review','approved','rejected','withdrawn','returned','applied','revoked')`,
    ),
    check(
      'applications_policy_ck',
      sql`${t.reviewPolicy} in ('auto','front-desk','two-level','immediate')`,
    ),
  ],
);

/** Every step of an application: who did what, when, from which status to which. */
export const applicationSteps = pgTable(
  'application_steps',
  {
    id: id(),
    applicationId: ref('application_id')
      .notNull()
      .references(() => applications.id),
    /** submit | withdraw | resubmit | approve | reject | return | claim | release | intake */
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    /** the review level this step decided (1 初审/审核, 2 复审) */
    level: integer('level'),
    actorType: text('actor_type').notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name').notNull(),
    comment: text('comment'),
    at: at('at').notNull(),
  },
  (t) => [index('application_steps_app_idx').on(t.applicationId, t.at)],
);

/**
 * 材料: one file (or a paper original received at the window) for one checklist item. Uploaded
 * first (application_id null, owned by the uploader), attached when the application is submitted.
 */
export const applicationMaterials = pgTable(
  'application_materials',
  {
    id: id(),
    applicationId: ref('application_id').references(() => applications.id),
    businessCode: text('business_code').notNull(),
    itemCode: text('item_code').notNull(),
    fileName: text('file_name').notNull(),
    /** sniffed from the bytes */
    contentType: text('content_type').notNull(),
    bytes: integer('bytes').notNull(),
    width: integer('width'),
    height: integer('height'),
    sha256: text('sha256').notNull(),
    /** key in the storage; '' for a paper original */
    storageKey: text('storage_key').notNull(),
    onPaper: boolean('on_paper').notNull().default(false),
    uploaderType: text('uploader_type').notNull(),
    uploaderId: text('uploader_id').notNull(),
    uploadedAt: at('uploaded_at').notNull(),
  },
  (t) => [
    index('application_materials_app_idx').on(t.applicationId),
    index('application_materials_uploader_idx').on(t.uploaderType, t.uploaderId, t.uploadedAt),
  ],
);

/**
 * How many applications wait for review per region, business, policy, level and due date,
 * kept by a trigger on applications (migration 0013) in the transaction that changes them, so
 * the console's counts read a few rows instead of counting the waiting applications each time.
 * `due_key` is the due date, or 'infinity' for items without a time limit.
 */
export const applicationQueueCounts = pgTable(
  'application_queue_counts',
  {
    regionCode: text('region_code').notNull(),
    businessCode: text('business_code').notNull(),
    reviewPolicy: text('review_policy').notNull(),
    levelsPassed: integer('levels_passed').notNull(),
    dueKey: date('due_key', { mode: 'string' }).notNull(),
    waiting: integer('waiting').notNull().default(0),
  },
  (t) => [
    primaryKey({
      name: 'application_queue_counts_pk',
      columns: [t.regionCode, t.businessCode, t.reviewPolicy, t.levelsPassed, t.dueKey],
    }),
    check('application_queue_counts_waiting_ck', sql`${t.waiting} >= 0`),
  ],
);
