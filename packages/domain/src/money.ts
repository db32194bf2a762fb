/**
 * Money is an integer number of fen (分). Every amount crossing these functions must be a
 * safe integer: beyond 2^53 a JS number silently stops counting single fen.
 */
import { invalid } from './result';
import type { Invalid } from './result';

export type FenResult = { ok: true; fen: number } | Invalid;

export interface FormatYuanOptions {
  /** Thousands separators: '1,234.50' instead of '1234.50'. */
  grouping?: boolean;
}

const CAPITAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SECTION_UNITS = ['', '拾', '佰', '仟'];
const YUAN_TEXT = /^(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;
const BASIS_POINTS_WHOLE = 10_000;

export function isFen(value: unknown): value is number {
  return Number.isSafeInteger(value);
}

export function assertFen(value: number, what = 'amount'): void {
  if (!isFen(value)) throw new RangeError(`${what} is not a safe integer number of fen: ${value}`);
}

/** '1234.50', or '1,234.50' with grouping; negatives as '-12.30'. */
export function formatYuan(fen: number, options: FormatYuanOptions = {}): string {
  assertFen(fen);
  const { yuan, cents } = splitYuanAndCents(Math.abs(fen));
  let yuanText = String(yuan);
  if (options.grouping) yuanText = yuanText.replace(/\B(?=(\d{3})+$)/g, ',');
  const sign = fen < 0 ? '-' : '';
  return `${sign}${yuanText}.${String(cents).padStart(2, '0')}`;
}

/**
 * Reads a yuan amount typed by a person: '12', '12.3', '-0.05', '1,234.50'. The amount is
 * assembled from its digits rather than multiplied, so 0.1 + 0.2 style errors cannot occur.
 */
export function parseYuanToFen(text: string): FenResult {
  const trimmed = text.trim();
  if (trimmed === '') return invalid('金额不能为空');
  const match = YUAN_TEXT.exec(trimmed);
  if (!match) return invalid('金额格式不正确，最多两位小数');
  const [, minus, integerPart = '', fraction = ''] = match;
  const magnitude = Number(integerPart.replaceAll(',', '') + fraction.padEnd(2, '0'));
  if (!isFen(magnitude)) return invalid('金额超出允许范围');
  // Avoid handing out -0 for '-0.00'.
  return { ok: true, fen: minus && magnitude !== 0 ? -magnitude : magnitude };
}

/**
 * 中文大写金额 as written on bills and receipts: 12345 → 壹佰贰拾叁元肆角伍分,
 * 10000 → 壹佰元整, 10005 → 壹佰元零伍分, 50 → 伍角, 0 → 零元整.
 */
export function chineseCapitalAmount(fen: number): string {
  assertFen(fen);
  if (fen === 0) return '零元整';
  const { yuan, cents } = splitYuanAndCents(Math.abs(fen));
  const jiao = Math.floor(cents / 10);
  const fenDigit = cents % 10;

  let text = fen < 0 ? '负' : '';
  if (yuan > 0) text += `${integerInCapitals(yuan)}元`;
  if (cents === 0) return `${text}整`;
  if (jiao > 0) text += `${capitalDigit(jiao)}角`;
  else if (yuan > 0) text += '零';
  if (fenDigit > 0) text += `${capitalDigit(fenDigit)}分`;
  return text;
}

export function addFen(a: number, b: number): number {
  assertFen(a, 'augend');
  assertFen(b, 'addend');
  const total = a + b;
  assertFen(total, 'sum');
  return total;
}

export function sumFen(amounts: readonly number[]): number {
  return amounts.reduce(addFen, 0);
}

/**
 * Splits an amount into the share for a ratio (in basis points, 10000 = 100%) and the rest.
 * The share is rounded half-up (away from zero) to the fen, and the rest is whatever remains,
 * so the two parts always add back to the whole.
 */
export function splitByRatio(fen: number, ratioBasisPoints: number): [part: number, rest: number] {
  assertFen(fen);
  if (
    !Number.isInteger(ratioBasisPoints) ||
    ratioBasisPoints < 0 ||
    ratioBasisPoints > BASIS_POINTS_WHOLE
  ) {
    throw new RangeError(
      `ratio must be an integer number of basis points 0–10000: ${ratioBasisPoints}`,
    );
  }
  // fen × basis points can exceed 2^53, so the product is taken exactly in bigint.
  const whole = BigInt(BASIS_POINTS_WHOLE);
  const product = BigInt(Math.abs(fen)) * BigInt(ratioBasisPoints);
  const magnitude = Number((product * 2n + whole) / (whole * 2n));
  const part = fen < 0 ? -magnitude : magnitude;
  return [part, fen - part];
}

function splitYuanAndCents(nonNegativeFen: number): { yuan: number; cents: number } {
  const cents = nonNegativeFen % 100;
  // Subtracting first keeps the division exact even near 2^53.
  return { yuan: (nonNegativeFen - cents) / 100, cents };
}

function capitalDigit(digit: number): string {
  return CAPITAL_DIGITS.charAt(digit);
}

/** A positive integer in capitals, grouped by 亿 and 万 with one 零 for each run of zeros. */
function integerInCapitals(n: number): string {
  if (n >= 1e8) return joinGroups(integerInCapitals(Math.floor(n / 1e8)), '亿', n % 1e8, 1e7);
  if (n >= 1e4) return joinGroups(sectionInCapitals(Math.floor(n / 1e4)), '万', n % 1e4, 1e3);
  return sectionInCapitals(n);
}

function joinGroups(high: string, unit: string, low: number, lowFullFrom: number): string {
  if (low === 0) return high + unit;
  // A low group that does not fill its leading place is read after a 零: 壹万零伍拾.
  return high + unit + (low < lowFullFrom ? '零' : '') + integerInCapitals(low);
}

/** 1–9999 in capitals: 1005 → 壹仟零伍, 1500 → 壹仟伍佰. */
function sectionInCapitals(n: number): string {
  let text = '';
  let zeroPending = false;
  for (let place = 3; place >= 0; place--) {
    const digit = Math.floor(n / 10 ** place) % 10;
    if (digit === 0) {
      zeroPending = text !== '';
      continue;
    }
    if (zeroPending) text += '零';
    zeroPending = false;
    text += capitalDigit(digit) + (SECTION_UNITS[place] ?? '');
  }
  return text;
}
