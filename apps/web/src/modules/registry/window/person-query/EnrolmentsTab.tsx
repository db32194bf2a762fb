import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { EnrolmentRow } from '@yibao/contracts';
import {
  LoadFailed,
  RegionName,
  StatusTag,
  emptyLocale,
  nowrap,
  useNames,
  wrapped,
  yuan,
} from './display';
import { personUrl, usePersonTab } from './queries';

/**
 * 人员参保信息 (scope current: 正常参保 and 暂停参保) or 历史参保信息 (scope history: 终止参保), one
 * row per enrolment, newest first.
 */
export function EnrolmentsTab({
  personId,
  scope,
}: {
  personId: number;
  scope: 'current' | 'history';
}) {
  const names = useNames();
  const result = usePersonTab<{ items: EnrolmentRow[] }>(
    personId,
    `enrolments-${scope}`,
    `${personUrl(personId, 'enrolments')}?scope=${scope}`,
  );
  if (result.isError) {
    return <LoadFailed error={result.error} onRetry={() => void result.refetch()} />;
  }
  const columns: ColumnsType<EnrolmentRow> = [
    { title: '险种类型', dataIndex: 'insuranceType', render: (v: string) => names.insurance(v) },
    { title: '参保身份', dataIndex: 'personType', render: (v: string) => names.personType(v) },
    { title: '参保状态', dataIndex: 'status', render: (v: string) => <StatusTag status={v} /> },
    { title: '参保开始日期', dataIndex: 'startDate', render: (v: string) => nowrap(v) },
    ...(scope === 'history'
      ? [
          {
            title: '参保终止日期',
            dataIndex: 'endDate',
            render: (v: string | null) => nowrap(v),
          },
        ]
      : []),
    {
      title: '首次参保日期',
      dataIndex: 'firstEnrolledOn',
      render: (v: string | null) => nowrap(v),
    },
    { title: '参保地', dataIndex: 'regionCode', render: (v: string) => <RegionName code={v} /> },
    { title: '单位编号', dataIndex: 'unitNo', render: (v: string | null) => nowrap(v) },
    { title: '单位名称', dataIndex: 'unitName', render: (v: string | null) => wrapped(v) },
    {
      title: '缴费基数（元）',
      dataIndex: 'contributionBaseFen',
      align: 'right',
      render: (v: number) => (v ? nowrap(yuan(v)) : '-'),
    },
  ];
  return (
    <Table<EnrolmentRow>
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
