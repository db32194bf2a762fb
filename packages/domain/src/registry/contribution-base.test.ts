import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  baseAuditCategoryOf,
  baseAuditVerdict,
  baseEffectivePeriod,
  contributionBaseRefusal,
  limitOn,
} from './contribution-base';

const limit = { floorFen: 400_000, capFen: 1_800_000 };

describe('缴费基数上下限', () => {
  it('allows the floor and the cap themselves, refuses a fen beyond either', () => {
    expect(contributionBaseRefusal(limit, 400_000)).toBeNull();
    expect(contributionBaseRefusal(limit, 1_800_000)).toBeNull();
    expect(contributionBaseRefusal(limit, 399_999)).toBe('缴费基数不能低于缴费基数下限4000.00元');
    expect(contributionBaseRefusal(limit, 1_800_001)).toBe(
      '缴费基数不能高于缴费基数上限18000.00元',
    );
    expect(contributionBaseRefusal(limit, 0)).toBe('请输入缴费基数');
    expect(contributionBaseRefusal(limit, 500_000.5)).toBe('请输入缴费基数');
  });

  it('refuses exactly the bases outside [floor, cap]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        (floorFen, span, baseFen) => {
          const l = { floorFen, capFen: floorFen + span };
          const inside = baseFen >= l.floorFen && baseFen <= l.capFen;
          expect(contributionBaseRefusal(l, baseFen) === null).toBe(inside);
        },
      ),
    );
  });

  it('picks the row in force on the day: the latest started, not ended', () => {
    const rows = [
      { floorFen: 1, capFen: 2, validFrom: '2019-01-01', validTo: '2025-06-30' },
      { floorFen: 3, capFen: 4, validFrom: '2025-07-01', validTo: null },
      { floorFen: 5, capFen: 6, validFrom: '2027-01-01', validTo: null },
    ];
    expect(limitOn(rows, '2018-12-31')).toBeNull();
    expect(limitOn(rows, '2025-06-30')?.floorFen).toBe(1);
    expect(limitOn(rows, '2025-07-01')?.floorFen).toBe(3);
    expect(limitOn(rows, '2026-12-31')?.floorFen).toBe(3);
    expect(limitOn(rows, '2027-01-01')?.floorFen).toBe(5);
  });

  it('applies a change from the next month (当月申请，次月生效)', () => {
    expect(baseEffectivePeriod('2026-11-29')).toBe(202612);
    expect(baseEffectivePeriod('2026-12-01')).toBe(202701);
  });
});

describe('单位缴费基数申报书面稽核', () => {
  const same = {
    declaredHeadcount: 10,
    declaredTotalFen: 6_000_000,
    auditedHeadcount: 10,
    auditedTotalFen: 6_000_000,
    declaredRetirees: 2,
    auditedRetirees: 2,
  };

  it('judges the totals first, then the headcounts', () => {
    expect(baseAuditVerdict(same)).toEqual({ result: 'match', differenceFen: 0 });
    expect(baseAuditVerdict({ ...same, auditedTotalFen: 6_500_000 })).toEqual({
      result: 'under',
      differenceFen: 500_000,
    });
    expect(baseAuditVerdict({ ...same, auditedTotalFen: 5_999_999 })).toEqual({
      result: 'over',
      differenceFen: -1,
    });
    expect(baseAuditVerdict({ ...same, auditedRetirees: 3 })).toEqual({
      result: 'headcount',
      differenceFen: 0,
    });
    expect(() => baseAuditVerdict({ ...same, auditedHeadcount: -1 })).toThrow(RangeError);
  });

  it('the difference is always audited minus declared, and its sign names the result', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 1e12 }),
        fc.nat({ max: 1e12 }),
        fc.nat(50),
        fc.nat(50),
        (declaredTotalFen, auditedTotalFen, declaredHeadcount, auditedHeadcount) => {
          const v = baseAuditVerdict({
            ...same,
            declaredTotalFen,
            auditedTotalFen,
            declaredHeadcount,
            auditedHeadcount,
          });
          expect(v.differenceFen).toBe(auditedTotalFen - declaredTotalFen);
          if (v.differenceFen > 0) expect(v.result).toBe('under');
          if (v.differenceFen < 0) expect(v.result).toBe('over');
          if (v.differenceFen === 0) {
            expect(v.result).toBe(declaredHeadcount === auditedHeadcount ? 'match' : 'headcount');
          }
        },
      ),
    );
  });

  it('asks 机关 and 事业单位 for the public bodies’ records, everyone else for enterprises’', () => {
    expect(baseAuditCategoryOf('government')).toBe('public');
    expect(baseAuditCategoryOf('institution')).toBe('public');
    expect(baseAuditCategoryOf('enterprise')).toBe('enterprise');
    expect(baseAuditCategoryOf('social-org')).toBe('enterprise');
    // a public school registered with 机构编制 as a 事业单位
    expect(baseAuditCategoryOf('school', '12110107UUG3B4607W')).toBe('public');
    expect(baseAuditCategoryOf('school', '52110107MJ0000000X')).toBe('enterprise');
    expect(baseAuditCategoryOf('enterprise', '91110105MA0000000X')).toBe('enterprise');
  });
});
