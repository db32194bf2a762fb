/** Date helpers of the generator; every civil date is read in Beijing time, like the platform. */
import { addDays, addMonths, beijingDateOf, periodOf } from '@yibao/domain';

/** The instant of a Beijing civil date at a given hour. */
export function atBeijing(isoDate: string, hour = 9, minute = 0): Date {
  // Built from numbers: parsing a date string costs more, and a million persons need several.
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  return new Date(Date.UTC(year, month - 1, day, hour - 8, minute));
}

export function isoDateAdd(isoDate: string, days: number): string {
  return addDays(isoDate, days);
}

/** The same day `years` later; 29 February becomes 28 February. */
export function addYears(isoDate: string, years: number): string {
  const year = Number(isoDate.slice(0, 4)) + years;
  const rest = isoDate.slice(4) === '-02-29' ? '-02-28' : isoDate.slice(4);
  return `${year}${rest}`;
}

export function periodOfIsoDate(isoDate: string): number {
  return Number(isoDate.slice(0, 4)) * 100 + Number(isoDate.slice(5, 7));
}

/** The first day of a period's month: 202405 → '2024-05-01'. */
export function firstDayOfPeriod(period: number): string {
  return `${Math.floor(period / 100)}-${String(period % 100).padStart(2, '0')}-01`;
}

/** The first day of the month after the date's month. */
export function firstOfNextMonth(isoDate: string): string {
  return firstDayOfPeriod(addMonths(periodOf(isoDate), 1));
}

/** 'YYYY-MM-DD' strings sort as the dates do. */
export function isBefore(a: string, b: string): boolean {
  return a < b;
}

export function minDate(a: string, b: string): string {
  return isBefore(a, b) ? a : b;
}

export function maxDate(a: string, b: string): string {
  return isBefore(a, b) ? b : a;
}

/** Whole years between a birth date and a day. */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export { addMonths, beijingDateOf, periodOf };
