import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  CN_HOLIDAYS_2025,
  CN_HOLIDAYS_2026,
  combineArrangements,
  createWorkingCalendar,
} from './calendar';
import { dayNumberOf, dayOfWeek, isoDateOfDayNumber } from './iso-date';

const official = createWorkingCalendar(combineArrangements(CN_HOLIDAYS_2025, CN_HOLIDAYS_2026));

const isoBetween = (from: string, to: string) =>
  fc.integer({ min: dayNumberOf(from), max: dayNumberOf(to) }).map(isoDateOfDayNumber);

const dateIn2025And2026 = isoBetween('2024-12-01', '2026-12-31');

/** Random arrangements, to check the rules hold for any calendar and not just the official one. */
const randomCalendar = fc
  .tuple(
    fc.uniqueArray(isoBetween('2025-01-01', '2025-03-31'), { maxLength: 40 }),
    fc.uniqueArray(isoBetween('2025-01-01', '2025-03-31'), { maxLength: 10 }),
  )
  .map(([holidays, candidates]) =>
    createWorkingCalendar({
      holidays,
      workdays: candidates.filter((d) => !holidays.includes(d)),
    }),
  );
const calendars = fc.oneof(fc.constant(official), randomCalendar);

describe('official arrangements', () => {
  it('have the published number of days off and make-up workdays', () => {
    expect(CN_HOLIDAYS_2025.holidays).toHaveLength(1 + 8 + 3 + 5 + 3 + 8);
    expect(CN_HOLIDAYS_2025.workdays).toHaveLength(5);
    expect(CN_HOLIDAYS_2026.holidays).toHaveLength(3 + 9 + 3 + 5 + 3 + 3 + 7);
    expect(CN_HOLIDAYS_2026.workdays).toHaveLength(6);
  });

  it('only ever move work onto weekends', () => {
    for (const date of [...CN_HOLIDAYS_2025.workdays, ...CN_HOLIDAYS_2026.workdays]) {
      expect([0, 6]).toContain(dayOfWeek(date));
    }
  });

  it('are frozen', () => {
    expect(Object.isFrozen(CN_HOLIDAYS_2025)).toBe(true);
    expect(Object.isFrozen(CN_HOLIDAYS_2026.holidays)).toBe(true);
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2025-01-02', true], // Thursday after 元旦
    ['2025-01-01', false], // 元旦
    ['2025-01-26', true], // Sunday worked for 春节
    ['2025-01-28', false], // 除夕
    ['2025-02-08', true], // Saturday worked for 春节
    ['2025-03-01', false], // plain Saturday
    ['2025-03-02', false], // plain Sunday
    ['2025-10-08', false], // last day of 国庆中秋
    ['2025-10-11', true], // Saturday worked for 国庆
    ['2026-01-04', true], // Sunday worked for 元旦
    ['2026-02-23', false], // 春节 正月初七
    ['2026-10-10', true],
  ])('%s → %s', (date, expected) => {
    expect(official.isWorkingDay(date)).toBe(expected);
  });

  it('refuses malformed dates', () => {
    expect(() => official.isWorkingDay('2025-02-29')).toThrow(RangeError);
    expect(() => official.isWorkingDay('20250101')).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2025-01-24', 0, '2025-01-24'],
    ['2025-01-28', 0, '2025-01-28'], // 即时办结 is the same day even on a holiday
    ['2025-01-24', 1, '2025-01-26'], // Friday → the worked Sunday
    ['2025-01-26', 1, '2025-01-27'],
    ['2025-01-27', 1, '2025-02-05'], // over 春节
    ['2025-09-30', 1, '2025-10-09'], // over 国庆中秋
    ['2025-09-30', 3, '2025-10-11'],
    ['2025-03-07', 5, '2025-03-14'], // an ordinary week
    ['2025-12-31', 1, '2026-01-04'], // across the year boundary, onto the worked Sunday
    ['2025-12-31', 2, '2026-01-05'],
  ])('%s + %d working days = %s', (date, n, expected) => {
    expect(official.addWorkingDays(date, n)).toBe(expected);
  });

  it('refuses negative or fractional counts and malformed dates', () => {
    expect(() => official.addWorkingDays('2025-01-02', -1)).toThrow(RangeError);
    expect(() => official.addWorkingDays('2025-01-02', 1.5)).toThrow(RangeError);
    expect(() => official.addWorkingDays('2025-13-01', 1)).toThrow(RangeError);
  });

  it('lands on a working day whenever n > 0', () => {
    fc.assert(
      fc.property(calendars, dateIn2025And2026, fc.integer({ min: 1, max: 60 }), (cal, d, n) => {
        expect(cal.isWorkingDay(cal.addWorkingDays(d, n))).toBe(true);
      }),
    );
  });

  it('is strictly increasing in n', () => {
    fc.assert(
      fc.property(
        calendars,
        dateIn2025And2026,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 30 }),
        (cal, d, n, more) => {
          const earlier = dayNumberOf(cal.addWorkingDays(d, n));
          expect(dayNumberOf(cal.addWorkingDays(d, n + more))).toBeGreaterThan(earlier);
        },
      ),
    );
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after the first date up to and including the second', () => {
    expect(official.workingDaysBetween('2025-03-07', '2025-03-14')).toBe(5);
    expect(official.workingDaysBetween('2025-03-14', '2025-03-07')).toBe(-5);
    expect(official.workingDaysBetween('2025-09-30', '2025-10-08')).toBe(0);
    expect(official.workingDaysBetween('2025-03-07', '2025-03-07')).toBe(0);
  });

  it('inverts addWorkingDays', () => {
    fc.assert(
      fc.property(calendars, dateIn2025And2026, fc.integer({ min: 0, max: 60 }), (cal, d, n) => {
        expect(cal.workingDaysBetween(d, cal.addWorkingDays(d, n))).toBe(n);
      }),
    );
  });

  it('is antisymmetric', () => {
    fc.assert(
      fc.property(calendars, dateIn2025And2026, dateIn2025And2026, (cal, a, b) => {
        const forward = cal.workingDaysBetween(a, b);
        expect(forward + cal.workingDaysBetween(b, a)).toBe(0);
        expect(Object.is(forward, -0)).toBe(false);
      }),
    );
  });
});

describe('createWorkingCalendar', () => {
  it('refuses malformed or contradictory arrangements', () => {
    expect(() => createWorkingCalendar({ holidays: ['2025-1-1'], workdays: [] })).toThrow(
      RangeError,
    );
    expect(() =>
      createWorkingCalendar({ holidays: ['2025-01-01'], workdays: ['2025-01-01'] }),
    ).toThrow(RangeError);
  });

  it('with no arrangement works Monday to Friday', () => {
    const plain = createWorkingCalendar({ holidays: [], workdays: [] });
    expect(plain.isWorkingDay('2025-01-01')).toBe(true);
    expect(plain.addWorkingDays('2025-01-03', 1)).toBe('2025-01-06');
  });
});
