import { Card, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { ServerTable } from '../../../shared/ServerTable';
import { RegionName, nowrap, wrapped, useNames } from './person-query/display';

interface DuplicateItem {
  personId: number;
  personNo: string;
  name: string;
  certType: string;
  certNo: string;
  regionCode: string;
  enrolments: {
    id: number;
    insuranceType: string;
    regionCode: string;
    startDate: string;
    unitName: string | null;
  }[];
}

/**
 * 人员重复参保数据查询 (002 十二, 参保人员管理): persons holding two basic schemes in force at
 * once — what imported data may carry, since every business refuses to create such a pair. Each
 * opens in 人员综合查询, where the clerk decides which enrolment to end.
 */
export default function DuplicateEnrolmentsPage() {
  const names = useNames();
  const columns: ColumnsType<DuplicateItem> = [
    {
      title: '姓名',
      dataIndex: 'name',
      width: 90,
      render: (name: string, p) => (
        <Link to={`/window/person-query?personNo=${encodeURIComponent(p.personNo)}`}>{name}</Link>
      ),
    },
    { title: '个人编号', dataIndex: 'personNo', width: 140, render: nowrap },
    {
      title: '证件类型',
      dataIndex: 'certType',
      width: 120,
      render: (v: string) => names.cert(v),
    },
    { title: '证件号码', dataIndex: 'certNo', width: 180, render: nowrap },
    {
      title: '参保地',
      dataIndex: 'regionCode',
      width: 80,
      render: (code: string) => <RegionName code={code} />,
    },
    {
      title: '正常参保的基本医疗保险',
      key: 'enrolments',
      render: (_: unknown, p) => (
        <Space orientation="vertical" size={2}>
          {p.enrolments.map((e) =>
            wrapped(
              <span key={e.id}>
                {names.insurance(e.insuranceType)}（{e.startDate}起，
                <RegionName code={e.regionCode} />
                {e.unitName ? `，${e.unitName}` : ''}）
              </span>,
            ),
          )}
        </Space>
      ),
    },
  ];
  return (
    <Card title="人员重复参保数据查询" className="duplicate-enrolments">
      <Typography.Paragraph type="secondary">
        {
          '下列人员同时有两条及以上正常参保的基本医疗保险（职工或城乡居民）。点击姓名在人员综合查询中核实，再办理城乡居民停保或单位职工减少，只保留一条。'
        }
      </Typography.Paragraph>
      <ServerTable<DuplicateItem>
        url="/api/registry/duplicate-enrolments"
        title="人员重复参保数据"
        rowKey="personId"
        columns={columns}
        exportable={false}
        indexTitle="序号"
      />
    </Card>
  );
}
