/** P35's filters as the guide offers them, turned into plain ranges a query can use. */
import { addDays, formatIsoDate, parseIsoDate } from '../iso-date';

export const MOVEMENT_KINDS = ['账户分配', '缴费', '消费', '退费', '清算'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** 交易时间: 全部 近1月 近3月 近6月 近9月 近12月 (自定义 brings its own dates). */
export const TIME_PRESETS = { all: 0, m1: 1, m3: 3, m6: 6, m9: 9, m12: 12 } as const;
export type TimePreset = keyof typeof TIME_PRESETS;

/** 交易金额 bands in fen of the amount's size, upper bound exclusive. */
export const AMOUNT_BANDS = {
  lt100: { minFen: 0, maxFen: 10_000 },
  '100to500': { minFen: 10_000, maxFen: 50_000 },
  '500to1000': { minFen: 50_000, maxFen: 100_000 },
  gte1000: { minFen: 100_000, maxFen: null },
} as const;
export type AmountBand = keyof typeof AMOUNT_BANDS;

/**
 * The first day a 近N月 preset covers on `today`: the same day N months back, clamped to that
 * month's last day, plus one (近1月 on 03-31 is 02-29/28 + 1 … 03-31).
 */
export function presetFrom(today: string, preset: TimePreset): string | null {
  const months = TIME_PRESETS[preset];
  if (months === 0) return null;
  const d = parseIsoDate(today);
  if (!d) throw new RangeError(`not a date: ${today}`);
  const index = d.year * 12 + d.month - 1 - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return addDays(formatIsoDate({ year, month, day: Math.min(d.day, last) }), 1);
}

/**
 * 默认展示临近三个月: P36/P37's default range, this month and the two before it from their
 * first day (the guide's 2022-09-01 至 2022-11-08).
 */
export function lastThreeMonths(today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const index = year * 12 + Number(today.slice(5, 7)) - 1 - 2;
  const from = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
  return { from, to: today };
}
