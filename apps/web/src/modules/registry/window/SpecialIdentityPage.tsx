import { Card, Col, Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { specialIdentityPayload } from '@yibao/contracts';
import { DictSelect, useDictionary } from '../../../shared/dictionaries';
import { zodRule } from '../../../shared/zod-form';
import { trimmed } from '../shared/form-rules';
import { EnrolmentModeSwitch, SPECIAL_IDENTITY_MODES } from './EnrolmentModeSwitch';
import { CertFields, isoDay, PeriodFields } from './fields';
import {
  IntakeLoading,
  WindowForm,
  WindowSaved,
  useFormColumn,
  useWindowIntake,
} from './WindowForm';

export const SPECIAL_IDENTITY = 'special-identity';

interface FormValues {
  certType?: string;
  certNo?: string;
  identityType?: string;
  startDate?: Dayjs | null;
  endDate?: Dayjs | null;
  source?: string;
  paperItems?: string[];
}

const shape = specialIdentityPayload.shape;

const toPayload = (v: FormValues) => ({
  certType: v.certType ?? '',
  certNo: trimmed(v.certNo).toUpperCase(),
  identityType: v.identityType ?? '',
  startDate: isoDay(v.startDate),
  endDate: isoDay(v.endDate),
  source: trimmed(v.source),
});

/**
 * W13 (三) 城乡居民特殊身份登记 (002 十三, 单个模式): 人员特殊身份信息 — the resident by 证件, the
 * 特殊身份类型 with its 开始日期, 结束日期 and 认定部门 — the 特殊人员资料证明 received on paper, then
 * 保存 — 即时办结: the identity holds at once and the 办件 waits for 复核; a failed 复核 voids it.
 */
export default function SpecialIdentityPage() {
  const intake = useWindowIntake(SPECIAL_IDENTITY);
  const [form] = Form.useForm<FormValues>();
  const col = useFormColumn();
  const identityTypes = useDictionary('special-identity-types');

  if (intake.done) {
    const detail = intake.done;
    const p = detail.payload;
    return (
      <WindowSaved
        intake={intake}
        form={form}
        detail={detail}
        className="special-identity-result"
        title="城乡居民特殊身份登记成功"
        subTitle="特殊身份已即时生效，待复核初审、复核复审确认；复核不通过将撤销本次登记。"
        facts={[
          ['姓名', detail.subjectName],
          ['证件号码', detail.subjectCertNo],
          ['特殊身份类型', identityTypes.label(String(p.identityType))],
          ['开始日期', String(p.startDate)],
          ['结束日期', p.endDate ? String(p.endDate) : '长期'],
          ['认定部门', String(p.source)],
        ]}
      />
    );
  }
  if (intake.loading) return <IntakeLoading />;

  return (
    <WindowForm<FormValues>
      intake={intake}
      form={form}
      className="special-identity-form"
      initialValues={{ certType: '01' }}
      toPayload={toPayload}
      savedMessage="城乡居民特殊身份登记成功"
      confirmation={(v) => ({
        title: '确认保存城乡居民特殊身份登记信息吗？',
        rows: [
          ['证件号码', trimmed(v.certNo).toUpperCase()],
          ['特殊身份类型', identityTypes.label(v.identityType)],
          ['起止日期', `${isoDay(v.startDate)} 至 ${isoDay(v.endDate) || '长期'}`],
          ['认定部门', trimmed(v.source)],
        ],
        note: '保存后即时办结，特殊身份立即生效，并进入复核初审、复核复审。',
      })}
    >
      <Card
        title="人员特殊身份信息"
        extra={<EnrolmentModeSwitch mode="single" pages={SPECIAL_IDENTITY_MODES} />}
        size="small"
        className="window-form-section"
      >
        <Row gutter={24}>
          <CertFields col={col} />
          <Col {...col}>
            <Form.Item
              label="特殊身份类型"
              name="identityType"
              required
              rules={[zodRule(shape.identityType)]}
            >
              <DictSelect name="special-identity-types" placeholder="请选择特殊身份类型" />
            </Form.Item>
          </Col>
          <PeriodFields col={col} endExtra="长期有效的不填" />
          <Col {...col}>
            <Form.Item label="认定部门" name="source" required rules={[zodRule(shape.source)]}>
              <Input placeholder="请输入认定部门" maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
    </WindowForm>
  );
}
