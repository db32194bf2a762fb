import { useState } from 'react';
import { Alert, App, Card, Col, Form, Input, Row, Select, Spin } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import {
  residentEnrolmentCheckBody,
  type ApplicationDetail,
  type WindowResidentEnrolmentPayload,
} from '@yibao/contracts';
import { ApiError, errorMessage } from '../../../shared/api';
import { DictSelect } from '../../../shared/dictionaries';
import { useElder } from '../../../shared/elder';
import { LIST_KEY } from '../../../shared/ServerTable';
import { zodRule } from '../../../shared/zod-form';
import { applyPayloadError } from '../../applications/applicant/form-errors';
import {
  REVIEW_COUNTS_KEY,
  REVIEW_QUEUE_URL,
  applicationApi,
  useBusinesses,
} from '../../applications/shared';
import { certNoRule, DIVISION_FIELDS_OF_PAYLOAD, trimmed } from '../shared/form-rules';
import {
  WINDOW_RESIDENT_LABELS,
  residentBasicsOf,
  sexAndBirthOf,
  type ResidentBasicsValues,
  type ResidentField,
  type ResidentHouseholdValues,
} from '../shared/resident-form';
import { ResidentFields } from '../shared/ResidentFields';
import {
  PaperMaterialsSection,
  SaveActions,
  SavedResult,
  useReceivedOnPaper,
  useStaffRegions,
} from './parts';

export const RESIDENT_ENROLMENT_WINDOW = 'resident-enrolment-window';

/**
 * 有效身份证件 of the guide (002 十三 (一) 申办资料 (5)): 身份证/户口簿, 港澳台居民居住证, 港澳居民
 * 来往内地通行证, 外国人永久居留证 and the passports.
 */
const CERT_TYPES = ['01', '17', '04', '05', '07', '08', '16'];

/** The resident's fields after 证件 and 姓名: 性别 … 手机号码, then 户籍 and 居住地. */
const PERSON_FIELDS: readonly ResidentField[] = [
  'sex',
  'birthDate',
  'ethnicity',
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
    paperItems?: string[];
  };

/** What is sent: 准入人员类别 may be missing only if the form's own rule let it through. */
type Sent = Omit<WindowResidentEnrolmentPayload, 'admissionCategory'> &
  Partial<Pick<WindowResidentEnrolmentPayload, 'admissionCategory'>>;

const NO_MATERIALS: readonly never[] = [];
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
  };
}

/** 城乡居民新参保/续保 saved: the 办件 (已办结待复核), and whether it was a first enrolment. */
function Enrolled({ detail, onAgain }: { detail: ApplicationDetail; onAgain: () => void }) {
  const kind = detail.effectResult?.renewal === true ? '续保' : '新参保';
  return (
    <SavedResult
      className="resident-window-result"
      title={`城乡居民${kind}登记成功`}
      subTitle="参保登记已即时生效，待复核初审、复核复审确认。"
      detail={detail}
      facts={[
        { key: 'name', label: '姓名', children: detail.subjectName },
        { key: 'certNo', label: '证件号码', children: detail.subjectCertNo },
        { key: 'kind', label: '登记类型', children: kind },
      ]}
      again="继续登记"
      onAgain={onAgain}
    />
  );
}

/**
 * W13 (一) 城乡居民新参保/续保 (002 十三): 居民单位信息 (the 基层医保区划) and 人员基本信息 from the
 * paper 《城乡居民基本医疗保险参保登记表》, the 申办资料 received on paper, then 保存 — 即时办结:
 * the resident is insured at once and the 办件 waits for 复核初审 and 复核复审.
 */
export default function ResidentEnrolmentWindowPage() {
  const { message, modal } = App.useApp();
  const { elder } = useElder();
  const client = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const [, setParams] = useSearchParams();
  const businesses = useBusinesses();
  const regions = useStaffRegions();
  const [done, setDone] = useState<ApplicationDetail | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const region = Form.useWatch('regionCode', form);
  const local = Form.useWatch('localHousehold', form);

  const materials = businesses.get(RESIDENT_ENROLMENT_WINDOW)?.materials ?? NO_MATERIALS;
  const received = useReceivedOnPaper(materials);
  const initial: FormValues = {
    certType: '01',
    localHousehold: true,
    ethnicity: '01',
    ...(regions.length === 1 ? { regionCode: regions[0]?.value } : {}),
    paperItems: received,
  };

  const save = useMutation({
    mutationFn: (v: FormValues) =>
      applicationApi.submit({
        businessCode: RESIDENT_ENROLMENT_WINDOW,
        channel: 'window',
        payload: toPayload(v),
        materialIds: [],
        paperItems: v.paperItems ?? [],
      }),
    onSuccess: (detail) => {
      setDone(detail);
      setRefused(null);
      void message.success(`${detail.applicationNo} 城乡居民参保登记成功`);
      void client.invalidateQueries({ queryKey: [LIST_KEY, REVIEW_QUEUE_URL] });
      void client.invalidateQueries({ queryKey: REVIEW_COUNTS_KEY });
    },
    onError: (error) => {
      if (applyPayloadError(form, error, DIVISION_FIELDS_OF_PAYLOAD)) {
        const bare = error instanceof ApiError ? (error.field ?? '') : '';
        const name = bare.replace(/^payload\./, '');
        form.scrollToField(DIVISION_FIELDS_OF_PAYLOAD[name] ?? name);
        return;
      }
      const text = errorMessage(error);
      setRefused(text);
      void message.error(text);
    },
  });

  const confirm = (v: FormValues) => {
    const regionName = regions.find((r) => r.value === v.regionCode)?.label ?? v.regionCode;
    modal.confirm({
      title: '确认保存城乡居民参保登记信息吗？',
      content: (
        <div className="window-form-confirm">
          <div>姓名：{trimmed(v.name)}</div>
          <div>证件号码：{trimmed(v.certNo).toUpperCase()}</div>
          <div>基层医保区划：{regionName}</div>
          <p>保存后即时办结，参保登记立即生效，并进入复核初审、复核复审。</p>
        </div>
      ),
      okText: '确认保存',
      cancelText: '取消',
      onOk: () => save.mutateAsync(v).catch(() => undefined),
    });
  };

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

  if (done) {
    return (
      <Enrolled
        detail={done}
        onAgain={() => {
          // the next person's originals are not received yet: the guide's ticks were for this one
          setParams({}, { replace: true });
          setDone(null);
          form.resetFields();
          form.setFieldsValue({ paperItems: [] });
        }}
      />
    );
  }
  if (businesses.isLoading) return <Spin style={{ display: 'block', margin: '80px auto' }} />;

  const col = elder ? { xs: 24, lg: 12 } : { xs: 24, md: 12, xl: 8 };

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      className="resident-window-form"
      initialValues={initial}
      onFinish={confirm}
      onValuesChange={follow}
      scrollToFirstError
    >
      {refused && (
        <Alert
          type="error"
          showIcon
          title={refused}
          closable={{ onClose: () => setRefused(null) }}
          style={{ marginBottom: 16 }}
        />
      )}
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
          <Col {...col}>
            <Form.Item label={labels.certType} name="certType" required>
              <DictSelect
                name="certificate-types"
                only={CERT_TYPES}
                allowClear={false}
                placeholder="请选择证件类型"
              />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item
              label={labels.certNo}
              name="certNo"
              required
              dependencies={['certType']}
              rules={[certNoRule]}
              normalize={(v: unknown) => (typeof v === 'string' ? v.toUpperCase() : v)}
            >
              <Input placeholder="请输入证件号码" maxLength={30} />
            </Form.Item>
          </Col>
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
            fields={PERSON_FIELDS}
            regionCode={region}
            localHousehold={local}
            col={col}
            labels={labels}
          />
        </Row>
      </Card>

      <PaperMaterialsSection materials={materials} />

      <SaveActions
        saving={save.isPending}
        onReset={() => {
          form.resetFields();
          setRefused(null);
        }}
      />
    </Form>
  );
}
