import { Space } from 'antd';
import { FLEXIBLE_INTERRUPT_REASONS, FLEXIBLE_RETIREMENT_TYPES } from '@yibao/contracts';
import { yuanText } from '../../../shared/format';
import {
  Section,
  nowrap,
  optionLabel,
  text,
  useNames,
  type Payload,
} from '../../applications/shared/payload-parts';

/**
 * The 办件审核 view of the window's flexible-employment businesses (002 十二 (四)–(六)), as their
 * pages group the fields: codes by their names, amounts in 元.
 */

const money = (fen: unknown) => (typeof fen === 'number' ? nowrap(yuanText(fen)) : '-');

function useCertItems(p: Payload) {
  const names = useNames();
  return [
    { label: '证件类型', value: names.cert(text(p.certType)) },
    { label: '证件号码', value: nowrap(p.certNo) },
  ];
}

/** W12 (四) 灵活就业人员新参保/续保: 人员基本信息, 联系信息, 参保信息. */
export function FlexibleEnrolmentWindowForm({ payload: p }: { payload: Payload }) {
  const names = useNames();
  const cert = useCertItems(p);
  return (
    <Space orientation="vertical" size={16} className="payload-view" style={{ width: '100%' }}>
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
          { label: '缴费基数', value: money(p.baseFen) },
        ]}
      />
    </Space>
  );
}

/** W12 (五) 灵活就业人员停保: the person, then 中断信息. */
export function FlexibleSuspensionForm({ payload: p }: { payload: Payload }) {
  const cert = useCertItems(p);
  return (
    <Space orientation="vertical" size={16} className="payload-view" style={{ width: '100%' }}>
      <Section
        title="中断信息"
        items={[
          ...cert,
          { label: '中断日期', value: text(p.interruptedOn) },
          { label: '中断原因', value: optionLabel(FLEXIBLE_INTERRUPT_REASONS, p.interruptReason) },
          { label: '备注', value: text(p.remark), span: 2 },
        ]}
      />
    </Space>
  );
}

/** W12 (六) 灵活就业人员在职转退休: the person, then 退休信息. */
export function FlexibleRetirementForm({ payload: p }: { payload: Payload }) {
  const cert = useCertItems(p);
  return (
    <Space orientation="vertical" size={16} className="payload-view" style={{ width: '100%' }}>
      <Section
        title="退休信息"
        items={[
          ...cert,
          {
            label: '社保离退类型',
            value: optionLabel(FLEXIBLE_RETIREMENT_TYPES, p.retirementType),
          },
          { label: '社保离退时间', value: text(p.retiredOn) },
          { label: '离退休工资', value: money(p.pensionFen), span: 2 },
        ]}
      />
    </Space>
  );
}
