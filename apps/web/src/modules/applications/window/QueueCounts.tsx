import { Alert, Button, Card, Col, Empty, Row, Statistic, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useQuery } from '@tanstack/react-query';
import type { QueueCount } from '@yibao/contracts';
import { errorMessage } from '../../../shared/api';
import { REVIEW_COUNTS_KEY, applicationApi } from '../shared';
import type { QueueFilterValues } from './queue-filters';

export interface QueueCountsProps {
  /** shows the queue narrowed to what was clicked */
  onPick: (filters: QueueFilterValues) => void;
}

/** A count that narrows the queue when clicked; none is a plain 0. */
function CountLink({
  value,
  tone,
  label,
  onClick,
}: {
  value: number;
  tone?: 'overdue' | 'due-today';
  label: string;
  onClick: () => void;
}) {
  if (value === 0) return <span className="queue-count-zero">0</span>;
  return (
    <Button
      type="link"
      size="small"
      className={tone ? `queue-count queue-count-${tone}` : 'queue-count'}
      aria-label={`${label} ${value}`}
      onClick={onClick}
    >
      {value}
    </Button>
  );
}

/** 待办统计: the waiting applications per business type and review level, overdue in red. */
export function QueueCounts({ onPick }: QueueCountsProps) {
  const counts = useQuery({
    queryKey: REVIEW_COUNTS_KEY,
    queryFn: applicationApi.queueCounts,
    refetchInterval: 60_000,
  });
  const items = counts.data?.items ?? [];
  const total = (key: 'waiting' | 'overdue' | 'dueToday') =>
    items.reduce((sum, i) => sum + i[key], 0);
  const pick = (row: QueueCount, due?: QueueFilterValues['due']) =>
    onPick({ businessCode: row.businessCode, level: row.level, claim: 'all', due });

  const columns: ColumnsType<QueueCount> = [
    { title: '业务类型', dataIndex: 'businessName' },
    { title: '审核级别', dataIndex: 'levelName' },
    {
      title: '待审核',
      dataIndex: 'waiting',
      align: 'right',
      render: (n: number, row) => (
        <CountLink
          value={n}
          label={`${row.businessName}${row.levelName}待审核`}
          onClick={() => pick(row)}
        />
      ),
    },
    {
      title: '已超期',
      dataIndex: 'overdue',
      align: 'right',
      render: (n: number, row) => (
        <CountLink
          value={n}
          tone="overdue"
          label={`${row.businessName}${row.levelName}已超期`}
          onClick={() => pick(row, 'overdue')}
        />
      ),
    },
    {
      title: '今日到期',
      dataIndex: 'dueToday',
      align: 'right',
      render: (n: number, row) => (
        <CountLink
          value={n}
          tone="due-today"
          label={`${row.businessName}${row.levelName}今日到期`}
          onClick={() => pick(row, 'today')}
        />
      ),
    },
  ];

  const summary = [
    { key: 'waiting', title: '待审核', value: total('waiting'), due: undefined },
    { key: 'overdue', title: '已超期', value: total('overdue'), due: 'overdue' },
    { key: 'due-today', title: '今日到期', value: total('dueToday'), due: 'today' },
  ] as const;

  return (
    <Card title="待办统计" size="small" className="queue-counts">
      {counts.isError && (
        <Alert
          type="error"
          showIcon
          title="待办统计加载失败"
          description={errorMessage(counts.error)}
          style={{ marginBottom: 12 }}
        />
      )}
      <Row gutter={[12, 12]} className="queue-summary">
        {summary.map((s) => (
          <Col key={s.key} xs={24} sm={8}>
            <button
              type="button"
              className={`queue-summary-card queue-summary-${s.key}`}
              onClick={() => onPick({ claim: 'all', due: s.due })}
            >
              <Statistic title={s.title} value={s.value} suffix="件" loading={counts.isLoading} />
            </button>
          </Col>
        ))}
      </Row>
      <Table<QueueCount>
        className="queue-counts-table"
        size="small"
        rowKey={(r) => `${r.businessCode}:${r.level}`}
        columns={columns}
        dataSource={items}
        loading={counts.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无待审核办件" />,
        }}
      />
    </Card>
  );
}
