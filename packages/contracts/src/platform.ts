import { z } from 'zod';

const isoDate = z.iso.date({ message: '日期格式应为 YYYY-MM-DD' });

export const auditQuery = z.object({
  actor: z.string().max(60).optional(),
  action: z.string().max(60).optional(),
  entity: z.string().max(60).optional(),
  entityId: z.string().max(60).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditExportBody = auditQuery.extend({
  format: z.enum(['pdf', 'xlsx'], { message: '导出格式应为 pdf 或 xlsx' }),
  title: z.string().max(60).optional(),
  columns: z.string().max(2000).optional(),
});
export type AuditExportBody = z.infer<typeof auditExportBody>;

export const auditItem = z.object({
  id: z.number(),
  at: z.string(),
  actorType: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  regionCode: z.string().nullable(),
  requestId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditItem = z.infer<typeof auditItem>;

export const jobStatuses = ['queued', 'running', 'succeeded', 'failed'] as const;
export const jobItem = z.object({
  id: z.number(),
  kind: z.string(),
  title: z.string(),
  status: z.enum(jobStatuses),
  progress: z.number().int().min(0).max(100),
  done: z.number().int(),
  total: z.number().int(),
  message: z.string(),
  resultUrl: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type JobItem = z.infer<typeof jobItem>;

export const idParam = z.object({ id: z.coerce.number().int().positive('编号不正确') });

export const clockReply = z.object({ now: z.string(), offsetMs: z.number() });
export const clockUpdate = z.object({
  now: z.iso.datetime({ offset: true, message: '时间格式应为 ISO 8601' }).optional(),
  advanceMs: z.number().int().optional(),
  reset: z.boolean().optional(),
});
