import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import type { ResidentEnrolmentPayload } from '@yibao/contracts';
import { birthDateFromCertNo, sexFromCertNo, validateCertNo } from '@yibao/domain';
import { divisionCascaderValue } from '../../../shared/DivisionCascader';
import { lastCode } from '../../applications/applicant/form-errors';
import { nationalPath } from '../../applications/applicant/NationalDivisionCascader';
import { trimmed } from './form-rules';
import { todayText } from '../../../shared/format';

/** The resident's own fields of 居民新参保登记 (P21 and the window's W13), as the payload holds them. */
export type ResidentBasics = Pick<
  ResidentEnrolmentPayload,
  | 'sex'
  | 'birthDate'
  | 'ethnicity'
  | 'householdType'
  | 'householdDivisionCode'
  | 'residenceDivisionCode'
  | 'residenceAddress'
  | 'phone'
>;

/** The same fields on a form: the day picked, the 区县街乡 as cascader values. */
export interface ResidentBasicsValues {
  sex?: '1' | '2';
  birthDate?: Dayjs;
  ethnicity?: string;
  householdType?: string;
  householdDivision?: string[];
  residenceDivision?: string[];
  residenceAddress?: string;
  phone?: string;
}

/** 参保人户籍地, 准入人员类别 and 是否为学生儿童 on a form. */
export type ResidentHouseholdValues = Partial<
  Pick<ResidentEnrolmentPayload, 'localHousehold' | 'admissionCategory' | 'studentOrChild'>
>;

/** A field of the resident's blocks, named as the payload names it. */
export type ResidentField = keyof ResidentBasics | keyof Required<ResidentHouseholdValues>;

/** The labels of P21 (000 §1 居民新参保登记). */
export const RESIDENT_LABELS: Readonly<
  Record<ResidentField | 'name' | 'certType' | 'certNo', string>
> = {
  name: '姓名',
  certType: '证件类型',
  certNo: '证件号码',
  localHousehold: '参保人户籍地',
  admissionCategory: '准入人员类别',
  studentOrChild: '是否为学生儿童',
  sex: '性别',
  birthDate: '出生日期',
  ethnicity: '民族',
  householdType: '户口性质',
  householdDivisionCode: '户籍所在地',
  residenceDivisionCode: '居住地',
  residenceAddress: '居住地地址',
  phone: '参保人或亲属手机号码',
};

/** The window's 城乡居民新参保/续保 page (002 十三 (一)) names two of them its own way. */
export const WINDOW_RESIDENT_LABELS: typeof RESIDENT_LABELS = {
  ...RESIDENT_LABELS,
  householdType: '户籍性质',
  phone: '手机号码',
};

export type ResidentLabels = typeof RESIDENT_LABELS;

/** The payload's fields from the form's values. */
export function residentBasicsOf(v: ResidentBasicsValues): ResidentBasics {
  return {
    sex: v.sex ?? '1',
    birthDate: v.birthDate?.format('YYYY-MM-DD') ?? '',
    ethnicity: v.ethnicity ?? '',
    householdType: v.householdType ?? '',
    householdDivisionCode: lastCode(v.householdDivision),
    residenceDivisionCode: lastCode(v.residenceDivision),
    residenceAddress: trimmed(v.residenceAddress),
    phone: trimmed(v.phone),
  };
}

/** The form's values from a payload sent before (a returned application to change). */
export function residentBasicsValues(p: ResidentBasics, localHousehold: boolean) {
  return {
    sex: p.sex,
    birthDate: dayjs(p.birthDate),
    ethnicity: p.ethnicity,
    householdType: p.householdType,
    // a 外埠 household is chosen from the national divisions, province first
    householdDivision: localHousehold
      ? divisionCascaderValue(p.householdDivisionCode)
      : nationalPath(p.householdDivisionCode),
    residenceDivision: divisionCascaderValue(p.residenceDivisionCode),
    residenceAddress: p.residenceAddress,
    phone: p.phone,
  } satisfies ResidentBasicsValues;
}

/**
 * 性别 and 出生日期 as a 居民身份证 or 港澳台居民居住证 number states them; nothing for other
 * certificates or a number that does not pass its check.
 */
export function sexAndBirthOf(
  certType: string | undefined,
  certNo: string | undefined,
): Pick<ResidentBasicsValues, 'sex' | 'birthDate'> {
  if (certType !== '01' && certType !== '17') return {};
  const checked = validateCertNo(certType, certNo ?? '', todayText());
  if (!checked.ok) return {};
  try {
    return {
      sex: sexFromCertNo(checked.normalized),
      birthDate: dayjs(birthDateFromCertNo(checked.normalized)),
    };
  } catch {
    // a number without a date in it: the clerk fills both in
    return {};
  }
}
