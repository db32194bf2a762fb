import { Space } from 'antd';
import { ADMIN_POSTS, TECH_TITLE_LEVELS, VOCATIONAL_LEVELS } from '@yibao/contracts';
import { yuanText } from '../../../shared/format';
import { Section, nowrap, optionLabel, text, useNames, type Payload } from './payload-parts';

/**
 * W15 (二) 职务职级职称变更, W15 (三) 缴费基数变更 and W11 (三) 缴费基数申报书面稽核 as their
 * pages lay them out: codes by their names, amounts in 元.
 */

const money = (fen: unknown) => (typeof fen === 'number' ? nowrap(yuanText(fen)) : '-');

/** W15 (二): the employee and 行政职务, 专业技术职务等级, 国家职业资格等级 as they are to be. */
export function EmployeePostChangeForm({ payload: p }: { payload: Payload }) {
  const names = useNames();
  return (
    <Space orientation="vertical" size={16} className="payload-view" style={{ width: '100%' }}>
      <Section
        title="人员基本信息"
        items={[
          { label: '证件类型', value: names.cert(text(p.certType)) },
          { label: '证件号码', value: nowrap(p.certNo) },
          { label: '行政职务', value: optionLabel(ADMIN_POSTS, p.adminPost) },
          {
            label: '专业技术职务等级',
            value: optionLabel(TECH_TITLE_LEVELS, p.techTitleLevel),
          },
          {
            label: '国家职业资格等级',
            value: optionLabel(VOCATIONAL_LEVELS, p.vocationalLevel),
          },
        ]}
      />
    </Space>
  );
}

/** 202612 → 2026年12月 */
const periodText = (v: unknown) =>
  typeof v === 'number' ? `${String(v).slice(0, 4)}年${String(v).slice(4)}月` : '-';

/**
 * W15 (三) 缴费工资变更核定: the unit, the base before and after, and — once applied — the month
 * the new base applies from.
 */
export function ContributionBaseChangeForm({
  payload: p,
  effect,
}: {
  payload: Payload;
  effect?: Record<string, unknown> | null | undefined;
}) {
  return (
    <Space orientation="vertical" size={16} className="payload-view" style={{ width: '100%' }}>
      <Section
        title="缴费基数变更"
        items={[
          { label: '单位编号', value: nowrap(p.unitNo) },
          { label: '生效年月', value: periodText(effect?.effectivePeriod) },
          { label: '原缴费基数', value: money(p.beforeFen) },
          { label: '变更后缴费基数', value: money(p.baseFen) },
        ]}
      />
    </Space>
  );
}

/** W11 (三) 书面稽核: the unit and the figures the paper records show. */
export function UnitBaseAuditForm({ payload: p }: { payload: Payload }) {
  return (
    <Space orientation="vertical" size={16} className="payload-view" style={{ width: '100%' }}>
      <Section
        title="稽核信息"
        items={[
          { label: '单位编号', value: nowrap(p.unitNo) },
          { label: '核定在职职工人数', value: text(p.auditedHeadcount) },
          { label: '核定缴费基数总额', value: money(p.auditedTotalFen) },
          { label: '核定退休人员人数', value: text(p.auditedRetirees) },
          { label: '稽核意见', value: text(p.opinion), span: 2 },
        ]}
      />
    </Space>
  );
}
