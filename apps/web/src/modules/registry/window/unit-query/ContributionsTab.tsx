import { useMemo, useState } from 'react';
import { DatePicker, Space, Switch, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { ServerTable } from '../../../../shared/ServerTable';
import { StatusTag, nowrap, yearMonth, yuan } from '../person-query/display';
import { unitUrl, type UnitContributionMonth } from './queries';

type Range = [Dayjs | null, Dayjs | null] | null;

const money = (title: string, fen: (m: UnitContributionMonth) => number) => ({
  title,
  key: title,
  align: 'right' as const,
  render: (_: unknown, m: UnitContributionMonth) => nowrap(yuan(fen(m))),
});

const columns: ColumnsType<UnitContributionMonth> = [
  { title: '费款所属期', dataIndex: 'period', render: (v: number) => nowrap(yearMonth(v)) },
  { title: '缴费人数', dataIndex: 'persons', align: 'right' },
  money('缴费基数合计', (m) => m.baseFen),
  money('单位缴费', (m) => m.unitAmountFen),
  money('个人缴费', (m) => m.personalAmountFen),
  money('应缴合计', (m) => m.unitAmountFen + m.personalAmountFen),
  {
    title: '欠费人数',
    dataIndex: 'arrearsPersons',
    align: 'right',
    render: (v: number) => (v > 0 ? <Typography.Text type="danger">{v}</Typography.Text> : 0),
  },
  {
    title: '缴费状态',
    key: 'state',
    render: (_: unknown, m) => <StatusTag status={m.arrearsPersons > 0 ? '欠费' : '已到账'} />,
  },
];

/**
 * 缴费明细: the unit's months, newest first, each summed over its persons, in a 费款所属期 range;
 * 只看欠费月份 (欠费核对) keeps the months something is owed. Months owed are marked red.
 */
export function ContributionsTab({
  unitId,
  onlyArrears,
  onOnlyArrearsChange,
}: {
  unitId: number;
  onlyArrears: boolean;
  onOnlyArrearsChange: (only: boolean) => void;
}) {
  const [range, setRange] = useState<Range>(null);
  const from = range?.[0]?.format('YYYYMM');
  const to = range?.[1]?.format('YYYYMM');
  const filters = useMemo(
    () => ({ from, to, only: onlyArrears ? 'arrears' : undefined }),
    [from, to, onlyArrears],
  );
  return (
    <div className="uq-contributions">
      <Space wrap className="pq-tab-toolbar pq-tab-toolbar-start" size={[24, 8]}>
        <Space size={8}>
          <Typography.Text>费款所属期</Typography.Text>
          <DatePicker.RangePicker
            picker="month"
            value={range}
            onChange={(v) => setRange(v)}
            allowEmpty={[true, true]}
            placeholder={['开始年月', '结束年月']}
            aria-label="费款所属期"
          />
        </Space>
        <label className="uq-switch">
          <Switch checked={onlyArrears} onChange={onOnlyArrearsChange} />
          <span>只看欠费月份（欠费核对）</span>
        </label>
      </Space>
      <ServerTable<UnitContributionMonth>
        url={unitUrl(unitId, 'contributions')}
        filters={filters}
        title="单位缴费明细（金额单位：元）"
        rowKey="period"
        columns={columns}
        rowClassName={(m) => (m.arrearsPersons > 0 ? 'uq-arrears-row' : '')}
        exportable={false}
      />
    </div>
  );
}
