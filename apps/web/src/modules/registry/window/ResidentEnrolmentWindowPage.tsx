import { Card, Col, Form, Input, Row, Select } from 'antd';
import { residentEnrolmentCheckBody, type WindowResidentEnrolmentPayload } from '@yibao/contracts';
import { zodRule } from '../../../shared/zod-form';
import { DIVISION_FIELDS_OF_PAYLOAD, trimmed } from '../shared/form-rules';
import {
  WINDOW_RESIDENT_LABELS,
  residentBasicsOf,
  sexAndBirthOf,
  type ResidentBasicsValues,
  type ResidentField,
  type ResidentHouseholdValues,
} from '../shared/resident-form';
import { ResidentFields } from '../shared/ResidentFields';
import { CertFields } from './fields';
import { PersonStatusFields, type PersonStatusField } from './PersonStatusFields';
import { useStaffRegions } from './parts';
import {
  IntakeLoading,
  WindowForm,
  WindowSaved,
  useFormColumn,
  useWindowIntake,
} from './WindowForm';

export const RESIDENT_ENROLMENT_WINDOW = 'resident-enrolment-window';

/**
 * 有效身份证件 of the guide (002 十三 (一) 申办资料 (5)): 身份证/户口簿, 港澳台居民居住证, 港澳居民
 * 来往内地通行证, 外国人永久居留证 and the passports.
 */
const CERT_TYPES = ['01', '17', '04', '05', '07', '08', '16'];

/**
 * The resident's fields after 证件 and 姓名: 性别, 出生日期 and 民族, then (PersonStatusFields)
 * 政治面貌, 婚姻状态 and 学籍编号 as the guide's form has them, then 户口性质 … 居住地.
 */
const PERSON_FIELDS_BEFORE: readonly ResidentField[] = ['sex', 'birthDate', 'ethnicity'];
const STATUS_FIELDS: readonly PersonStatusField[] = [
  'politicalStatus',
  'maritalStatus',
  'studentNo',
];
const PERSON_FIELDS: readonly ResidentField[] = [
  'householdType',
  'phone',
  'localHousehold',
  'admissionCategory',
  'studentOrChild',
  'householdDivisionCode',
  'residenceDivisionCode',
  'residenceAddress',
];

type FormValues = ResidentBasicsValues &
  ResidentHouseholdValues & {
    regionCode?: string;
    name?: string;
    certType?: string;
    certNo?: string;
    politicalStatus?: string;
    maritalStatus?: string;
    studentNo?: string;
    paperItems?: string[];
  };

/** What is sent: 准入人员类别 may be missing only if the form's own rule let it through. */
type Sent = Omit<WindowResidentEnrolmentPayload, 'admissionCategory'> &
  Partial<Pick<WindowResidentEnrolmentPayload, 'admissionCategory'>>;

const identityShape = residentEnrolmentCheckBody.shape;
const labels = WINDOW_RESIDENT_LABELS;

function toPayload(v: FormValues): Sent {
  const local = v.localHousehold ?? true;
  return {
    regionCode: v.regionCode ?? '',
    name: trimmed(v.name),
    certType: v.certType ?? '',
    certNo: trimmed(v.certNo).toUpperCase(),
    localHousehold: local,
    admissionCategory: v.admissionCategory,
    // 是否为学生儿童 is asked of a 外埠 household only
    ...(local ? {} : { studentOrChild: v.studentOrChild }),
    ...residentBasicsOf(v),
    politicalStatus: v.politicalStatus ?? '',
    maritalStatus: v.maritalStatus ?? '',
    studentNo: trimmed(v.studentNo),
  };
}

/**
 * W13 (一) 城乡居民新参保/续保 (002 十三): 居民单位信息 (the 基层医保区划) and 人员基本信息 from the
 * paper 《城乡居民基本医疗保险参保登记表》, the 申办资料 received on paper, then 保存 — 即时办结:
 * the resident is insured at once and the 办件 waits for 复核初审 and 复核复审.
 */
export default function ResidentEnrolmentWindowPage() {
  const intake = useWindowIntake(RESIDENT_ENROLMENT_WINDOW);
  const [form] = Form.useForm<FormValues>();
  const regions = useStaffRegions();
  const region = Form.useWatch('regionCode', form);
  const local = Form.useWatch('localHousehold', form);
  const col = useFormColumn();

  /** The cascaders follow the region and the household's kind: a choice of the old one goes. */
  const follow = (changed: FormValues, all: FormValues) => {
    if ('regionCode' in changed) {
      form.setFieldsValue({
        residenceDivision: undefined,
        ...(all.localHousehold === false ? {} : { householdDivision: undefined }),
      });
    }
    if ('localHousehold' in changed) {
      form.setFieldsValue({ householdDivision: undefined, studentOrChild: undefined });
    }
    if ('certNo' in changed || 'certType' in changed) {
      // a 居民身份证 states 性别 and 出生日期: the clerk need not copy them
      const stated = sexAndBirthOf(all.certType, all.certNo);
      if (stated.sex) form.setFieldsValue(stated);
    }
  };

  if (intake.done) {
    const detail = intake.done;
    const kind = detail.effectResult?.renewal === true ? '续保' : '新参保';
    return (
      <WindowSaved
        intake={intake}
        form={form}
        detail={detail}
        className="resident-window-result"
        title={`城乡居民${kind}登记成功`}
        subTitle="参保登记已即时生效，待复核初审、复核复审确认。"
        facts={[
          ['姓名', detail.subjectName],
          ['证件号码', detail.subjectCertNo],
          ['登记类型', kind],
        ]}
        again="继续登记"
      />
    );
  }
  if (intake.loading) return <IntakeLoading />;

  return (
    <WindowForm<FormValues>
      intake={intake}
      form={form}
      className="resident-window-form"
      initialValues={{
        certType: '01',
        localHousehold: true,
        ethnicity: '01',
        ...(regions.length === 1 ? { regionCode: regions[0]?.value } : {}),
      }}
      toPayload={toPayload}
      fieldOfPayload={DIVISION_FIELDS_OF_PAYLOAD}
      savedMessage="城乡居民参保登记成功"
      onValuesChange={follow}
      confirmation={(v) => ({
        title: '确认保存城乡居民参保登记信息吗？',
        rows: [
          ['姓名', trimmed(v.name)],
          ['证件号码', trimmed(v.certNo).toUpperCase()],
          ['基层医保区划', regions.find((r) => r.value === v.regionCode)?.label ?? v.regionCode],
        ],
        note: '保存后即时办结，参保登记立即生效，并进入复核初审、复核复审。',
      })}
    >
      <Card title="居民单位信息" size="small" className="window-form-section">
        <Row gutter={24}>
          <Col {...col}>
            <Form.Item
              label="基层医保区划名称"
              name="regionCode"
              required
              rules={[{ required: true, message: '请选择医保区划' }]}
            >
              <Select
                placeholder="请选择基层医保区划"
                options={regions}
                notFoundContent="您没有可经办的医保区划"
              />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="基层医保区划编号" htmlFor="resident-region-no">
              <Input
                id="resident-region-no"
                value={region ?? ''}
                disabled
                placeholder="选择医保区划后显示"
              />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title="人员基本信息" size="small" className="window-form-section">
        <Row gutter={24}>
          <CertFields col={col} only={CERT_TYPES} />
          <Col {...col}>
            <Form.Item
              label={labels.name}
              name="name"
              required
              rules={[zodRule(identityShape.name)]}
            >
              <Input placeholder="请输入姓名" maxLength={50} />
            </Form.Item>
          </Col>
          <ResidentFields
            fields={PERSON_FIELDS_BEFORE}
            regionCode={region}
            localHousehold={local}
            col={col}
            labels={labels}
          />
          <PersonStatusFields fields={STATUS_FIELDS} col={col} />
          <ResidentFields
            fields={PERSON_FIELDS}
            regionCode={region}
            localHousehold={local}
            col={col}
            labels={labels}
          />
        </Row>
      </Card>
    </WindowForm>
  );
}
