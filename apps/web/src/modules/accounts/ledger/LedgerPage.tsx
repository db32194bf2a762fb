import { useMemo, useState } from 'react';
import { Alert, Button, Card, Skeleton } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { EyeInvisibleOutlined, EyeOutlined, PrinterOutlined } from '@ant-design/icons';
import type { LedgerMovement, LedgerPageReply } from '@yibao/contracts';
import { ledgerTimeText } from '@yibao/domain';
import { ServerTable } from '../../../shared/ServerTable';
import { exportUrl } from '../../../shared/table-query';
import { LoadFailed, nowrap } from '../../registry/window/person-query/display';
import { useFirstPage } from '../../registry/window/person-query/queries';
import { LedgerFilterCard } from './LedgerFilterCard';
import { MOVEMENTS_URL, useHiddenAmounts, useLedgerSummary } from './ledgerApi';
import { DEFAULT_LEDGER_FILTERS, ledgerParams, plainAmount, signedAmount } from './ledger-view';
import { MovementDetailDrawer } from './MovementDetail';
import './ledger.css';

/** 个人账户余额: the balance, the whole income and expense, and 【隐藏金额】. */
function BalanceCard({ hidden, onToggle }: { hidden: boolean; onToggle: () => void }) {
  const summary = useLedgerSummary();
  const data = summary.data;
  return (
    <Card
      className="applicant-section ledger-balance"
      title="个人账户余额"
      extra={
        <Button
          icon={hidden ? <EyeOutlined /> : <EyeInvisibleOutlined />}
          onClick={onToggle}
          aria-pressed={hidden}
        >
          {hidden ? '显示金额' : '隐藏金额'}
        </Button>
      }
    >
      {summary.isPending && <Skeleton active paragraph={{ rows: 1 }} />}
      {summary.isError && (
        <LoadFailed error={summary.error} onRetry={() => void summary.refetch()} />
      )}
      {data && !data.hasAccount && (
        <Alert
          type="info"
          showIcon
          title="您暂无个人账户"
          description="参加职工基本医疗保险后建立个人账户。"
        />
      )}
      {data?.hasAccount && (
        <dl className="ledger-balance-facts" aria-label="个人账户余额">
          <div>
            <dt>当前账户余额</dt>
            <dd>{plainAmount(data.balanceFen, hidden)}</dd>
          </div>
          <div>
            <dt>当前账户收入汇总金额</dt>
            <dd className="ledger-income">{signedAmount(data.incomeFen, hidden)}</dd>
          </div>
          <div>
            <dt>当前账户支出汇总金额</dt>
            <dd className="ledger-expense">{signedAmount(data.expenseFen, hidden)}</dd>
          </div>
        </dl>
      )}
    </Card>
  );
}

/**
 * P35 个人账户明细查询 (000 §2 我要查): 个人账户余额 with 【隐藏金额】, the 查询条件, and the
 * movements — newest first, paged by the server — with 汇总 over all of them, 【打印明细】 and
 * each movement's 详情.
 */
export default function LedgerPage() {
  const { hidden, toggle } = useHiddenAmounts();
  const [conditions, setConditions] = useState(DEFAULT_LEDGER_FILTERS);
  const [open, setOpen] = useState<number | null>(null);
  const filters = useMemo(() => ledgerParams(conditions), [conditions]);
  // the totals come with every page: read them from the first, which the table fetches too
  const first = useFirstPage<LedgerPageReply>(MOVEMENTS_URL, filters);
  const totals = first.data?.totals;
  const printUrl = exportUrl(MOVEMENTS_URL, {
    format: 'pdf',
    title: '个人账户明细',
    columns: [],
    filters,
  });

  const columns: ColumnsType<LedgerMovement> = [
    {
      title: '交易日期',
      dataIndex: 'occurredAt',
      render: (v: string) => nowrap(ledgerTimeText(v)),
    },
    {
      title: '交易金额(元)',
      dataIndex: 'amountFen',
      align: 'right',
      render: (v: number) => (
        <span className={v > 0 ? 'ledger-income' : 'ledger-expense'}>
          {nowrap(signedAmount(v, hidden))}
        </span>
      ),
    },
    { title: '摘要', dataIndex: 'summary', render: (v: string) => nowrap(v) },
    {
      title: '余额(元)',
      dataIndex: 'balanceAfterFen',
      align: 'right',
      render: (v: number) => nowrap(plainAmount(v, hidden)),
    },
    {
      title: '操作',
      key: 'detail',
      render: (_: unknown, row) => (
        <Button type="link" size="small" className="pq-link" onClick={() => setOpen(row.id)}>
          详情
        </Button>
      ),
    },
  ];

  return (
    <div className="ledger-page">
      <BalanceCard hidden={hidden} onToggle={toggle} />
      <LedgerFilterCard onApply={setConditions} />
      <Card className="applicant-section ledger-result">
        <ServerTable<LedgerMovement>
          url={MOVEMENTS_URL}
          filters={filters}
          title="个人账户明细信息查询"
          rowKey="id"
          indexTitle="序号"
          columns={columns}
          exportable={false}
          extra={
            <>
              <span className="ledger-totals" aria-label="汇总">
                <span>汇总：共计{totals?.count ?? 0}笔</span>
                <span>
                  收入：
                  <span className="ledger-income">
                    {signedAmount(totals?.incomeFen ?? 0, hidden)}
                  </span>
                </span>
                <span>
                  支出：
                  <span className="ledger-expense">
                    {signedAmount(totals?.expenseFen ?? 0, hidden)}
                  </span>
                </span>
              </span>
              <Button
                icon={<PrinterOutlined />}
                href={printUrl}
                target="_blank"
                rel="noopener"
                disabled={!totals?.count}
              >
                打印明细
              </Button>
            </>
          }
        />
      </Card>
      <MovementDetailDrawer id={open} hidden={hidden} onClose={() => setOpen(null)} />
    </div>
  );
}
