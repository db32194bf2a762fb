import { z } from 'zod';
import { identityFields } from './auth';
import { pageOf, pageQuery } from './common';
import { codesOf, optionalText, required } from './fields';

/**
 * Guide 002 十五 (二) 单位职工职务职级职称变更 (人员重要信息维护), 十五 (三) 单位职工缴费基数变更
 * (缴费工资变更核定) and 十一 (三) 单位缴费基数申报书面稽核: window items, 即时办结 with 复核.
 * Amounts are integer fen.
 */

const certOf = { certType: identityFields.certType, certNo: identityFields.certNo };
const unitNo = required('单位编号', 30);
const count = (label: string) =>
  z
    .number({ message: `请输入${label}` })
    .int(`${label}应为整数`)
    .min(0, `${label}不能为负数`)
    .max(1_000_000, `${label}过大`);
const fen = (label: string) =>
  z
    .number({ message: `请输入${label}` })
    .int(`${label}应精确到分`)
    .min(0, `${label}不能为负数`)
    .max(1_000_000_000_000_00, `${label}过大`);

/** 行政职务: the levels of GB/T 12407 职务级别. */
export const ADMIN_POSTS = [
  { value: '1A', label: '国家级正职' },
  { value: '1B', label: '国家级副职' },
  { value: '2A', label: '省部级正职' },
  { value: '2B', label: '省部级副职' },
  { value: '3A', label: '厅局级正职' },
  { value: '3B', label: '厅局级副职' },
  { value: '4A', label: '县处级正职' },
  { value: '4B', label: '县处级副职' },
  { value: '5A', label: '乡科级正职' },
  { value: '5B', label: '乡科级副职' },
  { value: '6', label: '科员级' },
  { value: '7', label: '办事员级' },
] as const;

/** 专业技术职务等级 (职称). */
export const TECH_TITLE_LEVELS = [
  { value: '1', label: '正高级' },
  { value: '2', label: '副高级' },
  { value: '3', label: '中级' },
  { value: '4', label: '助理级' },
  { value: '5', label: '员级' },
] as const;

/** 国家职业资格等级. */
export const VOCATIONAL_LEVELS = [
  { value: '1', label: '一级（高级技师）' },
  { value: '2', label: '二级（技师）' },
  { value: '3', label: '三级（高级工）' },
  { value: '4', label: '四级（中级工）' },
  { value: '5', label: '五级（初级工）' },
] as const;

/** One of a list, or '' for none (解聘 or 降职 may leave the person without one). */
const optionalOf = <T extends readonly { value: string }[]>(list: T, label: string) =>
  z.union([z.literal(''), z.enum(codesOf(list), { message: `请选择正确的${label}` })]).default('');

/** W15 (二) 职务职级职称变更: the employee and the three fields as they are to be. */
export const employeePostChangePayload = z.object({
  ...certOf,
  adminPost: optionalOf(ADMIN_POSTS, '行政职务'),
  techTitleLevel: optionalOf(TECH_TITLE_LEVELS, '专业技术职务等级'),
  vocationalLevel: optionalOf(VOCATIONAL_LEVELS, '国家职业资格等级'),
});
export type EmployeePostChangePayload = z.infer<typeof employeePostChangePayload>;

/** 人员查询 of 人员重要信息维护: the person's 人员基本信息 with the fields this page changes. */
export const employeePostReply = z.object({
  name: z.string(),
  certType: z.string(),
  certNo: z.string(),
  sex: z.string(),
  ethnicity: z.string(),
  birthDate: z.string(),
  /** 首次参工日期 */
  workStartDate: z.string().nullable(),
  education: z.string(),
  /** 政治面貌 and 婚姻状态, shown as the guide shows them (codes, '' when not given) */
  politicalStatus: z.string(),
  maritalStatus: z.string(),
  regionCode: z.string(),
  status: z.string(),
  unitName: z.string().nullable(),
  /** an employee in service (职工医保 正常参保, 在职): only they are changed here */
  inService: z.boolean(),
  adminPost: z.string(),
  techTitleLevel: z.string(),
  vocationalLevel: z.string(),
});
export type EmployeePostReply = z.infer<typeof employeePostReply>;

/** The floor and cap in force, as the page states them. */
export const contributionBaseLimitReply = z.object({
  floorFen: z.number().int(),
  capFen: z.number().int(),
  source: z.string(),
});

/** 单位编号+enter of 缴费工资变更核定: 单位基本信息, the limit and the month a change applies from. */
export const contributionBaseUnitQuery = z.object({ unitNo });
export const contributionBaseUnitReply = z.object({
  unitNo: z.string(),
  name: z.string(),
  unitType: z.string(),
  regionCode: z.string(),
  limit: contributionBaseLimitReply.nullable(),
  /** 次月生效: the YYYYMM a base changed today applies from */
  effectivePeriod: z.number().int(),
});
export type ContributionBaseUnitReply = z.infer<typeof contributionBaseUnitReply>;

/** 个人信息列表: the unit's employees (职工医保, 在职), found by 证件 or 姓名. */
export const contributionBaseMembersQuery = pageQuery.extend({
  unitNo,
  certType: z.string().max(2).optional(),
  certNo: z.string().trim().max(30).optional(),
  name: z.string().trim().max(50).optional(),
});
export const contributionBaseMember = z.object({
  enrolmentId: z.number().int(),
  personId: z.number().int(),
  name: z.string(),
  certType: z.string(),
  /** masked, as lists show it */
  certNo: z.string(),
  sex: z.string(),
  insuranceType: z.string(),
  status: z.string(),
  startDate: z.string(),
  contributionBaseFen: z.number().int(),
  /** the YYYYMM the base applies from, once a change set it */
  contributionBaseFrom: z.number().int().nullable(),
});
export type ContributionBaseMember = z.infer<typeof contributionBaseMember>;
export const contributionBaseMembersReply = pageOf(contributionBaseMember);

/** W15 (三) 单位职工缴费基数变更: the unit, the employee's enrolment (picked from the list), the base. */
export const contributionBaseChangePayload = z.object({
  unitNo,
  enrolmentId: z.number({ message: '请选择职工' }).int().positive('请选择职工'),
  /** 原缴费基数 as the clerk saw it: 保存 is refused if it changed meanwhile */
  beforeFen: fen('原缴费基数'),
  /** 变更后缴费基数 (月), fen */
  baseFen: fen('缴费基数').refine((v) => v > 0, '请输入缴费基数'),
});
export type ContributionBaseChangePayload = z.infer<typeof contributionBaseChangePayload>;

/** The paper records the guide asks of the unit, by its kind. */
export const BASE_AUDIT_CATEGORIES = [
  { value: 'enterprise', label: '企业单位' },
  {
    value: 'public',
    label: '财政全额拨款机关事业单位、自收自支事业单位、差额拨款事业单位',
  },
] as const;

/** W11 (三) 单位缴费基数申报书面稽核: what the paper records show for this year's declaration. */
export const unitBaseAuditPayload = z.object({
  unitNo,
  /** 核定在职职工人数 */
  auditedHeadcount: count('核定在职职工人数'),
  /** 核定缴费基数总额 (月), fen */
  auditedTotalFen: fen('核定缴费基数总额'),
  /** 核定退休人员人数 */
  auditedRetirees: count('核定退休人员人数'),
  /** 稽核意见: required when the result is not 相符 */
  opinion: optionalText(500),
});
export type UnitBaseAuditPayload = z.infer<typeof unitBaseAuditPayload>;

/** The unit's declaration as the registry holds it, before the clerk enters the audited figures. */
export const unitBaseAuditQuery = z.object({ unitNo });
export const unitBaseAuditReply = z.object({
  unitNo: z.string(),
  name: z.string(),
  uscc: z.string(),
  unitType: z.string(),
  category: z.enum(codesOf(BASE_AUDIT_CATEGORIES)),
  /** 申报年度: this year */
  auditYear: z.number().int(),
  declaredHeadcount: z.number().int(),
  declaredTotalFen: z.number().int(),
  declaredRetirees: z.number().int(),
  /** the audit of this year already on record (有效), if any */
  existing: z
    .object({
      applicationId: z.number().int().nullable(),
      result: z.string(),
      createdAt: z.string(),
    })
    .nullable(),
});
export type UnitBaseAuditReply = z.infer<typeof unitBaseAuditReply>;
