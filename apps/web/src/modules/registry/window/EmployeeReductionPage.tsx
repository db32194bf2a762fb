import { Card, Col, DatePicker, Form, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  EMPLOYEE_REDUCTION_REASONS,
  employeeReductionPayload,
  type EmployeeReductionPayload,
} from '@yibao/contracts';
import { zodRule } from '../../../shared/zod-form';
import { optionLabel } from '../../applications/shared/payload-parts';
import { trimmed } from '../shared/form-rules';
import { CertFields, isoDay, UnitNoField } from './fields';
import {
  IntakeLoading,
  WindowForm,
  WindowSaved,
  useFormColumn,
  useWindowIntake,
} from './WindowForm';

export const EMPLOYEE_REDUCTION = 'employee-reduction';

interface FormValues {
  unitNo?: string;
  certType?: string;
  certNo?: string;
  reason?: EmployeeReductionPayload['reason'];
  /** 停保日期: the month picked, to its last day */
  endDate?: Dayjs | null;
  paperItems?: string[];
}

const shape = employeeReductionPayload.shape;
const REASONS = EMPLOYEE_REDUCTION_REASONS.map((o) => ({ ...o }));
const lastDayOf = (month: Dayjs | null | undefined) => isoDay(month?.endOf('month'));

const toPayload = (v: FormValues) => ({
  unitNo: trimmed(v.unitNo),
  certType: v.certType ?? '',
  certNo: trimmed(v.certNo).toUpperCase(),
  reason: v.reason,
  endDate: lastDayOf(v.endDate),
});

/**
 * W12 (二) 单位职工减少 (002 十二): the unit's employee by 证件, the 减少原因 and the 停保日期 (the
 * last day of the month picked), the 申办资料 received on paper, then 保存 — 即时办结: the
 * employee's 310 enrolment through the unit ends (终止参保) and the 办件 waits for 复核.
 */
export default function EmployeeReductionPage() {
  const intake = useWindowIntake(EMPLOYEE_REDUCTION);
  const [form] = Form.useForm<FormValues>();
  const col = useFormColumn();
  const month = Form.useWatch('endDate', form);

  if (intake.done) {
    const detail = intake.done;
    const p = detail.payload;
    return (
      <WindowSaved
        intake={intake}
        form={form}
        detail={detail}
        className="employee-reduction-result"
        title="单位职工减少成功"
        subTitle="职工已即时停保，待复核初审、复核复审确认；复核不通过将恢复参保。"
        facts={[
          ['单位编号', String(p.unitNo)],
          ['姓名', detail.subjectName],
          ['证件号码', detail.subjectCertNo],
          ['减少原因', optionLabel(EMPLOYEE_REDUCTION_REASONS, p.reason)],
          ['停保日期', String(p.endDate)],
        ]}
      />
    );
  }
  if (intake.loading) return <IntakeLoading />;

  return (
    <WindowForm<FormValues>
      intake={intake}
      form={form}
      className="employee-reduction-form"
      initialValues={{ certType: '01' }}
      toPayload={toPayload}
      savedMessage="单位职工减少成功"
      confirmation={(v) => ({
        title: '确认办理单位职工减少吗？',
        rows: [
          ['单位编号', trimmed(v.unitNo)],
          ['证件号码', trimmed(v.certNo).toUpperCase()],
          ['减少原因', optionLabel(EMPLOYEE_REDUCTION_REASONS, v.reason)],
          ['停保日期', lastDayOf(v.endDate)],
        ],
        note: '保存后即时办结，该职工在本单位的职工基本医疗保险立即终止，并进入复核初审、复核复审。',
      })}
    >
      <Card title="单位信息" size="small" className="window-form-section">
        <Row gutter={24}>
          <UnitNoField col={col} schema={shape.unitNo} />
        </Row>
      </Card>
      <Card title="减少信息" size="small" className="window-form-section">
        <Row gutter={24}>
          <CertFields col={col} />
          <Col {...col}>
            <Form.Item label="减少原因" name="reason" required rules={[zodRule(shape.reason)]}>
              <Select placeholder="请选择减少原因" options={REASONS} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item
              label="停保日期"
              name="endDate"
              required
              rules={[{ required: true, message: '请选择停保日期' }]}
              extra={
                month
                  ? `停保于 ${lastDayOf(month)}（所选月份最后一天）`
                  : '停保于所选月份的最后一天'
              }
            >
              <DatePicker picker="month" style={{ width: '100%' }} placeholder="请选择停保年月" />
            </Form.Item>
          </Col>
        </Row>
      </Card>
    </WindowForm>
  );
}
