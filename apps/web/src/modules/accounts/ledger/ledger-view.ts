/** Pure helpers of the ledger pages: the filter block's options and query, amounts as shown. */
import { formatYuan, MOVEMENT_KINDS, signedYuan } from '@yibao/domain';
import type { AmountChoice, TimeChoice } from '@yibao/domain';
import type { Filters } from '../../../shared/table-query';

/** What 【隐藏金额】 shows instead of an amount. */
export const HIDDEN = '****';

/** +10.00 / -10.00, or **** when amounts are hidden. */
export const signedAmount = (fen: number, hidden: boolean) => (hidden ? HIDDEN : signedYuan(fen));

/** 500.00, or **** when amounts are hidden. */
export const plainAmount = (fen: number, hidden: boolean) => (hidden ? HIDDEN : formatYuan(fen));

export const TIME_OPTIONS: { value: TimeChoice; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'm1', label: '近1月' },
  { value: 'm3', label: '近3月' },
  { value: 'm6', label: '近6月' },
  { value: 'm9', label: '近9月' },
  { value: 'm12', label: '近12月' },
  { value: 'custom', label: '自定义' },
];

export type DirectionChoice = 'all' | 'income' | 'expense';
export const DIRECTION_OPTIONS: { value: DirectionChoice; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'income', label: '收入' },
  { value: 'expense', label: '支出' },
];

export const AMOUNT_OPTIONS: { value: AmountChoice; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'lt100', label: '小于¥100' },
  { value: '100to500', label: '¥100-500' },
  { value: '500to1000', label: '¥500-1000' },
  { value: 'gte1000', label: '¥1000以上' },
  { value: 'custom', label: '自定义' },
];

export const KIND_OPTIONS: { value: string; label: string }[] = [
  { value: 'all', label: '全部' },
  ...MOVEMENT_KINDS.map((k) => ({ value: k, label: k })),
];

/** 个人账户明细查询条件 as the page holds them. */
export interface LedgerFilterState {
  time: TimeChoice;
  /** 自定义's days, YYYY-MM-DD */
  from?: string | undefined;
  to?: string | undefined;
  direction: DirectionChoice;
  amount: AmountChoice;
  /** 自定义's bounds in 元, as typed */
  minYuan?: number | null | undefined;
  maxYuan?: number | null | undefined;
  kind: string;
}

export const DEFAULT_LEDGER_FILTERS: LedgerFilterState = {
  time: 'all',
  direction: 'all',
  amount: 'all',
  kind: 'all',
};

const yuanParam = (v: number | null | undefined) =>
  v === null || v === undefined ? undefined : String(v);

/** The query of the conditions: 全部 is no condition; 自定义 brings its own values. */
export function ledgerParams(f: LedgerFilterState): Filters {
  return {
    time: f.time === 'all' ? undefined : f.time,
    from: f.time === 'custom' ? f.from : undefined,
    to: f.time === 'custom' ? f.to : undefined,
    direction: f.direction === 'all' ? undefined : f.direction,
    amount: f.amount === 'all' ? undefined : f.amount,
    minYuan: f.amount === 'custom' ? yuanParam(f.minYuan) : undefined,
    maxYuan: f.amount === 'custom' ? yuanParam(f.maxYuan) : undefined,
    kind: f.kind === 'all' ? undefined : f.kind,
  };
}

/** What is wrong with the conditions before asking the server, or null. */
export function ledgerFilterProblem(f: LedgerFilterState): string | null {
  if (f.time === 'custom' && (!f.from || !f.to)) return '请选择自定义交易时间的开始日期和结束日期';
  if (f.amount === 'custom') {
    const { minYuan: min, maxYuan: max } = f;
    if ((min === null || min === undefined) && (max === null || max === undefined))
      return '请输入自定义交易金额的最小金额或最大金额';
    if (min !== null && min !== undefined && max !== null && max !== undefined && min > max)
      return '最大金额不能小于最小金额';
  }
  return null;
}
