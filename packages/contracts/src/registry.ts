import { isIsoDate, validateUscc } from '@yibao/domain';
import { z } from 'zod';
import { identityFields, phoneField } from './auth';
import {
  codesOf,
  division,
  maritalStatus,
  optionalText,
  picked,
  politicalStatus,
  postcode,
  required,
  studentNo,
} from './fields';

/** The certificate type an application about a unit shows its USCC under. */
export const USCC_CERT_TYPE = 'uscc';

/** P10 职工个人基本信息变更 (000 §1): the form's fields, * marks the required ones. */
export const personInfoChangePayload = z.object({
  name: required('姓名', 50),
  ethnicity: picked('民族'),
  phone: phoneField,
  education: z.string().trim().max(10).default(''),
  contactName: optionalText(50),
  contactPhone: z
    .string()
    .trim()
    .regex(/^(\d{3,4}-?\d{7,8}|1[3-9]\d{9})?$/, '请输入正确的联系人电话')
    .default(''),
  householdDivisionCode: division('户口所在区县街乡'),
  householdAddress: required('户口所在地地址', 200),
  householdPostcode: postcode('户口所在地邮政编码'),
  residenceDivisionCode: division('居住地所在区县街乡'),
  residenceAddress: required('居住地地址', 200),
  residencePostcode: postcode('居住地邮编'),
  bankCode: picked('委托代发银行名称'),
  bankAccount: z
    .string({ message: '请输入委托代发银行账号' })
    .trim()
    .regex(/^\d{12,30}$/, '委托代发银行账号应为12至30位数字'),
  email: z.union([z.literal(''), z.email('请输入正确的电子邮件地址')]).default(''),
});
export type PersonInfoChangePayload = z.infer<typeof personInfoChangePayload>;

/** 准入人员类别 of 居民参保登记 (person-categories of residents). */
export const RESIDENT_ADMISSION_CATEGORIES = ['21', '22', '23', '24'] as const;

/** The resident's fields of 居民新参保登记, the same on the portal (P21) and at the window (W13). */
const residentFields = {
  ...identityFields,
  /** 参保人户籍地: 参保人为本市户籍 (true) or 参保人为外埠户籍 (false) */
  localHousehold: z.boolean({ message: '请选择参保人户籍地' }),
  admissionCategory: z.enum(RESIDENT_ADMISSION_CATEGORIES, { message: '请选择准入人员类别' }),
  /** 是否为学生儿童 (外埠户籍 only) */
  studentOrChild: z.boolean().optional(),
  sex: z.enum(['1', '2'], { message: '请选择性别' }),
  birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '请选择出生日期'),
  ethnicity: picked('民族'),
  householdType: picked('户口性质'),
  householdDivisionCode: division('户籍所在地'),
  residenceDivisionCode: division('居住地'),
  residenceAddress: required('居住地地址', 200),
  phone: phoneField,
};

/** 是否为学生儿童 is asked of a non-local household only, and then it must be answered. */
function studentOrChildAnswered(
  v: { localHousehold: boolean; studentOrChild?: boolean | undefined },
  ctx: z.RefinementCtx,
) {
  if (!v.localHousehold && v.studentOrChild === undefined) {
    ctx.addIssue({ code: 'custom', path: ['studentOrChild'], message: '请选择是否为学生儿童' });
  }
}

/** P21 居民新参保登记 (000 §1): for self or another person, local or non-local household. */
export const residentEnrolmentPayload = z
  .object({
    forWhom: z.enum(['self', 'other'], { message: '请选择是否为本人的办理' }),
    ...residentFields,
    /** 已知晓并承诺如实填写申报信息 */
    promise: z.literal(true, { message: '请勾选已知晓并承诺如实填写申报信息' }),
  })
  .superRefine(studentOrChildAnswered);
export type ResidentEnrolmentPayload = z.infer<typeof residentEnrolmentPayload>;

/**
 * W13 (一) 城乡居民新参保/续保 (002 十三): the clerk enrols a resident from the paper
 * 《城乡居民基本医疗保险参保登记表》 in the chosen 基层医保区划; 即时办结, then 复核.
 */
export const windowResidentEnrolmentPayload = z
  .object({
    regionCode: z.string({ message: '请选择医保区划' }).regex(/^\d{6}$/, '请选择医保区划'),
    ...residentFields,
    politicalStatus,
    maritalStatus,
    studentNo,
  })
  .superRefine(studentOrChildAnswered);
export type WindowResidentEnrolmentPayload = z.infer<typeof windowResidentEnrolmentPayload>;

/**
 * W15 (一) 职工基本信息变更 (002 十五, 人员一般信息维护): the employee found by 证件类型 and
 * 证件号码, then the fields of P10 and the guide's 政治面貌 and 婚姻状态; 即时办结, then 复核.
 */
export const windowPersonInfoChangePayload = personInfoChangePayload.extend({
  certType: identityFields.certType,
  certNo: identityFields.certNo,
  politicalStatus,
  maritalStatus,
});
export type WindowPersonInfoChangePayload = z.infer<typeof windowPersonInfoChangePayload>;

/**
 * The signed-in person's own registry record (GET /api/me/person): the current values that
 * 职工个人基本信息变更 starts from, unmasked, for the person alone.
 */
export const myPersonReply = z.object({
  name: z.string(),
  certType: z.string(),
  certNo: z.string(),
  sex: z.string(),
  birthDate: z.string(),
  ethnicity: z.string(),
  education: z.string(),
  householdType: z.string(),
  /** 政治面貌 and 婚姻状态 (codes, '' when not given) */
  politicalStatus: z.string(),
  maritalStatus: z.string(),
  /** 学籍编号 of a student resident */
  studentNo: z.string(),
  phone: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  householdDivisionCode: z.string(),
  householdAddress: z.string(),
  householdPostcode: z.string(),
  residenceDivisionCode: z.string(),
  residenceAddress: z.string(),
  residencePostcode: z.string(),
  bankCode: z.string(),
  bankAccount: z.string(),
  email: z.string(),
  /** the pooling region (统筹区) whose 区县街乡 the forms offer */
  regionCode: z.string(),
  personCategory: z.string(),
  status: z.string(),
  /** 险种类型 of the enrolments in force (310 职工, 390 城乡居民 …) */
  activeInsuranceTypes: z.array(z.string()),
  personNo: z.string(),
  /** 国家/地区, 个人身份, 参加工作日期 of 职工信息 */
  nationality: z.string(),
  identity: z.string(),
  workStartDate: z.string().nullable(),
  /** the unit the person works for (单位名称), if any */
  unitName: z.string().nullable(),
});
export type MyPersonReply = z.infer<typeof myPersonReply>;

/** 人员查询 of the window's 人员一般信息维护: a person by 证件类型 and 证件号码. */
export const personLookupQuery = z.object({
  certType: identityFields.certType,
  certNo: identityFields.certNo,
});
export type PersonLookupQuery = z.infer<typeof personLookupQuery>;

/** 参保人员新参保申报信息查询 (P21's first step): may this person be enrolled as a resident? */
export const residentEnrolmentCheckBody = z.object({
  forWhom: z.enum(['self', 'other'], { message: '请选择是否为本人的办理' }),
  ...identityFields,
});
export type ResidentEnrolmentCheckBody = z.infer<typeof residentEnrolmentCheckBody>;
export const residentEnrolmentCheckReply = z.object({
  /** the certificate number as stored (upper case, 15 digits upgraded to 18) */
  certNo: z.string(),
});
export type ResidentEnrolmentCheckReply = z.infer<typeof residentEnrolmentCheckReply>;

/** 单位管理类型 of 单位参保登记 (W11). */
export const UNIT_MANAGEMENT_TYPES = [
  { value: 'normal', label: '普通单位' },
  { value: 'agency', label: '灵活就业代管单位' },
] as const;
/** 注册证件类型 of 单位参保登记. */
export const UNIT_REG_CERT_TYPES = [
  { value: 'business-licence', label: '营业执照' },
  { value: 'institution-certificate', label: '事业单位法人证书' },
  { value: 'social-org-certificate', label: '社会团体法人登记证书' },
  { value: 'private-non-enterprise-certificate', label: '民办非企业单位登记证书' },
  { value: 'approval', label: '批准成立文件' },
  { value: 'other', label: '其他' },
] as const;
/** 银行用途 of 单位参保登记, as the guide's checkboxes name them. */
export const UNIT_BANK_USAGES = [
  { value: 'collection', label: '征缴费号' },
  { value: 'payout', label: '待遇拨付/发放账号' },
] as const;

/** 统一社会信用代码: 18 characters with the GB 32100 check character; stored upper case. */
export const usccField = z
  .string({ message: '请输入统一社会信用代码' })
  .trim()
  .toUpperCase()
  .superRefine((value, ctx) => {
    const checked = validateUscc(value);
    if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.message });
  });

const LANDLINE = /^(0\d{2,3}-?)?\d{7,8}(-\d{1,6})?$/;
const MOBILE = /^1[3-9]\d{9}$/;

/**
 * W11 单位参保登记 · 新参保 (002 十一 (一)): 单位基本信息, 单位联系信息, 单位注册信息 and 银行信息,
 * * marks the required ones. The 法定代表人证件号码 is checked against its type by the server
 * (the check needs the day).
 */
export const unitRegistrationPayload = z
  .object({
    /** 医保区划: the pooling region the unit is insured in */
    regionCode: z.string({ message: '请选择医保区划' }).regex(/^\d{6}$/, '请选择医保区划'),
    managementType: z
      .enum(codesOf(UNIT_MANAGEMENT_TYPES), { message: '请选择单位管理类型' })
      .default('normal'),
    unitType: picked('单位类型'),
    uscc: usccField,
    name: required('单位名称', 100),
    contactName: required('联系人姓名', 50),
    contactPhone: z
      .string({ message: '请输入联系电话' })
      .trim()
      .min(1, '请输入联系电话')
      .refine((v) => MOBILE.test(v) || LANDLINE.test(v), '请输入正确的联系电话'),
    email: z.union([z.literal(''), z.email('请输入正确的电子邮箱')]).default(''),
    /** 所属行政区: a county or a township of the region */
    divisionCode: division('所属行政区'),
    address: required('单位详细地址', 200),
    postcode: z
      .string()
      .trim()
      .regex(/^(\d{6})?$/, '邮政编码应为6位数字')
      .default(''),
    /** 单位联系电话(座机) */
    officePhone: z
      .string()
      .trim()
      .refine((v) => v === '' || LANDLINE.test(v), '请输入正确的座机号码，如010-12345678')
      .default(''),
    legalRepName: required('法定代表人姓名', 50),
    legalRepCertType: picked('法定代表人证件类型'),
    legalRepCertNo: required('法定代表人证件号码', 30),
    /** 法定代表人移动电话 */
    legalRepPhone: z
      .string()
      .trim()
      .refine((v) => v === '' || MOBILE.test(v), '请输入正确的11位手机号')
      .default(''),
    /** 批准成立日期 (YYYY-MM-DD) */
    establishedOn: z
      .string()
      .refine((v) => v === '' || isIsoDate(v), '请选择正确的批准成立日期')
      .default(''),
    approvalDocNo: optionalText(100),
    regCertType: z.union([z.literal(''), z.enum(codesOf(UNIT_REG_CERT_TYPES))]).default(''),
    regCertNo: optionalText(50),
    /** 税号: the taxpayer number (for most units their 统一社会信用代码) */
    taxNo: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^([0-9A-Z]{15,20})?$/, '税号应为15至20位数字或字母')
      .default(''),
    bankUsages: z
      .array(z.enum(codesOf(UNIT_BANK_USAGES)), { message: '请选择银行用途' })
      .min(1, '请选择银行用途'),
    /** 开户银行 (dictionary banks), 银行户名 and 银行账号 of the account the usages name */
    bankCode: z.string().trim().max(10).default(''),
    bankAccountName: optionalText(100),
    bankAccount: z
      .string()
      .trim()
      .regex(/^(\d{8,30})?$/, '银行账号应为8至30位数字')
      .default(''),
  })
  .superRefine((v, ctx) => {
    if (v.regCertNo !== '' && v.regCertType === '') {
      ctx.addIssue({ code: 'custom', path: ['regCertType'], message: '请选择注册证件类型' });
    }
    if (v.bankAccount !== '' && v.bankCode === '') {
      ctx.addIssue({ code: 'custom', path: ['bankCode'], message: '请选择开户银行' });
    }
    if (v.bankCode !== '' && v.bankAccount === '') {
      ctx.addIssue({ code: 'custom', path: ['bankAccount'], message: '请输入银行账号' });
    }
  });
export type UnitRegistrationPayload = z.infer<typeof unitRegistrationPayload>;

/** What 单位参保登记 answers once applied: the new unit. */
export const unitRegistrationResult = z.object({ unitId: z.number(), unitNo: z.string() });
export type UnitRegistrationResult = z.infer<typeof unitRegistrationResult>;

/** 职工个人定点医疗机构变更 (P13): one slot (定点医疗机构1–5) takes the chosen hospital. */
export const designatedHospitalChangePayload = z.object({
  slot: z
    .number({ message: '请选择要变更的定点医疗机构' })
    .int()
    .min(1, '请选择定点医疗机构1至5中的一项')
    .max(5, '请选择定点医疗机构1至5中的一项'),
  institutionCode: z.string({ message: '请选择医院' }).trim().min(1, '请选择医院').max(30),
});
export type DesignatedHospitalChangePayload = z.infer<typeof designatedHospitalChangePayload>;

/** 定点医疗机构1–5 as chosen (an empty slot is absent). */
export const designatedHospitalItem = z.object({
  slot: z.number().int(),
  institutionCode: z.string(),
  name: z.string(),
  level: z.string(),
  chosenOn: z.string(),
});
export const designatedHospitalsReply = z.object({
  items: z.array(designatedHospitalItem),
  /** slots that must hold a hospital (定点医疗机构1 and 2) */
  requiredSlots: z.array(z.number().int()),
});
export type DesignatedHospitalsReply = z.infer<typeof designatedHospitalsReply>;

/** 根据医院名称搜索医院: the designated hospitals one may choose in the region. */
export const hospitalCandidatesQuery = z.object({
  name: z.string().trim().max(50).default(''),
  /** staff name the region; a person's own region applies otherwise */
  regionCode: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(10),
});
export const hospitalCandidate = z.object({
  code: z.string(),
  name: z.string(),
  level: z.string(),
  divisionCode: z.string(),
  address: z.string(),
});
export const hospitalCandidatesReply = z.object({
  items: z.array(hospitalCandidate),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

/** 参保信息 of the person's own pages (P30, M08): every enrolment, newest first. */
export const myEnrolmentsReply = z.object({
  items: z.array(
    z.object({
      insuranceType: z.string(),
      personType: z.string(),
      status: z.string(),
      startDate: z.string(),
      endDate: z.string().nullable(),
      unitName: z.string().nullable(),
      contributionBaseFen: z.number().int(),
    }),
  ),
});

/** 职工参保缴费信息查询 (P31): from a start month (查询起始年月). */
export const myContributionsQuery = z.object({
  from: z.coerce
    .number({ message: '请选择查询起始年月' })
    .int()
    .refine(
      (v) => v >= 199001 && v <= 299912 && v % 100 >= 1 && v % 100 <= 12,
      '请选择正确的查询起始年月',
    ),
  insuranceType: z.enum(['310', '390']).default('310'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(10),
});
