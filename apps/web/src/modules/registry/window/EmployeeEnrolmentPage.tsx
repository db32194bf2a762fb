import { employeeEnrolmentPayload } from '@yibao/contracts';
import { EnrolmentModeSwitch } from './EnrolmentModeSwitch';
import { WorkerEnrolmentForm, type WorkerEnrolmentVariant } from './WorkerEnrolmentForm';

export const EMPLOYEE_ENROLMENT = 'employee-enrolment';

const variant: WorkerEnrolmentVariant = {
  business: EMPLOYEE_ENROLMENT,
  who: '单位职工',
  className: 'employee-enrolment',
  amount: {
    label: '缴费工资',
    key: 'wageFen',
    schema: employeeEnrolmentPayload.shape.wageFen,
    extra: '月缴费工资，精确到分',
  },
  statusFields: ['politicalStatus', 'maritalStatus'],
  personExtra: <EnrolmentModeSwitch mode="single" />,
};

/**
 * W12 (一) 单位职工新参保/续保 (002 十二, 单个模式): from the paper 《参保人员变动表》; the employee
 * is insured (310) through the unit at once, and a person insured before continues (续保).
 */
export default function EmployeeEnrolmentPage() {
  return <WorkerEnrolmentForm variant={variant} />;
}
