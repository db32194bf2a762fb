/** P35's filters as the guide offers them, turned into plain ranges a query can use. */
import { addDays, formatIsoDate, parseIsoDate } from '../iso-date';
import { formatYuan } from '../money';

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

/** 交易时间 as the filter block sends it: a preset, or 自定义 with its own dates. */
export type TimeChoice = TimePreset | 'custom';

/**
 * The days a 交易时间 choice covers on `today`, both ends inclusive (null: unbounded). A preset
 * runs from presetFrom to today; 自定义 brings its dates as they are.
 */
export function ledgerDateRange(
  today: string,
  time: TimeChoice,
  custom: { from?: string | undefined; to?: string | undefined } = {},
): { from: string | null; to: string | null } {
  if (time === 'custom') return { from: custom.from ?? null, to: custom.to ?? null };
  const from = presetFrom(today, time);
  return from === null ? { from: null, to: null } : { from, to: today };
}

/** 交易金额 as the filter block sends it: 全部, a band, or 自定义 with a min and/or max. */
export type AmountChoice = 'all' | AmountBand | 'custom';

/**
 * The bounds on the size of an amount (|amount_fen|) a 交易金额 choice means: min inclusive, max
 * exclusive, null for none. 自定义's max is inclusive as typed (¥100 includes 100.00), so it
 * becomes max + 1 fen.
 */
export function amountBounds(
  amount: AmountChoice,
  custom: { minFen?: number | undefined; maxFen?: number | undefined } = {},
): { minFen: number | null; maxFen: number | null } {
  if (amount === 'all') return { minFen: null, maxFen: null };
  if (amount === 'custom') {
    return {
      minFen: custom.minFen ?? null,
      maxFen: custom.maxFen === undefined ? null : custom.maxFen + 1,
    };
  }
  const band = AMOUNT_BANDS[amount];
  return { minFen: band.minFen === 0 ? null : band.minFen, maxFen: band.maxFen };
}

/** Whether an amount falls within bounds from amountBounds. */
export function withinAmount(
  amountFen: number,
  bounds: { minFen: number | null; maxFen: number | null },
): boolean {
  const size = Math.abs(amountFen);
  return (
    (bounds.minFen === null || size >= bounds.minFen) &&
    (bounds.maxFen === null || size < bounds.maxFen)
  );
}

/** 交易类型: 收入 (money in) or 支出 (money out). */
export type Direction = 'income' | 'expense';
export const DIRECTION_LABELS: Record<Direction, string> = { income: '收入', expense: '支出' };
export const directionOf = (amountFen: number): Direction => (amountFen > 0 ? 'income' : 'expense');

/** 摘要 / 业务类型 as the guide writes them: 消费-医疗消费(门诊); the kind alone without a text. */
export function movementSummary(kind: string, description: string): string {
  const text = description.trim();
  return text ? `${kind}-${text}` : kind;
}

/** 费用支出类型 of P36/P37: 门诊, 住院 or 药店 for 消费 and 退费; nothing for the other kinds. */
export function expenseTypeOf(movement: {
  kind: string;
  description: string;
  institutionKind: string | null;
  /** the settlement's 门诊/住院, when the movement belongs to one */
  visitClass: string | null;
}): string {
  if (movement.kind !== '消费' && movement.kind !== '退费') return '';
  if (movement.institutionKind === 'pharmacy') return '药店';
  if (movement.visitClass) return movement.visitClass;
  // movements without a settlement (older or loaded ones) name the class in their text
  if (movement.description.includes('住院')) return '住院';
  if (movement.description.includes('药店')) return '药店';
  return '门诊';
}

/**
 * The relation seen from the other side (dictionary relations): if B is A's 子女, A is B's
 * 父母. A parent's sex is not in the code of 子女, so the answer is the generic 父母.
 */
export function inverseRelation(code: string): string {
  if (code === '20') return '50';
  if (code.startsWith('5')) return '20';
  const pairs: Record<string, string> = { '60': '40', '40': '60', '61': '41', '41': '61' };
  return pairs[code] ?? code;
}

/** +10.00 / -10.00: an amount with its sign, as 交易金额(元) shows it. */
export const signedYuan = (fen: number): string =>
  fen > 0 ? `+${formatYuan(fen)}` : formatYuan(fen);

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** 交易日期 as P35 shows it: 2022-08-29 14:28:31(星期一), in Beijing time. */
export function ledgerTimeText(instant: Date | string): string {
  const at = new Date(new Date(instant).getTime() + BEIJING_OFFSET_MS);
  if (Number.isNaN(at.getTime())) throw new RangeError(`not an instant: ${String(instant)}`);
  const text = at.toISOString();
  return `${text.slice(0, 10)} ${text.slice(11, 19)}(${WEEKDAYS[at.getUTCDay()] ?? ''})`;
}

/** The instant a Beijing calendar day begins: a date range's lower bound. */
export const beijingDayStart = (day: string): Date => new Date(`${day}T00:00:00+08:00`);
