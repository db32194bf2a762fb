import { Card, Col, DatePicker, Form, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { employeeEnrolmentPayload } from '@yibao/contracts';
import type { ReactNode } from 'react';
import type { ZodNumber } from 'zod';
import { DictSelect } from '../../../shared/dictionaries';
import { today, yuanText } from '../../../shared/format';
import { trimmed } from '../shared/form-rules';
import { PersonInfoFields } from '../shared/PersonInfoFields';
import { WINDOW_PERSON_INFO_LABELS } from '../shared/person-info-form';
import { sexAndBirthOf } from '../shared/resident-form';
import { ResidentFields } from '../shared/ResidentFields';
import { CertFields, isoDay, UnitNoField, YuanInput } from './fields';
import { PersonStatusFields, type PersonStatusField } from './PersonStatusFields';
import { fenOf, yuanRule } from './registry-rules';
import {
  IntakeLoading,
  WindowForm,
  WindowSaved,
  useFormColumn,
  useWindowIntake,
} from './WindowForm';

// the same 单位编号 rule for both: the agency of a flexible worker is a unit too
const unitNoSchema = employeeEnrolmentPayload.shape.unitNo;

interface FormValues {
  unitNo?: string;
  certType?: string;
  certNo?: string;
  name?: string;
  sex?: '1' | '2';
  ethnicity?: string;
  birthDate?: Dayjs | null;
  workStartDate?: Dayjs | null;
  education?: string;
  politicalStatus?: string;
  maritalStatus?: string;
  householdType?: string;
  phone?: string;
  email?: string;
  /** 参保日期: the month picked, from its first day */
  startDate?: Dayjs | null;
  /** 缴费工资 or 缴费基数 in 元 */
  amount?: string;
  paperItems?: string[];
}

const personOf = (v: FormValues) => ({
  unitNo: trimmed(v.unitNo),
  certType: v.certType ?? '',
  certNo: trimmed(v.certNo).toUpperCase(),
  name: trimmed(v.name),
  sex: v.sex,
  ethnicity: v.ethnicity ?? '',
  birthDate: isoDay(v.birthDate),
  workStartDate: isoDay(v.workStartDate),
  education: v.education ?? '',
  politicalStatus: v.politicalStatus ?? '',
  maritalStatus: v.maritalStatus ?? '',
  householdType: v.householdType ?? '',
  phone: trimmed(v.phone),
  email: trimmed(v.email),
  startDate: isoDay(v.startDate?.startOf('month')),
});

const labels = WINDOW_PERSON_INFO_LABELS;

/** What sets 单位职工 (W12 (一)) and 灵活就业人员 (W12 (四)) enrolment apart on the window. */
export interface WorkerEnrolmentVariant {
  business: string;
  /** 单位职工 | 灵活就业人员 */
  who: string;
  /** the CSS prefix of the form and its result: employee-enrolment | flexible-enrolment */
  className: string;
  /** 缴费工资 (wageFen) or 缴费基数 (baseFen), with the hint under the field */
  amount: { label: string; key: 'wageFen' | 'baseFen'; schema: ZodNumber; extra: string };
  /** 政治面貌 and 婚姻状态 as the guide's form shows them (灵活就业: 婚姻状态 only) */
  statusFields: readonly PersonStatusField[];
  /** beside 人员基本信息's title (单个模式 / 批量模式) */
  personExtra?: ReactNode;
  /** under 单位编号 */
  unitHint?: ReactNode;
}

/**
 * The window's enrolment of a worker through a unit (002 十二, 单个模式): 单位信息, 人员基本信息
 * and 联系信息 from the paper form, the 参保日期 and the monthly amount, the 申办资料 received
 * on paper, then 保存 — 即时办结, and the 办件 waits for 复核初审 and 复核复审.
 */
export function WorkerEnrolmentForm({ variant }: { variant: WorkerEnrolmentVariant }) {
  const { who, amount } = variant;
  const toPayload = (v: FormValues) => ({ ...personOf(v), [amount.key]: fenOf(v.amount) });
  const intake = useWindowIntake(variant.business);
  const [form] = Form.useForm<FormValues>();
  const col = useFormColumn();

  if (intake.done) {
    const detail = intake.done;
    const p = detail.payload;
    const kind = detail.effectResult?.renewal === true ? '续保' : '新参保';
    return (
      <WindowSaved
        intake={intake}
        form={form}
        detail={detail}
        className={`${variant.className}-result`}
        title={`${who}${kind}登记成功`}
        subTitle={`${who}参保登记已即时生效，待复核初审、复核复审确认；复核不通过将终止本次参保。`}
        facts={[
          ['单位编号', String(p.unitNo)],
          ['姓名', detail.subjectName],
          ['证件号码', detail.subjectCertNo],
          ['参保日期', String(p.startDate)],
          [
            amount.label,
            typeof p[amount.key] === 'number' ? yuanText(p[amount.key] as number) : '-',
          ],
          ['登记类型', kind],
        ]}
      />
    );
  }
  if (intake.loading) return <IntakeLoading />;

  return (
    <WindowForm<FormValues>
      intake={intake}
      form={form}
      className={`${variant.className}-form`}
      initialValues={{ certType: '01', ethnicity: '01', startDate: today().startOf('month') }}
      toPayload={toPayload}
      fieldOfPayload={{ [amount.key]: 'amount' }}
      savedMessage={`${who}参保登记成功`}
      onValuesChange={(changed, all) => {
        if ('certNo' in changed || 'certType' in changed) {
          // a 居民身份证 states 性别 and 出生日期: the clerk need not copy them
          const stated = sexAndBirthOf(all.certType, all.certNo);
          if (stated.sex) form.setFieldsValue(stated);
        }
      }}
      confirmation={(v) => ({
        title: `确认保存${who}参保登记信息吗？`,
        rows: [
          ['单位编号', trimmed(v.unitNo)],
          ['姓名', trimmed(v.name)],
          ['证件号码', trimmed(v.certNo).toUpperCase()],
          ['参保日期', isoDay(v.startDate?.startOf('month'))],
          [amount.label, yuanText(fenOf(v.amount) ?? 0)],
        ],
        note: `保存后即时办结，${who}参保登记立即生效，并进入复核初审、复核复审。`,
      })}
    >
      <Card title="单位信息" size="small" className="window-form-section">
        <Row gutter={24}>
          <UnitNoField col={col} schema={unitNoSchema} />
          {variant.unitHint && <Col {...col}>{variant.unitHint}</Col>}
        </Row>
      </Card>
      <Card
        title="人员基本信息"
        extra={variant.personExtra}
        size="small"
        className="window-form-section"
      >
        <Row gutter={24}>
          <CertFields col={col} />
          <PersonInfoFields fields={['name']} regionCode="" col={col} labels={labels} />
          <ResidentFields fields={['sex']} regionCode={undefined} localHousehold col={col} />
          <PersonInfoFields fields={['ethnicity']} regionCode="" col={col} labels={labels} />
          <ResidentFields fields={['birthDate']} regionCode={undefined} localHousehold col={col} />
          <Col {...col}>
            <Form.Item label="首次参工日期" name="workStartDate">
              <DatePicker
                style={{ width: '100%' }}
                placeholder="请选择首次参工日期"
                disabledDate={(d) => d.isAfter(today(), 'day')}
              />
            </Form.Item>
          </Col>
          <PersonInfoFields fields={['education']} regionCode="" col={col} labels={labels} />
          <PersonStatusFields fields={variant.statusFields} col={col} />
          <Col {...col}>
            <Form.Item label="户口性质" name="householdType">
              <DictSelect name="household-types" placeholder="请选择户口性质" />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title="联系信息" size="small" className="window-form-section">
        <Row gutter={24}>
          <PersonInfoFields fields={['phone', 'email']} regionCode="" col={col} labels={labels} />
        </Row>
      </Card>
      <Card title="参保信息" size="small" className="window-form-section">
        <Row gutter={24}>
          <Col {...col}>
            <Form.Item
              label="参保日期"
              name="startDate"
              required
              rules={[{ required: true, message: '请选择参保日期' }]}
              extra="自所选月份1日起参保，最晚为下月1日"
            >
              <DatePicker
                picker="month"
                style={{ width: '100%' }}
                placeholder="请选择参保年月"
                disabledDate={(d) => d.isAfter(today().add(1, 'month'), 'month')}
              />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item
              label={amount.label}
              name="amount"
              required
              rules={[yuanRule(amount.label, amount.schema)]}
              extra={amount.extra}
            >
              <YuanInput placeholder={`请输入${amount.label}`} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
    </WindowForm>
  );
}
