import { z } from 'zod';
import { pageOf, pageQuery } from './common';

/**
 * W24 单位综合查询 (002 二十四): a unit by 单位编号, 统一社会信用代码 or name, then 基本信息,
 * 缴费明细 and 职工/居民列表. Amounts are integer fen.
 */
export const unitSearchQuery = pageQuery
  .extend({
    unitNo: z.string().trim().max(30).optional(),
    uscc: z.string().trim().max(18).optional(),
    name: z.string().trim().max(100).optional(),
  })
  .refine((q) => Boolean(q.unitNo || q.uscc || q.name), {
    message: '请输入单位编号、统一社会信用代码或单位名称',
    path: ['unitNo'],
  });
export const unitSummary = z.object({
  id: z.number().int(),
  unitNo: z.string(),
  uscc: z.string(),
  name: z.string(),
  unitType: z.string(),
  regionCode: z.string(),
  status: z.string(),
});
export const unitSearchReply = pageOf(unitSummary);

/** 基本信息: every field of 单位参保登记, with the members in force. */
export const unitProfile = unitSummary.extend({
  managementType: z.string(),
  divisionCode: z.string(),
  address: z.string(),
  postcode: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  email: z.string(),
  officePhone: z.string(),
  legalRepName: z.string(),
  legalRepCertType: z.string(),
  legalRepCertNo: z.string(),
  legalRepPhone: z.string(),
  establishedOn: z.string().nullable(),
  approvalDocNo: z.string(),
  regCertType: z.string(),
  regCertNo: z.string(),
  taxNo: z.string(),
  bankCode: z.string(),
  bankAccountName: z.string(),
  bankAccount: z.string(),
  bankUsages: z.array(z.string()),
  registeredOn: z.string().nullable(),
  cancelledOn: z.string().nullable(),
  cancelReason: z.string().nullable(),
  /** 正常参保 enrolments through the unit */
  activeMembers: z.number().int(),
  /** months owed (欠费) by the unit's persons */
  arrearsMonths: z.number().int(),
});
export type UnitProfile = z.infer<typeof unitProfile>;

/** 缴费明细: one row per month with its sums (and what is owed). */
export const unitContributionMonth = z.object({
  period: z.number().int(),
  persons: z.number().int(),
  baseFen: z.number().int(),
  unitAmountFen: z.number().int(),
  personalAmountFen: z.number().int(),
  /** persons whose month is 欠费 */
  arrearsPersons: z.number().int(),
});
export const unitContributionsQuery = pageQuery.extend({
  from: z.coerce.number().int().min(199001).max(299912).optional(),
  to: z.coerce.number().int().min(199001).max(299912).optional(),
  /** arrears: only the months something is owed (欠费核对) */
  only: z.enum(['all', 'arrears']).default('all'),
});
export const unitContributionsReply = pageOf(unitContributionMonth);

/** 职工/居民列表: the persons insured through the unit. */
export const unitMember = z.object({
  personId: z.number().int(),
  personNo: z.string(),
  name: z.string(),
  certType: z.string(),
  certNo: z.string(),
  insuranceType: z.string(),
  personType: z.string(),
  status: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  contributionBaseFen: z.number().int(),
});
export const unitMembersQuery = pageQuery.extend({
  status: z.enum(['正常参保', '暂停参保', '终止参保']).optional(),
  name: z.string().trim().max(50).optional(),
});
export const unitMembersReply = pageOf(unitMember);
