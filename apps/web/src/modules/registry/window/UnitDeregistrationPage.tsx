import { Card, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  UNIT_CANCEL_REASONS,
  unitDeregistrationPayload,
  type UnitDeregistrationPayload,
} from '@yibao/contracts';
import { zodRule } from '../../../shared/zod-form';
import { optionLabel } from '../../applications/shared/payload-parts';
import { trimmed } from '../shared/form-rules';
import { isoDay, UnitNoField } from './fields';
import {
  IntakeLoading,
  WindowForm,
  WindowSaved,
  useFormColumn,
  useWindowIntake,
} from './WindowForm';
import { today } from '../../../shared/format';

export const UNIT_DEREGISTRATION = 'unit-deregistration';

interface FormValues {
  unitNo?: string;
  cancelledOn?: Dayjs | null;
  cancelReason?: UnitDeregistrationPayload['cancelReason'];
  remark?: string;
  paperItems?: string[];
}

const shape = unitDeregistrationPayload.shape;
const REASONS = UNIT_CANCEL_REASONS.map((o) => ({ ...o }));

const toPayload = (v: FormValues) => ({
  unitNo: trimmed(v.unitNo),
  cancelledOn: isoDay(v.cancelledOn),
  cancelReason: v.cancelReason,
  remark: trimmed(v.remark),
});

/**
 * W11 (二) 单位注销 (002 十一): 单位信息 (单位编号) and 变更信息 (注销日期, 注销原因, 备注), the
 * 申办资料 received on paper, then 保存 — 即时办结: the unit is 注销 at once, once nobody is insured
 * through it, and the 办件 waits for 复核初审 and 复核复审; a failed 复核 restores the unit.
 */
export default function UnitDeregistrationPage() {
  const intake = useWindowIntake(UNIT_DEREGISTRATION);
  const [form] = Form.useForm<FormValues>();
  const col = useFormColumn();

  if (intake.done) {
    const p = intake.done.payload;
    return (
      <WindowSaved
        intake={intake}
        form={form}
        detail={intake.done}
        className="unit-dereg-result"
        title="单位注销成功"
        subTitle="单位已即时注销，待复核初审、复核复审确认；复核不通过将恢复单位。"
        facts={[
          ['单位编号', String(intake.done.effectResult?.unitNo ?? p.unitNo)],
          ['单位名称', intake.done.subjectName],
          ['统一社会信用代码', intake.done.subjectCertNo],
          ['注销日期', String(p.cancelledOn)],
          ['注销原因', optionLabel(UNIT_CANCEL_REASONS, p.cancelReason)],
        ]}
      />
    );
  }
  if (intake.loading) return <IntakeLoading />;

  return (
    <WindowForm<FormValues>
      intake={intake}
      form={form}
      className="unit-dereg-form"
      toPayload={toPayload}
      savedMessage="单位注销成功"
      confirmation={(v) => ({
        title: '确认注销该单位吗？',
        rows: [
          ['单位编号', trimmed(v.unitNo)],
          ['注销日期', isoDay(v.cancelledOn)],
          ['注销原因', optionLabel(UNIT_CANCEL_REASONS, v.cancelReason)],
        ],
        note: '保存后即时办结，单位立即注销，并进入复核初审、复核复审；单位尚有正常参保人员的不能注销。',
      })}
    >
      <Card title="单位信息" size="small" className="window-form-section">
        <Row gutter={24}>
          <UnitNoField col={col} schema={shape.unitNo} />
        </Row>
      </Card>
      <Card title="变更信息" size="small" className="window-form-section">
        <Row gutter={24}>
          <Col {...col}>
            <Form.Item
              label="注销日期"
              name="cancelledOn"
              required
              rules={[{ required: true, message: '请选择注销日期' }]}
            >
              <DatePicker
                style={{ width: '100%' }}
                placeholder="请选择注销日期"
                disabledDate={(d) => d.isAfter(today(), 'day')}
              />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item
              label="注销原因"
              name="cancelReason"
              required
              rules={[zodRule(shape.cancelReason)]}
            >
              <Select placeholder="请选择注销原因" options={REASONS} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label="备注" name="remark" rules={[zodRule(shape.remark)]}>
              <Input.TextArea placeholder="请输入备注" maxLength={200} showCount rows={2} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
    </WindowForm>
  );
}
