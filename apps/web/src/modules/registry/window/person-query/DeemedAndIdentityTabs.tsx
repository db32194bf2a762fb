import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { z } from 'zod';
import type { deemedContributionRow, specialIdentityRow } from '@yibao/contracts';
import {
  LoadFailed,
  RegionName,
  StatusTag,
  emptyLocale,
  nowrap,
  useNames,
  yearMonth,
} from './display';
import { personUrl, usePersonTab } from './queries';

type DeemedRow = z.infer<typeof deemedContributionRow>;
type SpecialIdentityRow = z.infer<typeof specialIdentityRow>;

/** 视同缴费信息: the periods counted as contributed, with 视同缴费月数合计. */
export function DeemedTab({ personId }: { personId: number }) {
  const result = usePersonTab<{ items: DeemedRow[]; totalMonths: number }>(
    personId,
    'deemed',
    personUrl(personId, 'deemed-contributions'),
  );
  if (result.isError) {
    return <LoadFailed error={result.error} onRetry={() => void result.refetch()} />;
  }
  const items = result.data?.items ?? [];
  const columns: ColumnsType<DeemedRow> = [
    { title: '视同缴费开始年月', dataIndex: 'startPeriod', render: (v: number) => yearMonth(v) },
    { title: '视同缴费终止年月', dataIndex: 'endPeriod', render: (v: number) => yearMonth(v) },
    { title: '视同缴费月数', dataIndex: 'months', align: 'right' },
    { title: '认定依据', dataIndex: 'basis', render: (v: string) => v || '-' },
    { title: '参保地', dataIndex: 'regionCode', render: (v: string) => <RegionName code={v} /> },
  ];
  return (
    <Table<DeemedRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={result.isFetching}
      pagination={false}
      locale={emptyLocale}
      summary={() =>
        items.length > 0 && (
          <Table.Summary.Row className="pq-summary">
            <Table.Summary.Cell index={0} colSpan={2}>
              <Typography.Text strong>视同缴费月数合计</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              <Typography.Text strong>{result.data?.totalMonths ?? 0}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} colSpan={2} />
          </Table.Summary.Row>
        )
      }
    />
  );
}

/** 人员特殊身份认定信息: 特困人员, 低保对象 … held for a period. */
export function SpecialIdentitiesTab({ personId }: { personId: number }) {
  const names = useNames();
  const result = usePersonTab<{ items: SpecialIdentityRow[] }>(
    personId,
    'special-identities',
    personUrl(personId, 'special-identities'),
  );
  if (result.isError) {
    return <LoadFailed error={result.error} onRetry={() => void result.refetch()} />;
  }
  const columns: ColumnsType<SpecialIdentityRow> = [
    {
      title: '特殊身份类别',
      dataIndex: 'identityType',
      render: (v: string) => names.specialIdentity(v),
    },
    { title: '开始日期', dataIndex: 'startDate', render: (v: string) => nowrap(v) },
    { title: '终止日期', dataIndex: 'endDate', render: (v: string | null) => nowrap(v) },
    { title: '认定状态', dataIndex: 'status', render: (v: string) => <StatusTag status={v} /> },
    { title: '认定来源', dataIndex: 'source', render: (v: string) => v || '-' },
    { title: '参保地', dataIndex: 'regionCode', render: (v: string) => <RegionName code={v} /> },
  ];
  return (
    <Table<SpecialIdentityRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={result.data?.items ?? []}
      loading={result.isFetching}
      pagination={false}
      locale={emptyLocale}
    />
  );
}
