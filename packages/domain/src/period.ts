/**
 * Settlement and contribution periods as YYYYMM integers (202501 = January 2025), the form
 * used in 费款所属期 and 结算期 fields.
 */
import { parseIsoDate, toIsoDate } from './iso-date';

/** A YYYYMM integer such as 202501. */
export type Period = number;

// Four-digit years only, so every period has exactly six digits.
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

export function isPeriod(value: unknown): value is Period {
  if (!Number.isInteger(value)) return false;
  const period = value as number;
  const year = Math.floor(period / 100);
  const month = period % 100;
  return year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12;
}

/** The period containing a date; a Date is read in Beijing time. */
export function periodOf(date: Date | string): Period {
  const parts = parseIsoDate(toIsoDate(date));
  if (!parts) throw new RangeError(`not a date: ${String(date)}`);
  return parts.year * 100 + parts.month;
}

export function addMonths(period: Period, months: number): Period {
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer: ${months}`);
  return periodOfIndex(monthIndex(period) + months);
}

/** Number of periods from `from` to `to`, both included; 0 when `to` is before `from`. */
export function monthsBetween(from: Period, to: Period): number {
  return Math.max(0, monthIndex(to) - monthIndex(from) + 1);
}

/** Every period from `from` to `to`, both included; empty when `to` is before `from`. */
export function periodRange(from: Period, to: Period): Period[] {
  const first = monthIndex(from);
  return Array.from({ length: monthsBetween(from, to) }, (_, i) => periodOfIndex(first + i));
}

/** Months since January of year 0, so that month arithmetic is plain integer arithmetic. */
function monthIndex(period: Period): number {
  if (!isPeriod(period)) throw new RangeError(`not a YYYYMM period: ${period}`);
  return Math.floor(period / 100) * 12 + (period % 100) - 1;
}

function periodOfIndex(index: number): Period {
  const period = Math.floor(index / 12) * 100 + (index % 12) + 1;
  if (!isPeriod(period)) throw new RangeError(`period out of range: ${period}`);
  return period;
}
