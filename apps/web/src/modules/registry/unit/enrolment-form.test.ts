import { describe, expect, it } from 'vitest';
import { flexibleEnrolmentPayload } from '@yibao/contracts';
import { makeCertNo18 } from '@yibao/domain';
import dayjs from 'dayjs';
import { divisionCascaderValue } from '../../../shared/DivisionCascader';
import {
  enrolmentDefaults,
  enrolmentPayloadOf,
  hospitalCodes,
  sameHospitalSlot,
  type EnrolmentValues,
} from './enrolment-form';
import { identityOf, queryOf, regionOfDivision, thisMonth } from './flexibleApi';

const certNo = makeCertNo18('110108', '19900506', '031');
const who = identityOf({ name: ' 灵活新登 ', certType: '01', certNo: certNo.toLowerCase() });
const h1 = { code: 'H1', name: '北京灵活测试医院' };
const h2 = { code: 'H2', name: '北京灵活第二医院' };

const filled: EnrolmentValues = {
  ...enrolmentDefaults(who),
  ethnicity: '01',
  workStartDate: dayjs('2012-07-01'),
  education: '21',
  identity: '工人',
  householdType: '20',
  householdDivision: divisionCascaderValue('110108'),
  householdAddress: '北京市海淀区中关村大街1号',
  householdPostcode: '100080',
  residenceDivision: divisionCascaderValue('110108'),
  residenceAddress: ' 北京市海淀区中关村大街1号 ',
  residencePostcode: '100080',
  phone: '13700007777',
  bankCode: '102',
  bankAccount: '6222020200001234567',
  email: ' flex@example.com ',
  hospitals: [h1, h2, null, undefined],
};

describe('灵活就业人员参保登记 form', () => {
  it('starts from 中国, 灵活就业人员 and the birth and sex the number tells', () => {
    const d = enrolmentDefaults(who);
    expect(d).toMatchObject({ nationality: 'CHN', personCategory: '14', sex: '1' });
    expect(d.birthDate?.format('YYYY-MM-DD')).toBe('1990-05-06');
    expect(enrolmentDefaults({ ...who, certType: '08', certNo: 'E1234567' }).birthDate).toBe(
      undefined,
    );
  });

  it('builds a payload the contract accepts, without empty optional slots at the end', () => {
    const payload = enrolmentPayloadOf(who, filled);
    expect(payload).toMatchObject({
      name: '灵活新登',
      certNo,
      birthDate: '1990-05-06',
      workStartDate: '2012-07-01',
      residenceAddress: '北京市海淀区中关村大街1号',
      email: 'flex@example.com',
      hospitals: ['H1', 'H2'],
    });
    expect(flexibleEnrolmentPayload.safeParse(payload).success).toBe(true);
    expect(hospitalCodes([h1, h2, null, h1])).toEqual(['H1', 'H2', '', 'H1']);
  });

  it('tells the slot that holds the same hospital', () => {
    expect(sameHospitalSlot([h1, h2, h1], 3)).toBe(1);
    expect(sameHospitalSlot([h1, h2, null], 2)).toBeNull();
    expect(sameHospitalSlot([h1], 2)).toBeNull();
  });
});

describe('flexible-employment helpers', () => {
  it('names the pooling region of a 区县街乡 code', () => {
    expect(regionOfDivision('110105001')).toBe('110000');
    expect(regionOfDivision('530402')).toBe('530400');
    expect(regionOfDivision('130203')).toBe('130200');
    expect(regionOfDivision('410101')).toBeUndefined();
    expect(regionOfDivision('')).toBeUndefined();
  });

  it('asks only for the filled conditions', () => {
    expect(queryOf({ name: '张三', certType: undefined, certNo: '', page: 1 })).toBe(
      `name=${encodeURIComponent('张三')}&page=1`,
    );
  });

  it('reads 缴费截止月份 in Beijing time', () => {
    expect(thisMonth(new Date('2026-03-31T16:30:00Z'))).toBe('2026-04');
    expect(thisMonth(new Date('2026-03-31T15:30:00Z'))).toBe('2026-03');
  });
});
