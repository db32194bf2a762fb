import { useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Form, Row, Space, Spin } from 'antd';
import { Statistic, Switch, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BatchRow } from '@yibao/contracts';
import { ApiError, errorMessage } from '../../../shared/api';
import { jobKey } from '../../../shared/JobProgress';
import { LIST_KEY, ServerTable } from '../../../shared/ServerTable';
import { useBusinesses } from '../../applications/shared';
import type { BatchFlow } from './batch-flow';
import type { BatchBase } from './employee-batch-api';
import { PaperMaterialsSection, useReceivedOnPaper } from './parts';

const NO_MATERIALS: readonly never[] = [];

const columns: ColumnsType<BatchRow> = [
  { title: '行号', dataIndex: 'rowNumber', width: 80 },
  { title: '证件号码', dataIndex: 'certNo', width: 200 },
  { title: '姓名', dataIndex: 'name', width: 140 },
  {
    title: '校验结果',
    dataIndex: 'message',
    render: (text: string, row) =>
      row.ok ? (
        <Tag color="success">校验成功</Tag>
      ) : (
        <Space size={4} wrap>
          <Tag color="error">校验失败</Tag>
          <Typography.Text type="danger">{text}</Typography.Text>
        </Space>
      ),
  },
];

/**
 * Step 2 校验结果: the counts, every row with its reason (server-paged, 只看校验失败), the
 * 申办资料 received on paper, then 确认导入 — nothing has been written before it — or 重新上传.
 */
export function EmployeeBatchCheck<B extends BatchBase>({
  flow,
  batch,
  onReupload,
}: {
  flow: BatchFlow<B>;
  batch: B;
  onReupload: () => void;
}) {
  const { modal, message } = App.useApp();
  const client = useQueryClient();
  const businesses = useBusinesses();
  const materials = businesses.get(flow.business)?.materials ?? NO_MATERIALS;
  const received = useReceivedOnPaper(materials);
  const [form] = Form.useForm<{ paperItems?: string[] }>();
  const [onlyBad, setOnlyBad] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);

  const confirm = useMutation({
    mutationFn: (paperItems: string[]) => flow.api.confirm(batch.id, { paperItems }),
    onSuccess: (job) => {
      client.setQueryData(jobKey(job.id), job);
      client.setQueryData(flow.api.key(batch.id), {
        ...batch,
        status: 'importing',
        jobId: job.id,
      } satisfies B);
      void client.invalidateQueries({ queryKey: [LIST_KEY, '/api/jobs'] });
    },
    onError: (error) => {
      const text = errorMessage(error);
      setRefused(text);
      void message.error(text);
      // confirmed already (another tab, a second click): show where it stands
      if (error instanceof ApiError && error.status === 409) {
        void client.invalidateQueries({ queryKey: flow.api.key(batch.id) });
      }
    },
  });

  const ask = (v: { paperItems?: string[] }) =>
    modal.confirm({
      title: '确认导入吗？',
      content: (
        <div className="window-form-confirm">
          {flow.owner(batch).map((o) => (
            <div key={o.key}>{`${o.label}：${o.children}`}</div>
          ))}
          <Typography.Text strong className="employee-batch-confirm-counts">
            {`${batch.good}人将被导入、${batch.bad}行不会导入。`}
          </Typography.Text>
          <p>导入在后台进行，完成后即时办结，生成一个办件待复核初审、复核复审。</p>
        </div>
      ),
      okText: '确认导入',
      cancelText: '取消',
      onOk: () => confirm.mutateAsync(v.paperItems ?? []).catch(() => undefined),
    });

  if (businesses.isLoading) return <Spin style={{ display: 'block', margin: '80px auto' }} />;

  return (
    <Form
      form={form}
      layout="vertical"
      className="employee-batch-check"
      initialValues={{ paperItems: received }}
      onFinish={ask}
      scrollToFirstError
    >
      <Card title="校验结果" size="small" className="window-form-section">
        <Row gutter={[24, 16]} align="middle">
          <Col xs={24} xl={12}>
            <Descriptions
              size="small"
              column={1}
              items={[
                ...flow.owner(batch),
                { key: 'file', label: '导入文件', children: batch.fileName },
              ]}
            />
          </Col>
          <Col xs={24} xl={12}>
            <Row gutter={16} className="employee-batch-counts">
              <Col span={8}>
                <Statistic title="共计" value={batch.total} suffix="行" />
              </Col>
              <Col span={8}>
                <Statistic
                  title="校验成功"
                  value={batch.good}
                  suffix="行"
                  styles={{ content: { color: '#389e0d' } }}
                />
              </Col>
              <Col span={8}>
                <Statistic
                  title="校验失败"
                  value={batch.bad}
                  suffix="行"
                  styles={{ content: { color: batch.bad ? '#cf1322' : undefined } }}
                />
              </Col>
            </Row>
          </Col>
        </Row>
        <Alert
          type={batch.good ? 'info' : 'warning'}
          showIcon
          style={{ marginTop: 16 }}
          title={
            batch.good
              ? `尚未写入任何数据。确认导入后只为校验成功的${batch.good}人${flow.action}${
                  batch.bad ? `，校验失败的${batch.bad}行不会导入，可修改后另行上传` : ''
                }。`
              : '没有校验成功的人员，无法导入。请按校验结果修改文件后重新上传。'
          }
        />
      </Card>
      <Card size="small" className="window-form-section">
        <ServerTable<BatchRow>
          url={flow.api.rowsUrl(batch.id)}
          title="逐行校验结果"
          rowKey="rowNumber"
          columns={columns}
          filters={{ only: onlyBad ? 'bad' : undefined }}
          exportable={false}
          rowClassName={(row) => (row.ok ? '' : 'employee-batch-bad-row')}
          extra={
            <Space size={8}>
              <Switch
                checked={onlyBad}
                onChange={setOnlyBad}
                aria-label="只看校验失败"
                id="employee-batch-only-bad"
              />
              <label htmlFor="employee-batch-only-bad">只看校验失败</label>
            </Space>
          }
        />
      </Card>
      <PaperMaterialsSection materials={materials} />
      {refused && <Alert type="error" showIcon title={refused} style={{ marginBottom: 16 }} />}
      <Space className="window-form-actions" size={16}>
        <Button size="large" onClick={onReupload}>
          重新上传
        </Button>
        <Button
          type="primary"
          size="large"
          htmlType="submit"
          loading={confirm.isPending}
          disabled={batch.good === 0}
        >
          确认导入
        </Button>
      </Space>
    </Form>
  );
}
