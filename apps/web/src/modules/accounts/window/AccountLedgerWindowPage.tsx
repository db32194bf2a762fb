import { useState, type ReactNode } from 'react';
import { Button, Card, DatePicker, Form, Skeleton, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  DownloadOutlined,
  PrinterOutlined,
  ReloadOutlined,
  SearchOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import type {
  WindowLedgerMonth,
  WindowLedgerMonthsReply,
  WindowLedgerMovement,
  WindowLedgerPerson,
} from '@yibao/contracts';
import { formatYuan, ledgerTimeText, signedYuan } from '@yibao/domain';
import { api } from '../../../shared/api';
import { ServerTable } from '../../../shared/ServerTable';
import {
  CertLookup,
  certQuery,
  useCertLookup,
  type CertValues,
} from '../../registry/window/CertLookup';
import {
  LoadFailed,
  RegionName,
  emptyLocale,
  nowrap,
  useNames,
  wrapped,
} from '../../registry/window/person-query/display';
import '../../registry/window/person-query/person-query.css';
import './window-ledger.css';
import { today } from '../../../shared/format';

const findPerson = (v: CertValues) =>
  api.get<WindowLedgerPerson>(`/api/accounts/ledger-person?${certQuery(v)}`);

const monthsUrl = (id: number) => `/api/accounts/persons/${id}/ledger-months`;
const movementsUrl = (id: number) => `/api/accounts/persons/${id}/ledger-movements`;

/** 2026-03 */
const monthText = (period: number) =>
  `${Math.floor(period / 100)}-${String(period % 100).padStart(2, '0')}`;
const periodOf = (d: Dayjs) => Number(d.format('YYYYMM'));

interface RangeValues {
  from?: Dayjs | null;
  to?: Dayjs | null;
}

/** 结算开始时间 at first: January of this year; 结算结束时间: this month. */
const defaultRange = () => ({ from: today().startOf('year'), to: today().startOf('month') });

/** 人员基本信息 of the person found, with the account's balance and status. */
function PersonFacts({ person }: { person: WindowLedgerPerson }) {
  const names = useNames();
  const facts: [string, ReactNode][] = [
    ['姓名', person.name],
    ['个人编号', person.personNo],
    ['证件类型', names.cert(person.certType)],
    ['证件号码', person.certNo],
    ['参保地', <RegionName key="region" code={person.regionCode} />],
    ['账户余额(元)', person.account ? formatYuan(person.account.balanceFen) : '-'],
    [
      '账户状态',
      person.account ? <Tag color="green">{person.account.status}</Tag> : <Tag>未建立个人账户</Tag>,
    ],
  ];
  return (
    <Card size="small" className="window-form-section">
      <dl className="pq-person-facts" aria-label="人员基本信息">
        {facts.map(([label, value]) => (
          <div key={label} className="pq-person-fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

/** The movements of one month, paged by the server, with 打印 and 导出. */
function MonthMovements({ personId, period }: { personId: number; period: number }) {
  const columns: ColumnsType<WindowLedgerMovement> = [
    {
      title: '交易时间',
      dataIndex: 'occurredAt',
      render: (v: string) => nowrap(ledgerTimeText(v)),
    },
    {
      title: '交易金额(元)',
      dataIndex: 'amountFen',
      align: 'right',
      render: (v: number) => nowrap(signedYuan(v)),
    },
    { title: '摘要', dataIndex: 'summary', render: (v: string) => nowrap(v) },
    {
      title: '余额(元)',
      dataIndex: 'balanceAfterFen',
      align: 'right',
      render: (v: number) => nowrap(formatYuan(v)),
    },
    { title: '使用人', dataIndex: 'userName', render: (v: string | null) => nowrap(v ?? '本人') },
    { title: '医院药店', dataIndex: 'institutionName', render: (v: string | null) => wrapped(v) },
  ];
  return (
    <Card size="small" className="window-form-section window-ledger-month">
      <ServerTable<WindowLedgerMovement>
        url={movementsUrl(personId)}
        filters={{ period }}
        title={`${monthText(period)} 收支明细`}
        rowKey="id"
        indexTitle="序号"
        columns={columns}
      />
    </Card>
  );
}

/** 个人账户收入支出表 over the chosen months, with the totals, 打印 and 导出. */
function MonthsTable({
  personId,
  range,
  onOpen,
  open,
}: {
  personId: number;
  range: { from: number; to: number };
  onOpen: (period: number) => void;
  open: number | null;
}) {
  const query = `from=${range.from}&to=${range.to}`;
  const months = useQuery({
    queryKey: ['window-ledger', personId, query],
    queryFn: () => api.get<WindowLedgerMonthsReply>(`${monthsUrl(personId)}?${query}`),
    retry: false,
  });
  const file = (format: 'pdf' | 'xlsx') => `${monthsUrl(personId)}?${query}&format=${format}`;
  const columns: ColumnsType<WindowLedgerMonth> = [
    { title: '年月', dataIndex: 'period', render: (v: number) => nowrap(monthText(v)) },
    { title: '笔数', dataIndex: 'count', align: 'right' },
    {
      title: '收入(元)',
      dataIndex: 'incomeFen',
      align: 'right',
      render: (v: number) => nowrap(signedYuan(v)),
    },
    {
      title: '支出(元)',
      dataIndex: 'expenseFen',
      align: 'right',
      render: (v: number) => nowrap(signedYuan(v)),
    },
    {
      title: '月末余额(元)',
      dataIndex: 'closingBalanceFen',
      align: 'right',
      render: (v: number) => nowrap(formatYuan(v)),
    },
    {
      title: '操作',
      key: 'open',
      render: (_: unknown, r) => (
        <Button
          type="link"
          size="small"
          className="pq-link"
          onClick={() => onOpen(r.period)}
          disabled={open === r.period}
        >
          明细
        </Button>
      ),
    },
  ];
  if (months.isError)
    return <LoadFailed error={months.error} onRetry={() => void months.refetch()} />;
  const data = months.data;
  return (
    <Card size="small" className="window-form-section">
      <div className="server-table-toolbar">
        <Typography.Title level={5} style={{ margin: 0 }}>
          个人账户收入支出表
        </Typography.Title>
        <Space wrap>
          {data && (
            <dl className="pq-totals" aria-label="收支合计">
              <div>
                <dt>笔数</dt>
                <dd>{data.totals.count}</dd>
              </div>
              <div>
                <dt>收入合计</dt>
                <dd>{signedYuan(data.totals.incomeFen)}</dd>
              </div>
              <div>
                <dt>支出合计</dt>
                <dd>{signedYuan(data.totals.expenseFen)}</dd>
              </div>
            </dl>
          )}
          <Button icon={<PrinterOutlined />} href={file('pdf')} target="_blank" rel="noopener">
            打印
          </Button>
          <Button icon={<DownloadOutlined />} href={file('xlsx')} download>
            导出
          </Button>
        </Space>
      </div>
      {data ? (
        <Table<WindowLedgerMonth>
          rowKey="period"
          columns={columns}
          dataSource={data.items}
          pagination={false}
          locale={emptyLocale}
          scroll={{ x: 'max-content' }}
          rowClassName={(r) => (r.period === open ? 'window-ledger-open' : '')}
        />
      ) : (
        <Skeleton active paragraph={{ rows: 4 }} />
      )}
    </Card>
  );
}

/** 查询条件 (结算开始时间, 结算结束时间), the table and a month's movements on demand. */
function PersonLedger({ person }: { person: WindowLedgerPerson }) {
  const [form] = Form.useForm<RangeValues>();
  const initial = defaultRange();
  const [range, setRange] = useState({ from: periodOf(initial.from), to: periodOf(initial.to) });
  const [open, setOpen] = useState<number | null>(null);
  return (
    <>
      <PersonFacts person={person} />
      <Card size="small" title="查询条件" className="window-form-section">
        <Form<RangeValues>
          form={form}
          layout="inline"
          initialValues={initial}
          onFinish={(v) => {
            if (!v.from || !v.to) return;
            setOpen(null);
            setRange({ from: periodOf(v.from), to: periodOf(v.to) });
          }}
        >
          <Form.Item
            label="结算开始时间"
            name="from"
            rules={[{ required: true, message: '请选择开始时间' }]}
          >
            <DatePicker picker="month" format="YYYY-MM" placeholder="请选择开始时间" />
          </Form.Item>
          <Form.Item
            label="结算结束时间"
            name="to"
            dependencies={['from']}
            rules={[
              { required: true, message: '请选择结束时间' },
              ({ getFieldValue }) => ({
                validator: (_, v: Dayjs | null) => {
                  const from = getFieldValue('from') as Dayjs | null;
                  return !v || !from || !v.isBefore(from, 'month')
                    ? Promise.resolve()
                    : Promise.reject(new Error('结算结束时间不能早于结算开始时间'));
                },
              }),
            ]}
          >
            <DatePicker picker="month" format="YYYY-MM" placeholder="请选择结束时间" />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button
                icon={<ReloadOutlined />}
                onClick={() => {
                  form.resetFields();
                  setOpen(null);
                  setRange({ from: periodOf(initial.from), to: periodOf(initial.to) });
                }}
              >
                重置
              </Button>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                查询
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
      <MonthsTable personId={person.id} range={range} onOpen={setOpen} open={open} />
      {open !== null && <MonthMovements key={open} personId={person.id} period={open} />}
    </>
  );
}

/**
 * W05 个人账户收入支出查询 (002 五 医保参保人个人权益信息查询; 综合查询 › 个人账户收入支出查询):
 * 人员查询 by 证件类型 and 证件号码 within the clerk's regions, then the account's income and
 * expense by month over 结算开始时间 … 结算结束时间 with the totals, 打印 and 导出, and a month's
 * movements on demand.
 */
export default function AccountLedgerWindowPage() {
  const lookup = useCertLookup(findPerson);
  const person = lookup.found?.value;
  return (
    <div className="window-ledger">
      <CertLookup state={lookup} idleHint="请输入证件类型和证件号码，查询人员的个人账户收入支出">
        {person && lookup.found && <PersonLedger key={lookup.found.seq} person={person} />}
      </CertLookup>
    </div>
  );
}
