import { useState } from 'react';
import { ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MessageItem, Page } from '@yibao/contracts';
import { maskPhone } from '@yibao/domain';
import { Alert, Button, Card, Empty, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { api, errorMessage } from '../../../../shared/api';
import { formatDateTime } from '../../../../shared/format';
import { MESSAGES_KEY } from './centre';

const columns: ColumnsType<MessageItem> = [
  {
    title: '发送时间',
    dataIndex: 'sentAt',
    width: 190,
    render: (at: string) => formatDateTime(at),
  },
  { title: '消息内容', dataIndex: 'text', className: 'centre-message-text' },
  {
    title: '接收手机',
    dataIndex: 'phone',
    width: 140,
    render: (phone: string) => maskPhone(phone),
  },
  {
    title: '状态',
    dataIndex: 'status',
    width: 100,
    render: (status: string) => (
      <Tag color={status === '已发送' ? 'success' : 'error'}>{status}</Tag>
    ),
  },
];

/** 我的消息: the messages the platform sent to this person, newest first, a page at a time. */
export function MessagesCard() {
  const [paging, setPaging] = useState({ page: 1, pageSize: 10 });
  const query = useQuery({
    queryKey: [...MESSAGES_KEY, paging.page, paging.pageSize],
    queryFn: () =>
      api.get<Page<MessageItem>>(
        `/api/me/messages?page=${paging.page}&pageSize=${paging.pageSize}`,
      ),
    placeholderData: keepPreviousData,
    retry: false,
  });
  const failed = query.isError;
  return (
    <Card
      title="我的消息"
      className="centre-section"
      extra={
        <Button
          icon={<ReloadOutlined />}
          onClick={() => void query.refetch()}
          loading={query.isFetching}
        >
          刷新
        </Button>
      }
    >
      {failed && (
        <Alert
          type="error"
          showIcon
          className="centre-alert"
          title="消息加载失败"
          description={errorMessage(query.error)}
        />
      )}
      <Table<MessageItem>
        rowKey="id"
        columns={columns}
        dataSource={failed ? [] : (query.data?.items ?? [])}
        loading={query.isFetching}
        scroll={{ x: 720 }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无消息" />,
        }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: failed ? 0 : (query.data?.total ?? 0),
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50],
          showTotal: (total) => `总共 ${total} 条`,
          onChange: (page, pageSize) =>
            setPaging((p) => ({ page: pageSize === p.pageSize ? page : 1, pageSize })),
        }}
      />
    </Card>
  );
}
