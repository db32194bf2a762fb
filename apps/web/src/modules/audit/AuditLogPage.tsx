import { useState } from 'react';
import {
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  Row,
  Space,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { ServerTable } from '../../shared/ServerTable';
import type { Filters } from '../../shared/table-query';
import type { AuditItem } from '@yibao/contracts';
import { formatDateTime } from '../../shared/format';

/** One row of `GET /api/audit`: who did what to which record, with the record before and after. */
export type AuditEntry = AuditItem;

interface FilterForm {
  actor?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

function toFilters(values: FilterForm): Filters {
  const [start, end] = values.range ?? [];
  return {
    actor: values.actor,
    action: values.action,
    entity: values.entity,
    entityId: values.entityId,
    // calendar days; the server reads them as Asia/Shanghai days
    from: start && end ? start.format('YYYY-MM-DD') : undefined,
    to: start && end ? end.format('YYYY-MM-DD') : undefined,
  };
}

/** 审计日志查询: every staff and user action, with the record before and after. */
export default function AuditLogPage() {
  const [form] = Form.useForm<FilterForm>();
  const [filters, setFilters] = useState<Filters>({});
  const [detail, setDetail] = useState<AuditEntry | null>(null);

  const columns: ColumnsType<AuditEntry> = [
    {
      title: '时间',
      dataIndex: 'at',
      sorter: true,
      render: (at: string) => formatDateTime(at),
    },
    { title: '操作人', dataIndex: 'actorName', render: (name: string, row) => name || row.actorId },
    { title: '操作类型', dataIndex: 'action', sorter: true },
    { title: '对象类型', dataIndex: 'entity', sorter: true },
    { title: '对象编号', dataIndex: 'entityId' },
    { title: '统筹区', dataIndex: 'regionCode' },
    { title: '请求编号', dataIndex: 'requestId' },
    {
      title: '操作',
      key: 'op',
      fixed: 'right',
      render: (_: unknown, row) => (
        <Button type="link" size="small" onClick={() => setDetail(row)}>
          详情
        </Button>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title="查询条件" size="small">
        <Form<FilterForm>
          form={form}
          layout="vertical"
          onFinish={(values) => setFilters(toFilters(values))}
        >
          <Row gutter={16}>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item label="操作人" name="actor">
                <Input placeholder="请输入操作人" allowClear maxLength={50} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item label="操作类型" name="action">
                <Input placeholder="请输入操作类型" allowClear maxLength={50} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item label="对象类型" name="entity">
                <Input placeholder="请输入对象类型" allowClear maxLength={50} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item label="对象编号" name="entityId">
                <Input placeholder="请输入对象编号" allowClear maxLength={64} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={24} lg={16}>
              <Form.Item label="时间范围" name="range">
                <DatePicker.RangePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
            <Button
              onClick={() => {
                form.resetFields();
                setFilters({});
              }}
            >
              重置
            </Button>
            <Button type="primary" htmlType="submit">
              查询
            </Button>
          </Space>
        </Form>
      </Card>
      <Card size="small">
        <ServerTable<AuditEntry>
          url="/api/audit"
          title="审计日志"
          rowKey="id"
          columns={columns}
          filters={filters}
        />
      </Card>
      <Drawer
        title="审计日志详情"
        open={detail !== null}
        onClose={() => setDetail(null)}
        size={880}
        destroyOnHidden
      >
        {detail && <AuditDetail entry={detail} />}
      </Drawer>
    </Space>
  );
}

function AuditDetail({ entry }: { entry: AuditEntry }) {
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }}>
        <Descriptions.Item label="时间">{formatDateTime(entry.at)}</Descriptions.Item>
        <Descriptions.Item label="操作人">
          {entry.actorName || entry.actorId}（{entry.actorType} {entry.actorId}）
        </Descriptions.Item>
        <Descriptions.Item label="操作类型">{entry.action}</Descriptions.Item>
        <Descriptions.Item label="对象类型">{entry.entity}</Descriptions.Item>
        <Descriptions.Item label="对象编号">{entry.entityId}</Descriptions.Item>
        <Descriptions.Item label="统筹区">{entry.regionCode}</Descriptions.Item>
        <Descriptions.Item label="请求编号">{entry.requestId}</Descriptions.Item>
      </Descriptions>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Typography.Title level={5}>变更前</Typography.Title>
          <JsonBlock value={entry.before} />
        </Col>
        <Col xs={24} md={12}>
          <Typography.Title level={5}>变更后</Typography.Title>
          <JsonBlock value={entry.after} />
        </Col>
      </Row>
    </Space>
  );
}

function JsonBlock({ value }: { value: unknown }) {
  if (value === null || value === undefined) {
    return <Typography.Text type="secondary">（无）</Typography.Text>;
  }
  return <pre className="json-block">{JSON.stringify(value, null, 2)}</pre>;
}
