import { describe, expect, it } from 'vitest';
import { listQueryString } from '../../../shared/table-query';
import {
  DEFAULT_LEDGER_FILTERS,
  HIDDEN,
  ledgerFilterProblem,
  ledgerParams,
  plainAmount,
  signedAmount,
} from './ledger-view';

describe('P35 的查询条件', () => {
  it('asks for nothing when everything is 全部', () => {
    expect(
      listQueryString({ page: 1, pageSize: 10, filters: ledgerParams(DEFAULT_LEDGER_FILTERS) }),
    ).toBe('page=1&pageSize=10');
  });

  it('sends a preset, a band and a kind, and 自定义 with its own values only', () => {
    const q = ledgerParams({
      ...DEFAULT_LEDGER_FILTERS,
      time: 'm3',
      amount: 'lt100',
      kind: '消费',
      from: '2026-01-01',
      minYuan: 5,
    });
    expect(q).toMatchObject({
      time: 'm3',
      amount: 'lt100',
      kind: '消费',
      from: undefined,
      minYuan: undefined,
    });
    const custom = ledgerParams({
      ...DEFAULT_LEDGER_FILTERS,
      time: 'custom',
      from: '2026-01-01',
      to: '2026-02-01',
      direction: 'expense',
      amount: 'custom',
      minYuan: 100,
      maxYuan: null,
    });
    expect(custom).toMatchObject({
      from: '2026-01-01',
      to: '2026-02-01',
      direction: 'expense',
      minYuan: '100',
      maxYuan: undefined,
    });
  });

  it('refuses 自定义 without its values and a max below the min', () => {
    expect(
      ledgerFilterProblem({ ...DEFAULT_LEDGER_FILTERS, time: 'custom', from: '2026-01-01' }),
    ).toMatch(/开始日期和结束日期/);
    expect(ledgerFilterProblem({ ...DEFAULT_LEDGER_FILTERS, amount: 'custom' })).toMatch(
      /最小金额或最大金额/,
    );
    expect(
      ledgerFilterProblem({ ...DEFAULT_LEDGER_FILTERS, amount: 'custom', minYuan: 9, maxYuan: 3 }),
    ).toBe('最大金额不能小于最小金额');
    expect(
      ledgerFilterProblem({ ...DEFAULT_LEDGER_FILTERS, amount: 'custom', maxYuan: 0 }),
    ).toBeNull();
  });

  it('hides every amount as ****', () => {
    expect(signedAmount(-1_000, false)).toBe('-10.00');
    expect(signedAmount(1_000, false)).toBe('+10.00');
    expect(signedAmount(1_000, true)).toBe(HIDDEN);
    expect(plainAmount(50_000, false)).toBe('500.00');
    expect(plainAmount(50_000, true)).toBe('****');
  });
});
