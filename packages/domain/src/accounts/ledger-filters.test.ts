import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumberOf } from '../iso-date';
import {
  AMOUNT_BANDS,
  amountBounds,
  beijingDayStart,
  directionOf,
  expenseTypeOf,
  inverseRelation,
  lastThreeMonths,
  ledgerDateRange,
  ledgerTimeText,
  movementSummary,
  presetFrom,
  signedYuan,
  TIME_PRESETS,
  withinAmount,
  type AmountBand,
  type TimePreset,
} from './ledger-filters';

const day = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z') })
  .filter((d) => !Number.isNaN(d.getTime()))
  .map((d) => d.toISOString().slice(0, 10));

describe('P35 交易时间', () => {
  it('runs a preset from presetFrom to today, 全部 unbounded, 自定义 as given', () => {
    expect(ledgerDateRange('2022-11-08', 'm3')).toEqual({ from: '2022-08-09', to: '2022-11-08' });
    expect(ledgerDateRange('2024-03-31', 'm1')).toEqual({ from: '2024-03-01', to: '2024-03-31' });
    expect(ledgerDateRange('2022-11-08', 'all')).toEqual({ from: null, to: null });
    expect(
      ledgerDateRange('2022-11-08', 'custom', { from: '2022-01-01', to: '2022-02-01' }),
    ).toEqual({ from: '2022-01-01', to: '2022-02-01' });
  });

  it('a longer preset never covers fewer days, and every preset ends today', () => {
    const presets = Object.keys(TIME_PRESETS).filter((p) => p !== 'all') as TimePreset[];
    fc.assert(
      fc.property(day, (today) => {
        const starts = presets.map((p) => dayNumberOf(ledgerDateRange(today, p).from!));
        for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeLessThan(starts[i - 1]!);
        for (const p of presets) expect(ledgerDateRange(today, p).to).toBe(today);
        // 近1月 covers between 28 and 31 days
        const days = dayNumberOf(today) - dayNumberOf(presetFrom(today, 'm1')!) + 1;
        expect(days).toBeGreaterThanOrEqual(28);
        expect(days).toBeLessThanOrEqual(31);
      }),
    );
  });

  it('默认展示临近三个月 starts on the first of the month two before', () => {
    expect(lastThreeMonths('2022-11-08')).toEqual({ from: '2022-09-01', to: '2022-11-08' });
    expect(lastThreeMonths('2026-01-31')).toEqual({ from: '2025-11-01', to: '2026-01-31' });
  });

  it('starts a Beijing day at 16:00 UTC the day before', () => {
    expect(beijingDayStart('2026-11-01').toISOString()).toBe('2026-10-31T16:00:00.000Z');
    expect(beijingDayStart(addDays('2026-12-31', 1)).toISOString()).toBe(
      '2026-12-31T16:00:00.000Z',
    );
  });
});

describe('P35 交易金额', () => {
  it('gives each band its bounds, upper exclusive, and 自定义 an inclusive max', () => {
    expect(amountBounds('all')).toEqual({ minFen: null, maxFen: null });
    expect(amountBounds('lt100')).toEqual({ minFen: null, maxFen: 10_000 });
    expect(amountBounds('100to500')).toEqual({ minFen: 10_000, maxFen: 50_000 });
    expect(amountBounds('gte1000')).toEqual({ minFen: 100_000, maxFen: null });
    expect(amountBounds('custom', { minFen: 1_000, maxFen: 2_000 })).toEqual({
      minFen: 1_000,
      maxFen: 2_001,
    });
    expect(amountBounds('custom', { minFen: 1_000 })).toEqual({ minFen: 1_000, maxFen: null });
    expect(withinAmount(-10_000, amountBounds('lt100'))).toBe(false);
    expect(withinAmount(-9_999, amountBounds('lt100'))).toBe(true);
    expect(withinAmount(2_000, amountBounds('custom', { maxFen: 2_000 }))).toBe(true);
  });

  it('puts every amount in exactly one band, whatever its sign', () => {
    const bands = Object.keys(AMOUNT_BANDS) as AmountBand[];
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }).filter((n) => n !== 0),
        (fen) => {
          const hits = bands.filter((b) => withinAmount(fen, amountBounds(b)));
          expect(hits).toHaveLength(1);
          expect(withinAmount(fen, amountBounds('all'))).toBe(true);
        },
      ),
    );
  });
});

describe('how a movement reads', () => {
  it('writes 摘要 as kind-text and the amount with its sign', () => {
    expect(movementSummary('消费', '医疗消费(门诊)')).toBe('消费-医疗消费(门诊)');
    expect(movementSummary('清算', '  ')).toBe('清算');
    expect(signedYuan(1_000)).toBe('+10.00');
    expect(signedYuan(-1_000)).toBe('-10.00');
    expect(signedYuan(333_937)).toBe('+3339.37');
    expect(directionOf(1)).toBe('income');
    expect(directionOf(-1)).toBe('expense');
  });

  it('shows 交易日期 in Beijing time with the weekday', () => {
    expect(ledgerTimeText('2022-08-29T06:28:31Z')).toBe('2022-08-29 14:28:31(星期一)');
    expect(ledgerTimeText(new Date('2022-08-25T16:30:00Z'))).toBe('2022-08-26 00:30:00(星期五)');
  });

  it('tells 门诊, 住院 and 药店 apart for 消费 and 退费 only', () => {
    const base = { kind: '消费', description: '', institutionKind: 'hospital', visitClass: null };
    expect(expenseTypeOf(base)).toBe('门诊');
    expect(expenseTypeOf({ ...base, visitClass: '住院' })).toBe('住院');
    expect(expenseTypeOf({ ...base, institutionKind: 'pharmacy', visitClass: '门诊' })).toBe(
      '药店',
    );
    expect(expenseTypeOf({ ...base, kind: '退费', description: '医疗退费(住院)' })).toBe('住院');
    expect(expenseTypeOf({ ...base, institutionKind: null, description: '定点药店购药' })).toBe(
      '药店',
    );
    expect(expenseTypeOf({ ...base, kind: '账户分配' })).toBe('');
  });

  it('turns a relation around', () => {
    expect(inverseRelation('10')).toBe('10');
    expect(inverseRelation('20')).toBe('50');
    expect(inverseRelation('54')).toBe('20');
    expect(inverseRelation('60')).toBe('40');
    expect(inverseRelation('41')).toBe('61');
    expect(inverseRelation('70')).toBe('70');
  });
});
