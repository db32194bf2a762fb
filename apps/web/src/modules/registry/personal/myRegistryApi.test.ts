import { describe, expect, it } from 'vitest';
import {
  declaredWageFen,
  hospitalSlots,
  insuredStatusText,
  maskAccountTail,
  type MyEnrolment,
} from './myRegistryApi';

const enrolment = (over: Partial<MyEnrolment>): MyEnrolment => ({
  insuranceType: '310',
  personType: '11',
  status: '正常参保',
  startDate: '2022-03-01',
  endDate: null,
  unitName: '北京德润科技有限公司',
  contributionBaseFen: 2_105_500,
  ...over,
});

describe('the person’s own registry pages', () => {
  it('shows a bank account by its last four digits only', () => {
    expect(maskAccountTail('6228482616581863439')).toBe('*****3439');
    expect(maskAccountTail('1234')).toBe('****');
    expect(maskAccountTail('')).toBe('');
  });

  it('takes 申报月均工资收入 from the 职工 enrolment in force first', () => {
    const ended = enrolment({ status: '终止参保', contributionBaseFen: 1_799_800 });
    expect(declaredWageFen([ended, enrolment({})])).toBe(2_105_500);
    expect(declaredWageFen([ended])).toBe(1_799_800);
    expect(declaredWageFen([enrolment({ insuranceType: '390', contributionBaseFen: 0 })])).toBe(
      null,
    );
  });

  it('names 参保状态 by the insurance types in force, or 未参保', () => {
    const names = (c: string) => (c === '310' ? '职工基本医疗保险' : c);
    expect(insuredStatusText(['310'], names)).toBe('职工基本医疗保险 正常参保');
    expect(insuredStatusText([], names)).toBe('未参保');
  });

  it('lays out 定点医疗机构1–5 with the empty slots', () => {
    const slots = hospitalSlots([
      { slot: 2, institutionCode: 'H2', name: '二院', level: '31', chosenOn: '2022-03-01' },
    ]);
    expect(slots.map((s) => s.slot)).toEqual([1, 2, 3, 4, 5]);
    expect(slots[1]?.chosen?.name).toBe('二院');
    expect(slots[0]?.chosen).toBeUndefined();
  });
});
