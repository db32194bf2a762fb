import type { MyPersonReply, PersonInfoChangePayload } from '@yibao/contracts';
import { divisionCascaderValue } from '../../../shared/DivisionCascader';
import { lastCode } from '../../applications/applicant/form-errors';
import { trimmed } from './form-rules';

/** A field of 职工个人基本信息变更, named as the payload names it. */
export type PersonInfoField = keyof PersonInfoChangePayload;

/** The form's values: the payload's fields, the 区县街乡 as cascader values. */
export type PersonInfoFormValues = Partial<
  Omit<PersonInfoChangePayload, 'householdDivisionCode' | 'residenceDivisionCode'>
> & {
  householdDivision?: string[];
  residenceDivision?: string[];
};

/** The labels of P10 (000 §1 职工个人基本信息变更). */
export const PERSON_INFO_LABELS: Readonly<Record<PersonInfoField, string>> = {
  name: '姓名',
  ethnicity: '民族',
  phone: '参保人手机',
  education: '文化程度',
  contactName: '联系人姓名',
  contactPhone: '联系人电话',
  householdDivisionCode: '户口所在区县街乡',
  householdAddress: '户口所在地地址',
  householdPostcode: '户口所在地邮政编码',
  residenceDivisionCode: '居住地所在区县街乡',
  residenceAddress: '居住地地址',
  residencePostcode: '居住地邮编',
  bankCode: '委托代发银行名称',
  bankAccount: '委托代发银行账号',
  email: '电子邮件地址',
};

/** The window's 人员一般信息维护 page (002 十五 (一)) names three of them its own way. */
export const WINDOW_PERSON_INFO_LABELS: typeof PERSON_INFO_LABELS = {
  ...PERSON_INFO_LABELS,
  education: '学历',
  phone: '移动电话',
  email: '电子邮箱',
};

export type PersonInfoLabels = typeof PERSON_INFO_LABELS;

/** A titled group of fields, the same on the form and in the review's payload view. */
export interface PersonInfoSection {
  title: string;
  fields: readonly PersonInfoField[];
}

/** P10's 职工个人基本信息 and 职工个人参保信息. */
export const PERSON_INFO_SECTIONS: readonly PersonInfoSection[] = [
  {
    title: '职工个人基本信息',
    fields: [
      'name',
      'ethnicity',
      'phone',
      'education',
      'contactName',
      'contactPhone',
      'householdDivisionCode',
      'householdAddress',
      'householdPostcode',
      'residenceDivisionCode',
      'residenceAddress',
      'residencePostcode',
    ],
  },
  { title: '职工个人参保信息', fields: ['bankCode', 'bankAccount', 'email'] },
];

/**
 * The guide's 人员基本信息 and 联系信息 of 人员一般信息维护 (002 十五 (一)); the 委托代发银行 P10
 * asks for too under 银行信息.
 */
export const WINDOW_PERSON_INFO_SECTIONS: readonly PersonInfoSection[] = [
  { title: '人员基本信息', fields: ['name', 'ethnicity', 'education'] },
  {
    title: '联系信息',
    fields: [
      'phone',
      'email',
      'contactName',
      'contactPhone',
      'householdDivisionCode',
      'householdAddress',
      'householdPostcode',
      'residenceDivisionCode',
      'residenceAddress',
      'residencePostcode',
    ],
  },
  { title: '银行信息', fields: ['bankCode', 'bankAccount'] },
];

/** The form's values from the person's record: what the change starts from. */
export function personInfoValuesOf(p: Pick<MyPersonReply, PersonInfoField>): PersonInfoFormValues {
  return {
    name: p.name,
    ethnicity: p.ethnicity,
    phone: p.phone,
    education: p.education,
    contactName: p.contactName,
    contactPhone: p.contactPhone,
    householdDivision: divisionCascaderValue(p.householdDivisionCode),
    householdAddress: p.householdAddress,
    householdPostcode: p.householdPostcode,
    residenceDivision: divisionCascaderValue(p.residenceDivisionCode),
    residenceAddress: p.residenceAddress,
    residencePostcode: p.residencePostcode,
    bankCode: p.bankCode,
    bankAccount: p.bankAccount,
    email: p.email,
  };
}

/** The payload from the form's values. */
export function personInfoPayloadOf(v: PersonInfoFormValues): PersonInfoChangePayload {
  return {
    name: trimmed(v.name),
    ethnicity: v.ethnicity ?? '',
    phone: trimmed(v.phone),
    education: v.education ?? '',
    contactName: trimmed(v.contactName),
    contactPhone: trimmed(v.contactPhone),
    householdDivisionCode: lastCode(v.householdDivision),
    householdAddress: trimmed(v.householdAddress),
    householdPostcode: trimmed(v.householdPostcode),
    residenceDivisionCode: lastCode(v.residenceDivision),
    residenceAddress: trimmed(v.residenceAddress),
    residencePostcode: trimmed(v.residencePostcode),
    bankCode: v.bankCode ?? '',
    bankAccount: trimmed(v.bankAccount),
    email: trimmed(v.email),
  };
}

/** One field the clerk changed: its value before and after. */
export interface PersonInfoChange {
  field: PersonInfoField;
  before: string;
  after: string;
}

/** What differs between the record and the form, in the payload's order. */
export function personInfoChanges(
  before: PersonInfoChangePayload,
  after: PersonInfoChangePayload,
): PersonInfoChange[] {
  return (Object.keys(PERSON_INFO_LABELS) as PersonInfoField[])
    .filter((field) => before[field] !== after[field])
    .map((field) => ({ field, before: before[field], after: after[field] }));
}
