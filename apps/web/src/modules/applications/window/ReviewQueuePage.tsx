import { useState } from 'react';
import { App, Button, Card, Col, Form, Radio, Row, Select, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApplicationItem } from '@yibao/contracts';
import { Link } from 'react-router';
import { errorMessage } from '../../../shared/api';
import { formatDateTime } from '../../../shared/format';
import { LinkButton } from '../../../shared/LinkButton';
import { LIST_KEY, ServerTable } from '../../../shared/ServerTable';
import { useSession } from '../../../shared/session';
import {
  REVIEW_COUNTS_KEY,
  REVIEW_QUEUE_URL,
  StatusTag,
  applicationApi,
  useBusinesses,
} from '../shared';
import { DueOn } from './DueOn';
import { QueueCounts } from './QueueCounts';
import {
  CLAIM_OPTIONS,
  DUE_OPTIONS,
  levelOptions,
  queueFilters,
  reviewedBusinesses,
  type QueueFilterValues,
} from './queue-filters';

const EMPTY: QueueFilterValues = { claim: 'all' };

/** 打印 and 导出 give the fields the table's cells stack each its own column. */
const EXPORT_COLUMNS = [
  { dataIndex: 'applicationNo', title: '办件编号' },
  { dataIndex: 'businessName', title: '业务类型' },
  { dataIndex: 'nextLevel', title: '当前环节' },
  { dataIndex: 'subjectName', title: '申办对象' },
  { dataIndex: 'subjectCertNo', title: '证件号码' },
  { dataIndex: 'applicantName', title: '申办人' },
  { dataIndex: 'regionCode', title: '医保区划' },
  { dataIndex: 'submittedAt', title: '申办日期' },
  { dataIndex: 'dueOn', title: '办理时限' },
  { dataIndex: 'statusLabel', title: '状态' },
  { dataIndex: 'claimedByName', title: '领取人' },
] as const;

/**
 * 待办工作台: the counts, the filters and the server-paged queue with 领取, 释放 and 审核, and
 * 打印 / 导出 of every row the filters find.
 */
export default function ReviewQueuePage() {
  const { message } = App.useApp();
  const client = useQueryClient();
  const { session } = useSession();
  const businesses = useBusinesses();
  const [form] = Form.useForm<QueueFilterValues>();
  const [values, setValues] = useState<QueueFilterValues>(EMPTY);
  const chosenBusiness = Form.useWatch('businessCode', form);

  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: [LIST_KEY, REVIEW_QUEUE_URL] }),
      client.invalidateQueries({ queryKey: REVIEW_COUNTS_KEY }),
    ]);
  const claim = useMutation({
    mutationFn: ({ id, take }: { id: number; take: boolean }) =>
      take ? applicationApi.claim(id) : applicationApi.release(id),
    onSuccess: (detail, { take }) =>
      void message.success(`${detail.applicationNo} ${take ? '领取成功' : '已释放'}`),
    onError: (error) => void message.error(errorMessage(error)),
    onSettled: refresh,
  });

  const apply = (next: QueueFilterValues) => {
    form.resetFields();
    form.setFieldsValue(next);
    setValues({ ...EMPTY, ...next });
  };
  const mine = (row: ApplicationItem) => session !== null && String(row.claimedBy) === session.id;

  const columns: ColumnsType<ApplicationItem> = [
    {
      title: '办件编号',
      dataIndex: 'applicationNo',
      render: (no: string, row) => <Link to={`/window/applications/${row.id}`}>{no}</Link>,
    },
    {
      title: '业务类型（当前环节）',
      dataIndex: 'businessName',
      render: (name: string, row) => (
        <div>
          <div>{name}</div>
          <Typography.Text type="secondary">{row.nextLevel ?? '-'}</Typography.Text>
        </div>
      ),
    },
    {
      title: '申办对象',
      dataIndex: 'subjectName',
      render: (name: string, row) => (
        <div className="queue-subject">
          <div>{name}</div>
          <Typography.Text type="secondary">{row.subjectCertNo}</Typography.Text>
        </div>
      ),
    },
    { title: '申办人', dataIndex: 'applicantName' },
    {
      title: '申办日期',
      dataIndex: 'submittedAt',
      render: (at: string) => (
        <span title={formatDateTime(at)}>{formatDateTime(at).slice(0, 10)}</span>
      ),
    },
    {
      title: '办理时限',
      dataIndex: 'dueOn',
      render: (_: unknown, row) => <DueOn row={row} stacked />,
    },
    {
      title: '状态（领取人）',
      dataIndex: 'statusLabel',
      render: (label: string, row) => (
        <div className="queue-status">
          <StatusTag status={row.status} label={label} />
          <div className="queue-claimer">
            {row.claimedByName ?? <Typography.Text type="secondary">未领取</Typography.Text>}
          </div>
        </div>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      fixed: 'right',
      render: (_: unknown, row) => (
        <Space size={0}>
          {row.claimedBy === null && (
            <Button
              type="link"
              size="small"
              loading={claim.isPending && claim.variables.id === row.id}
              onClick={() => claim.mutate({ id: row.id, take: true })}
            >
              领取
            </Button>
          )}
          {mine(row) && (
            <Button
              type="link"
              size="small"
              loading={claim.isPending && claim.variables.id === row.id}
              onClick={() => claim.mutate({ id: row.id, take: false })}
            >
              释放
            </Button>
          )}
          <LinkButton type="link" size="small" to={`/window/applications/${row.id}`}>
            {row.claimedBy === null || mine(row) ? '审核' : '查看'}
          </LinkButton>
        </Space>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} className="review-queue-page">
      <QueueCounts onPick={apply} />
      <Card title="查询条件" size="small">
        <Form<QueueFilterValues>
          form={form}
          layout="vertical"
          initialValues={EMPTY}
          onFinish={(v) => setValues({ ...EMPTY, ...v })}
        >
          <Row gutter={16}>
            <Col xs={24} sm={12} xl={6}>
              <Form.Item label="业务类型" name="businessCode">
                <Select
                  allowClear
                  placeholder="全部业务类型"
                  loading={businesses.isLoading}
                  options={reviewedBusinesses(businesses.items).map((b) => ({
                    value: b.code,
                    label: b.name,
                  }))}
                  onChange={() => form.setFieldValue('level', undefined)}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} xl={5}>
              <Form.Item label="审核级别" name="level">
                <Select
                  allowClear
                  placeholder="全部审核级别"
                  options={levelOptions(businesses.items, chosenBusiness)}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} xl={8}>
              <Form.Item label="领取情况" name="claim">
                <Radio.Group optionType="button" options={CLAIM_OPTIONS.map((o) => ({ ...o }))} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} xl={5}>
              <Form.Item label="到期" name="due">
                <Select
                  allowClear
                  placeholder="全部"
                  options={DUE_OPTIONS.map((o) => ({ ...o }))}
                />
              </Form.Item>
            </Col>
          </Row>
          <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
            <Button onClick={() => apply(EMPTY)}>重置</Button>
            <Button type="primary" htmlType="submit">
              查询
            </Button>
          </Space>
        </Form>
      </Card>
      <Card size="small">
        <ServerTable<ApplicationItem>
          url={REVIEW_QUEUE_URL}
          title="待审核信息"
          rowKey="id"
          columns={columns}
          filters={queueFilters(values)}
          exportColumns={EXPORT_COLUMNS}
          rowClassName={(row) =>
            row.overdue ? 'queue-row-overdue' : row.dueToday ? 'queue-row-due-today' : ''
          }
        />
      </Card>
    </Space>
  );
}
