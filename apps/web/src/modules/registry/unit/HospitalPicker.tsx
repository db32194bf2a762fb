import { useMemo, useState } from 'react';
import { Button, Form, Input, Modal, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CloseCircleFilled, SearchOutlined } from '@ant-design/icons';
import { ServerTable } from '../../../shared/ServerTable';
import { HOSPITAL_CANDIDATES_URL, type HospitalCandidate } from './flexibleApi';

/** A hospital chosen for a slot: its code for the payload, its name for the page. */
export interface HospitalChoice {
  code: string;
  name: string;
}

/**
 * 选择——定点医疗机构N (001 §一): 根据医院名称搜索医院, the designated hospitals of the unit's region
 * paged by the server, each with 【选择】.
 */
export function HospitalSearchModal({
  slot,
  onSelect,
  onClose,
}: {
  /** the slot the hospital is for; the dialog is closed when null */
  slot: number | null;
  onSelect: (hospital: HospitalChoice) => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ name?: string }>();
  const [name, setName] = useState('');
  const filters = useMemo(() => ({ name }), [name]);
  const columns: ColumnsType<HospitalCandidate> = [
    { title: '医院名称', dataIndex: 'name' },
    {
      title: '操作',
      key: 'select',
      width: 96,
      render: (_: unknown, row) => (
        <Button
          size="small"
          type="primary"
          ghost
          aria-label={`选择 ${row.name}`}
          onClick={() => onSelect({ code: row.code, name: row.name })}
        >
          选择
        </Button>
      ),
    },
  ];
  return (
    <Modal
      open={slot !== null}
      title={`选择——定点医疗机构${slot ?? ''}`}
      onCancel={onClose}
      footer={null}
      width={760}
      destroyOnHidden
      afterOpenChange={(open) => {
        if (!open) setName('');
      }}
    >
      <Form<{ name?: string }>
        form={form}
        layout="inline"
        className="flex-hospital-search"
        onFinish={(v) => setName(v.name?.trim() ?? '')}
      >
        <Form.Item name="name" className="flex-hospital-name">
          <Input placeholder="根据医院名称搜索医院" allowClear maxLength={50} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
            查询
          </Button>
        </Form.Item>
      </Form>
      <ServerTable<HospitalCandidate>
        url={HOSPITAL_CANDIDATES_URL}
        filters={filters}
        title="医院列表"
        rowKey="code"
        indexTitle="序号"
        columns={columns}
        exportable={false}
      />
    </Modal>
  );
}

/**
 * A 定点医疗机构 field of a form: the chosen hospital's name, 【选择】 to search one (the parent
 * opens the dialog), and a cross to empty an optional slot.
 */
export function HospitalField({
  value,
  onChange,
  onPick,
  optional = false,
}: {
  value?: HospitalChoice | null;
  onChange?: (v: HospitalChoice | null) => void;
  onPick: () => void;
  optional?: boolean;
}) {
  return (
    <Space.Compact block>
      <Input
        readOnly
        value={value?.name ?? ''}
        placeholder="请点击选择医院"
        onClick={onPick}
        className="flex-hospital-value"
        suffix={
          optional && value ? (
            <CloseCircleFilled
              className="flex-hospital-clear"
              aria-label="清除"
              onClick={(e) => {
                e.stopPropagation();
                onChange?.(null);
              }}
            />
          ) : (
            <span />
          )
        }
      />
      <Button onClick={onPick}>选择</Button>
    </Space.Compact>
  );
}
