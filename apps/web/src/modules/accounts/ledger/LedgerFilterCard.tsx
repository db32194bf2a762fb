import { useState } from 'react';
import { Alert, Button, Card, DatePicker, InputNumber, Radio, Space } from 'antd';
import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import {
  AMOUNT_OPTIONS,
  DEFAULT_LEDGER_FILTERS,
  DIRECTION_OPTIONS,
  KIND_OPTIONS,
  TIME_OPTIONS,
  ledgerFilterProblem,
  type LedgerFilterState,
} from './ledger-view';
import { today } from '../../../shared/format';

/** One line of the block: the label, then its choices as a row of buttons. */
function Choices<V extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: V;
  options: { value: V; label: string }[];
  onChange: (v: V) => void;
}) {
  return (
    <div className="ledger-filter-row" role="group" aria-label={label}>
      <span className="ledger-filter-label">{label}：</span>
      <Radio.Group
        optionType="button"
        buttonStyle="solid"
        value={value}
        options={options}
        onChange={(e) => onChange(e.target.value as V)}
        aria-label={label}
      />
    </div>
  );
}

/**
 * 个人账户明细查询条件 (P35): 交易时间, 交易类型, 交易金额 and 业务类型 as rows of choices, 自定义 with
 * its dates or amounts; 【查询】 applies them, 【重置】 goes back to 全部 and applies that.
 */
export function LedgerFilterCard({ onApply }: { onApply: (f: LedgerFilterState) => void }) {
  const [draft, setDraft] = useState<LedgerFilterState>(DEFAULT_LEDGER_FILTERS);
  const [problem, setProblem] = useState<string | null>(null);
  const set = (patch: Partial<LedgerFilterState>) => {
    setProblem(null);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const apply = () => {
    const wrong = ledgerFilterProblem(draft);
    setProblem(wrong);
    if (!wrong) onApply(draft);
  };
  const reset = () => {
    setProblem(null);
    setDraft(DEFAULT_LEDGER_FILTERS);
    onApply(DEFAULT_LEDGER_FILTERS);
  };

  return (
    <Card className="applicant-section ledger-filters" title="个人账户明细查询条件">
      <Choices
        label="交易时间"
        value={draft.time}
        options={TIME_OPTIONS}
        onChange={(time) => set({ time })}
      />
      {draft.time === 'custom' && (
        <div className="ledger-filter-custom">
          <DatePicker.RangePicker
            aria-label="自定义交易时间"
            placeholder={['开始日期', '结束日期']}
            value={draft.from && draft.to ? [dayjs(draft.from), dayjs(draft.to)] : [null, null]}
            disabledDate={(d) => d.isAfter(today(), 'day')}
            onChange={(range) =>
              set({
                from: range?.[0]?.format('YYYY-MM-DD'),
                to: range?.[1]?.format('YYYY-MM-DD'),
              })
            }
          />
        </div>
      )}
      <Choices
        label="交易类型"
        value={draft.direction}
        options={DIRECTION_OPTIONS}
        onChange={(direction) => set({ direction })}
      />
      <Choices
        label="交易金额"
        value={draft.amount}
        options={AMOUNT_OPTIONS}
        onChange={(amount) => set({ amount })}
      />
      {draft.amount === 'custom' && (
        <Space className="ledger-filter-custom" wrap>
          <InputNumber<number>
            aria-label="最小金额"
            placeholder="最小金额"
            min={0}
            precision={2}
            prefix="¥"
            value={draft.minYuan ?? null}
            onChange={(minYuan) => set({ minYuan })}
          />
          <span>至</span>
          <InputNumber<number>
            aria-label="最大金额"
            placeholder="最大金额"
            min={0}
            precision={2}
            prefix="¥"
            value={draft.maxYuan ?? null}
            onChange={(maxYuan) => set({ maxYuan })}
          />
        </Space>
      )}
      <Choices
        label="业务类型"
        value={draft.kind}
        options={KIND_OPTIONS}
        onChange={(kind) => set({ kind })}
      />
      {problem && <Alert type="error" showIcon className="ledger-filter-problem" title={problem} />}
      <Space className="ledger-filter-actions">
        <Button icon={<ReloadOutlined />} onClick={reset}>
          重置
        </Button>
        <Button type="primary" icon={<SearchOutlined />} onClick={apply}>
          查询
        </Button>
      </Space>
    </Card>
  );
}
