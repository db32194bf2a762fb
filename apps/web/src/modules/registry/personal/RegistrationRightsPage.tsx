import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Modal, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { errorMessage } from '../../../shared/api';
import { useMyPerson } from '../../applications/applicant/applicantApi';
import {
  StatusTag,
  emptyLocale,
  nowrap,
  orDash,
  useNames,
  wrapped,
  yuan,
} from '../window/person-query/display';
import { useMyEnrolments, type MyEnrolment } from './myRegistryApi';
import './personal-registry.css';

/**
 * 个人权益 › 职工登记信息权益 (000 §4): the person's registrations (参保登记) as a list; 查看 shows
 * the detail of one — who, which scheme, as what, since when, through which unit, on what base.
 */
export default function RegistrationRightsPage() {
  const names = useNames();
  const me = useMyPerson();
  const enrolments = useMyEnrolments();
  const [open, setOpen] = useState<MyEnrolment | null>(null);

  const columns: ColumnsType<MyEnrolment> = [
    { title: '序号', key: 'index', width: 64, render: (_v, _r, i) => i + 1 },
    { title: '险种类型', dataIndex: 'insuranceType', render: (v: string) => names.insurance(v) },
    { title: '参保身份', dataIndex: 'personType', render: (v: string) => names.personType(v) },
    { title: '参保状态', dataIndex: 'status', render: (v: string) => <StatusTag status={v} /> },
    { title: '参保日期', dataIndex: 'startDate', render: nowrap },
    { title: '终止日期', dataIndex: 'endDate', render: nowrap },
    { title: '参保单位', dataIndex: 'unitName', render: wrapped },
    {
      title: '操作',
      key: 'view',
      width: 90,
      render: (_v, row) => (
        <Button type="link" onClick={() => setOpen(row)}>
          查看
        </Button>
      ),
    },
  ];

  return (
    <Card title="职工登记信息权益" className="applicant-section registration-rights">
      {enrolments.isError ? (
        <Alert type="error" showIcon title={errorMessage(enrolments.error)} />
      ) : (
        <Table<MyEnrolment>
          rowKey={(r) => `${r.insuranceType}-${r.startDate}`}
          columns={columns}
          dataSource={enrolments.data?.items ?? []}
          loading={enrolments.isLoading}
          pagination={false}
          locale={emptyLocale}
        />
      )}
      <Modal
        open={open !== null}
        title="职工登记信息权益详情"
        footer={<Button onClick={() => setOpen(null)}>关闭</Button>}
        onCancel={() => setOpen(null)}
        width={720}
      >
        {open && (
          <Descriptions
            bordered
            size="small"
            column={2}
            className="registration-rights-detail"
            items={[
              { key: 'name', label: '姓名', children: orDash(me.data?.name) },
              { key: 'personNo', label: '个人编号', children: nowrap(me.data?.personNo) },
              { key: 'cert', label: '证件类型', children: names.cert(me.data?.certType ?? '') },
              { key: 'certNo', label: '证件号码', children: nowrap(me.data?.certNo) },
              {
                key: 'insurance',
                label: '险种类型',
                children: names.insurance(open.insuranceType),
              },
              { key: 'type', label: '参保身份', children: names.personType(open.personType) },
              { key: 'status', label: '参保状态', children: <StatusTag status={open.status} /> },
              { key: 'unit', label: '参保单位', children: orDash(open.unitName) },
              { key: 'start', label: '参保日期', children: nowrap(open.startDate) },
              { key: 'end', label: '终止日期', children: nowrap(open.endDate) },
              {
                key: 'base',
                label: '缴费基数（元）',
                children: open.contributionBaseFen ? yuan(open.contributionBaseFen) : '-',
                span: 'filled',
              },
            ]}
          />
        )}
      </Modal>
    </Card>
  );
}
