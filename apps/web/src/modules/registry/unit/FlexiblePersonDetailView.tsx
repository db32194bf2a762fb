import type { ReactNode } from 'react';
import { Alert, Descriptions, Spin } from 'antd';
import { formatYuan } from '@yibao/domain';
import { errorMessage } from '../../../shared/api';
import { useDictionary } from '../../../shared/dictionaries';
import { DivisionName } from '../../applications/shared';
import {
  regionOfDivision,
  useAgencyPerson,
  useAgencyRegion,
  type FlexiblePersonDetail,
} from './flexibleApi';

const orDash = (v: ReactNode) => (v === null || v === undefined || v === '' ? '-' : v);

/** The detail's cells in the guide's order, two to a row. */
function cells(
  p: FlexiblePersonDetail,
  name: (dictionary: string, code: string) => string,
  division: (code: string) => ReactNode,
): [string, ReactNode][] {
  const hospitals = p.designatedHospitals.map((h): [string, ReactNode] => [
    `定点医疗机构${h.slot}`,
    h.name,
  ]);
  return [
    ['单位名称', p.unitName],
    ['姓名', p.name],
    ['性别', name('sexes', p.sex)],
    ['出生日期', p.birthDate],
    ['民族', name('ethnicities', p.ethnicity)],
    ['证件类型', name('certificate-types', p.certType)],
    ['证件号码', p.certNo],
    ['国家/地区', name('nationalities', p.nationality)],
    ['个人身份', p.identity],
    ['参加工作日期', p.workStartDate],
    ['户口性质', name('household-types', p.householdType)],
    ['缴费人员类别', name('person-categories', p.personCategory)],
    ['离退休日期', p.retiredOn],
    ['户口所在区县街乡', division(p.householdDivisionCode)],
    ['户口所在地地址', p.householdAddress],
    ['户口所在地邮编', p.householdPostcode],
    ['居住地所在区县街乡', division(p.residenceDivisionCode)],
    ['居住地(联系)地址', p.residenceAddress],
    ['居住地邮编', p.residencePostcode],
    ['电子邮件地址', p.email],
    ['文化程度', name('education-levels', p.education)],
    [
      '缴费工资基数',
      p.contributionBaseFen === null ? null : formatYuan(p.contributionBaseFen, { grouping: true }),
    ],
    ['参保人手机', p.phone],
    ['委托代发银行名称', name('banks', p.bankCode)],
    ['委托代发银行账号', p.bankAccount],
    ['联系人姓名', p.contactName],
    ['联系人电话', p.contactPhone],
    ...hospitals,
  ];
}

/** The code lists the detail names its codes by. */
function useNames() {
  const lists = {
    sexes: useDictionary('sexes'),
    ethnicities: useDictionary('ethnicities'),
    'certificate-types': useDictionary('certificate-types'),
    nationalities: useDictionary('nationalities'),
    'household-types': useDictionary('household-types'),
    'person-categories': useDictionary('person-categories'),
    'education-levels': useDictionary('education-levels'),
    banks: useDictionary('banks'),
  };
  return (dictionary: string, code: string) =>
    lists[dictionary as keyof typeof lists]?.label(code) ?? code;
}

/**
 * 灵活就业人员信息详情 (001 §一 信息查询): every field of the guide's two-column table, the codes by
 * their names, 缴费工资基数 in 元, 定点医疗机构1–5.
 */
export function FlexiblePersonDetailView({ id }: { id: number }) {
  const detail = useAgencyPerson(id);
  const region = useAgencyRegion();
  const name = useNames();
  if (detail.isPending) return <Spin style={{ display: 'block', margin: '40px auto' }} />;
  if (detail.isError) {
    return (
      <Alert type="error" showIcon title="加载失败" description={errorMessage(detail.error)} />
    );
  }
  const p = detail.data;
  const regionCode = region.data ?? regionOfDivision(p.residenceDivisionCode) ?? '110000';
  const division = (code: string) =>
    code ? <DivisionName code={code} regionCode={regionCode} /> : null;
  return (
    <Descriptions
      bordered
      size="small"
      className="flex-detail"
      column={{ xs: 1, md: 2 }}
      items={cells(p, name, division).map(([label, value]) => ({
        key: label,
        label,
        children: orDash(value),
      }))}
    />
  );
}
