import { z } from 'zod';
import { identityFields } from './auth';
import { pageOf, pageQuery } from './common';
import { isoDate, optionalIsoDate } from './fields';
import { batchStatus } from './registry-batch';

/**
 * The window's resident businesses of guide 002 beyond 新参保: 开通无卡结算 (十三 (四)), the
 * 批量模式 of 城乡居民新参保/续保 and 特殊身份登记 (十三 (一)(三)), and 符合资助条件的救助对象参加
 * 城乡居民基本医疗保险个人缴费补贴 (三十三). Amounts are integer fen.
 */

const certOf = { certType: identityFields.certType, certNo: identityFields.certNo };
const optionalCert = {
  certType: z.string().trim().max(10).optional(),
  certNo: z.string().trim().max(30).optional(),
};

/** W13 (四) 开通无卡结算: the newborn by certificate, from 开始日期 to 结束日期 (open when empty). */
export const cardlessSettlementPayload = z
  .object({
    ...certOf,
    startDate: isoDate('开始日期'),
    endDate: optionalIsoDate('结束日期'),
  })
  .refine((v) => v.endDate === '' || v.endDate >= v.startDate, {
    message: '结束日期不能早于开始日期',
    path: ['endDate'],
  });
export type CardlessSettlementPayload = z.infer<typeof cardlessSettlementPayload>;

/** 审批类型 of 待遇通用审批 that 开通无卡结算 files. */
export const CARDLESS_APPROVAL_TYPE = '无卡就医审批';

/** 待遇通用审批 · 查询条件: 证件类型, 医保电子凭证/证件号码, 审批类型, 开始日期 (from). */
export const cardlessSettlementsQuery = pageQuery.extend({
  ...optionalCert,
  startDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '请选择正确的开始日期')
    .optional(),
});
export type CardlessSettlementsQuery = z.infer<typeof cardlessSettlementsQuery>;

/** 查询结果列表: 人员编号, 人员姓名, 性别, 开始日期, 结束日期, 审批类型, 人员证件类型. */
export const cardlessSettlementRow = z.object({
  id: z.number().int(),
  personNo: z.string(),
  name: z.string(),
  sex: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  approvalType: z.string(),
  certType: z.string(),
  /** masked, as lists are */
  certNo: z.string(),
  status: z.string(),
});
export type CardlessSettlementRow = z.infer<typeof cardlessSettlementRow>;
export const cardlessSettlementsReply = pageOf(cardlessSettlementRow);

/** 城乡居民批量参保: the template's columns (words or codes), the region is chosen on the page. */
export const RESIDENT_BATCH_COLUMNS = [
  { key: 'certType', title: '证件类型' },
  { key: 'certNo', title: '证件号码' },
  { key: 'name', title: '姓名' },
  { key: 'sex', title: '性别' },
  { key: 'ethnicity', title: '民族' },
  { key: 'birthDate', title: '出生日期' },
  { key: 'localHousehold', title: '参保人户籍地' },
  { key: 'admissionCategory', title: '准入人员类别' },
  { key: 'studentOrChild', title: '是否为学生儿童' },
  { key: 'householdType', title: '户口性质' },
  { key: 'householdDivisionCode', title: '户籍所在地区划代码' },
  { key: 'residenceDivisionCode', title: '居住地区划代码' },
  { key: 'residenceAddress', title: '居住地地址' },
  { key: 'phone', title: '手机号码' },
] as const;

/** 城乡居民特殊身份登记 · 批量模式: the template's columns. */
export const SPECIAL_IDENTITY_BATCH_COLUMNS = [
  { key: 'certType', title: '证件类型' },
  { key: 'certNo', title: '证件号码' },
  { key: 'name', title: '姓名' },
  { key: 'identityType', title: '特殊身份' },
  { key: 'startDate', title: '开始日期' },
  { key: 'endDate', title: '结束日期' },
  { key: 'source', title: '认定部门' },
] as const;

/** The two resident batches: which business the batch files. */
export const RESIDENT_BATCH_KINDS = ['resident-enrolment-batch', 'special-identity-batch'] as const;
export const residentBatchKind = z.enum(RESIDENT_BATCH_KINDS);
export type ResidentBatchKind = z.infer<typeof residentBatchKind>;

/** A checked resident batch: the region it belongs to instead of a unit. */
export const residentBatch = z.object({
  id: z.number().int(),
  kind: residentBatchKind,
  regionCode: z.string(),
  regionName: z.string(),
  fileName: z.string(),
  status: batchStatus,
  total: z.number().int(),
  good: z.number().int(),
  bad: z.number().int(),
  applicationId: z.number().int().nullable(),
  jobId: z.number().int().nullable(),
  createdAt: z.string(),
});
export type ResidentBatch = z.infer<typeof residentBatch>;

/** W33 个人缴费补贴: the resident and the 缴费年度. */
export const assistanceSubsidyPayload = z.object({
  ...certOf,
  year: z
    .number({ message: '请选择缴费年度' })
    .int('请选择缴费年度')
    .min(2000, '请选择正确的缴费年度')
    .max(2100, '请选择正确的缴费年度'),
});
export type AssistanceSubsidyPayload = z.infer<typeof assistanceSubsidyPayload>;

export const assistanceSubsidyQuoteQuery = z.object({
  ...certOf,
  year: z.coerce.number().int().min(2000).max(2100),
});

/** What the subsidy would be, before filing: the identity it rests on, the policy and its source. */
export const assistanceSubsidyQuote = z.object({
  name: z.string(),
  personNo: z.string(),
  regionCode: z.string(),
  year: z.number().int(),
  identityType: z.string(),
  identityStartDate: z.string(),
  identityEndDate: z.string().nullable(),
  contributionFen: z.number().int(),
  subsidyBp: z.number().int(),
  fixedSubsidyFen: z.number().int(),
  subsidyFen: z.number().int(),
  personalFen: z.number().int(),
  policySource: z.string(),
  policyValidFrom: z.string(),
});
export type AssistanceSubsidyQuote = z.infer<typeof assistanceSubsidyQuote>;

export const assistanceSubsidiesQuery = pageQuery.extend({
  ...optionalCert,
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type AssistanceSubsidiesQuery = z.infer<typeof assistanceSubsidiesQuery>;

export const assistanceSubsidyRow = z.object({
  id: z.number().int(),
  personNo: z.string(),
  name: z.string(),
  certType: z.string(),
  /** masked */
  certNo: z.string(),
  year: z.number().int(),
  identityType: z.string(),
  contributionFen: z.number().int(),
  subsidyFen: z.number().int(),
  personalFen: z.number().int(),
  status: z.string(),
  createdAt: z.string(),
});
export type AssistanceSubsidyRow = z.infer<typeof assistanceSubsidyRow>;
export const assistanceSubsidiesReply = pageOf(assistanceSubsidyRow);
