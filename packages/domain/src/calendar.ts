/**
 * Working-day calendar for statutory handling deadlines (办理时限). Dates are 'YYYY-MM-DD'
 * strings, so the result never depends on the server's time zone.
 */
import { addDays, dayNumberOf, dayOfWeek, isIsoDate } from './iso-date';

/** One year's official arrangement: days off, and weekend days that are worked instead (调休). */
export interface HolidayArrangement {
  holidays: readonly string[];
  workdays: readonly string[];
}

export interface WorkingCalendar {
  isWorkingDay(date: string): boolean;
  /**
   * The due date after `n` working days, counting from the day after `date`; `n = 0` is the
   * same day (即时办结), even when that day is not a working day.
   */
  addWorkingDays(date: string, n: number): string;
  /** Working days in (from, to]; negative when `to` is before `from`. */
  workingDaysBetween(from: string, to: string): number;
}

export function createWorkingCalendar(arrangement: HolidayArrangement): WorkingCalendar {
  const holidays = toDateSet(arrangement.holidays, 'holiday');
  const workdays = toDateSet(arrangement.workdays, 'make-up workday');
  for (const date of workdays) {
    if (holidays.has(date)) throw new RangeError(`${date} is both a holiday and a workday`);
  }

  const isWorkingDay = (date: string): boolean => {
    if (workdays.has(date)) return true;
    if (holidays.has(date)) return false;
    const weekday = dayOfWeek(date);
    return weekday !== 0 && weekday !== 6;
  };

  const addWorkingDays = (date: string, n: number): string => {
    if (!Number.isInteger(n) || n < 0) {
      throw new RangeError(`working days must be a non-negative integer: ${n}`);
    }
    let current = requireDate(date);
    for (let counted = 0; counted < n;) {
      current = addDays(current, 1);
      if (isWorkingDay(current)) counted++;
    }
    return current;
  };

  const countAfterUpTo = (from: string, to: string): number => {
    let count = 0;
    for (let day = addDays(from, 1); dayNumberOf(day) <= dayNumberOf(to); day = addDays(day, 1)) {
      if (isWorkingDay(day)) count++;
    }
    return count;
  };

  const workingDaysBetween = (from: string, to: string): number => {
    requireDate(from);
    requireDate(to);
    // `0 - n` rather than `-n`, so an empty backwards span is 0 and not -0.
    return dayNumberOf(to) >= dayNumberOf(from)
      ? countAfterUpTo(from, to)
      : 0 - countAfterUpTo(to, from);
  };

  return {
    isWorkingDay: (date) => isWorkingDay(requireDate(date)),
    addWorkingDays,
    workingDaysBetween,
  };
}

/** Merges several years' arrangements into one, e.g. for a calendar spanning New Year. */
export function combineArrangements(...arrangements: HolidayArrangement[]): HolidayArrangement {
  return {
    holidays: arrangements.flatMap((a) => a.holidays),
    workdays: arrangements.flatMap((a) => a.workdays),
  };
}

function requireDate(date: string): string {
  if (!isIsoDate(date)) throw new RangeError(`not a YYYY-MM-DD calendar date: ${date}`);
  return date;
}

function toDateSet(dates: readonly string[], what: string): Set<string> {
  for (const date of dates) {
    if (!isIsoDate(date)) throw new RangeError(`${what} is not a YYYY-MM-DD date: ${date}`);
  }
  return new Set(dates);
}

/** Every date from `first` to `last` inclusive. */
function daysFrom(first: string, last: string): string[] {
  const dates: string[] = [];
  for (let day = first; dayNumberOf(day) <= dayNumberOf(last); day = addDays(day, 1)) {
    dates.push(day);
  }
  return dates;
}

/** 国务院办公厅关于2025年部分节假日安排的通知 (published November 2024). */
export const CN_HOLIDAYS_2025: HolidayArrangement = Object.freeze({
  holidays: Object.freeze([
    '2025-01-01', // 元旦
    ...daysFrom('2025-01-28', '2025-02-04'), // 春节
    ...daysFrom('2025-04-04', '2025-04-06'), // 清明节
    ...daysFrom('2025-05-01', '2025-05-05'), // 劳动节
    ...daysFrom('2025-05-31', '2025-06-02'), // 端午节
    ...daysFrom('2025-10-01', '2025-10-08'), // 国庆节、中秋节
  ]),
  workdays: Object.freeze(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']),
});

/** 国务院办公厅关于2026年部分节假日安排的通知 (published 2025-11-04, 新华社). */
export const CN_HOLIDAYS_2026: HolidayArrangement = Object.freeze({
  holidays: Object.freeze([
    ...daysFrom('2026-01-01', '2026-01-03'), // 元旦
    ...daysFrom('2026-02-15', '2026-02-23'), // 春节
    ...daysFrom('2026-04-04', '2026-04-06'), // 清明节
    ...daysFrom('2026-05-01', '2026-05-05'), // 劳动节
    ...daysFrom('2026-06-19', '2026-06-21'), // 端午节
    ...daysFrom('2026-09-25', '2026-09-27'), // 中秋节
    ...daysFrom('2026-10-01', '2026-10-07'), // 国庆节
  ]),
  workdays: Object.freeze([
    '2026-01-04',
    '2026-02-14',
    '2026-02-28',
    '2026-05-09',
    '2026-09-20',
    '2026-10-10',
  ]),
});
