import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assistanceSubsidy, bestSubsidy, isNewborn } from './resident-assistance';

describe('isNewborn (未满一周岁)', () => {
  it('holds from the birth day to the day before the first birthday', () => {
    expect(isNewborn('2026-03-15', '2026-03-14')).toBe(false);
    expect(isNewborn('2026-03-15', '2026-03-15')).toBe(true);
    expect(isNewborn('2026-03-15', '2027-03-14')).toBe(true);
    expect(isNewborn('2026-03-15', '2027-03-15')).toBe(false);
  });
  it('a 29 February child turns one on 1 March', () => {
    expect(isNewborn('2024-02-29', '2025-02-28')).toBe(true);
    expect(isNewborn('2024-02-29', '2025-03-01')).toBe(false);
  });
});

describe('assistanceSubsidy (个人缴费补贴)', () => {
  it('pays the ratio, the fixed amount, or the whole', () => {
    expect(assistanceSubsidy({ contributionFen: 40000, subsidyBp: 10000, subsidyFen: 0 })).toEqual({
      subsidyFen: 40000,
      personalFen: 0,
    });
    expect(assistanceSubsidy({ contributionFen: 40000, subsidyBp: 7000, subsidyFen: 0 })).toEqual({
      subsidyFen: 28000,
      personalFen: 12000,
    });
    expect(assistanceSubsidy({ contributionFen: 40000, subsidyBp: 0, subsidyFen: 12000 })).toEqual({
      subsidyFen: 12000,
      personalFen: 28000,
    });
    // 1/3 of 100.01 yuan rounds half-up to the fen
    expect(assistanceSubsidy({ contributionFen: 10001, subsidyBp: 3333, subsidyFen: 0 })).toEqual({
      subsidyFen: 3333,
      personalFen: 6668,
    });
    expect(assistanceSubsidy({ contributionFen: 500, subsidyBp: 5000, subsidyFen: 1000 })).toEqual({
      subsidyFen: 500,
      personalFen: 0,
    });
  });

  it('never pays more than the standard, and the parts add back to it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        (contributionFen, subsidyBp, subsidyFen) => {
          const r = assistanceSubsidy({ contributionFen, subsidyBp, subsidyFen });
          expect(r.subsidyFen).toBeGreaterThanOrEqual(0);
          expect(r.subsidyFen).toBeLessThanOrEqual(contributionFen);
          expect(r.subsidyFen + r.personalFen).toBe(contributionFen);
          expect(Number.isInteger(r.subsidyFen)).toBe(true);
        },
      ),
    );
  });

  it('refuses fractions of a fen and ratios over the whole', () => {
    expect(() =>
      assistanceSubsidy({ contributionFen: 1.5, subsidyBp: 0, subsidyFen: 0 }),
    ).toThrow();
    expect(() =>
      assistanceSubsidy({ contributionFen: 100, subsidyBp: 10001, subsidyFen: 0 }),
    ).toThrow();
  });
});

describe('bestSubsidy', () => {
  it('takes the identity that pays most, the first between equals', () => {
    const best = bestSubsidy([
      { id: 'a', contributionFen: 40000, subsidyBp: 7000, subsidyFen: 0 },
      { id: 'b', contributionFen: 40000, subsidyBp: 10000, subsidyFen: 0 },
      { id: 'c', contributionFen: 40000, subsidyBp: 10000, subsidyFen: 0 },
    ]);
    expect(best?.id).toBe('b');
    expect(best?.subsidyFen).toBe(40000);
    expect(bestSubsidy([])).toBeNull();
  });
});
