import { z } from 'zod';
import { identityFields, phoneField } from './auth';
import {
  codesOf,
  isoDate,
  maritalStatus,
  optionalIsoDate,
  optionalText,
  picked,
  politicalStatus,
  required,
} from './fields';

/**
 * The window's registry businesses of guide 002 after 新参保: 单位注销 (十一 (二)), 单位职工
 * 新参保/续保, 单位职工减少 and 在职转退休 (十二 (一)–(三)), 城乡居民停保 and 特殊身份登记
 * (十三 (二)(三)). Each is 即时办结 with 复核. Amounts are integer fen.
 */

const certOf = { certType: identityFields.certType, certNo: identityFields.certNo };
const unitNo = required('单位编号', 30);
const fen = (label: string) =>
  z
    .number({ message: `请输入${label}` })
    .int(`${label}应精确到分`)
    .min(0, `${label}不能为负数`)
    .max(100_000_000_00, `${label}过大`);

/** 注销原因 of 单位注销. */
export const UNIT_CANCEL_REASONS = [
  { value: 'dissolved', label: '依法解散' },
  { value: 'bankrupt', label: '依法宣告破产' },
  { value: 'revoked', label: '被吊销营业执照或撤销' },
  { value: 'merged', label: '合并或分立' },
  { value: 'moved', label: '迁出本统筹区' },
  { value: 'other', label: '其他' },
] as const;

/** W11 (二) 单位注销: 单位编号, *注销日期, *注销原因, 备注. */
export const unitDeregistrationPayload = z.object({
  unitNo,
  cancelledOn: isoDate('注销日期'),
  cancelReason: z.enum(codesOf(UNIT_CANCEL_REASONS), { message: '请选择注销原因' }),
  remark: optionalText(200),
});
export type UnitDeregistrationPayload = z.infer<typeof unitDeregistrationPayload>;

/** W12 (一) 单位职工新参保/续保 (单个模式): 单位信息, 人员基本信息, 联系信息, 参保信息. */
export const employeeEnrolmentPayload = z.object({
  unitNo,
  ...identityFields,
  sex: z.enum(['1', '2'], { message: '请选择性别' }),
  ethnicity: picked('民族'),
  birthDate: isoDate('出生日期'),
  /** 首次参工日期 */
  workStartDate: optionalIsoDate('首次参工日期'),
  education: optionalText(10),
  politicalStatus,
  maritalStatus,
  householdType: optionalText(10),
  phone: phoneField,
  email: z.union([z.literal(''), z.email('请输入正确的电子邮箱')]).default(''),
  /** 参保日期: the first day of a month */
  startDate: isoDate('参保日期').refine((v) => v.endsWith('-01'), '参保日期应为某月1日'),
  /** 缴费工资 (月), fen */
  wageFen: fen('缴费工资').refine((v) => v > 0, '请输入缴费工资'),
});
export type EmployeeEnrolmentPayload = z.infer<typeof employeeEnrolmentPayload>;

/** 减少原因 of 单位职工减少. */
export const EMPLOYEE_REDUCTION_REASONS = [
  { value: 'contract-ended', label: '解除或终止劳动合同' },
  { value: 'transferred', label: '调出' },
  { value: 'death', label: '死亡' },
  { value: 'other', label: '其他' },
] as const;

/** W12 (二) 单位职工减少: the employee of the unit, the reason and the last insured day. */
export const employeeReductionPayload = z.object({
  unitNo,
  ...certOf,
  reason: z.enum(codesOf(EMPLOYEE_REDUCTION_REASONS), { message: '请选择减少原因' }),
  /** 停保日期: the last day of a month */
  endDate: isoDate('停保日期'),
});
export type EmployeeReductionPayload = z.infer<typeof employeeReductionPayload>;

/** 社保离退类型 of 在职转退休. */
export const RETIREMENT_TYPES = [
  { value: 'retired', label: '退休' },
  { value: 'early', label: '提前退休' },
  { value: 'veteran', label: '离休' },
] as const;

/** W12 (三) 单位职工在职转退休: 退休信息 (社保离退类型, 社保离退时间, 离退休工资). */
export const employeeRetirementPayload = z.object({
  ...certOf,
  retirementType: z.enum(codesOf(RETIREMENT_TYPES), { message: '请选择社保离退类型' }),
  retiredOn: isoDate('社保离退时间'),
  pensionFen: fen('离退休工资'),
});
export type EmployeeRetirementPayload = z.infer<typeof employeeRetirementPayload>;

/** 在职转退休's figures as the page shows them before 保存. */
export const retirementFiguresReply = z.object({
  name: z.string(),
  unitNo: z.string().nullable(),
  unitName: z.string().nullable(),
  deemedMonths: z.number().int(),
  paidMonths: z.number().int(),
  requiredMonths: z.number().int(),
  /** 视同+实缴月数差额: months still missing (0 when enough) */
  shortfallMonths: z.number().int(),
  /** 欠费月数: months owed, which refuse the transition */
  arrearsMonths: z.number().int(),
});
export type RetirementFiguresReply = z.infer<typeof retirementFiguresReply>;
export const retirementFiguresQuery = z.object(certOf);

/** 停保原因 of 城乡居民停保. */
export const RESIDENT_STOP_REASONS = [
  { value: 'employee', label: '参加职工基本医疗保险' },
  { value: 'elsewhere', label: '异地参保' },
  { value: 'military', label: '参军' },
  { value: 'abroad', label: '出国（境）定居' },
  { value: 'death', label: '死亡' },
  { value: 'other', label: '其他' },
] as const;

/** W13 (二) 城乡居民停保. */
export const residentSuspensionPayload = z.object({
  ...certOf,
  reason: z.enum(codesOf(RESIDENT_STOP_REASONS), { message: '请选择停保原因' }),
  stopDate: isoDate('停保日期'),
});
export type ResidentSuspensionPayload = z.infer<typeof residentSuspensionPayload>;

/** W13 (三) 城乡居民特殊身份登记 (单个模式). */
export const specialIdentityPayload = z
  .object({
    ...certOf,
    identityType: picked('特殊身份类型'),
    startDate: isoDate('开始日期'),
    endDate: optionalIsoDate('结束日期'),
    /** 认定部门 */
    source: required('认定部门', 100),
  })
  .refine((v) => v.endDate === '' || v.endDate >= v.startDate, {
    message: '结束日期不能早于开始日期',
    path: ['endDate'],
  });
export type SpecialIdentityPayload = z.infer<typeof specialIdentityPayload>;

/** W02 参保证明开具: 职工/居民参保证明 or 无户籍人员参保证明 of a person found by certificate. */
export const CERTIFICATE_KINDS = [
  { value: 'insured', label: '职工/居民参保证明' },
  { value: 'no-household', label: '无户籍人员参保证明' },
] as const;
export const certificateIssueBody = z.object({
  ...certOf,
  name: required('姓名', 50),
  kind: z.enum(codesOf(CERTIFICATE_KINDS), { message: '请选择证明类型' }),
});
export type CertificateIssueBody = z.infer<typeof certificateIssueBody>;

/** One enrolment as a certificate states it. */
export const certifiedEnrolment = z.object({
  insuranceType: z.string(),
  personType: z.string(),
  status: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  unitName: z.string().nullable(),
});

/** What a certificate certifies, frozen when issued. */
export const certificateContent = z.object({
  name: z.string(),
  certType: z.string(),
  certNo: z.string(),
  sex: z.string(),
  birthDate: z.string(),
  personNo: z.string(),
  regionName: z.string(),
  enrolments: z.array(certifiedEnrolment),
  /** 职工医保实际缴费月数 and 视同缴费月数 */
  paidMonths: z.number().int(),
  deemedMonths: z.number().int(),
});
export type CertificateContent = z.infer<typeof certificateContent>;

export const certificateIssued = z.object({
  id: z.number().int(),
  serialNo: z.string(),
  verificationCode: z.string(),
  kind: z.enum(codesOf(CERTIFICATE_KINDS)),
  issuedAt: z.string(),
  content: certificateContent,
  /** the PDF to print */
  pdfUrl: z.string(),
});
export type CertificateIssued = z.infer<typeof certificateIssued>;

/** The public check of a certificate: by 证明编号 and 验证码. */
export const certificateVerifyQuery = z.object({
  serialNo: required('证明编号', 40),
  code: required('验证码', 20),
});
export const certificateVerifyReply = z.object({
  serialNo: z.string(),
  kind: z.enum(codesOf(CERTIFICATE_KINDS)),
  issuedAt: z.string(),
  /** masked: the checker holds the paper, the page confirms it without exposing the person */
  name: z.string(),
  certNo: z.string(),
  regionName: z.string(),
  enrolments: z.array(certifiedEnrolment),
});
export type CertificateVerifyReply = z.infer<typeof certificateVerifyReply>;
