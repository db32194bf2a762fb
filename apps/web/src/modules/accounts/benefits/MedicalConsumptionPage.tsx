import { useMemo, useState } from 'react';
import { Button, Card } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { MedicalConsumptionReply, MedicalConsumptionRow } from '@yibao/contracts';
import { useDictionary } from '../../../shared/dictionaries';
import { ServerTable } from '../../../shared/ServerTable';
import { nowrap, wrapped, yuan } from '../../registry/window/person-query/display';
import { useFirstPage } from '../../registry/window/person-query/queries';
import { MEDICAL_CONSUMPTION_URL } from './benefitsApi';
import { ConsumptionDetail, StatusTag } from './ConsumptionDetail';
import { thisYear, YearQuery } from './YearQuery';
import './benefits.css';

type Totals = MedicalConsumptionReply['totals'];

/** 合计: the year's 笔数 and amounts over the settlements in force. */
function TotalsLine({ totals }: { totals: Totals | undefined }) {
  const money = (fen: number | undefined) => (fen === undefined ? '-' : `${yuan(fen)} 元`);
  const entries: [string, string][] = [
    ['笔数', totals ? `${totals.count} 笔` : '-'],
    ['费用总额', money(totals?.totalFen)],
    ['统筹基金支付', money(totals?.fundFen)],
    ['个人账户支付', money(totals?.accountFen)],
    ['现金支付', money(totals?.cashFen)],
  ];
  return (
    <dl className="benefits-totals" aria-label="年度合计">
      {entries.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      {totals && totals.refundedCount > 0 && (
        <div className="benefits-totals-note">（不含已退费 {totals.refundedCount} 笔）</div>
      )}
    </dl>
  );
}

const money = (title: string, key: keyof MedicalConsumptionRow) => ({
  title,
  dataIndex: key,
  align: 'right' as const,
  render: (v: number) => nowrap(yuan(v)),
});

function ConsumptionResult({ year }: { year: number }) {
  const medType = useDictionary('medical-categories').label;
  const [open, setOpen] = useState<number | null>(null);
  const filters = useMemo(() => ({ year }), [year]);
  // the totals come with every page: read them from the first, which the table fetches too
  const first = useFirstPage<MedicalConsumptionReply>(MEDICAL_CONSUMPTION_URL, filters);

  const columns: ColumnsType<MedicalConsumptionRow> = [
    { title: '结算日期', dataIndex: 'settledOn', render: (v: string) => nowrap(v) },
    { title: '定点医药机构', dataIndex: 'institutionName', render: (v: string) => wrapped(v) },
    { title: '医疗类别', dataIndex: 'medType', render: (v: string) => nowrap(medType(v)) },
    money('费用总额', 'totalFen'),
    money('统筹基金支付', 'fundFen'),
    money('个人账户支付', 'accountFen'),
    money('现金支付', 'cashFen'),
    { title: '状态', dataIndex: 'status', render: (v: string) => <StatusTag status={v} /> },
    {
      title: '操作',
      key: 'detail',
      fixed: 'right',
      render: (_v, row) => (
        <Button type="link" onClick={() => setOpen(row.id)}>
          详情
        </Button>
      ),
    },
  ];

  return (
    <Card className="applicant-section consumption-result">
      <TotalsLine totals={first.data?.totals} />
      <ServerTable<MedicalConsumptionRow>
        url={MEDICAL_CONSUMPTION_URL}
        filters={filters}
        title={`个人医疗消费信息列表（${year}年度，金额单位：元）`}
        rowKey="id"
        indexTitle="序号"
        columns={columns}
      />
      <ConsumptionDetail id={open} onClose={() => setOpen(null)} />
    </Card>
  );
}

/**
 * P55 个人医疗消费信息查询 (000 §4 个人权益): choose 【查询年度】 and 【查询】 to list the year's settled
 * visits; 【详情】 shows the bill (票据信息详情); 【重置】 goes back to this year.
 */
export default function MedicalConsumptionPage() {
  const [year, setYear] = useState(thisYear);
  return (
    <div className="benefits-page">
      <YearQuery title="个人医疗消费信息查询条件" onQuery={setYear} />
      <ConsumptionResult year={year} />
    </div>
  );
}
