import { useState } from 'react';
import { Button, Card, Form, Input, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { SearchOutlined } from '@ant-design/icons';
import type { InfoChangeReviewItem } from '@yibao/contracts';
import { formatDateTime } from '../../../shared/format';
import { LinkButton } from '../../../shared/LinkButton';
import { ServerTable } from '../../../shared/ServerTable';
import type { Filters } from '../../../shared/table-query';
import { trimmed } from '../shared/form-rules';
import { upper } from './fields';

export const RESIDENT_CHANGE_REVIEWS_URL = '/api/registry/resident-info-change/reviews';

const columns: ColumnsType<InfoChangeReviewItem> = [
  { title: '业务类型', dataIndex: 'businessName' },
  { title: '申办对象类型', dataIndex: 'subjectKind' },
  { title: '申办对象名称', dataIndex: 'subjectName' },
  { title: '证件号码', dataIndex: 'subjectCertNo', className: 'payload-nowrap' },
  { title: '当前环节', dataIndex: 'nextLevel' },
  { title: '经办人', dataIndex: 'applicantName' },
  {
    title: '办理时间',
    dataIndex: 'submittedAt',
    render: (at: string) => formatDateTime(at),
  },
  {
    title: '操作',
    key: 'action',
    fixed: 'right',
    render: (_: unknown, row) => (
      <LinkButton type="link" size="small" to={`/window/applications/${row.id}`}>
        审核
      </LinkButton>
    ),
  },
];

/**
 * 城乡居民参保维护审核 (002 十六): 查询条件 (证件号码), then 待审核信息 — the 城乡居民参保信息变更
 * waiting for 复核初审 or 复核复审 in the reviewer's regions; 审核 opens the 办件 with the changes
 * and the decision (通过, or 不通过 restoring the values from before).
 */
export default function ResidentInfoChangeReviewPage() {
  const [form] = Form.useForm<{ certNo?: string }>();
  const [filters, setFilters] = useState<Filters>({});
  return (
    <div className="resident-change-review">
      <Card title="查询条件" size="small" className="window-form-section">
        <Form
          form={form}
          layout="inline"
          onFinish={(v) => setFilters({ certNo: trimmed(v.certNo).toUpperCase() || undefined })}
        >
          <Form.Item label="证件号码" name="certNo" normalize={upper}>
            <Input placeholder="请输入证件号码" maxLength={30} allowClear style={{ width: 260 }} />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                查询
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  setFilters({});
                }}
              >
                重置
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
      <Card size="small" className="window-form-section">
        <ServerTable<InfoChangeReviewItem>
          url={RESIDENT_CHANGE_REVIEWS_URL}
          title="待审核信息"
          indexTitle="序号"
          rowKey="id"
          filters={filters}
          columns={columns}
          exportable={false}
        />
      </Card>
    </div>
  );
}
