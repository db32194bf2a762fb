/**
 * Calendar dates as 'YYYY-MM-DD' strings. Arithmetic goes through UTC midnight so the
 * answers never depend on the time zone of the machine running the code.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
// Beijing has had no daylight saving since 1991, so a fixed offset is exact for every date we handle.
const BEIJING_OFFSET_MS = 8 * 3_600_000;

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** The parts of a 'YYYY-MM-DD' string, or undefined when it is not a real calendar date. */
export function parseIsoDate(text: string): CivilDate | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? { year, month, day } : undefined;
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

export function formatIsoDate({ year, month, day }: CivilDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function requireIsoDate(text: string): CivilDate {
  const parts = parseIsoDate(text);
  if (!parts) throw new RangeError(`not a YYYY-MM-DD calendar date: ${text}`);
  return parts;
}

/** Days since 1970-01-01 for a 'YYYY-MM-DD' date. */
export function dayNumberOf(text: string): number {
  const { year, month, day } = requireIsoDate(text);
  // setUTCFullYear, unlike Date.UTC, does not remap years 0–99 onto the 1900s.
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  return Math.round(instant.getTime() / MS_PER_DAY);
}

export function isoDateOfDayNumber(dayNumber: number): string {
  const instant = new Date(dayNumber * MS_PER_DAY);
  return formatIsoDate({
    year: instant.getUTCFullYear(),
    month: instant.getUTCMonth() + 1,
    day: instant.getUTCDate(),
  });
}

export function addDays(text: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer: ${days}`);
  return isoDateOfDayNumber(dayNumberOf(text) + days);
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay. */
export function dayOfWeek(text: string): number {
  // 1970-01-01 was a Thursday.
  return (((dayNumberOf(text) + 4) % 7) + 7) % 7;
}

/**
 * The calendar date of an instant as seen in Beijing. Deadlines, birthdays and settlement
 * periods are all counted in Beijing days, whatever time zone the server happens to run in.
 */
export function beijingDateOf(instant: Date): string {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new RangeError('invalid Date');
  const shifted = new Date(time + BEIJING_OFFSET_MS);
  return formatIsoDate({
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  });
}

/** Accepts either an instant (read in Beijing time) or an already-civil 'YYYY-MM-DD' date. */
export function toIsoDate(input: Date | string): string {
  if (typeof input !== 'string') return beijingDateOf(input);
  requireIsoDate(input);
  return input;
}
