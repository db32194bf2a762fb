import { z } from 'zod';
import { pageOf, pageQuery } from './common';

/**
 * 批量模式 of 单位职工新参保/续保 (002 十二 (一)): the downloadable template's columns, the
 * check of every row, and the confirmed import.
 */
export const EMPLOYEE_BATCH_COLUMNS = [
  { key: 'certType', title: '证件类型' },
  { key: 'certNo', title: '证件号码' },
  { key: 'name', title: '姓名' },
  { key: 'sex', title: '性别' },
  { key: 'ethnicity', title: '民族' },
  { key: 'birthDate', title: '出生日期' },
  { key: 'workStartDate', title: '首次参工日期' },
  { key: 'phone', title: '移动电话' },
  { key: 'startDate', title: '参保日期' },
  { key: 'wage', title: '缴费工资（元）' },
] as const;

/** One row of the check: 校验成功, or the reason it cannot be imported. */
export const batchRow = z.object({
  rowNumber: z.number().int(),
  certNo: z.string(),
  name: z.string(),
  ok: z.boolean(),
  /** 校验成功, or the reason */
  message: z.string(),
  /** once imported: the person's 个人编号 */
  personNo: z.string().nullable(),
});
export type BatchRow = z.infer<typeof batchRow>;

export const batchStatus = z.enum(['checked', 'importing', 'done', 'failed']);
export const employeeBatch = z.object({
  id: z.number().int(),
  unitNo: z.string(),
  unitName: z.string(),
  fileName: z.string(),
  status: batchStatus,
  total: z.number().int(),
  good: z.number().int(),
  bad: z.number().int(),
  applicationId: z.number().int().nullable(),
  jobId: z.number().int().nullable(),
  createdAt: z.string(),
});
export type EmployeeBatch = z.infer<typeof employeeBatch>;

export const batchRowsQuery = pageQuery.extend({
  /** bad: only the rows that failed the check */
  only: z.enum(['all', 'bad']).default('all'),
});
export const batchRowsReply = pageOf(batchRow);

export const batchConfirmBody = z.object({
  /** the originals received on paper (the batch application's checklist) */
  paperItems: z.array(z.string().max(50)).max(20).default([]),
});
export type BatchConfirmBody = z.infer<typeof batchConfirmBody>;

/** The batch application's payload: the checked batch it imports. */
export const employeeBatchPayload = z.object({ batchId: z.number().int().positive() });
export type EmployeeBatchPayload = z.infer<typeof employeeBatchPayload>;
