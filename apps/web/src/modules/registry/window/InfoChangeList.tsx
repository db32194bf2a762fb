import type { ReactNode } from 'react';
import { Table, Typography } from 'antd';
import {
  UNIT_BANK_USAGES,
  UNIT_MANAGEMENT_TYPES,
  UNIT_REG_CERT_TYPES,
  type InfoChange,
} from '@yibao/contracts';
import { useDictionary } from '../../../shared/dictionaries';
import { DivisionName } from '../../applications/shared/DivisionName';
import { optionLabel } from '../../applications/shared/payload-parts';

/**
 * 变更项, 变更前 and 变更后 of a 信息变更 (单位信息维护, 城乡居民参保维护): what the clerk confirms
 * before 保存 and what the 复核 sees. Codes show by their names.
 */

/** The guide's words for each field a change may set, the unit's and the resident's. */
export const INFO_FIELD_LABELS: Readonly<Record<string, string>> = {
  regionCode: '医保区划',
  managementType: '单位管理类型',
  unitType: '单位类型',
  uscc: '统一社会信用代码',
  name: '名称',
  contactName: '联系人姓名',
  contactPhone: '联系电话',
  email: '电子邮箱',
  divisionCode: '所属行政区',
  address: '单位详细地址',
  postcode: '邮政编码',
  officePhone: '单位联系电话(座机)',
  legalRepName: '法定代表人姓名',
  legalRepCertType: '法定代表人证件类型',
  legalRepCertNo: '法定代表人证件号码',
  legalRepPhone: '法定代表人移动电话',
  establishedOn: '批准成立日期',
  approvalDocNo: '批准成立文号',
  regCertType: '注册证件类型',
  regCertNo: '注册证件号码',
  taxNo: '税号',
  bankUsages: '银行用途',
  bankCode: '开户银行',
  bankAccountName: '银行户名',
  bankAccount: '银行账号',
  sex: '性别',
  birthDate: '出生日期',
  ethnicity: '民族',
  householdType: '户口性质',
  politicalStatus: '政治面貌',
  maritalStatus: '婚姻状态',
  studentNo: '学籍编号',
  admissionCategory: '参保身份',
  personCategory: '参保身份',
  personType: '参保身份（参保记录）',
  phone: '手机号码',
  residenceDivisionCode: '居住地',
  residenceAddress: '居住地地址',
};

/** `name` is 单位名称 of a unit and 姓名 of a person. */
export const fieldLabel = (field: string, subject: 'unit' | 'person') =>
  field === 'name'
    ? subject === 'unit'
      ? '单位名称'
      : '姓名'
    : (INFO_FIELD_LABELS[field] ?? field);

/** A stored value by its name: dictionaries, fixed lists and places. */
export function useInfoValue(regionCode: string) {
  const certTypes = useDictionary('certificate-types').label;
  const unitTypes = useDictionary('unit-types').label;
  const banks = useDictionary('banks').label;
  const sexes = useDictionary('sexes').label;
  const ethnicities = useDictionary('ethnicities').label;
  const households = useDictionary('household-types').label;
  const politicalStatuses = useDictionary('political-statuses').label;
  const maritalStatuses = useDictionary('marital-statuses').label;
  const categories = useDictionary('person-categories').label;
  const personTypes = useDictionary('person-types').label;
  return (field: string, value: string): ReactNode => {
    if (value === '') return <Typography.Text type="secondary">（空）</Typography.Text>;
    switch (field) {
      case 'unitType':
        return unitTypes(value);
      case 'managementType':
        return optionLabel(UNIT_MANAGEMENT_TYPES, value);
      case 'regCertType':
        return optionLabel(UNIT_REG_CERT_TYPES, value);
      case 'bankUsages':
        return value
          .split(',')
          .map((u) => optionLabel(UNIT_BANK_USAGES, u))
          .join('、');
      case 'legalRepCertType':
        return certTypes(value);
      case 'bankCode':
        return banks(value);
      case 'sex':
        return sexes(value);
      case 'ethnicity':
        return ethnicities(value);
      case 'householdType':
        return households(value);
      case 'politicalStatus':
        return politicalStatuses(value);
      case 'maritalStatus':
        return maritalStatuses(value);
      case 'admissionCategory':
      case 'personCategory':
        return categories(value);
      case 'personType':
        return personTypes(value);
      case 'divisionCode':
      case 'residenceDivisionCode':
        return <DivisionName code={value} regionCode={regionCode} />;
      default:
        return value;
    }
  };
}

export function InfoChangeList({
  changes,
  regionCode,
  subject,
  className,
}: {
  changes: readonly InfoChange[];
  regionCode: string;
  subject: 'unit' | 'person';
  className?: string;
}) {
  const shown = useInfoValue(regionCode);
  return (
    <Table<InfoChange>
      className={className ?? 'info-changes'}
      size="small"
      bordered
      pagination={false}
      rowKey="field"
      dataSource={[...changes]}
      columns={[
        { title: '变更项目', dataIndex: 'field', render: (f: string) => fieldLabel(f, subject) },
        { title: '变更前', render: (_v, c) => shown(c.field, c.before) },
        { title: '变更后', render: (_v, c) => shown(c.field, c.after) },
      ]}
    />
  );
}
