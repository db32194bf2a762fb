import { z } from 'zod';
import { identityFields, phoneField } from './auth';

const required = (label: string, max = 100) =>
  z
    .string({ message: `请输入${label}` })
    .trim()
    .min(1, `请输入${label}`)
    .max(max, `${label}过长`);
const picked = (label: string) =>
  z
    .string({ message: `请选择${label}` })
    .trim()
    .min(1, `请选择${label}`);
const postcode = (label: string) =>
  z
    .string({ message: `请输入${label}` })
    .trim()
    .regex(/^\d{6}$/, `${label}应为6位数字`);
/** 区县街乡: a county (6 digits) or a township (9 digits) */
const division = (label: string) =>
  z.string({ message: `请选择${label}` }).regex(/^\d{6}(\d{3})?$/, `请选择${label}`);
const optionalText = (max: number) => z.string().trim().max(max).default('');

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

/** P21 居民新参保登记 (000 §1): for self or another person, local or non-local household. */
export const residentEnrolmentPayload = z
  .object({
    forWhom: z.enum(['self', 'other'], { message: '请选择是否为本人的办理' }),
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
    /** 已知晓并承诺如实填写申报信息 */
    promise: z.literal(true, { message: '请勾选已知晓并承诺如实填写申报信息' }),
  })
  .superRefine((v, ctx) => {
    if (!v.localHousehold && v.studentOrChild === undefined) {
      ctx.addIssue({ code: 'custom', path: ['studentOrChild'], message: '请选择是否为学生儿童' });
    }
  });
export type ResidentEnrolmentPayload = z.infer<typeof residentEnrolmentPayload>;
