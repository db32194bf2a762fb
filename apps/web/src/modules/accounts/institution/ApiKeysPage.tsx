import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiKeyItem, ApiKeysReply, IssuedApiKeyReply } from '@yibao/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api, applyFieldError, errorMessage } from '../../../shared/api';
import { formatDateTime } from '../../../shared/format';
import { LinkButton } from '../../../shared/LinkButton';
import { U_SETTLEMENT_GUIDE } from './paths';

const URL = '/api/unit/api-keys';

/**
 * 接口凭证: the operator of a designated hospital or pharmacy issues the credentials its own
 * system signs settlement requests with, sees when each was last used, and revokes them.
 */
export default function ApiKeysPage() {
  const { message } = App.useApp();
  const client = useQueryClient();
  const keys = useQuery({ queryKey: ['api-keys'], queryFn: () => api.get<ApiKeysReply>(URL) });
  const [form] = Form.useForm<{ institutionCode: string; name: string }>();
  const [issued, setIssued] = useState<IssuedApiKeyReply | null>(null);
  const issue = useMutation({
    mutationFn: (body: { institutionCode: string; name: string }) =>
      api.post<IssuedApiKeyReply>(URL, body),
    onSuccess: (reply) => {
      setIssued(reply);
      form.resetFields(['name']);
      void client.invalidateQueries({ queryKey: ['api-keys'] });
    },
    onError: (err) => {
      if (!applyFieldError(form, err)) void message.error(errorMessage(err));
    },
  });
  const revoke = useMutation({
    mutationFn: (id: number) => api.post<ApiKeyItem>(`${URL}/${id}/revoke`),
    onSuccess: () => {
      void message.success('接口凭证已吊销');
      void client.invalidateQueries({ queryKey: ['api-keys'] });
    },
    onError: (err) => void message.error(errorMessage(err)),
  });

  const institutions = keys.data?.institutions ?? [];
  if (keys.isPending) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (keys.data && institutions.length === 0) {
    return (
      <Card title="接口凭证">
        <Empty description="本单位不是定点医药机构，不能申请结算接口凭证" />
      </Card>
    );
  }
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title="申请接口凭证"
        extra={<LinkButton to={U_SETTLEMENT_GUIDE}>结算接口说明</LinkButton>}
      >
        <Typography.Paragraph type="secondary">
          本机构的医院信息系统（HIS）或药店管理系统凭接口凭证调用医保结算接口。密钥只在申请成功时显示一次，请妥善保存；泄露时请立即吊销并重新申请。
        </Typography.Paragraph>
        <Form
          form={form}
          layout="inline"
          initialValues={{ institutionCode: institutions[0]?.code, name: '' }}
          onFinish={(v) => issue.mutate(v)}
        >
          <Form.Item
            name="institutionCode"
            label="定点医药机构"
            rules={[{ required: true, message: '请选择定点医药机构' }]}
          >
            <Select
              style={{ minWidth: 260 }}
              options={institutions.map((i) => ({
                value: i.code,
                label: `${i.name}（${i.code}）`,
              }))}
            />
          </Form.Item>
          <Form.Item name="name" label="用途" rules={[{ max: 40, message: '名称不超过40个字' }]}>
            <Input placeholder="如：门诊收费系统" style={{ width: 220 }} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={issue.isPending}>
              申请
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <Card title="接口凭证列表">
        {keys.isError && <Alert type="error" showIcon title={errorMessage(keys.error)} />}
        <Table<ApiKeyItem>
          rowKey="id"
          loading={keys.isPending}
          dataSource={keys.data?.items ?? []}
          pagination={{ pageSize: 10, showTotal: (n) => `总共${n}条` }}
          locale={{ emptyText: <Empty description="暂无接口凭证" /> }}
          columns={[
            {
              title: '凭证编号',
              dataIndex: 'keyId',
              render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
            },
            { title: '定点医药机构', dataIndex: 'institutionName' },
            { title: '用途', dataIndex: 'name', render: (v: string) => v || '—' },
            {
              title: '状态',
              dataIndex: 'status',
              render: (v: string) => <Tag color={v === '有效' ? 'green' : 'default'}>{v}</Tag>,
            },
            { title: '申请时间', dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
            {
              title: '最近使用',
              dataIndex: 'lastUsedAt',
              render: (v: string | null) => (v ? formatDateTime(v) : '未使用'),
            },
            {
              title: '操作',
              key: 'op',
              render: (_: unknown, row) =>
                row.status === '有效' ? (
                  <Popconfirm
                    title="吊销后使用该凭证的系统将无法结算，确定吊销吗？"
                    okText="确定"
                    cancelText="取消"
                    onConfirm={() => revoke.mutate(row.id)}
                  >
                    <Button danger size="small">
                      吊销
                    </Button>
                  </Popconfirm>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Card>
      <Modal
        open={issued !== null}
        destroyOnHidden
        title="接口凭证申请成功"
        onCancel={() => setIssued(null)}
        footer={
          <Button type="primary" onClick={() => setIssued(null)}>
            我已保存
          </Button>
        }
      >
        <Alert type="warning" showIcon title="密钥只显示这一次，关闭后无法再次查看。" />
        <p style={{ marginTop: 16 }}>
          凭证编号：
          <Typography.Text copyable code>
            {issued?.keyId}
          </Typography.Text>
        </p>
        <p>
          密钥：
          <Typography.Text copyable code data-testid="api-secret">
            {issued?.secret}
          </Typography.Text>
        </p>
      </Modal>
    </Space>
  );
}
