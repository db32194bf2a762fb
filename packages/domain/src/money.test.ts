import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addFen,
  chineseCapitalAmount,
  formatYuan,
  parseYuanToFen,
  splitByRatio,
  sumFen,
} from './money';

const anyFen = fc.maxSafeInteger();
const everyDayFen = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 });
const fen = fc.oneof(anyFen, everyDayFen);

/** Test-only inverse of chineseCapitalAmount, written independently of the formatter. */
function parseCapitalAmount(text: string): number {
  const digits = '零壹贰叁肆伍陆柒捌玖';
  const negative = text.startsWith('负');
  const body = text.replace(/^负/, '').replace(/整$/, '');
  const [yuanText = '', coinText = ''] = body.includes('元') ? body.split('元') : ['', body];

  const parseInteger = (s: string): number => {
    for (const [unit, size] of [
      ['亿', 1e8],
      ['万', 1e4],
    ] as const) {
      const at = s.lastIndexOf(unit);
      if (at >= 0) return parseInteger(s.slice(0, at)) * size + parseInteger(s.slice(at + 1));
    }
    const places: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1000 };
    let total = 0;
    let pendingDigit = 0;
    for (const c of s) {
      if (c === '零') continue;
      const place = places[c];
      if (place === undefined) {
        pendingDigit = digits.indexOf(c);
        if (pendingDigit < 1) throw new Error(`unexpected ${c} in ${text}`);
      } else {
        total += pendingDigit * place;
        pendingDigit = 0;
      }
    }
    return total + pendingDigit;
  };

  const coin = (unit: string) => {
    const match = new RegExp(`(.)${unit}`).exec(coinText);
    return match ? digits.indexOf(match[1] ?? '') : 0;
  };
  const magnitude = parseInteger(yuanText) * 100 + coin('角') * 10 + coin('分');
  return negative ? -magnitude : magnitude;
}

describe('formatYuan', () => {
  it.each([
    [0, '0.00', '0.00'],
    [5, '0.05', '0.05'],
    [123450, '1234.50', '1,234.50'],
    [-1230, '-12.30', '-12.30'],
    [100_000_000, '1000000.00', '1,000,000.00'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91', '90,071,992,547,409.91'],
  ])('formats %d fen', (amount, plain, grouped) => {
    expect(formatYuan(amount)).toBe(plain);
    expect(formatYuan(amount, { grouping: true })).toBe(grouped);
  });

  it('refuses non-integers and unsafe integers', () => {
    expect(() => formatYuan(1.5)).toThrow(RangeError);
    expect(() => formatYuan(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
    expect(() => formatYuan(Number.NaN)).toThrow(RangeError);
  });
});

describe('parseYuanToFen', () => {
  it.each([
    ['12.3', 1230],
    ['12', 1200],
    ['0.05', 5],
    [' 1,234.50 ', 123450],
    ['-12.30', -1230],
    ['-0', 0],
    ['0.1', 10],
    ['90071992547409.91', Number.MAX_SAFE_INTEGER],
  ])('reads %j as %d fen', (text, expected) => {
    const result = parseYuanToFen(text);
    expect(result).toEqual({ ok: true, fen: expected });
    if (result.ok) expect(Object.is(result.fen, -0)).toBe(false);
  });

  it.each(['12.345', 'abc', '12.', '.5', '1,23.00', '1e3', '+1', '１２', '12,3456'])(
    'rejects %j',
    (text) => {
      expect(parseYuanToFen(text)).toEqual({ ok: false, message: '金额格式不正确，最多两位小数' });
    },
  );

  it('rejects empty input and amounts beyond the safe range', () => {
    expect(parseYuanToFen('  ')).toEqual({ ok: false, message: '金额不能为空' });
    expect(parseYuanToFen('90071992547409.92')).toEqual({
      ok: false,
      message: '金额超出允许范围',
    });
  });

  it('inverts formatYuan, with or without grouping', () => {
    fc.assert(
      fc.property(fen, fc.boolean(), (amount, grouping) => {
        expect(parseYuanToFen(formatYuan(amount, { grouping }))).toEqual({ ok: true, fen: amount });
      }),
    );
  });
});

describe('chineseCapitalAmount', () => {
  it.each([
    [12345, '壹佰贰拾叁元肆角伍分'],
    [10000, '壹佰元整'],
    [10005, '壹佰元零伍分'],
    [10050, '壹佰元伍角'],
    [100_000_000, '壹佰万元整'],
    [1_001_000, '壹万零壹拾元整'],
    [0, '零元整'],
    [50, '伍角'],
    [5, '伍分'],
    [55, '伍角伍分'],
    [1000, '壹拾元整'],
    [-1230, '负壹拾贰元叁角'],
    [100_500, '壹仟零伍元整'],
    [10_000_000_010, '壹亿元壹角'],
    [10_000_000_100, '壹亿零壹元整'],
    [10_000_010_000, '壹亿零壹佰元整'],
    [10_100_000_000, '壹亿零壹佰万元整'],
    [1_000_100_000_000, '壹佰亿零壹佰万元整'],
    [Number.MAX_SAFE_INTEGER, '玖拾万零柒佰壹拾玖亿玖仟贰佰伍拾肆万柒仟肆佰零玖元玖角壹分'],
  ])('writes %d fen as %s', (amount, expected) => {
    expect(chineseCapitalAmount(amount)).toBe(expected);
  });

  it('refuses amounts that are not safe integers', () => {
    expect(() => chineseCapitalAmount(0.5)).toThrow(RangeError);
  });

  it('never doubles or ends with 零, and reads back to the same amount', () => {
    fc.assert(
      fc.property(fen, (amount) => {
        const text = chineseCapitalAmount(amount);
        expect(text).not.toContain('零零');
        if (amount !== 0) expect(text.endsWith('零')).toBe(false);
        expect(parseCapitalAmount(text)).toBe(amount);
      }),
    );
  });
});

describe('addFen / sumFen', () => {
  it('adds safe integers', () => {
    expect(addFen(1, 2)).toBe(3);
    expect(sumFen([])).toBe(0);
    expect(sumFen([100, -30, 5])).toBe(75);
  });

  it('throws RangeError on non-integers and on overflow', () => {
    expect(() => addFen(0.1, 0.2)).toThrow(RangeError);
    expect(() => addFen(Number.MAX_SAFE_INTEGER, 1)).toThrow(RangeError);
    expect(() => sumFen([1, Number.NaN])).toThrow(RangeError);
  });
});

describe('splitByRatio', () => {
  it('rounds the part half-up to the fen', () => {
    expect(splitByRatio(10_000, 7000)).toEqual([7000, 3000]);
    expect(splitByRatio(5, 5000)).toEqual([3, 2]);
    expect(splitByRatio(3, 5000)).toEqual([2, 1]);
    expect(splitByRatio(-5, 5000)).toEqual([-3, -2]);
    expect(splitByRatio(1, 4999)).toEqual([0, 1]);
    expect(splitByRatio(999, 0)).toEqual([0, 999]);
    expect(splitByRatio(999, 10_000)).toEqual([999, 0]);
  });

  it('is exact for amounts whose product with the ratio passes 2^53', () => {
    expect(splitByRatio(Number.MAX_SAFE_INTEGER, 5000)).toEqual([
      4503599627370496, 4503599627370495,
    ]);
  });

  it('refuses ratios outside 0–10000 basis points', () => {
    expect(() => splitByRatio(100, -1)).toThrow(RangeError);
    expect(() => splitByRatio(100, 10_001)).toThrow(RangeError);
    expect(() => splitByRatio(100, 12.5)).toThrow(RangeError);
  });

  it('parts always add back to the whole and stay within it', () => {
    fc.assert(
      fc.property(fen, fc.integer({ min: 0, max: 10_000 }), (amount, ratio) => {
        const [part, rest] = splitByRatio(amount, ratio);
        expect(part + rest).toBe(amount);
        expect(Number.isSafeInteger(part) && Number.isSafeInteger(rest)).toBe(true);
        expect(Math.abs(part)).toBeLessThanOrEqual(Math.abs(amount));
        // Within half a fen of the exact share.
        const error = BigInt(part) * 10_000n - BigInt(amount) * BigInt(ratio);
        expect(error <= 5000n && error >= -5000n).toBe(true);
      }),
    );
  });
});
