import type { ReactNode } from 'react';
import { Descriptions, Space, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { CheckSquareOutlined } from '@ant-design/icons';
import { UNIT_BANK_USAGES, UNIT_MANAGEMENT_TYPES, UNIT_REG_CERT_TYPES } from '@yibao/contracts';
import { useDictionary } from '../../../shared/dictionaries';
import { useElder } from '../../../shared/elder';
import { useDivisionTree } from '../../../shared/DivisionCascader';
import { DivisionName } from './DivisionName';

type Payload = Record<string, unknown>;

const text = (v: unknown): string =>
  v === undefined || v === null || v === '' ? '-' : typeof v === 'string' ? v : String(v);
const yesNo = (v: unknown) => (v === true ? '是' : v === false ? '否' : '-');

/** Two label–value pairs a row (one on a phone), bordered, as the guides' 申办单 show them. */
function Section({
  title,
  items,
  column = 2,
}: {
  title: string;
  items: { label: string; value: ReactNode; span?: number }[];
  column?: number;
}) {
  const rows: DescriptionsProps['items'] = items.map((i) => ({
    key: i.label,
    label: i.label,
    children: i.value,
    span: i.span,
  }));
  return (
    <Descriptions
      className={`payload-section payload-section-${column}`}
      title={title}
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: Math.min(column, 2), lg: column }}
      items={rows}
    />
  );
}

/** The code names every payload view needs. */
function useNames() {
  return {
    cert: useDictionary('certificate-types').label,
    sex: useDictionary('sexes').label,
    ethnicity: useDictionary('ethnicities').label,
    household: useDictionary('household-types').label,
    category: useDictionary('person-categories').label,
    education: useDictionary('education-levels').label,
    bank: useDictionary('banks').label,
  };
}

/** 城乡居民基本医疗保险增员申办单 (000 §1 居民新参保登记): 参保人基本信息, 参保信息. */
function ResidentEnrolmentForm({
  payload: p,
  regionCode,
}: {
  payload: Payload;
  regionCode: string;
}) {
  const names = useNames();
  const tree = useDivisionTree(regionCode);
  const division = (code: unknown) => (
    <DivisionName code={typeof code === 'string' ? code : null} regionCode={regionCode} />
  );
  const local = p.localHousehold === true;
  return (
    <Space orientation="vertical" size={16} className="payload-view" style={{ width: '100%' }}>
      <Typography.Title level={4} className="payload-form-title">
        {tree.data?.label ?? ''}城乡居民基本医疗保险增员申办单
      </Typography.Title>
      <Section
        title="参保人基本信息"
        items={[
          { label: '证件类型', value: names.cert(text(p.certType)) },
          { label: '证件号码', value: <span className="payload-nowrap">{text(p.certNo)}</span> },
          { label: '姓名', value: text(p.name) },
          { label: '出生日期', value: text(p.birthDate) },
          { label: '性别', value: names.sex(text(p.sex)) },
          { label: '民族', value: names.ethnicity(text(p.ethnicity)) },
          { label: '户口性质', value: names.household(text(p.householdType)) },
          { label: '户籍所在地', value: division(p.householdDivisionCode) },
          {
            label: '居住地地址',
            value: (
              <>
                {division(p.residenceDivisionCode)} {text(p.residenceAddress)}
              </>
            ),
          },
          {
            label: '参保人或亲属手机号码',
            value: <span className="payload-nowrap">{text(p.phone)}</span>,
          },
        ]}
      />
      <Section
        title="参保信息"
        items={[
          {
            label: '是否为本人的办理',
            value: p.forWhom === 'other' ? '为他人办理' : '为自己办理',
          },
          {
            label: '参保人户籍地',
            value: local ? '参保人为本市户籍' : '参保人为外埠户籍',
          },
          { label: '准入人员类别', value: names.category(text(p.admissionCategory)) },
          ...(local ? [] : [{ label: '是否为学生儿童', value: yesNo(p.studentOrChild) }]),
        ]}
      />
      {p.promise === true && (
        <Typography.Text className="payload-promise">
          <CheckSquareOutlined /> 已知晓并承诺如实填写申报信息
        </Typography.Text>
      )}
    </Space>
  );
}

/** 职工个人基本信息变更 (000 §1): 职工个人基本信息, 职工个人参保信息, three pairs a row. */
function PersonInfoChangeForm({
  payload: p,
  regionCode,
}: {
  payload: Payload;
  regionCode: string;
}) {
  const names = useNames();
  const division = (code: unknown) => (
    <DivisionName code={typeof code === 'string' ? code : null} regionCode={regionCode} />
  );
  return (
    <Space orientation="vertical" size={16} className="payload-view" style={{ width: '100%' }}>
      <Section
        title="职工个人基本信息"
        column={3}
        items={[
          { label: '姓名', value: text(p.name) },
          { label: '民族', value: names.ethnicity(text(p.ethnicity)) },
          { label: '参保人手机', value: text(p.phone) },
          { label: '文化程度', value: names.education(text(p.education)) },
          { label: '联系人姓名', value: text(p.contactName) },
          { label: '联系人电话', value: text(p.contactPhone) },
          { label: '户口所在区县街乡', value: division(p.householdDivisionCode) },
          { label: '户口所在地地址', value: text(p.householdAddress) },
          { label: '户口所在地邮政编码', value: text(p.householdPostcode) },
          { label: '居住地所在区县街乡', value: division(p.residenceDivisionCode) },
          { label: '居住地地址', value: text(p.residenceAddress) },
          { label: '居住地邮编', value: text(p.residencePostcode) },
        ]}
      />
      <Section
        title="职工个人参保信息"
        column={3}
        items={[
          { label: '委托代发银行名称', value: names.bank(text(p.bankCode)) },
          {
            label: '委托代发银行账号',
            value: <span className="payload-nowrap">{text(p.bankAccount)}</span>,
          },
          { label: '电子邮件地址', value: text(p.email) },
        ]}
      />
    </Space>
  );
}

const optionLabel = (list: readonly { value: string; label: string }[], v: unknown) =>
  list.find((o) => o.value === v)?.label ?? text(v);

/** 单位参保登记 (002 十一 (一)): 单位基本信息, 单位联系信息, 单位注册信息, 银行信息. */
function UnitRegistrationForm({
  payload: p,
  regionCode,
}: {
  payload: Payload;
  regionCode: string;
}) {
  const names = useNames();
  const unitType = useDictionary('unit-types').label;
  const tree = useDivisionTree(regionCode);
  // three pairs a row, two in elder mode (the larger type needs the room)
  const column = useElder().elder ? 2 : 3;
  const usages = Array.isArray(p.bankUsages) ? p.bankUsages : [];
  const nowrap = (v: unknown) => <span className="payload-nowrap">{text(v)}</span>;
  return (
    <Space orientation="vertical" size={16} className="payload-view" style={{ width: '100%' }}>
      <Section
        title="单位基本信息"
        column={column}
        items={[
          { label: '医保区划', value: tree.data?.label ?? text(p.regionCode) },
          { label: '单位管理类型', value: optionLabel(UNIT_MANAGEMENT_TYPES, p.managementType) },
          { label: '单位类型', value: unitType(text(p.unitType)) },
          { label: '统一社会信用代码', value: nowrap(p.uscc) },
          { label: '单位名称', value: text(p.name), span: 2 },
        ]}
      />
      <Section
        title="单位联系信息"
        column={column}
        items={[
          { label: '联系人姓名', value: text(p.contactName) },
          { label: '联系电话', value: nowrap(p.contactPhone) },
          { label: '电子邮箱', value: text(p.email) },
          {
            label: '所属行政区',
            value: (
              <DivisionName
                code={typeof p.divisionCode === 'string' ? p.divisionCode : null}
                regionCode={regionCode}
              />
            ),
          },
          { label: '单位详细地址', value: text(p.address), span: 2 },
          { label: '邮政编码', value: text(p.postcode) },
          { label: '单位联系电话(座机)', value: nowrap(p.officePhone) },
        ]}
      />
      <Section
        title="单位注册信息"
        column={column}
        items={[
          { label: '法定代表人姓名', value: text(p.legalRepName) },
          { label: '法定代表人证件类型', value: names.cert(text(p.legalRepCertType)) },
          { label: '法定代表人证件号码', value: nowrap(p.legalRepCertNo) },
          { label: '法定代表人移动电话', value: nowrap(p.legalRepPhone) },
          { label: '批准成立日期', value: text(p.establishedOn) },
          { label: '批准成立文号', value: text(p.approvalDocNo) },
          { label: '注册证件类型', value: optionLabel(UNIT_REG_CERT_TYPES, p.regCertType) },
          { label: '注册证件号码', value: nowrap(p.regCertNo) },
          { label: '税号', value: nowrap(p.taxNo) },
        ]}
      />
      <Section
        title="银行信息"
        column={column}
        items={[
          {
            label: '银行用途',
            value: usages.length
              ? usages.map((u) => optionLabel(UNIT_BANK_USAGES, u)).join('、')
              : '-',
          },
          { label: '开户银行', value: names.bank(text(p.bankCode)) },
          { label: '银行户名', value: text(p.bankAccountName) },
          { label: '银行账号', value: nowrap(p.bankAccount) },
        ]}
      />
    </Space>
  );
}

/** A business without its own layout: its fields as they were submitted. */
function PlainPayload({ payload }: { payload: Payload }) {
  return (
    <Section
      title="申办信息"
      items={Object.entries(payload).map(([key, value]) => ({
        label: key,
        value: typeof value === 'object' && value !== null ? JSON.stringify(value) : text(value),
      }))}
    />
  );
}

export interface PayloadViewProps {
  businessCode: string;
  payload: Payload;
  /** the application's pooling region: names its 区县街乡 and the form's title */
  regionCode: string;
}

/** What the applicant filled in, laid out as the guide's form of the business, codes as names. */
export function PayloadView({ businessCode, payload, regionCode }: PayloadViewProps) {
  switch (businessCode) {
    case 'resident-enrolment':
      return <ResidentEnrolmentForm payload={payload} regionCode={regionCode} />;
    case 'person-info-change':
      return <PersonInfoChangeForm payload={payload} regionCode={regionCode} />;
    case 'unit-registration':
      return <UnitRegistrationForm payload={payload} regionCode={regionCode} />;
    default:
      return <PlainPayload payload={payload} />;
  }
}
