import { z } from 'zod';
import { pageOf, pageQuery } from './common';
import { isoDate } from './fields';
import { personInfoChangePayload } from './registry';

/**
 * The flexible-employment agency's queries in the unit portal (001 §一): 灵活就业人员信息查询
 * (U06) and 灵活就业人员缴费明细查询 (U07). Amounts are integer fen.
 */
const personFilter = {
  name: z.string().trim().max(50).optional(),
  certType: z.string().max(2).optional(),
  certNo: z.string().trim().max(30).optional(),
};

export const flexiblePersonsQuery = pageQuery.extend(personFilter);
export const flexiblePersonItem = z.object({
  id: z.number().int(),
  personNo: z.string(),
  name: z.string(),
  certType: z.string(),
  certNo: z.string(),
  sex: z.string(),
  personCategory: z.string(),
});
export const flexiblePersonsReply = pageOf(flexiblePersonItem);

/** 灵活就业人员信息详情: every field of the guide's detail. */
export const flexiblePersonDetail = flexiblePersonItem.extend({
  unitName: z.string(),
  birthDate: z.string(),
  ethnicity: z.string(),
  nationality: z.string(),
  identity: z.string(),
  workStartDate: z.string().nullable(),
  householdType: z.string(),
  retiredOn: z.string().nullable(),
  householdDivisionCode: z.string(),
  householdAddress: z.string(),
  householdPostcode: z.string(),
  residenceDivisionCode: z.string(),
  residenceAddress: z.string(),
  residencePostcode: z.string(),
  email: z.string(),
  education: z.string(),
  /** 缴费工资基数: the agency enrolment's base, fen */
  contributionBaseFen: z.number().int().nullable(),
  phone: z.string(),
  bankCode: z.string(),
  bankAccount: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  /** 定点医疗机构1–5: the hospital's name per slot, null when none */
  designatedHospitals: z.array(z.object({ slot: z.number().int(), name: z.string().nullable() })),
});
export type FlexiblePersonDetail = z.infer<typeof flexiblePersonDetail>;

const yearMonth = (label: string) =>
  z.coerce
    .number({ message: `请选择${label}` })
    .int()
    .refine((v) => v >= 199001 && v <= 299912 && v % 100 >= 1 && v % 100 <= 12, `请选择${label}`);

/** * 起止缴费月份 is required. */
export const flexibleContributionsQuery = pageQuery
  .extend({ ...personFilter, from: yearMonth('开始月份'), to: yearMonth('结束月份') })
  .refine((q) => q.from <= q.to, { message: '开始月份不能晚于结束月份', path: ['to'] });
export const flexibleContributionItem = z.object({
  id: z.number().int(),
  name: z.string(),
  certNo: z.string(),
  insuranceType: z.string(),
  baseFen: z.number().int(),
  period: z.number().int(),
  unitAmountFen: z.number().int(),
  personalAmountFen: z.number().int(),
  status: z.string(),
  /** 业务类型: 正常应缴, 补缴 … */
  kind: z.string(),
  unitName: z.string(),
});
export const flexibleContributionsReply = pageOf(flexibleContributionItem);

const identity = {
  name: z.string({ message: '请输入姓名' }).trim().min(1, '请输入姓名').max(50),
  certType: z.string({ message: '请选择证件类型' }).min(2, '请选择证件类型').max(2),
  certNo: z.string({ message: '请输入证件号码' }).trim().min(1, '请输入证件号码').max(30),
};

/** 缴费人员类别 an agency may declare (001 灵活就业人员增员申报). */
export const FLEXIBLE_CATEGORIES = [
  { value: '14', label: '灵活就业人员' },
  { value: '16', label: '本市农村雇工' },
] as const;

/** U02 灵活就业人员增员申报: a person of the registry joins the agency's insured. */
export const flexibleAdditionPayload = z.object({
  ...identity,
  personCategory: z.enum(['14', '16'], { message: '请选择缴费人员类别' }),
});
export type FlexibleAdditionPayload = z.infer<typeof flexibleAdditionPayload>;

/** 下一年度不参保原因 of 灵活就业人员减员申报. */
export const NEXT_YEAR_STOP_REASONS = [
  { value: 'death', label: '死亡' },
  { value: 'employed', label: '已在单位参加职工医保' },
  { value: 'resident', label: '参加城乡居民医保' },
  { value: 'moved', label: '转往外地' },
  { value: 'abroad', label: '出国（境）定居' },
  { value: 'other', label: '其他' },
] as const;

/** U03 死亡减员: one person, with the death certificate; 需要前台经办落地审核. */
export const flexibleDeathReductionPayload = z.object(identity);
export type FlexibleDeathReductionPayload = z.infer<typeof flexibleDeathReductionPayload>;

/** U03 普通减员: several persons at once, one reason; 系统自助审核. */
export const flexibleReductionPayload = z.object({
  reason: z.enum(['employed', 'resident', 'moved', 'abroad', 'other'], {
    message: '请选择下一年度不参保原因',
  }),
  persons: z
    .array(z.object(identity), { message: '请勾选要减员的人员' })
    .min(1, '请勾选要减员的人员')
    .max(100, '一次最多减员100人'),
});
export type FlexibleReductionPayload = z.infer<typeof flexibleReductionPayload>;

/** U04 灵活就业人员定点医疗机构变更: the person's slot takes the chosen hospital. */
export const flexibleHospitalChangePayload = z.object({
  ...identity,
  slot: z
    .number()
    .int()
    .min(1, '请选择定点医疗机构1至5中的一项')
    .max(5, '请选择定点医疗机构1至5中的一项'),
  institutionCode: z.string({ message: '请选择医院' }).trim().min(1, '请选择医院').max(30),
});
export type FlexibleHospitalChangePayload = z.infer<typeof flexibleHospitalChangePayload>;

/** 个人身份 of 灵活就业人员参保登记. */
export const PERSON_IDENTITIES = ['工人', '干部'] as const;

/**
 * U01 灵活就业人员参保登记 (001 §一): 人员基本信息, 户籍与联系信息, 人员参保信息 (* required),
 * the 电子照片 as the material `photo`; 定点医疗机构1 and 2 required, 3 and 4 optional.
 */
export const flexibleEnrolmentPayload = personInfoChangePayload.extend({
  certType: identity.certType,
  certNo: identity.certNo,
  sex: z.enum(['1', '2'], { message: '请选择性别' }),
  birthDate: isoDate('出生日期'),
  nationality: z.string({ message: '请选择国家/地区' }).min(3, '请选择国家/地区').max(3),
  workStartDate: isoDate('参加工作日期'),
  identity: z.enum(PERSON_IDENTITIES, { message: '请选择个人身份' }),
  householdType: z.string({ message: '请选择户口性质' }).min(1, '请选择户口性质').max(10),
  personCategory: z.enum(['14', '16'], { message: '请选择缴费人员类别' }),
  email: z.email('请输入正确的电子邮箱地址'),
  hospitals: z
    .array(z.string().trim().max(30))
    .max(4)
    .refine((h) => Boolean(h[0]) && Boolean(h[1]), '请选择定点医疗机构1和定点医疗机构2'),
});
export type FlexibleEnrolmentPayload = z.infer<typeof flexibleEnrolmentPayload>;

/** U05 灵活就业人员信息维护: the person by certificate, then the fields of 职工个人基本信息变更. */
export const flexibleInfoChangePayload = personInfoChangePayload.extend({
  certType: identity.certType,
  certNo: identity.certNo,
});
export type FlexibleInfoChangePayload = z.infer<typeof flexibleInfoChangePayload>;
