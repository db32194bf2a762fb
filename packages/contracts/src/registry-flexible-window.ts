import { z } from 'zod';
import { identityFields } from './auth';
import { codesOf, isoDate, optionalText } from './fields';
import { employeeEnrolmentPayload, employeeRetirementPayload } from './registry-window';

/**
 * The window's flexible-employment businesses of guide 002 十二 (四)–(六): 灵活就业人员新参保/续保,
 * 停保 and 在职转退休. Each is 即时办结 with 复核. Amounts are integer fen.
 */

const certOf = { certType: identityFields.certType, certNo: identityFields.certNo };

/**
 * W12 (四) 灵活就业人员新参保/续保 (单个模式): 单位信息 (the agency the person is insured through),
 * 人员基本信息 and 联系信息 as for an employee, the 参保日期 and the 缴费基数 declared on the
 * 《灵活就业人员医疗保险缴费申报单》.
 */
export const flexibleWindowEnrolmentPayload = employeeEnrolmentPayload
  .omit({ wageFen: true })
  .extend({
    /** 缴费基数 (月), fen */
    baseFen: z
      .number({ message: '请输入缴费基数' })
      .int('缴费基数应精确到分')
      .min(1, '请输入缴费基数')
      .max(100_000_000_00, '缴费基数过大'),
  });
export type FlexibleWindowEnrolmentPayload = z.infer<typeof flexibleWindowEnrolmentPayload>;

/** 中断原因 of 灵活就业人员停保. */
export const FLEXIBLE_INTERRUPT_REASONS = [
  { value: 'employed', label: '单位就业参加职工医保' },
  { value: 'resident', label: '参加城乡居民医保' },
  { value: 'moved', label: '转往外地参保' },
  { value: 'abroad', label: '出国（境）定居' },
  { value: 'unpaid', label: '本人申请暂停缴费' },
  { value: 'other', label: '其他' },
] as const;

/** W12 (五) 灵活就业人员停保: the person, then 中断信息 (中断日期, 中断原因, 备注). */
export const flexibleSuspensionPayload = z
  .object({
    ...certOf,
    interruptedOn: isoDate('中断日期'),
    interruptReason: z.enum(codesOf(FLEXIBLE_INTERRUPT_REASONS), {
      message: '请选择中断原因',
    }),
    remark: optionalText(200),
  })
  .refine((v) => v.interruptReason !== 'other' || v.remark !== '', {
    message: '中断原因为其他时，请在备注中说明',
    path: ['remark'],
  });
export type FlexibleSuspensionPayload = z.infer<typeof flexibleSuspensionPayload>;

/** 社保离退类型 a flexible-employment worker may retire as (离休 is for cadres of an employer). */
export const FLEXIBLE_RETIREMENT_TYPES = [
  { value: 'retired', label: '退休' },
  { value: 'early', label: '提前退休' },
] as const;

/** W12 (六) 灵活就业人员在职转退休: 退休信息 (社保离退类型, 社保离退时间, 离退休工资). */
export const flexibleRetirementPayload = employeeRetirementPayload.extend({
  retirementType: z.enum(codesOf(FLEXIBLE_RETIREMENT_TYPES), { message: '请选择社保离退类型' }),
});
export type FlexibleRetirementPayload = z.infer<typeof flexibleRetirementPayload>;

/** 人员参保信息: one row per enrolment of the employee scheme (310). */
export const flexibleWindowEnrolment = z.object({
  id: z.number().int(),
  insuranceType: z.string(),
  personType: z.string(),
  status: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  contributionBaseFen: z.number().int(),
  unitName: z.string().nullable(),
  /** 中断原因 and 备注 of a 停保 */
  stopReason: z.string().nullable(),
  stopRemark: z.string().nullable(),
});
export type FlexibleWindowEnrolment = z.infer<typeof flexibleWindowEnrolment>;

/** 人员基本信息, 单位基本信息 and 人员参保信息 of the person found. */
export const flexibleWindowPersonReply = z.object({
  name: z.string(),
  certType: z.string(),
  certNo: z.string(),
  personCategory: z.string(),
  unitNo: z.string().nullable(),
  unitName: z.string().nullable(),
  enrolments: z.array(flexibleWindowEnrolment),
});
export type FlexibleWindowPersonReply = z.infer<typeof flexibleWindowPersonReply>;

/**
 * 灵活就业人员新参保/续保 · 批量模式 (002 十二 (四), 登记信息 批量模式): the template's columns, the
 * single form's fields a row holds; the agency is the batch's 单位编号.
 */
export const FLEXIBLE_BATCH_COLUMNS = [
  { key: 'certType', title: '证件类型' },
  { key: 'certNo', title: '证件号码' },
  { key: 'name', title: '姓名' },
  { key: 'sex', title: '性别' },
  { key: 'ethnicity', title: '民族' },
  { key: 'birthDate', title: '出生日期' },
  { key: 'workStartDate', title: '首次参工日期' },
  { key: 'phone', title: '移动电话' },
  { key: 'startDate', title: '参保日期' },
  { key: 'base', title: '缴费基数（元）' },
] as const;
