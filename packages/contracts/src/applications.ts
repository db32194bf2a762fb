import { APPLICATION_STATUSES, REVIEW_POLICIES } from '@yibao/domain';
import { z } from 'zod';

export const applicationStatus = z.enum(APPLICATION_STATUSES);
export const reviewPolicy = z.enum(REVIEW_POLICIES);
export const applicationChannel = z.enum(['personal', 'unit', 'mobile', 'window']);
export type ApplicationChannel = z.infer<typeof applicationChannel>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const materialRuleItem = z.object({
  code: z.string(),
  name: z.string(),
  required: z.boolean(),
  types: z.array(z.string()),
  minBytes: z.number().int().optional(),
  maxBytes: z.number().int(),
  picture: z.object({ width: z.number().int(), height: z.number().int() }).optional(),
  maxFiles: z.number().int().optional(),
  maxTotalBytes: z.number().int().optional(),
});

/** A business type as the pages need it: its name, who decides it, its checklist. */
export const businessItem = z.object({
  code: z.string(),
  name: z.string(),
  channels: z.array(applicationChannel),
  review: reviewPolicy,
  reviewLabel: z.string(),
  timeLimitDays: z.number().int().nullable(),
  serviceItemNo: z.number().int().nullable(),
  materials: z.array(materialRuleItem),
});
export type BusinessItem = z.infer<typeof businessItem>;

export const submitApplicationBody = z.object({
  businessCode: z.string().min(1),
  channel: applicationChannel,
  payload: z.record(z.string(), z.unknown()),
  /** uploaded materials (ids from POST /api/materials) to attach */
  materialIds: z.array(z.coerce.number().int().positive()).max(50).default([]),
  /** 窗口受理 (staff only): the checklist items received as paper originals */
  paperItems: z.array(z.string()).max(50).default([]),
});
export type SubmitApplicationBody = z.infer<typeof submitApplicationBody>;

export const resubmitApplicationBody = submitApplicationBody.pick({
  payload: true,
  materialIds: true,
});
export type ResubmitApplicationBody = z.infer<typeof resubmitApplicationBody>;

export const reasonBody = z.object({
  reason: z
    .string({ message: '请填写原因' })
    .trim()
    .min(1, '请填写原因')
    .max(500, '原因不能超过500个字'),
});
export const commentBody = z.object({ comment: z.string().trim().max(500).optional() });

export const materialItem = z.object({
  id: z.number().int(),
  itemCode: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  bytes: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  onPaper: z.boolean(),
  uploadedAt: z.string(),
});
export type MaterialItem = z.infer<typeof materialItem>;

export const applicationStep = z.object({
  action: z.string(),
  actionLabel: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  level: z.number().int().nullable(),
  actorType: z.string(),
  actorName: z.string(),
  comment: z.string().nullable(),
  at: z.string(),
});

/** One row of 我的待办件, 办件进度查询 and the work queue. */
export const applicationItem = z.object({
  id: z.number().int(),
  applicationNo: z.string(),
  businessCode: z.string(),
  businessName: z.string(),
  channel: z.string(),
  status: applicationStatus,
  statusLabel: z.string(),
  reviewPolicy: reviewPolicy,
  levelsPassed: z.number().int(),
  /** the next review's name (初审, 复审, 审核 …) while it waits for one */
  nextLevel: z.string().nullable(),
  subjectName: z.string(),
  subjectCertType: z.string(),
  /** masked in lists */
  subjectCertNo: z.string(),
  insuranceType: z.string(),
  applicantName: z.string(),
  regionCode: z.string(),
  submittedAt: z.string(),
  dueOn: z.string().nullable(),
  decidedAt: z.string().nullable(),
  claimedBy: z.number().int().nullable(),
  claimedByName: z.string().nullable(),
  overdue: z.boolean(),
  dueToday: z.boolean(),
});
export type ApplicationItem = z.infer<typeof applicationItem>;

export const applicationDetail = applicationItem.extend({
  /** the full certificate number, for those who may see the application */
  subjectCertNo: z.string(),
  payload: z.record(z.string(), z.unknown()),
  decisionReason: z.string().nullable(),
  effectResult: z.record(z.string(), z.unknown()).nullable(),
  materials: z.array(materialItem),
  materialRules: z.array(materialRuleItem),
  steps: z.array(applicationStep),
  /** what the reader may do now */
  can: z.object({
    withdraw: z.boolean(),
    resubmit: z.boolean(),
    claim: z.boolean(),
    release: z.boolean(),
    review: z.boolean(),
  }),
});
export type ApplicationDetail = z.infer<typeof applicationDetail>;

/** 办件进度查询 (personal, unit, mobile): the guides' filters. */
export const applicationQuery = z.object({
  status: applicationStatus.optional(),
  businessCode: z.string().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** unit portal: the subject's name or certificate number */
  name: z.string().trim().max(50).optional(),
  certType: z.string().trim().max(2).optional(),
  certNo: z.string().trim().max(30).optional(),
});
export type ApplicationQuery = z.infer<typeof applicationQuery>;

/** The window console's work queue. */
export const queueQuery = z.object({
  businessCode: z.string().optional(),
  regionCode: z.string().optional(),
  /** 1: waiting for 初审/审核; 2: waiting for 复审 */
  level: z.coerce.number().int().min(1).max(2).optional(),
  /** mine: claimed by me; unclaimed; all (default) */
  claim: z.enum(['mine', 'unclaimed', 'all']).optional(),
  due: z.enum(['overdue', 'today']).optional(),
});
export type QueueQuery = z.infer<typeof queueQuery>;

export const queueCount = z.object({
  businessCode: z.string(),
  businessName: z.string(),
  level: z.number().int(),
  levelName: z.string(),
  waiting: z.number().int(),
  overdue: z.number().int(),
  dueToday: z.number().int(),
});
export const queueCountsReply = z.object({ items: z.array(queueCount) });
export type QueueCount = z.infer<typeof queueCount>;
