import { useMemo, useState } from 'react';
import { DatePicker, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import type { ContributionRow, Page } from '@yibao/contracts';
import { ServerTable } from '../../../../shared/ServerTable';
import { StatusTag, nowrap, wrapped, yearMonth, yuan } from './display';
import { personUrl, useFirstPage } from './queries';

type Range = [Dayjs | null, Dayjs | null] | null;

interface Totals {
  months: number;
  unitAmountFen: number;
  personalAmountFen: number;
}

const TITLES = { '310': '职工缴费明细', '390': '居民缴费明细' } as const;

const money = (title: string, key: keyof ContributionRow) => ({
  title,
  dataIndex: key,
  align: 'right' as const,
  render: (v: number) => nowrap(yuan(v)),
});

/** 缴费月数, 单位缴费合计, 个人缴费合计 over every month the filter selects. */
function TotalsLine({ totals }: { totals: Totals | undefined }) {
  const show = (v: number | undefined, money: boolean) =>
    v === undefined ? '-' : money ? `${yuan(v)} 元` : `${v} 个月`;
  return (
    <dl className="pq-totals" aria-label="缴费合计">
      <div>
        <dt>缴费月数</dt>
        <dd>{show(totals?.months, false)}</dd>
      </div>
      <div>
        <dt>单位缴费合计</dt>
        <dd>{show(totals?.unitAmountFen, true)}</dd>
      </div>
      <div>
        <dt>个人缴费合计</dt>
        <dd>{show(totals?.personalAmountFen, true)}</dd>
      </div>
    </dl>
  );
}

/**
 * 职工缴费信息 (310) or 居民缴费信息 (390): the months as stored, newest first, in a 年月 range,
 * with the totals of the whole range.
 */
export function ContributionsTab({
  personId,
  insuranceType,
}: {
  personId: number;
  insuranceType: '310' | '390';
}) {
  const [range, setRange] = useState<Range>(null);
  const url = personUrl(personId, 'contributions');
  const from = range?.[0]?.format('YYYYMM');
  const to = range?.[1]?.format('YYYYMM');
  const filters = useMemo(() => ({ insuranceType, from, to }), [insuranceType, from, to]);
  // the totals come with every page: read them from the first, which the table fetches too
  const first = useFirstPage<Page<ContributionRow> & { totals: Totals }>(url, filters);
  const employee = insuranceType === '310';
  const columns: ColumnsType<ContributionRow> = [
    {
      title: '费款所属期',
      dataIndex: 'period',
      render: (v: number) => nowrap(yearMonth(v)),
    },
    { title: '缴费类型', dataIndex: 'kind' },
    ...(employee ? [money('缴费基数', 'baseFen')] : []),
    money('单位缴费', 'unitAmountFen'),
    money('个人缴费', 'personalAmountFen'),
    ...(employee ? [money('划入账户', 'accountAllocationFen')] : []),
    { title: '到账状态', dataIndex: 'status', render: (v: string) => <StatusTag status={v} /> },
    { title: '到账日期', dataIndex: 'paidOn', render: (v: string | null) => nowrap(v) },
    { title: '缴费单位', dataIndex: 'unitName', render: (v: string | null) => wrapped(v) },
  ];
  return (
    <div className="pq-contributions">
      <Space wrap className="pq-tab-toolbar pq-tab-toolbar-start" size={[16, 8]}>
        <Space size={8}>
          <Typography.Text>年月</Typography.Text>
          <DatePicker.RangePicker
            picker="month"
            value={range}
            onChange={(v) => setRange(v)}
            allowEmpty={[true, true]}
            placeholder={['开始年月', '结束年月']}
            aria-label="年月"
          />
        </Space>
        <TotalsLine totals={first.data?.totals} />
      </Space>
      <ServerTable<ContributionRow>
        url={url}
        filters={filters}
        title={`${TITLES[insuranceType]}（金额单位：元）`}
        rowKey="id"
        columns={columns}
        exportable={false}
      />
    </div>
  );
}
