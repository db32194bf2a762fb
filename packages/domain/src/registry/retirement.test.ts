import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RETIREMENT_POLICIES,
  firstDayOfNextMonth,
  retirementFigures,
  retirementPolicyOf,
} from './retirement';

const beijing = retirementPolicyOf('110000')!;

describe('在职转退休 figures', () => {
  it('needs 300 months of a man and 240 of a woman in 北京市, 360 and 300 in 玉溪市', () => {
    expect(retirementFigures(beijing, '1', 120, 150)).toEqual({
      requiredMonths: 300,
      shortfallMonths: 30,
    });
    expect(retirementFigures(beijing, '2', 120, 150)).toEqual({
      requiredMonths: 240,
      shortfallMonths: 0,
    });
    expect(retirementFigures(retirementPolicyOf('530400')!, '1', 0, 300).shortfallMonths).toBe(60);
  });

  it('never owes a negative month, and owes less the more is paid', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RETIREMENT_POLICIES),
        fc.constantFrom('1', '2'),
        fc.nat(600),
        fc.nat(600),
        fc.nat(24),
        (policy, sex, deemed, paid, more) => {
          const a = retirementFigures(policy, sex, deemed, paid);
          const b = retirementFigures(policy, sex, deemed, paid + more);
          expect(a.shortfallMonths).toBeGreaterThanOrEqual(0);
          expect(b.shortfallMonths).toBeLessThanOrEqual(a.shortfallMonths);
          expect(a.shortfallMonths === 0).toBe(deemed + paid >= a.requiredMonths);
        },
      ),
    );
  });

  it('refuses negative or fractional months', () => {
    expect(() => retirementFigures(beijing, '1', -1, 0)).toThrow(RangeError);
    expect(() => retirementFigures(beijing, '1', 0, 1.5)).toThrow(RangeError);
  });

  it('takes effect on the first day of the next month, across the year end', () => {
    expect(firstDayOfNextMonth('2026-11-29')).toBe('2026-12-01');
    expect(firstDayOfNextMonth('2026-12-01')).toBe('2027-01-01');
    expect(firstDayOfNextMonth('2026-01-31')).toBe('2026-02-01');
  });
});
