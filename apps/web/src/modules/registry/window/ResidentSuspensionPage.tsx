import { Card, Col, DatePicker, Form, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  RESIDENT_STOP_REASONS,
  residentSuspensionPayload,
  type ResidentSuspensionPayload,
} from '@yibao/contracts';
import { zodRule } from '../../../shared/zod-form';
import { optionLabel } from '../../applications/shared/payload-parts';
import { trimmed } from '../shared/form-rules';
import { CertFields, isoDay } from './fields';
import {
  IntakeLoading,
  WindowForm,
  WindowSaved,
  useFormColumn,
  useWindowIntake,
} from './WindowForm';

export const RESIDENT_SUSPENSION = 'resident-suspension';

interface FormValues {
  certType?: string;
  certNo?: string;
  reason?: ResidentSuspensionPayload['reason'];
  stopDate?: Dayjs | null;
  paperItems?: string[];
}

const shape = residentSuspensionPayload.shape;
const REASONS = RESIDENT_STOP_REASONS.map((o) => ({ ...o }));

const toPayload = (v: FormValues) => ({
  certType: v.certType ?? '',
  certNo: trimmed(v.certNo).toUpperCase(),
  reason: v.reason,
  stopDate: isoDay(v.stopDate),
});

/**
 * W13 (二) 城乡居民停保 (002 十三): the resident by 证件, the 停保原因 and 停保日期, the 申办资料
 * received on paper, then 保存 — 即时办结: the 390 enrolment is 暂停参保 from that day and the 办件
 * waits for 复核初审 and 复核复审; a failed 复核 resumes it.
 */
export default function ResidentSuspensionPage() {
  const intake = useWindowIntake(RESIDENT_SUSPENSION);
  const [form] = Form.useForm<FormValues>();
  const col = useFormColumn();

  if (intake.done) {
    const detail = intake.done;
    const p = detail.payload;
    return (
      <WindowSaved
        intake={intake}
        form={form}
        detail={detail}
        className="resident-suspension-result"
        title="城乡居民停保成功"
        subTitle="居民医保已即时暂停参保，待复核初审、复核复审确认；复核不通过将恢复参保。"
        facts={[
          ['姓名', detail.subjectName],
          ['证件号码', detail.subjectCertNo],
          ['停保原因', optionLabel(RESIDENT_STOP_REASONS, p.reason)],
          ['停保日期', String(p.stopDate)],
        ]}
      />
    );
  }
  if (intake.loading) return <IntakeLoading />;

  return (
    <WindowForm<FormValues>
      intake={intake}
      form={form}
      className="resident-suspension-form"
      initialValues={{ certType: '01' }}
      toPayload={toPayload}
      savedMessage="城乡居民停保成功"
      confirmation={(v) => ({
        title: '确认办理城乡居民停保吗？',
        rows: [
          ['证件号码', trimmed(v.certNo).toUpperCase()],
          ['停保原因', optionLabel(RESIDENT_STOP_REASONS, v.reason)],
          ['停保日期', isoDay(v.stopDate)],
        ],
        note: '保存后即时办结，城乡居民基本医疗保险立即暂停参保，并进入复核初审、复核复审。',
      })}
    >
      <Card title="停保信息" size="small" className="window-form-section">
        <Row gutter={24}>
          <CertFields col={col} />
          <Col {...col}>
            <Form.Item label="停保原因" name="reason" required rules={[zodRule(shape.reason)]}>
              <Select placeholder="请选择停保原因" options={REASONS} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item
              label="停保日期"
              name="stopDate"
              required
              rules={[{ required: true, message: '请选择停保日期' }]}
            >
              <DatePicker style={{ width: '100%' }} placeholder="请选择停保日期" />
            </Form.Item>
          </Col>
        </Row>
      </Card>
    </WindowForm>
  );
}
