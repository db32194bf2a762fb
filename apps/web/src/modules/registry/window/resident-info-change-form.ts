import dayjs, { type Dayjs } from 'dayjs';
import {
  RESIDENT_ADMISSION_CATEGORIES,
  RESIDENT_KEY_FIELDS,
  type MyPersonReply,
  type ResidentInfoChangePayload,
} from '@yibao/contracts';
import { divisionCascaderValue } from '../../../shared/DivisionCascader';
import { lastCode } from '../../applications/applicant/form-errors';
import { trimmed } from '../shared/form-rules';
import { RESIDENT_LABELS, type ResidentField, type ResidentLabels } from '../shared/resident-form';

export const RESIDENT_INFO_CHANGE = 'resident-info-change';

/** The labels of 城乡居民参保维护 (002 十六): 参保身份 is the 准入人员类别 of 居民参保登记. */
export const RESIDENT_CHANGE_LABELS: ResidentLabels = {
  ...RESIDENT_LABELS,
  admissionCategory: '参保身份',
  phone: '手机号码',
};

/**
 * 人员基本信息 after 姓名 in the guide's order — 性别 … 户口性质, 政治面貌, 参保身份, 学籍编号 (the
 * page puts PersonStatusFields between them) — then 联系信息.
 */
export const RESIDENT_BASIC_FIELDS: readonly ResidentField[] = [
  'sex',
  'birthDate',
  'ethnicity',
  'householdType',
];
export const RESIDENT_CONTACT_FIELDS: readonly ResidentField[] = [
  'phone',
  'residenceDivisionCode',
  'residenceAddress',
];

export interface ResidentChangeValues {
  name?: string;
  sex?: '1' | '2';
  birthDate?: Dayjs;
  ethnicity?: string;
  householdType?: string;
  politicalStatus?: string;
  admissionCategory?: ResidentInfoChangePayload['admissionCategory'];
  studentNo?: string;
  phone?: string;
  residenceDivision?: string[];
  residenceAddress?: string;
  paperItems?: string[];
}

const CATEGORIES: readonly string[] = RESIDENT_ADMISSION_CATEGORIES;

/** The form's values from the resident's record: what the change starts from. */
export function residentChangeValuesOf(p: MyPersonReply): ResidentChangeValues {
  return {
    name: p.name,
    sex: p.sex === '2' ? '2' : p.sex === '1' ? '1' : undefined,
    birthDate: p.birthDate ? dayjs(p.birthDate) : undefined,
    ethnicity: p.ethnicity,
    householdType: p.householdType,
    // none yet: the select shows its placeholder ('' would show as a blank choice)
    politicalStatus: p.politicalStatus || undefined,
    // a category of another scheme is no 参保身份 of a resident: the clerk chooses one
    admissionCategory: CATEGORIES.includes(p.personCategory)
      ? (p.personCategory as ResidentChangeValues['admissionCategory'])
      : undefined,
    studentNo: p.studentNo,
    phone: p.phone,
    residenceDivision: divisionCascaderValue(p.residenceDivisionCode),
    residenceAddress: p.residenceAddress,
  };
}

/** The payload from the form's values (the person by their certificate). */
export function residentChangePayloadOf(
  person: Pick<MyPersonReply, 'certType' | 'certNo'>,
  v: ResidentChangeValues,
) {
  return {
    certType: person.certType,
    certNo: person.certNo,
    name: trimmed(v.name),
    sex: v.sex,
    birthDate: v.birthDate?.format('YYYY-MM-DD') ?? '',
    ethnicity: v.ethnicity ?? '',
    householdType: v.householdType ?? '',
    politicalStatus: v.politicalStatus ?? '',
    admissionCategory: v.admissionCategory,
    studentNo: trimmed(v.studentNo),
    phone: trimmed(v.phone),
    residenceDivisionCode: lastCode(v.residenceDivision),
    residenceAddress: trimmed(v.residenceAddress),
  };
}

const KEY: readonly string[] = RESIDENT_KEY_FIELDS;
/** Whether a change of this field is 关键信息变更 (its 辅助材料 is needed). */
export const isResidentKeyField = (field: string) => KEY.includes(field);

/**
 * Why the registry's person cannot be maintained here, as the server words it when it refuses:
 * 城乡居民参保维护 is for residents insured (390 in force) whose record is 正常.
 */
export function residentRefusalOf(person: MyPersonReply): string | null {
  if (person.status !== '正常') return '人员状态不是正常，不能变更参保信息';
  if (!person.activeInsuranceTypes.includes('390')) {
    return '该人员没有正常参保的城乡居民基本医疗保险，不能办理城乡居民参保信息变更';
  }
  return null;
}
