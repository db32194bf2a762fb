import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  beijingDateOf,
  dayNumberOf,
  dayOfWeek,
  isIsoDate,
  isoDateOfDayNumber,
  toIsoDate,
} from './iso-date';

describe('iso dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-4-1')).toBe(false);
    expect(isIsoDate('2025-04-01T00:00')).toBe(false);
  });

  it('counts days from the Unix epoch', () => {
    expect(dayNumberOf('1970-01-01')).toBe(0);
    expect(dayNumberOf('0050-01-01')).toBeLessThan(dayNumberOf('1900-01-01'));
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(dayOfWeek('2025-01-01')).toBe(3);
    expect(dayOfWeek('1969-12-28')).toBe(0);
  });

  it('reads instants in Beijing time', () => {
    expect(beijingDateOf(new Date('2024-12-31T16:00:00Z'))).toBe('2025-01-01');
    expect(beijingDateOf(new Date('2024-12-31T15:59:59.999Z'))).toBe('2024-12-31');
    expect(toIsoDate('2025-01-01')).toBe('2025-01-01');
    expect(() => toIsoDate('2025-02-30')).toThrow(RangeError);
    expect(() => beijingDateOf(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('day numbers and dates round-trip, and weekdays cycle', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (n) => {
        const date = isoDateOfDayNumber(n);
        expect(isIsoDate(date)).toBe(true);
        expect(dayNumberOf(date)).toBe(n);
        expect(dayOfWeek(addDays(date, 1))).toBe((dayOfWeek(date) + 1) % 7);
      }),
    );
  });
});
