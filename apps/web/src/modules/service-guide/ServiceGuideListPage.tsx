import { useMemo, useState } from 'react';
import { Alert, Card, Input, Segmented, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { ServiceItemKindValue, ServiceItemSummary } from '@yibao/contracts';
import { errorMessage } from '../../shared/api';
import { useElder } from '../../shared/elder';
import { KindTag } from './parts';
import { matchesSearch, matchingParts } from './search';
import { guidePath, useServiceItems } from './serviceGuideApi';

type KindFilter = 'all' | ServiceItemKindValue;

const KIND_OPTIONS: { value: KindFilter; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'business', label: '业务' },
  { value: 'query', label: '查询' },
  { value: 'info', label: '信息' },
];

/** 办事指南: the 41 service items of guide 002, searchable, each opening its guide. */
export default function ServiceGuideListPage() {
  const query = useServiceItems();
  const { elder } = useElder();
  const [words, setWords] = useState('');
  const [kind, setKind] = useState<KindFilter>('all');
  const items = query.data?.items;
  const shown = useMemo(
    () =>
      (items ?? []).filter(
        (item) => (kind === 'all' || item.kind === kind) && matchesSearch(item, words),
      ),
    [items, kind, words],
  );

  const columns: ColumnsType<ServiceItemSummary> = [
    { title: '序号', dataIndex: 'no', width: elder ? 80 : 64, align: 'center' },
    {
      title: '事项名称',
      dataIndex: 'name',
      render: (name: string, row) => {
        const parts = matchingParts(row, words);
        return (
          <div>
            <Link to={guidePath(row.no)} className="guide-item-link">
              {name}
            </Link>
            {row.partNames.length > 0 && (
              <Typography.Text type="secondary" className="guide-item-parts">
                {parts.length ? `含：${parts.join('、')}` : `共 ${row.partNames.length} 个子项`}
              </Typography.Text>
            )}
          </div>
        );
      },
    },
    {
      title: '类型',
      dataIndex: 'kind',
      width: elder ? 96 : 80,
      render: (_: unknown, row) => <KindTag kind={row.kind} label={row.kindLabel} />,
    },
    {
      title: '办理时限',
      dataIndex: 'timeLimitText',
      width: elder ? 280 : 240,
      render: (text: string | null) =>
        text ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: '窗口受理',
      key: 'businesses',
      width: elder ? 200 : 170,
      render: (_: unknown, row) =>
        row.businesses.length ? (
          <div>
            <Tag color="green" className="guide-accept-tag">
              可受理
            </Tag>
            <Typography.Text type="secondary" className="guide-business-names">
              {row.businesses.map((b) => b.name).join('、')}
            </Typography.Text>
          </div>
        ) : (
          <Typography.Text type="secondary">仅指南</Typography.Text>
        ),
    },
  ];

  return (
    <Card
      size="small"
      title="办事指南"
      className="guide-list"
      extra={
        <Typography.Text type="secondary">
          {items ? `共 ${items.length} 个服务事项` : ''}
        </Typography.Text>
      }
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <div className="guide-toolbar">
          <Input.Search
            allowClear
            placeholder="输入事项名称、子项名称或序号"
            aria-label="搜索服务事项"
            className="guide-search"
            onChange={(e) => setWords(e.target.value)}
            onSearch={setWords}
          />
          <Segmented<KindFilter> options={KIND_OPTIONS} value={kind} onChange={setKind} />
        </div>
        {query.isError && <Alert type="error" showIcon title={errorMessage(query.error)} />}
        <Table<ServiceItemSummary>
          rowKey="no"
          size={elder ? 'middle' : 'small'}
          columns={columns}
          dataSource={shown}
          loading={query.isPending}
          pagination={false}
          scroll={{ x: 720 }}
          locale={{ emptyText: '没有符合条件的服务事项' }}
        />
      </Space>
    </Card>
  );
}
