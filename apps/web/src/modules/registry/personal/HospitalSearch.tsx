import { useMemo, useState } from 'react';
import { Button, Form, Input, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CheckOutlined, ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { useDictionary } from '../../../shared/dictionaries';
import { ServerTable } from '../../../shared/ServerTable';
import { DivisionName } from '../../applications/shared';
import { nowrap, orDash, wrapped } from '../window/person-query/display';
import {
  HOSPITAL_CANDIDATES_URL,
  type ChosenHospital,
  type HospitalCandidate,
} from './myRegistryApi';

interface HospitalSearchProps {
  /** the pooling region, which names the hospitals' 区县 */
  regionCode: string;
  /** 定点医疗机构1–5 as chosen now, to mark a hospital that holds a slot already */
  chosen: readonly ChosenHospital[];
  /** the hospital 选择 picked, if any */
  selected: HospitalCandidate | null;
  onSelect: (hospital: HospitalCandidate) => void;
}

/**
 * 在搜索框中输入医院名称，点击【查询】; 在查询结果中点击变更后的医院名称对应的【选择】 (000 §1): the
 * designated hospitals of the person's region whose names hold the words, paged by the server.
 */
export function HospitalSearch({ regionCode, chosen, selected, onSelect }: HospitalSearchProps) {
  const [form] = Form.useForm<{ name?: string }>();
  const [name, setName] = useState<string | null>(null);
  const levels = useDictionary('hospital-levels');
  const filters = useMemo(() => ({ name: name ?? '' }), [name]);

  const columns: ColumnsType<HospitalCandidate> = [
    {
      title: '医院名称',
      dataIndex: 'name',
      render: (v: string, row) => {
        const slot = chosen.find((c) => c.institutionCode === row.code)?.slot;
        return (
          <span className="hospital-name">
            {v}
            {slot !== undefined && <Tag className="hospital-slot-tag">已是定点医疗机构{slot}</Tag>}
          </span>
        );
      },
    },
    {
      title: '医院等级',
      dataIndex: 'level',
      render: (v: string) => nowrap(orDash(levels.label(v))),
    },
    {
      title: '所在区县',
      dataIndex: 'divisionCode',
      render: (v: string) => nowrap(<DivisionName code={v} regionCode={regionCode} />),
    },
    { title: '医院地址', dataIndex: 'address', render: (v: string) => wrapped(v) },
    {
      title: '操作',
      key: 'select',
      width: 96,
      fixed: 'right',
      render: (_: unknown, row) =>
        selected?.code === row.code ? (
          <Button type="primary" size="small" icon={<CheckOutlined />} aria-label="已选择">
            已选择
          </Button>
        ) : (
          <Button size="small" onClick={() => onSelect(row)} aria-label={`选择 ${row.name}`}>
            选择
          </Button>
        ),
    },
  ];

  return (
    <>
      <Form<{ name?: string }>
        form={form}
        layout="inline"
        className="my-query-form"
        onFinish={(v) => setName(v.name?.trim() ?? '')}
      >
        <Form.Item name="name" label="医院名称">
          <Input
            placeholder="请输入医院名称"
            allowClear
            maxLength={50}
            className="hospital-input"
          />
        </Form.Item>
        <Form.Item>
          <Space size={12}>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              查询
            </Button>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => {
                form.resetFields();
                setName(null);
              }}
            >
              重置
            </Button>
          </Space>
        </Form.Item>
      </Form>
      {name !== null && (
        <div className="hospital-results">
          <ServerTable<HospitalCandidate>
            url={HOSPITAL_CANDIDATES_URL}
            filters={filters}
            title="查询结果"
            rowKey="code"
            columns={columns}
            exportable={false}
          />
        </div>
      )}
    </>
  );
}
