import type { FlexibleEnrolmentPayload, MaterialItem } from '@yibao/contracts';
import { birthDateFromCertNo, sexFromCertNo } from '@yibao/domain';
import dayjs, { type Dayjs } from 'dayjs';
import { trimmed } from '../shared/form-rules';
import { personInfoPayloadOf, type PersonInfoFormValues } from '../shared/person-info-form';
import type { Identity } from './flexibleApi';
import type { HospitalChoice } from './HospitalPicker';

/** The form of 灵活就业人员参保登记: P10's fields and the ones a new person needs. */
export type EnrolmentValues = Omit<PersonInfoFormValues, 'name'> & {
  sex?: '1' | '2';
  birthDate?: Dayjs | null;
  nationality?: string;
  workStartDate?: Dayjs | null;
  identity?: FlexibleEnrolmentPayload['identity'];
  householdType?: string;
  personCategory?: FlexibleEnrolmentPayload['personCategory'];
  /** 电子照片, uploaded before 提交 */
  photo?: MaterialItem[];
  /** 定点医疗机构1–4 */
  hospitals?: (HospitalChoice | null | undefined)[];
};

/** 定点医疗机构1 and 2 must be chosen, 3 and 4 may be. */
export const ENROLMENT_SLOTS = [1, 2, 3, 4] as const;
export const REQUIRED_ENROLMENT_SLOTS = [1, 2];

/** What the form starts from: 中国, 灵活就业人员, and the birth and sex a citizen number tells. */
export function enrolmentDefaults(who: Identity): EnrolmentValues {
  const values: EnrolmentValues = { nationality: 'CHN', personCategory: '14', hospitals: [] };
  if (['01', '17'].includes(who.certType) && who.certNo.length === 18) {
    try {
      values.birthDate = dayjs(birthDateFromCertNo(who.certNo));
      values.sex = sexFromCertNo(who.certNo);
    } catch {
      // a number without a real date: the operator picks them
    }
  }
  return values;
}

/** The hospitals' codes in slot order, without the empty optional slots at the end. */
export function hospitalCodes(hospitals: EnrolmentValues['hospitals']): string[] {
  const codes = ENROLMENT_SLOTS.map((slot) => hospitals?.[slot - 1]?.code ?? '');
  while (codes.length > REQUIRED_ENROLMENT_SLOTS.length && codes.at(-1) === '') codes.pop();
  return codes;
}

/** Another slot that holds the same hospital, or null. */
export function sameHospitalSlot(
  hospitals: EnrolmentValues['hospitals'],
  slot: number,
): number | null {
  const code = hospitals?.[slot - 1]?.code;
  if (!code) return null;
  const other = hospitals.findIndex((h, i) => i !== slot - 1 && h?.code === code);
  return other < 0 ? null : other + 1;
}

const day = (d: Dayjs | null | undefined) => d?.format('YYYY-MM-DD') ?? '';

/** The payload of flexible-enrolment from the person queried and the form. */
export function enrolmentPayloadOf(who: Identity, v: EnrolmentValues): FlexibleEnrolmentPayload {
  return {
    ...personInfoPayloadOf({ ...v, name: who.name }),
    name: who.name,
    certType: who.certType,
    certNo: who.certNo,
    sex: v.sex ?? '1',
    birthDate: day(v.birthDate),
    nationality: v.nationality ?? '',
    workStartDate: day(v.workStartDate),
    identity: v.identity ?? '工人',
    householdType: v.householdType ?? '',
    personCategory: v.personCategory ?? '14',
    email: trimmed(v.email),
    hospitals: hospitalCodes(v.hospitals),
  };
}
