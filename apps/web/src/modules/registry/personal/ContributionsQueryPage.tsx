import { useMemo, useState } from 'react';
import { Button, Card, DatePicker, Empty, Form, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import type { ContributionRow } from '@yibao/contracts';
import { ServerTable } from '../../../shared/ServerTable';
import { StatusTag, nowrap, wrapped, yearMonth, yuan } from '../window/person-query/display';
import { useFirstPage } from '../window/person-query/queries';
import {
  EMPLOYEE_INSURANCE,
  MY_CONTRIBUTIONS_URL,
  type ContributionTotals,
  type MyContributionsPage,
} from './myRegistryApi';
import '../window/person-query/person-query.css';
import './personal-registry.css';
import { today } from '../../../shared/format';

interface QueryValues {
  from?: Dayjs | null;
}

/** 缴费月数, 单位缴费合计, 个人缴费合计 over every month from the start month. */
export function ContributionTotalsLine({ totals }: { totals: ContributionTotals | undefined }) {
  const money = (v: number | undefined) => (v === undefined ? '-' : `${yuan(v)} 元`);
  return (
    <dl className="pq-totals my-contributions-totals" aria-label="缴费合计">
      <div>
        <dt>缴费月数</dt>
        <dd>{totals ? `${totals.months} 个月` : '-'}</dd>
      </div>
      <div>
        <dt>单位缴费合计</dt>
        <dd>{money(totals?.unitAmountFen)}</dd>
      </div>
      <div>
        <dt>个人缴费合计</dt>
        <dd>{money(totals?.personalAmountFen)}</dd>
      </div>
    </dl>
  );
}

const money = (title: string, key: keyof ContributionRow) => ({
  title,
  dataIndex: key,
  align: 'right' as const,
  render: (v: number) => nowrap(yuan(v)),
});

const columns: ColumnsType<ContributionRow> = [
  { title: '费款所属期', dataIndex: 'period', render: (v: number) => nowrap(yearMonth(v)) },
  { title: '缴费类型', dataIndex: 'kind', render: (v: string) => nowrap(v) },
  money('缴费基数', 'baseFen'),
  money('单位缴费', 'unitAmountFen'),
  money('个人缴费', 'personalAmountFen'),
  money('划入账户', 'accountAllocationFen'),
  { title: '到账状态', dataIndex: 'status', render: (v: string) => <StatusTag status={v} /> },
  { title: '到账日期', dataIndex: 'paidOn', render: (v: string | null) => nowrap(v) },
  { title: '缴费单位', dataIndex: 'unitName', render: (v: string | null) => wrapped(v) },
];

/** The months after this one cannot be asked for. */
const afterThisMonth = (d: Dayjs) => d.isAfter(today(), 'month');

/** The months from the start month, paged by the server, with the totals of them all. */
function ContributionsResult({ from }: { from: number }) {
  const filters = useMemo(() => ({ from, insuranceType: EMPLOYEE_INSURANCE }), [from]);
  // the totals come with every page: read them from the first, which the table fetches too
  const first = useFirstPage<MyContributionsPage>(MY_CONTRIBUTIONS_URL, filters);
  return (
    <Card className="applicant-section my-contributions-result">
      <ServerTable<ContributionRow>
        url={MY_CONTRIBUTIONS_URL}
        filters={filters}
        title="职工参保缴费信息（金额单位：元）"
        rowKey="id"
        columns={columns}
        exportable={false}
        extra={<ContributionTotalsLine totals={first.data?.totals} />}
      />
    </Card>
  );
}

/**
 * P31 职工参保缴费信息查询 (000 §2 我要查): choose 【查询起始年月】 and 【查询】 to see the months paid
 * since; 【重置】 empties the page again.
 */
export default function ContributionsQueryPage() {
  const [form] = Form.useForm<QueryValues>();
  const [from, setFrom] = useState<number | null>(null);

  const reset = () => {
    form.resetFields();
    setFrom(null);
  };

  return (
    <div className="my-contributions">
      <Card className="applicant-section">
        <Form<QueryValues>
          form={form}
          layout="inline"
          className="my-query-form"
          onFinish={(v) => v.from && setFrom(Number(v.from.format('YYYYMM')))}
        >
          <Form.Item
            name="from"
            label="查询起始年月"
            rules={[{ required: true, message: '请选择查询起始年月' }]}
          >
            <DatePicker
              picker="month"
              format="YYYY-MM"
              placeholder="请选择查询起始年月"
              disabledDate={afterThisMonth}
              className="my-month-picker"
            />
          </Form.Item>
          <Form.Item>
            <Space size={12}>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                查询
              </Button>
              <Button icon={<ReloadOutlined />} onClick={reset}>
                重置
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
      {from === null ? (
        <Card className="applicant-section">
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description="请选择【查询起始年月】，点击【查询】按钮查看缴费信息"
          />
        </Card>
      ) : (
        <ContributionsResult from={from} />
      )}
    </div>
  );
}
