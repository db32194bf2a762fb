import type { ReactNode } from 'react';
import { Alert, Button, Card, Descriptions, Skeleton, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { errorMessage } from '../../../shared/api';
import { yuanText } from '../../../shared/format';
import { useMyPerson } from '../../applications/applicant/applicantApi';
import { DivisionName } from '../../applications/shared';
import {
  StatusTag,
  emptyLocale,
  nowrap,
  orDash,
  useNames,
  wrapped,
  yuan,
} from '../window/person-query/display';
import {
  declaredWageFen,
  hospitalSlots,
  maskAccountTail,
  useMyEnrolments,
  useMyHospitals,
  type MyEnrolment,
} from './myRegistryApi';
import './personal-registry.css';

interface Item {
  label: string;
  value: ReactNode;
}

/** A block of the guide's two-column table: label, value, label, value. */
function Block({ title, items, children }: { title: string; items: Item[]; children?: ReactNode }) {
  // an odd last item fills its row, as the guide leaves the cell beside it empty
  const last = items.length % 2 === 1 ? items.length - 1 : -1;
  return (
    <Card title={title} className="applicant-section my-info-block">
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        className="my-info-table"
        items={items.map((item, i) => ({
          key: item.label,
          label: item.label,
          children: orDash(item.value),
          ...(i === last ? { span: 'filled' as const } : {}),
        }))}
      />
      {children}
    </Card>
  );
}

/** A block whose data did not load, with 重试. */
function Failed({ title, error, retry }: { title: string; error: unknown; retry: () => void }) {
  return (
    <Card title={title} className="applicant-section">
      <Alert
        type="error"
        showIcon
        title={`${title}加载失败`}
        description={errorMessage(error)}
        action={
          <Button size="small" onClick={retry}>
            重试
          </Button>
        }
      />
    </Card>
  );
}

/** The enrolments under 参保信息: each insurance type, its status and dates. */
function EnrolmentsTable({ items, loading }: { items: MyEnrolment[]; loading: boolean }) {
  const names = useNames();
  const columns: ColumnsType<MyEnrolment> = [
    { title: '险种类型', dataIndex: 'insuranceType', render: (v: string) => names.insurance(v) },
    { title: '参保身份', dataIndex: 'personType', render: (v: string) => names.personType(v) },
    { title: '参保状态', dataIndex: 'status', render: (v: string) => <StatusTag status={v} /> },
    { title: '参保开始日期', dataIndex: 'startDate', render: (v: string) => nowrap(v) },
    { title: '参保终止日期', dataIndex: 'endDate', render: (v: string | null) => nowrap(v) },
    { title: '参保单位', dataIndex: 'unitName', render: (v: string | null) => wrapped(v) },
    {
      title: '缴费基数（元）',
      dataIndex: 'contributionBaseFen',
      align: 'right',
      render: (v: number) => (v ? nowrap(yuan(v)) : '-'),
    },
  ];
  return (
    <Table<MyEnrolment>
      className="my-info-enrolments"
      rowKey={(r) => `${r.insuranceType}-${r.startDate}-${r.status}`}
      size="small"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      locale={emptyLocale}
      title={() => <Typography.Text strong>参保险种</Typography.Text>}
    />
  );
}

/**
 * P30 职工个人基本信息查询 (000 §2 我要查): 【职工信息】, 【参保信息】 and 【定点医疗机构】 in the guide's
 * two-column tables, codes by their names, the bank account by its last four digits.
 */
export default function PersonInfoQueryPage() {
  const me = useMyPerson();
  const enrolments = useMyEnrolments();
  const hospitals = useMyHospitals();
  const names = useNames();

  if (me.isError) {
    return <Failed title="职工信息" error={me.error} retry={() => void me.refetch()} />;
  }
  const p = me.data;
  if (!p) return <Skeleton active paragraph={{ rows: 12 }} />;
  const division = (code: string) =>
    code ? <DivisionName code={code} regionCode={p.regionCode} /> : '';
  const enrolled = enrolments.data?.items ?? [];
  const wage = declaredWageFen(enrolled);

  return (
    <div className="my-info">
      <Block
        title="职工信息"
        items={[
          { label: '单位名称', value: p.unitName },
          { label: '姓名', value: p.name },
          { label: '性别', value: names.sex(p.sex) },
          { label: '出生日期', value: nowrap(p.birthDate) },
          { label: '民族', value: names.ethnicity(p.ethnicity) },
          { label: '证件类型', value: names.cert(p.certType) },
          { label: '证件号码', value: nowrap(p.certNo) },
          { label: '国家/地区', value: names.nationality(p.nationality) },
          { label: '个人身份', value: p.identity },
          { label: '参加工作日期', value: nowrap(p.workStartDate) },
          { label: '户口性质', value: names.household(p.householdType) },
          { label: '缴费人员类别', value: names.category(p.personCategory) },
          { label: '户口所在区县街乡', value: division(p.householdDivisionCode) },
          { label: '户口所在地地址', value: p.householdAddress },
          { label: '户口所在地邮编', value: nowrap(p.householdPostcode) },
          { label: '居住地所在区县街乡', value: division(p.residenceDivisionCode) },
          { label: '居住地(联系地址)', value: p.residenceAddress },
          { label: '居住地邮编', value: nowrap(p.residencePostcode) },
          { label: '电子邮件地址', value: p.email },
          { label: '个人编号', value: nowrap(p.personNo) },
        ]}
      />
      {enrolments.isError ? (
        <Failed title="参保信息" error={enrolments.error} retry={() => void enrolments.refetch()} />
      ) : (
        <Block
          title="参保信息"
          items={[
            { label: '文化程度', value: names.education(p.education) },
            {
              label: '申报月均工资收入',
              value: enrolments.isPending ? '' : wage ? nowrap(yuanText(wage)) : '',
            },
            { label: '参保人手机', value: nowrap(p.phone) },
            { label: '委托代发银行名称', value: names.bank(p.bankCode) },
            { label: '委托代发银行账号', value: nowrap(maskAccountTail(p.bankAccount)) },
            { label: '联系人姓名', value: p.contactName },
            { label: '联系人电话', value: nowrap(p.contactPhone) },
          ]}
        >
          <EnrolmentsTable items={enrolled} loading={enrolments.isPending} />
        </Block>
      )}
      {hospitals.isError ? (
        <Failed
          title="定点医疗机构"
          error={hospitals.error}
          retry={() => void hospitals.refetch()}
        />
      ) : (
        <Block
          title="定点医疗机构"
          items={hospitalSlots(hospitals.data?.items).map(({ slot, chosen }) => ({
            label: `定点医疗机构${slot}`,
            value: chosen?.name,
          }))}
        />
      )}
    </div>
  );
}
