import { useState } from 'react';
import { Button, Card, Form, Input, Select, Space } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import {
  WITHDRAWAL_KINDS,
  WITHDRAWAL_LIST_STATUSES,
  type WithdrawalItem,
  type WithdrawalListQuery,
} from '@yibao/contracts';
import { DictSelect } from '../../../../shared/dictionaries';
import { ServerTable } from '../../../../shared/ServerTable';
import type { Filters } from '../../../../shared/table-query';
import { trimmed } from '../../../registry/shared/form-rules';
import { upper } from '../../../registry/window/fields';
import { withdrawalColumns } from './withdrawalColumns';
import { WithdrawalReviewPanel } from './WithdrawalReviewPanel';
import { WITHDRAWALS_URL } from './withdrawalApi';
import './withdrawal.css';

interface SearchValues {
  certType?: string;
  certNo?: string;
  kind?: string;
  status?: WithdrawalListQuery['status'];
}

const STATUS_OPTIONS = WITHDRAWAL_LIST_STATUSES.map((s) => ({ ...s }));
const KIND_OPTIONS = WITHDRAWAL_KINDS.map((k) => ({ value: k.value, label: k.part }));
const titleOf = (status: string | undefined) =>
  status === 'pending' || !status
    ? '账户清退未审核信息'
    : `账户清退信息（${STATUS_OPTIONS.find((s) => s.value === status)?.label ?? ''}）`;

/**
 * W26 个人账户清退审核 (002 二十六): 查询条件 (证件, 清退原因, 状态), then 账户清退未审核信息 —
 * 序号, 人员姓名, 清退前余额, 本次清退 … — and under it the registration opened by 审核, with the
 * decision. Approval pays the balance out and closes the account.
 */
export default function WithdrawalReviewPage() {
  const [form] = Form.useForm<SearchValues>();
  const [filters, setFilters] = useState<Filters>({ status: 'pending' });
  const [openId, setOpenId] = useState<number | null>(null);

  const search = (v: SearchValues) => {
    setOpenId(null);
    setFilters({
      status: v.status ?? 'pending',
      kind: v.kind,
      certType: trimmed(v.certNo) ? v.certType : undefined,
      certNo: trimmed(v.certNo).toUpperCase() || undefined,
    });
  };

  const columns = [
    ...withdrawalColumns,
    {
      title: '操作',
      key: 'action',
      fixed: 'right' as const,
      render: (_: unknown, row: WithdrawalItem) => (
        <Button
          type="link"
          size="small"
          className="withdrawal-open"
          onClick={() => setOpenId(row.id)}
        >
          {row.status === 'submitted' || row.status === 'in-review' ? '审核' : '查看'}
        </Button>
      ),
    },
  ];

  return (
    <div className="withdrawal-review">
      <Card title="查询条件" size="small" className="window-form-section withdrawal-search">
        <Form<SearchValues>
          form={form}
          layout="inline"
          initialValues={{ certType: '01', status: 'pending' }}
          onFinish={search}
        >
          <Form.Item label="证件类型" name="certType">
            <DictSelect name="certificate-types" allowClear={false} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item label="证件号码" name="certNo" normalize={upper}>
            <Input placeholder="请输入证件号码" maxLength={30} allowClear style={{ width: 220 }} />
          </Form.Item>
          <Form.Item label="清退原因" name="kind">
            <Select allowClear placeholder="全部" options={KIND_OPTIONS} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item label="状态" name="status">
            <Select options={STATUS_OPTIONS} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                查询
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  search({ status: 'pending' });
                }}
              >
                重置
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
      <Card size="small" className="window-form-section">
        <ServerTable<WithdrawalItem>
          url={WITHDRAWALS_URL}
          title={titleOf(String(filters.status ?? ''))}
          indexTitle="序号"
          rowKey="id"
          filters={filters}
          columns={columns}
          rowClassName={(row) => (row.id === openId ? 'withdrawal-review-row-open' : '')}
        />
      </Card>
      {openId !== null && (
        <WithdrawalReviewPanel key={openId} id={openId} onClose={() => setOpenId(null)} />
      )}
    </div>
  );
}
