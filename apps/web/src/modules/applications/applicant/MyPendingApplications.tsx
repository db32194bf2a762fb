import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ApplicationItem } from '@yibao/contracts';
import type { ApplicationStatus } from '@yibao/domain';
import { Alert, Button, Card, Empty, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ReloadOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../shared/api';
import { formatDateTime } from '../../../shared/format';
import { DEFAULT_PAGE_SIZE, PAGE_SIZE_OPTIONS } from '../../../shared/table-query';
import { StatusTag } from '../shared';
import { useMyApplications } from './applicantApi';

/**
 * 我的待办件 of a portal's home page (004 §三.2, 000): 序号, 业务类型, 经办日期, 审核状态, newest first,
 * paged by the server (总共N条, 10条/页, 跳转至); a row opens its 办件进度 detail.
 */
export function MyPendingApplications({ progressPath }: { progressPath: string }) {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(DEFAULT_PAGE_SIZE);
  const navigate = useNavigate();
  const list = useMyApplications(page, pageSize);
  const openDetail = (id: number) => void navigate(`${progressPath}?id=${id}`);

  const columns: ColumnsType<ApplicationItem> = [
    {
      title: '序号',
      key: 'index',
      width: 72,
      render: (_: unknown, _row, i) => (page - 1) * pageSize + i + 1,
    },
    {
      title: '业务类型',
      dataIndex: 'businessName',
      render: (name: string, row) => (
        <Button type="link" className="table-link" onClick={() => openDetail(row.id)}>
          {name}
        </Button>
      ),
    },
    { title: '经办日期', dataIndex: 'submittedAt', render: (at: string) => formatDateTime(at) },
    {
      title: '审核状态',
      dataIndex: 'status',
      render: (status: ApplicationStatus, row) => (
        <StatusTag status={status} label={row.statusLabel} />
      ),
    },
  ];

  return (
    <Card title="我的待办件" className="my-applications" size="small">
      {list.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title="我的待办件加载失败"
          description={errorMessage(list.error)}
          action={
            <Button size="small" icon={<ReloadOutlined />} onClick={() => void list.refetch()}>
              重试
            </Button>
          }
        />
      )}
      <Table<ApplicationItem>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无待办件" />,
        }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showQuickJumper: true,
          pageSizeOptions: PAGE_SIZE_OPTIONS,
          showTotal: (total, [from, to]) => `总共${total}条 显示${from}-${to}条`,
          onChange: (next, size) => {
            setPage(size !== pageSize ? 1 : next);
            setPageSize(size);
          },
        }}
      />
    </Card>
  );
}
