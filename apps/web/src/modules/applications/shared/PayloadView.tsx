import { Space } from 'antd';
import {
  AssistanceSubsidyForm,
  CardlessSettlementForm,
} from '../../registry/window/resident-extra-payloads';
import { UNIT_BANK_USAGES, UNIT_MANAGEMENT_TYPES, UNIT_REG_CERT_TYPES } from '@yibao/contracts';
import { WithdrawalPayloadView } from '../../accounts/window/withdrawal/WithdrawalPayloadView';
import {
  FlexibleEnrolmentWindowForm,
  FlexibleRetirementForm,
  FlexibleSuspensionForm,
} from '../../registry/window/FlexiblePayloadViews';
import { useDictionary } from '../../../shared/dictionaries';
import { useElder } from '../../../shared/elder';
import { useDivisionTree } from '../../../shared/DivisionCascader';
import {
  Section,
  divisionOf,
  nowrap,
  optionLabel,
  text,
  useNames,
  type Payload,
} from './payload-parts';
import { InfoChangePayload, ResidentInfoChangeForm } from './InfoChangePayloadViews';
import {
  ContributionBaseChangeForm,
  EmployeePostChangeForm,
  UnitBaseAuditForm,
} from './ContributionBasePayloadViews';
import {
  PersonInfoChangeForm,
  ResidentEnrolmentForm,
  WindowPersonInfoChangeForm,
  WindowResidentEnrolmentForm,
} from './PersonPayloadViews';
import {
  EmployeeEnrolmentForm,
  EmployeeReductionForm,
  EmployeeRetirementForm,
  ResidentSuspensionForm,
  SpecialIdentityForm,
  UnitDeregistrationForm,
} from './RegistryPayloadViews';

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
          { label: '所属行政区', value: divisionOf(p.divisionCode, regionCode) },
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
  /** what the effect answered (a 信息变更's 变更前 and 变更后) */
  effect?: Record<string, unknown> | null;
}

/** What the applicant filled in, laid out as the guide's form of the business, codes as names. */
export function PayloadView({ businessCode, payload, regionCode, effect }: PayloadViewProps) {
  switch (businessCode) {
    case 'resident-enrolment':
      return <ResidentEnrolmentForm payload={payload} regionCode={regionCode} />;
    case 'resident-enrolment-window':
      return <WindowResidentEnrolmentForm payload={payload} regionCode={regionCode} />;
    case 'person-info-change':
      return <PersonInfoChangeForm payload={payload} regionCode={regionCode} />;
    case 'person-info-change-window':
      return <WindowPersonInfoChangeForm payload={payload} regionCode={regionCode} />;
    case 'unit-registration':
      return <UnitRegistrationForm payload={payload} regionCode={regionCode} />;
    case 'unit-info-change':
      return (
        <InfoChangePayload subject="unit" effect={effect} regionCode={regionCode}>
          <UnitRegistrationForm payload={payload} regionCode={regionCode} />
        </InfoChangePayload>
      );
    case 'resident-info-change':
      return <ResidentInfoChangeForm payload={payload} regionCode={regionCode} effect={effect} />;
    case 'unit-deregistration':
      return <UnitDeregistrationForm payload={payload} />;
    case 'employee-enrolment':
      return <EmployeeEnrolmentForm payload={payload} />;
    case 'employee-reduction':
      return <EmployeeReductionForm payload={payload} />;
    case 'employee-retirement':
      return <EmployeeRetirementForm payload={payload} />;
    case 'resident-suspension':
      return <ResidentSuspensionForm payload={payload} />;
    case 'special-identity':
      return <SpecialIdentityForm payload={payload} />;
    case 'cardless-settlement':
      return <CardlessSettlementForm payload={payload} />;
    case 'assistance-subsidy':
      return <AssistanceSubsidyForm payload={payload} />;
    case 'flexible-enrolment-window':
      return <FlexibleEnrolmentWindowForm payload={payload} />;
    case 'flexible-suspension':
      return <FlexibleSuspensionForm payload={payload} />;
    case 'flexible-retirement':
      return <FlexibleRetirementForm payload={payload} />;
    case 'employee-post-change':
      return <EmployeePostChangeForm payload={payload} />;
    case 'contribution-base-change':
      return <ContributionBaseChangeForm payload={payload} effect={effect} />;
    case 'unit-base-audit':
      return <UnitBaseAuditForm payload={payload} />;
    case 'account-withdrawal-death':
    case 'account-withdrawal-transfer':
      return (
        <WithdrawalPayloadView
          businessCode={businessCode}
          payload={payload}
          regionCode={regionCode}
        />
      );
    default:
      return <PlainPayload payload={payload} />;
  }
}
