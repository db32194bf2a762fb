import { Space } from 'antd';
import type { ReactNode } from 'react';
import {
  EMPLOYEE_REDUCTION_REASONS,
  RESIDENT_STOP_REASONS,
  RETIREMENT_TYPES,
  UNIT_CANCEL_REASONS,
} from '@yibao/contracts';
import { useDictionary } from '../../../shared/dictionaries';
import { yuanText } from '../../../shared/format';
import { Section, nowrap, optionLabel, text, useNames, type Payload } from './payload-parts';

/**
 * The window's registry businesses after 新参保 (002 十一 (二), 十二 (一)–(三), 十三 (二)(三)), as
 * their pages group the fields: codes by their names, amounts in 元.
 */

const money = (fen: unknown) => (typeof fen === 'number' ? nowrap(yuanText(fen)) : '-');

/** The sections of one payload, one under the other. */
const Sections = ({ children }: { children: ReactNode }) => (
  <Space orientation="vertical" size={16} className="payload-view" style={{ width: '100%' }}>
    {children}
  </Space>
);

/** 证件类型 and 证件号码 of the person the business is for. */
function useCertItems(p: Payload) {
  const names = useNames();
  return [
    { label: '证件类型', value: names.cert(text(p.certType)) },
    { label: '证件号码', value: nowrap(p.certNo) },
  ];
}

/** W11 (二) 单位注销: the unit and 变更信息 (注销日期, 注销原因, 备注). */
export function UnitDeregistrationForm({ payload: p }: { payload: Payload }) {
  return (
    <Sections>
      <Section
        title="单位注销信息"
        items={[
          { label: '单位编号', value: nowrap(p.unitNo) },
          { label: '注销日期', value: text(p.cancelledOn) },
          { label: '注销原因', value: optionLabel(UNIT_CANCEL_REASONS, p.cancelReason) },
          { label: '备注', value: text(p.remark) },
        ]}
      />
    </Sections>
  );
}

/** W12 (一) 单位职工新参保/续保: 人员基本信息, 联系信息, 参保信息 — three pairs a row. */
export function EmployeeEnrolmentForm({ payload: p }: { payload: Payload }) {
  const names = useNames();
  const cert = useCertItems(p);
  return (
    <Sections>
      <Section
        title="人员基本信息"
        column={3}
        items={[
          ...cert,
          { label: '姓名', value: text(p.name) },
          { label: '性别', value: names.sex(text(p.sex)) },
          { label: '民族', value: names.ethnicity(text(p.ethnicity)) },
          { label: '出生日期', value: text(p.birthDate) },
          { label: '首次参工日期', value: text(p.workStartDate) },
          { label: '学历', value: names.education(text(p.education)) },
          { label: '政治面貌', value: names.political(text(p.politicalStatus)) },
          { label: '婚姻状态', value: names.marital(text(p.maritalStatus)) },
          { label: '户口性质', value: names.household(text(p.householdType)) },
        ]}
      />
      <Section
        title="联系信息"
        column={3}
        items={[
          { label: '移动电话', value: nowrap(p.phone) },
          { label: '电子邮箱', value: text(p.email), span: 2 },
        ]}
      />
      <Section
        title="参保信息"
        column={3}
        items={[
          { label: '单位编号', value: nowrap(p.unitNo) },
          { label: '参保日期', value: text(p.startDate) },
          { label: '缴费工资', value: money(p.wageFen) },
        ]}
      />
    </Sections>
  );
}

/** W12 (二) 单位职工减少. */
export function EmployeeReductionForm({ payload: p }: { payload: Payload }) {
  const cert = useCertItems(p);
  return (
    <Sections>
      <Section
        title="减少信息"
        items={[
          { label: '单位编号', value: nowrap(p.unitNo), span: 2 },
          ...cert,
          { label: '减少原因', value: optionLabel(EMPLOYEE_REDUCTION_REASONS, p.reason) },
          { label: '停保日期', value: text(p.endDate) },
        ]}
      />
    </Sections>
  );
}

/** W12 (三) 单位职工在职转退休: the person, then 退休信息. */
export function EmployeeRetirementForm({ payload: p }: { payload: Payload }) {
  const cert = useCertItems(p);
  return (
    <Sections>
      <Section
        title="退休信息"
        items={[
          ...cert,
          { label: '社保离退类型', value: optionLabel(RETIREMENT_TYPES, p.retirementType) },
          { label: '社保离退时间', value: text(p.retiredOn) },
          { label: '离退休工资', value: money(p.pensionFen), span: 2 },
        ]}
      />
    </Sections>
  );
}

/** W13 (二) 城乡居民停保. */
export function ResidentSuspensionForm({ payload: p }: { payload: Payload }) {
  const cert = useCertItems(p);
  return (
    <Sections>
      <Section
        title="停保信息"
        items={[
          ...cert,
          { label: '停保原因', value: optionLabel(RESIDENT_STOP_REASONS, p.reason) },
          { label: '停保日期', value: text(p.stopDate) },
        ]}
      />
    </Sections>
  );
}

/** W13 (三) 城乡居民特殊身份登记: 人员特殊身份信息. */
export function SpecialIdentityForm({ payload: p }: { payload: Payload }) {
  const cert = useCertItems(p);
  const identity = useDictionary('special-identity-types').label;
  return (
    <Sections>
      <Section
        title="人员特殊身份信息"
        items={[
          ...cert,
          { label: '特殊身份类型', value: identity(text(p.identityType)) },
          { label: '认定部门', value: text(p.source) },
          { label: '开始日期', value: text(p.startDate) },
          { label: '结束日期', value: p.endDate ? text(p.endDate) : '长期' },
        ]}
      />
    </Sections>
  );
}
