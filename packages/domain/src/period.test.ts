import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addMonths, isPeriod, monthsBetween, periodOf, periodRange } from './period';

const period = fc
  .tuple(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }))
  .map(([year, month]) => year * 100 + month);
const shift = fc.integer({ min: -1200, max: 1200 });

describe('isPeriod', () => {
  it.each([202501, 202512, 100001, 999912])('accepts %d', (value) => {
    expect(isPeriod(value)).toBe(true);
  });

  it.each([202500, 202513, 20251, 2025010, 99912, 1000001, 202501.5, '202501', null, Number.NaN])(
    'rejects %j',
    (value) => {
      expect(isPeriod(value)).toBe(false);
    },
  );
});

describe('periodOf', () => {
  it('reads a YYYY-MM-DD date', () => {
    expect(periodOf('2025-01-31')).toBe(202501);
  });

  it('reads a Date in Beijing time', () => {
    expect(periodOf(new Date('2025-01-31T16:00:00Z'))).toBe(202502);
    expect(periodOf(new Date('2025-01-31T15:59:59Z'))).toBe(202501);
  });

  it('refuses malformed dates', () => {
    expect(() => periodOf('2025-02-30')).toThrow(RangeError);
    expect(() => periodOf(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  it.each([
    [202501, 1, 202502],
    [202512, 1, 202601],
    [202501, -1, 202412],
    [202503, 0, 202503],
    [202503, 24, 202703],
    [202503, -15, 202312],
  ])('%d + %d = %d', (from, n, expected) => {
    expect(addMonths(from, n)).toBe(expected);
  });

  it('refuses invalid periods, fractional months and results beyond year 9999', () => {
    expect(() => addMonths(202513, 1)).toThrow(RangeError);
    expect(() => addMonths(202501, 0.5)).toThrow(RangeError);
    expect(() => addMonths(999912, 1)).toThrow(RangeError);
  });

  it('is undone by the opposite shift and always yields a period', () => {
    fc.assert(
      fc.property(period, shift, (p, n) => {
        const shifted = addMonths(p, n);
        expect(isPeriod(shifted)).toBe(true);
        expect(addMonths(shifted, -n)).toBe(p);
      }),
    );
  });

  it('preserves order: the numeric order of periods is their time order', () => {
    fc.assert(
      fc.property(period, shift, (p, n) => {
        expect(Math.sign(addMonths(p, n) - p)).toBe(Math.sign(n));
      }),
    );
  });
});

describe('monthsBetween / periodRange', () => {
  it('counts both ends', () => {
    expect(monthsBetween(202401, 202403)).toBe(3);
    expect(monthsBetween(202411, 202502)).toBe(4);
    expect(monthsBetween(202403, 202403)).toBe(1);
    expect(monthsBetween(202403, 202401)).toBe(0);
    expect(periodRange(202411, 202502)).toEqual([202411, 202412, 202501, 202502]);
    expect(periodRange(202403, 202401)).toEqual([]);
  });

  it('refuses invalid periods', () => {
    expect(() => monthsBetween(202400, 202401)).toThrow(RangeError);
    expect(() => periodRange(202401, 202413)).toThrow(RangeError);
  });

  it('agree with addMonths', () => {
    fc.assert(
      fc.property(period, fc.integer({ min: 0, max: 120 }), (from, n) => {
        const to = addMonths(from, n);
        expect(monthsBetween(from, to)).toBe(n + 1);
        const range = periodRange(from, to);
        expect(range).toHaveLength(n + 1);
        expect(range[0]).toBe(from);
        expect(range.at(-1)).toBe(to);
        range.slice(1).forEach((p, i) => expect(p).toBe(addMonths(range[i] ?? 0, 1)));
      }),
    );
  });
});
