import { useMemo, useState } from 'react';
import { Input, Select, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { ServerTable } from '../../../../shared/ServerTable';
import { StatusTag, nowrap, useNames, yuan } from '../person-query/display';
import { unitUrl, type UnitMember } from './queries';

const STATUSES = ['正常参保', '暂停参保', '终止参保'] as const;
const ALL = '';

/** W25 人员综合查询 opened on the person. */
const personQueryLink = (m: UnitMember) =>
  `/window/person-query?${new URLSearchParams({ personNo: m.personNo })}`;

/**
 * 职工/居民列表: the persons insured through the unit, one row per enrolment, by 参保状态 and
 * 姓名; a 姓名 opens the person in 人员综合查询. Two facts share a cell (姓名 over 个人编号,
 * 证件号码 over 证件类型, start over end) so that the list fits 1366 px, in elder mode too.
 */
export function MembersTab({ unitId }: { unitId: number }) {
  const names = useNames();
  const [status, setStatus] = useState<string>(ALL);
  const [name, setName] = useState('');
  const filters = useMemo(
    () => ({ status: status || undefined, name: name || undefined }),
    [status, name],
  );
  const columns: ColumnsType<UnitMember> = [
    {
      title: '姓名/个人编号',
      dataIndex: 'name',
      render: (v: string, m) => (
        <div className="uq-stacked">
          <Link to={personQueryLink(m)} title="在人员综合查询中查看" className="pq-nowrap">
            {v}
          </Link>
          <Typography.Text type="secondary">{m.personNo}</Typography.Text>
        </div>
      ),
    },
    {
      title: '证件号码/证件类型',
      dataIndex: 'certNo',
      render: (v: string, m) => (
        <div className="uq-stacked">
          {nowrap(v)}
          <Typography.Text type="secondary">{names.cert(m.certType)}</Typography.Text>
        </div>
      ),
    },
    { title: '险种类型', dataIndex: 'insuranceType', render: (v: string) => names.insurance(v) },
    { title: '参保身份', dataIndex: 'personType', render: (v: string) => names.personType(v) },
    { title: '参保状态', dataIndex: 'status', render: (v: string) => <StatusTag status={v} /> },
    {
      title: '参保起止日期',
      dataIndex: 'startDate',
      render: (v: string, m) => (
        <div className="uq-stacked">
          {nowrap(v)}
          {m.endDate && nowrap(`至 ${m.endDate}`)}
        </div>
      ),
    },
    {
      title: '缴费基数',
      dataIndex: 'contributionBaseFen',
      align: 'right',
      render: (v: number) => (v ? nowrap(yuan(v)) : '-'),
    },
  ];
  return (
    <div className="uq-members">
      <Space wrap className="pq-tab-toolbar pq-tab-toolbar-start" size={[24, 8]}>
        <Space size={8}>
          <Typography.Text id="uq-member-status">参保状态</Typography.Text>
          <Select<string>
            className="uq-status-select"
            value={status}
            onChange={setStatus}
            aria-labelledby="uq-member-status"
            options={[
              { value: ALL, label: '全部' },
              ...STATUSES.map((s) => ({ value: s, label: s })),
            ]}
          />
        </Space>
        <Space size={8}>
          <Typography.Text>姓名</Typography.Text>
          <Input.Search
            allowClear
            maxLength={50}
            placeholder="请输入姓名"
            aria-label="姓名"
            onSearch={(v) => setName(v.trim())}
          />
        </Space>
      </Space>
      <ServerTable<UnitMember>
        url={unitUrl(unitId, 'members')}
        filters={filters}
        title="职工/居民列表（金额单位：元）"
        rowKey={(m) => `${m.personId}-${m.insuranceType}-${m.startDate}`}
        columns={columns}
        exportable={false}
      />
    </div>
  );
}
