import { Typography } from 'antd';
import { flexibleWindowEnrolmentPayload } from '@yibao/contracts';
import { EnrolmentModeSwitch, FLEXIBLE_ENROLMENT_MODES } from './EnrolmentModeSwitch';
import { WorkerEnrolmentForm, type WorkerEnrolmentVariant } from './WorkerEnrolmentForm';

export const FLEXIBLE_ENROLMENT_WINDOW = 'flexible-enrolment-window';

const variant: WorkerEnrolmentVariant = {
  business: FLEXIBLE_ENROLMENT_WINDOW,
  who: '灵活就业人员',
  className: 'flexible-enrolment',
  amount: {
    label: '缴费基数',
    key: 'baseFen',
    schema: flexibleWindowEnrolmentPayload.shape.baseFen,
    extra: '按缴费申报单申报的月缴费基数，精确到分',
  },
  statusFields: ['maritalStatus'],
  personExtra: <EnrolmentModeSwitch mode="single" pages={FLEXIBLE_ENROLMENT_MODES} />,
  unitHint: (
    <Typography.Paragraph type="secondary" className="flexible-unit-hint">
      灵活就业人员通过灵活就业代管机构参保，请填写代管机构的单位编号。
    </Typography.Paragraph>
  ),
};

/**
 * W12 (四) 灵活就业人员新参保/续保 (002 十二, 单个模式): from the 《灵活就业人员医疗保险缴费申报单》;
 * the worker is insured (310, 灵活就业) through the agency at once, and one whose 310 is 暂停参保
 * continues (续保) after the 中断日期.
 */
export default function FlexibleEnrolmentWindowPage() {
  return <WorkerEnrolmentForm variant={variant} />;
}
