import { Alert, Card, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  FLEXIBLE_INTERRUPT_REASONS,
  type FlexibleSuspensionPayload,
  type FlexibleWindowPersonReply,
} from '@yibao/contracts';
import { optionLabel } from '../../applications/shared/payload-parts';
import { CertLookup, useCertLookup, type CertValues } from './CertLookup';
import { isoDay } from './fields';
import {
  FlexibleEnrolmentsTable,
  FlexiblePersonFacts,
  findFlexiblePerson,
} from './FlexiblePersonParts';
import {
  WindowForm,
  WindowSaved,
  useFormColumn,
  useWindowIntake,
  type WindowIntake,
} from './WindowForm';
import { today } from '../../../shared/format';

export const FLEXIBLE_SUSPENSION = 'flexible-suspension';

interface Found {
  cert: CertValues;
  person: FlexibleWindowPersonReply;
}

async function find(v: CertValues): Promise<Found> {
  const person = await findFlexiblePerson(v);
  return { cert: { certType: person.certType, certNo: person.certNo }, person };
}

interface FormValues {
  interruptedOn?: Dayjs | null;
  interruptReason?: FlexibleSuspensionPayload['interruptReason'];
  remark?: string;
  paperItems?: string[];
}

const REASONS = FLEXIBLE_INTERRUPT_REASONS.map((o) => ({ ...o }));

/** 中断信息 of the person found: 中断日期, 中断原因 and 备注, then the 申办资料 and 保存. */
function SuspensionEditor({ found, intake }: { found: Found; intake: WindowIntake }) {
  const [form] = Form.useForm<FormValues>();
  const col = useFormColumn();
  const reason = Form.useWatch('interruptReason', form);
  const active = found.person.enrolments.find(
    (e) => e.status === '正常参保' && e.personType === '14',
  );
  return (
    <WindowForm<FormValues>
      intake={intake}
      form={form}
      className="flexible-suspension-form"
      initialValues={{ interruptedOn: today() }}
      toPayload={(v) => ({
        ...found.cert,
        interruptedOn: isoDay(v.interruptedOn),
        interruptReason: v.interruptReason,
        remark: (v.remark ?? '').trim(),
      })}
      savedMessage="灵活就业人员停保成功"
      saveDisabled={!active}
      confirmation={(v) => ({
        title: '确认办理灵活就业人员停保吗？',
        rows: [
          ['姓名', found.person.name],
          ['证件号码', found.cert.certNo],
          ['中断日期', isoDay(v.interruptedOn)],
          ['中断原因', optionLabel(FLEXIBLE_INTERRUPT_REASONS, v.interruptReason)],
          ['备注', (v.remark ?? '').trim() || '-'],
        ],
        note: '保存后即时办结，该人员的职工基本医疗保险自中断日期起暂停参保，并进入复核初审、复核复审。',
      })}
    >
      <FlexiblePersonFacts person={found.person} />
      <Card title="中断信息" size="small" className="window-form-section">
        {!active && (
          <Alert
            type="error"
            showIcon
            className="flexible-refusal"
            title="该人员不是正常参保的灵活就业人员，不能办理停保"
            style={{ marginBottom: 16 }}
          />
        )}
        <Row gutter={24}>
          <Col {...col}>
            <Form.Item
              label="中断日期"
              name="interruptedOn"
              required
              rules={[{ required: true, message: '请选择中断日期' }]}
              extra={active ? `不早于参保日期${active.startDate}，不晚于本月最后一天` : undefined}
            >
              <DatePicker
                style={{ width: '100%' }}
                placeholder="请选择中断日期"
                disabledDate={(d) => d.isAfter(today().endOf('month'), 'day')}
              />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item
              label="中断原因"
              name="interruptReason"
              required
              rules={[{ required: true, message: '请选择中断原因' }]}
            >
              <Select placeholder="请选择中断原因" options={REASONS} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item
              label="备注"
              name="remark"
              required={reason === 'other'}
              dependencies={['interruptReason']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_r, value: string | undefined) => {
                    if (getFieldValue('interruptReason') === 'other' && !(value ?? '').trim()) {
                      throw new Error('中断原因为其他时，请在备注中说明');
                    }
                  },
                }),
              ]}
            >
              <Input placeholder="请输入备注" maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <FlexibleEnrolmentsTable rows={found.person.enrolments} />
    </WindowForm>
  );
}

/**
 * W12 (五) 灵活就业人员停保 (002 十二): 人员查询 by 证件, the person's 人员基本信息, 单位基本信息 and
 * 人员参保信息, then 中断信息 (中断日期, 中断原因, 备注), the 申办资料 received on paper and 保存 —
 * 即时办结: the worker's 310 is 暂停参保 from the 中断日期; the 办件 waits for 复核, and a failed
 * 复核 resumes the enrolment.
 */
export default function FlexibleSuspensionPage() {
  const intake = useWindowIntake(FLEXIBLE_SUSPENSION);
  const lookup = useCertLookup(find);

  if (intake.done) {
    const detail = intake.done;
    const p = detail.payload;
    return (
      <WindowSaved
        intake={intake}
        detail={detail}
        className="flexible-suspension-result"
        title="灵活就业人员停保成功"
        subTitle="已即时暂停参保，待复核初审、复核复审确认；复核不通过将恢复参保。"
        facts={[
          ['姓名', detail.subjectName],
          ['证件号码', detail.subjectCertNo],
          ['中断日期', String(p.interruptedOn)],
          ['中断原因', optionLabel(FLEXIBLE_INTERRUPT_REASONS, p.interruptReason)],
          ['备注', typeof p.remark === 'string' && p.remark ? p.remark : '-'],
        ]}
        onAgain={lookup.reset}
      />
    );
  }

  return (
    <div className="flexible-suspension-window">
      <CertLookup
        state={lookup}
        idleHint="请输入证件类型和证件号码，查询要办理停保的灵活就业人员"
        loading={intake.loading}
      >
        {lookup.found && (
          <SuspensionEditor key={lookup.found.seq} found={lookup.found.value} intake={intake} />
        )}
      </CertLookup>
    </div>
  );
}
