import { Descriptions, Grid, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { CERTIFICATE_KINDS, type CertificateContent } from '@yibao/contracts';
import { ZONE } from '../../../shared/format';
import { StatusTag, emptyLocale, nowrap, orDash, useNames } from '../window/person-query/display';
import '../window/person-query/person-query.css';
import './certificate.css';

/** What W02's 参保证明 and the public 参保证明查验 show alike. */

type CertifiedEnrolment = CertificateContent['enrolments'][number];
type Row = CertifiedEnrolment & { key: number };

/** 职工/居民参保证明, 无户籍人员参保证明. */
export const certificateKindLabel = (kind: string) =>
  CERTIFICATE_KINDS.find((k) => k.value === kind)?.label ?? kind;

/** The day of an instant in the pooling regions' time zone: 2026-11-29. */
export const beijingDate = (iso: string) => dayjs(iso).tz(ZONE).format('YYYY-MM-DD');

/**
 * The enrolments as the certificate states them: 险种类型, 参保身份, 参保状态, 参保开始日期,
 * 参保终止日期, 参保单位. A table; on a phone, one small block per enrolment.
 */
export function CertifiedEnrolments({ enrolments }: { enrolments: CertifiedEnrolment[] }) {
  const names = useNames();
  const screens = Grid.useBreakpoint();
  const narrow = screens.md === false;
  const rows: Row[] = enrolments.map((e, key) => ({ ...e, key }));
  if (narrow && rows.length > 0) {
    return (
      <div className="cert-enrolment-list">
        {rows.map((e) => (
          <Descriptions
            key={e.key}
            className="cert-enrolment-item"
            bordered
            size="small"
            column={1}
            items={[
              { key: 'type', label: '险种类型', children: names.insurance(e.insuranceType) },
              { key: 'person', label: '参保身份', children: names.personType(e.personType) },
              { key: 'status', label: '参保状态', children: <StatusTag status={e.status} /> },
              { key: 'start', label: '参保开始日期', children: e.startDate },
              { key: 'end', label: '参保终止日期', children: orDash(e.endDate) },
              { key: 'unit', label: '参保单位', children: orDash(e.unitName) },
            ]}
          />
        ))}
      </div>
    );
  }
  const columns: ColumnsType<Row> = [
    { title: '险种类型', dataIndex: 'insuranceType', render: (v: string) => names.insurance(v) },
    { title: '参保身份', dataIndex: 'personType', render: (v: string) => names.personType(v) },
    { title: '参保状态', dataIndex: 'status', render: (v: string) => <StatusTag status={v} /> },
    { title: '参保开始日期', dataIndex: 'startDate', render: (v: string) => nowrap(v) },
    { title: '参保终止日期', dataIndex: 'endDate', render: (v: string | null) => nowrap(v) },
    { title: '参保单位', dataIndex: 'unitName', render: (v: string | null) => orDash(v) },
  ];
  return (
    <Table<Row>
      className="cert-enrolments"
      size="middle"
      columns={columns}
      dataSource={rows}
      pagination={false}
      locale={emptyLocale}
    />
  );
}
