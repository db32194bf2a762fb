import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import {
  RESIDENT_ADMISSION_CATEGORIES,
  residentEnrolmentCheckBody,
  residentEnrolmentPayload,
  type ApplicationDetail,
  type MaterialItem,
  type MyPersonReply,
  type ResidentEnrolmentPayload,
} from '@yibao/contracts';
import { birthDateFromCertNo, sexFromCertNo, validateCertNo } from '@yibao/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Modal,
  Radio,
  Result,
  Row,
  Space,
  Spin,
  Steps,
  Typography,
} from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { applyFieldError, errorMessage } from '../../../shared/api';
import { DictSelect, useDictionary } from '../../../shared/dictionaries';
import { DivisionCascader, divisionCascaderValue } from '../../../shared/DivisionCascader';
import { LinkButton } from '../../../shared/LinkButton';
import { LIST_KEY } from '../../../shared/ServerTable';
import { useSession } from '../../../shared/session';
import { zodRule } from '../../../shared/zod-form';
import { applicationApi, useApplication, useBusinesses } from '../shared/applicationApi';
import { DivisionName } from '../shared/DivisionName';
import { checkResidentEnrolment, REGION_NAMES, useMyPerson } from './applicantApi';
import { applyPayloadError, lastCode } from './form-errors';
import { MaterialsUpload, missingMessage } from './MaterialsUpload';
import { NationalDivisionCascader, nationalPath } from './NationalDivisionCascader';

export const RESIDENT_ENROLMENT = 'resident-enrolment';
const QR_SIGN_IN = 'qr-evoucher';
const OTHER_ONLY_BY_QR = '通过医保电子凭证扫码方式登录才可以选择【为他人办理】';

type ForWhom = 'self' | 'other';
interface Identity {
  forWhom: ForWhom;
  name: string;
  certType: string;
  certNo: string;
}
interface Household {
  localHousehold: boolean;
  admissionCategory: (typeof RESIDENT_ADMISSION_CATEGORIES)[number];
  studentOrChild?: boolean;
}
interface EnrolValues {
  sex?: '1' | '2';
  birthDate?: Dayjs;
  ethnicity?: string;
  householdType?: string;
  householdDivision?: string[];
  residenceDivision?: string[];
  residenceAddress?: string;
  phone?: string;
  materials?: MaterialItem[];
}

const payloadShape = residentEnrolmentPayload.shape;
const checkShape = residentEnrolmentCheckBody.shape;
const today = () => dayjs().format('YYYY-MM-DD');

const certNoRule: Rule = ({ getFieldValue }) => ({
  validator: async (_r, value: string | undefined) => {
    const v = (value ?? '').trim();
    if (!v) throw new Error('请输入证件号码');
    const checked = validateCertNo(String(getFieldValue('certType') ?? ''), v, today());
    if (!checked.ok) throw new Error(checked.message);
  },
});
const divisionRule = (label: string): Rule => ({
  validator: async (_r, value: string[] | undefined) => {
    if (!/^\d{6}(\d{3})?$/.test(lastCode(value))) throw new Error(`请选择${label}`);
  },
});

/** The form's values from what is known: the applicant's record, or the certificate number. */
function enrolDefaults(identity: Identity, me: MyPersonReply | undefined): EnrolValues {
  const fromCert: EnrolValues = {};
  if (identity.certType === '01' || identity.certType === '17') {
    try {
      fromCert.sex = sexFromCertNo(identity.certNo);
      fromCert.birthDate = dayjs(birthDateFromCertNo(identity.certNo));
    } catch {
      // a number without a date in it: the person fills both in
    }
  }
  if (identity.forWhom === 'self' && me) {
    return {
      ...fromCert,
      sex: me.sex === '1' || me.sex === '2' ? me.sex : fromCert.sex,
      birthDate: me.birthDate ? dayjs(me.birthDate) : fromCert.birthDate,
      ethnicity: me.ethnicity || undefined,
      householdType: me.householdType || undefined,
      residenceDivision: divisionCascaderValue(me.residenceDivisionCode),
      residenceAddress: me.residenceAddress,
      phone: me.phone,
    };
  }
  return { ...fromCert, ethnicity: '01' };
}

function enrolValuesOf(p: ResidentEnrolmentPayload, materials: MaterialItem[]): EnrolValues {
  return {
    sex: p.sex,
    birthDate: dayjs(p.birthDate),
    ethnicity: p.ethnicity,
    householdType: p.householdType,
    householdDivision: p.localHousehold
      ? divisionCascaderValue(p.householdDivisionCode)
      : nationalPath(p.householdDivisionCode),
    residenceDivision: divisionCascaderValue(p.residenceDivisionCode),
    residenceAddress: p.residenceAddress,
    phone: p.phone,
    materials,
  };
}

const steps = [
  { title: '参保人员新参保申报信息查询' },
  { title: '参保人户籍地' },
  { title: '填写参保信息' },
  { title: '提交结果' },
];

/**
 * P21 居民新参保登记 (000 §1 我要办 › 居民参保登记): 参保人员新参保申报信息查询 (为自己办理, or 为他人办理
 * after an e-voucher QR sign-in and the 城乡居民参保承诺告知), 参保人户籍地 with 准入人员类别, 填写参保信息
 * with the materials, the 增员申办单 to confirm, and the result. `?resubmit=ID` reopens a returned
 * application to change and submit again.
 */
export default function ResidentEnrolmentPage() {
  const [params] = useSearchParams();
  const resubmitId = Number(params.get('resubmit')) || undefined;
  const { session } = useSession();
  const me = useMyPerson();
  const business = useBusinesses().get(RESIDENT_ENROLMENT);
  const returned = useApplication(resubmitId);
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const [identityForm] = Form.useForm<Identity>();
  const [householdForm] = Form.useForm<Household>();
  const [enrolForm] = Form.useForm<EnrolValues>();

  const [step, setStep] = useState(0);
  const [identity, setIdentity] = useState<Identity | null>(null);
  const [household, setHousehold] = useState<Household | null>(null);
  const [payload, setPayload] = useState<Omit<ResidentEnrolmentPayload, 'promise'> | null>(null);
  const [materialIds, setMaterialIds] = useState<number[]>([]);
  const [promised, setPromised] = useState(false);
  const [promiseError, setPromiseError] = useState(false);
  const [result, setResult] = useState<ApplicationDetail | null>(null);
  const [attached, setAttached] = useState<ReadonlySet<number>>(new Set());
  const [loadedReturn, setLoadedReturn] = useState<number | null>(null);
  const [enrolInitial, setEnrolInitial] = useState<EnrolValues>({});

  const byQr = session?.signInMethod === QR_SIGN_IN;
  const region = me.data?.regionCode ?? '110000';
  const regionName = REGION_NAMES[region] ?? '';
  const forWhom = Form.useWatch('forWhom', identityForm) ?? 'self';
  const local = Form.useWatch('localHousehold', householdForm);

  // a returned application opens at 填写参保信息 with what was sent
  const back = returned.data;
  if (back && back.can.resubmit && loadedReturn !== back.id) {
    setLoadedReturn(back.id);
    const p = back.payload as unknown as ResidentEnrolmentPayload;
    setIdentity({ forWhom: p.forWhom, name: p.name, certType: p.certType, certNo: p.certNo });
    setHousehold({
      localHousehold: p.localHousehold,
      admissionCategory: p.admissionCategory,
      ...(p.studentOrChild === undefined ? {} : { studentOrChild: p.studentOrChild }),
    });
    const files = back.materials.filter((m) => !m.onPaper);
    setAttached(new Set(files.map((m) => m.id)));
    setEnrolInitial(enrolValuesOf(p, files));
    setStep(2);
  }

  // 为自己办理: the person's own name and certificate
  useEffect(() => {
    if (forWhom === 'self' && me.data && !resubmitId) {
      identityForm.setFieldsValue({
        name: me.data.name,
        certType: me.data.certType,
        certNo: me.data.certNo,
      });
    }
  }, [forWhom, me.data, identityForm, resubmitId]);

  const chooseFor = (value: ForWhom) => {
    if (value === 'self') {
      identityForm.setFieldValue('forWhom', 'self');
      return;
    }
    identityForm.setFieldValue('forWhom', 'self');
    if (!byQr) {
      void message.warning(OTHER_ONLY_BY_QR);
      return;
    }
    void modal.confirm({
      title: '城乡居民参保承诺告知',
      width: 640,
      content: <PromiseNotice />,
      okText: '确定',
      cancelText: '取消',
      onOk: () => {
        identityForm.setFieldsValue({ forWhom: 'other', name: '', certType: '01', certNo: '' });
      },
    });
  };

  const check = useMutation({
    mutationFn: (v: Identity) =>
      checkResidentEnrolment({
        forWhom: v.forWhom,
        name: v.name.trim(),
        certType: v.certType,
        certNo: v.certNo.trim(),
      }),
    onSuccess: (reply, v) => {
      const next = { ...v, name: v.name.trim(), certNo: reply.certNo };
      if (identity?.certNo !== next.certNo || identity.name !== next.name) {
        // another person: the form starts again from what is known of this one
        const defaults = enrolDefaults(next, me.data);
        setEnrolInitial(defaults);
        if (household) {
          enrolForm.resetFields();
          enrolForm.setFieldsValue(defaults);
        }
      }
      setIdentity(next);
      setStep(1);
    },
    onError: (error) => {
      if (!applyFieldError(identityForm, error)) void message.error(errorMessage(error));
    },
  });

  const send = useMutation({
    mutationFn: () => {
      if (!payload) throw new Error('no payload');
      const body = { payload: { ...payload, promise: true }, materialIds };
      return resubmitId
        ? applicationApi.resubmit(resubmitId, body)
        : applicationApi.submit({
            businessCode: RESIDENT_ENROLMENT,
            channel: 'personal',
            ...body,
            paperItems: [],
          });
    },
    onSuccess: (detail) => {
      setPayload(null);
      setResult(detail);
      setStep(3);
      void client.invalidateQueries({ queryKey: [LIST_KEY] });
      void client.invalidateQueries({ queryKey: ['application'] });
    },
    onError: (error) => {
      setPayload(null);
      const where = applyPayloadError(enrolForm, error, {
        householdDivisionCode: 'householdDivision',
        residenceDivisionCode: 'residenceDivision',
        materialIds: 'materials',
      });
      if (!where) void message.error(errorMessage(error));
    },
  });

  const toConfirm = (v: EnrolValues) => {
    if (!identity || !household) return;
    setMaterialIds((v.materials ?? []).map((m) => m.id));
    setPromised(false);
    setPromiseError(false);
    setPayload({
      ...identity,
      ...household,
      ...(household.localHousehold ? { studentOrChild: undefined } : {}),
      sex: v.sex ?? '1',
      birthDate: v.birthDate?.format('YYYY-MM-DD') ?? '',
      ethnicity: v.ethnicity ?? '',
      householdType: v.householdType ?? '',
      householdDivisionCode: lastCode(v.householdDivision),
      residenceDivisionCode: lastCode(v.residenceDivision),
      residenceAddress: (v.residenceAddress ?? '').trim(),
      phone: (v.phone ?? '').trim(),
    });
  };

  const householdOptions = useMemo(
    () => [
      { value: true, label: '参保人为本市户籍' },
      { value: false, label: '参保人为外埠户籍' },
    ],
    [],
  );

  if (me.isPending || (resubmitId && returned.isPending)) {
    return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  }
  if (me.isError) {
    return (
      <Alert type="error" showIcon title="个人信息加载失败" description={errorMessage(me.error)} />
    );
  }
  if (resubmitId && !result && (returned.isError || (back && !back.can.resubmit))) {
    return (
      <Alert
        type="warning"
        showIcon
        title="该办件不能修改后重新提交"
        description={
          returned.isError ? errorMessage(returned.error) : '只有已回退的办件可以修改后重新提交'
        }
        action={<LinkButton to="/personal/applications">办件进度查询</LinkButton>}
      />
    );
  }
  const rules = business?.materials ?? [];

  return (
    <div className="resident-enrolment">
      <Steps className="applicant-steps" current={step} items={steps} size="small" />

      {back?.decisionReason && step < 3 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="该办件已回退，请按回退原因修改后重新提交"
          description={`回退原因：${back.decisionReason}`}
        />
      )}

      <div hidden={step !== 0}>
        <Card title="参保人员新参保申报信息查询" className="applicant-section">
          <Form<Identity>
            form={identityForm}
            layout="vertical"
            initialValues={{ forWhom: 'self', certType: '01' }}
            onFinish={(v) => check.mutate(v)}
          >
            <Form.Item
              label="是否为本人的办理"
              name="forWhom"
              required
              extra={`${OTHER_ONLY_BY_QR}，选择【为他人办理】需查看并同意“城乡居民参保承诺告知”。`}
            >
              <Radio.Group
                onChange={(e) => chooseFor(e.target.value as ForWhom)}
                options={[
                  { value: 'self', label: '为自己办理' },
                  { value: 'other', label: '为他人办理' },
                ]}
              />
            </Form.Item>
            <Row gutter={24}>
              <Col xs={24} md={8}>
                <Form.Item label="姓名" name="name" required rules={[zodRule(checkShape.name)]}>
                  <Input placeholder="请输入姓名" maxLength={50} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  label="证件类型"
                  name="certType"
                  required
                  rules={[zodRule(checkShape.certType)]}
                >
                  <DictSelect
                    name="certificate-types"
                    only={['01', '17']}
                    allowClear={false}
                    placeholder="请选择证件类型"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  label="证件号码"
                  name="certNo"
                  required
                  dependencies={['certType']}
                  rules={[certNoRule]}
                >
                  <Input placeholder="请输入证件号码" maxLength={18} />
                </Form.Item>
              </Col>
            </Row>
            <Space className="applicant-actions" size={16}>
              <Button
                size="large"
                onClick={() => {
                  identityForm.resetFields();
                  if (me.data) {
                    identityForm.setFieldsValue({
                      name: me.data.name,
                      certType: me.data.certType,
                      certNo: me.data.certNo,
                    });
                  }
                }}
              >
                重置
              </Button>
              <Button type="primary" size="large" htmlType="submit" loading={check.isPending}>
                查询
              </Button>
            </Space>
          </Form>
        </Card>
      </div>

      {identity && (
        <div hidden={step !== 1}>
          <Card title="参保人户籍地" className="applicant-section">
            <IdentitySummary identity={identity} />
            <Form<Household>
              form={householdForm}
              layout="vertical"
              initialValues={household ?? { localHousehold: true }}
              onFinish={(v) => {
                setHousehold(v);
                setStep(2);
              }}
            >
              <Form.Item
                label="参保人户籍地"
                name="localHousehold"
                required
                rules={[zodRule(payloadShape.localHousehold)]}
              >
                <Radio.Group options={householdOptions} />
              </Form.Item>
              <Row gutter={24}>
                <Col xs={24} md={8}>
                  <Form.Item
                    label="准入人员类别"
                    name="admissionCategory"
                    required
                    rules={[zodRule(payloadShape.admissionCategory)]}
                  >
                    <DictSelect
                      name="person-categories"
                      only={RESIDENT_ADMISSION_CATEGORIES}
                      placeholder="请选择准入人员类别"
                    />
                  </Form.Item>
                </Col>
                {local === false && (
                  <Col xs={24} md={8}>
                    <Form.Item
                      label="是否为学生儿童"
                      name="studentOrChild"
                      required
                      rules={[{ required: true, message: '请选择是否为学生儿童' }]}
                    >
                      <Radio.Group
                        options={[
                          { value: true, label: '是' },
                          { value: false, label: '否' },
                        ]}
                      />
                    </Form.Item>
                  </Col>
                )}
              </Row>
              <Space className="applicant-actions" size={16}>
                {!resubmitId && (
                  <Button size="large" onClick={() => setStep(0)}>
                    上一步
                  </Button>
                )}
                <Button type="primary" size="large" htmlType="submit">
                  填写参保信息
                </Button>
              </Space>
            </Form>
          </Card>
        </div>
      )}

      {identity && household && (
        <div hidden={step !== 2}>
          <Form<EnrolValues>
            form={enrolForm}
            layout="vertical"
            className="applicant-form"
            initialValues={enrolInitial}
            onFinish={toConfirm}
            scrollToFirstError
          >
            <Card title="填写参保信息" className="applicant-section">
              <IdentitySummary identity={identity} household={household} />
              <Row gutter={24}>
                <Col xs={24} md={12} xl={8}>
                  <Form.Item label="性别" name="sex" required rules={[zodRule(payloadShape.sex)]}>
                    <Radio.Group
                      options={[
                        { value: '1', label: '男' },
                        { value: '2', label: '女' },
                      ]}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12} xl={8}>
                  <Form.Item
                    label="出生日期"
                    name="birthDate"
                    required
                    rules={[{ required: true, message: '请选择出生日期' }]}
                  >
                    <DatePicker
                      style={{ width: '100%' }}
                      placeholder="请选择出生日期"
                      disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12} xl={8}>
                  <Form.Item
                    label="民族"
                    name="ethnicity"
                    required
                    rules={[zodRule(payloadShape.ethnicity)]}
                  >
                    <DictSelect name="ethnicities" placeholder="请选择民族" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12} xl={8}>
                  <Form.Item
                    label="户口性质"
                    name="householdType"
                    required
                    rules={[zodRule(payloadShape.householdType)]}
                  >
                    <DictSelect name="household-types" placeholder="请选择户口性质" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12} xl={8}>
                  <Form.Item
                    label="户籍所在地"
                    name="householdDivision"
                    required
                    rules={[divisionRule('户籍所在地')]}
                  >
                    {household.localHousehold ? (
                      <DivisionCascader regionCode={region} placeholder="请选择户籍所在区县街乡" />
                    ) : (
                      <NationalDivisionCascader placeholder="请选择户籍所在省 / 市 / 区县" />
                    )}
                  </Form.Item>
                </Col>
                <Col xs={24} md={12} xl={8}>
                  <Form.Item
                    label="居住地"
                    name="residenceDivision"
                    required
                    rules={[divisionRule('居住地')]}
                  >
                    <DivisionCascader regionCode={region} placeholder="请选择居住地区县街乡" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12} xl={8}>
                  <Form.Item
                    label="居住地地址"
                    name="residenceAddress"
                    required
                    rules={[zodRule(payloadShape.residenceAddress)]}
                  >
                    <Input placeholder="请输入居住地地址" maxLength={200} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12} xl={8}>
                  <Form.Item
                    label="参保人或亲属手机号码"
                    name="phone"
                    required
                    rules={[zodRule(payloadShape.phone)]}
                  >
                    <Input placeholder="请输入手机号码" maxLength={11} inputMode="tel" />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
            <Card title="申请材料" className="applicant-section">
              <Alert
                type="info"
                className="applicant-materials-note"
                title="说明：办理该项业务,需提供以下申请材料（支持多次上传）,才能进行业务的办理。"
                description="注意：如未上传符合条件的照片，将影响制卡。"
              />
              <Form.Item
                name="materials"
                rules={[
                  {
                    validator: async (_r, files: MaterialItem[] | undefined) => {
                      const missing = missingMessage(rules, files ?? []);
                      if (missing) throw new Error(missing);
                    },
                  },
                ]}
              >
                <MaterialsUpload
                  businessCode={RESIDENT_ENROLMENT}
                  rules={rules}
                  attachedIds={attached}
                />
              </Form.Item>
            </Card>
            <Space className="applicant-actions" size={16}>
              <Button size="large" onClick={() => setStep(1)}>
                上一步
              </Button>
              <Button size="large" onClick={() => enrolForm.resetFields()}>
                重置
              </Button>
              <Button type="primary" size="large" htmlType="submit">
                {resubmitId ? '重新提交' : '提交'}
              </Button>
            </Space>
          </Form>
        </div>
      )}

      {step === 3 && result && (
        <Card>
          <Result
            status="success"
            title={resubmitId ? '居民参保登记已重新提交' : '居民参保登记申请提交成功'}
            subTitle={
              <Space orientation="vertical" size={4}>
                <span>办件编号：{result.applicationNo}</span>
                <span>
                  审核状态：{result.statusLabel}
                  {result.dueOn ? `，办理时限至 ${result.dueOn}` : ''}
                </span>
                <span>经办机构审核后，可在【办件进度查询】中查看办理结果。</span>
              </Space>
            }
            extra={[
              <LinkButton key="progress" to="/personal/applications" type="primary" size="large">
                办件进度查询
              </LinkButton>,
              <LinkButton key="home" to="/personal" size="large">
                返回服务大厅
              </LinkButton>,
            ]}
          />
        </Card>
      )}

      <Modal
        open={payload !== null}
        title={`${regionName}城乡居民基本医疗保险增员申办单`}
        width={860}
        onCancel={() => setPayload(null)}
        maskClosable={false}
        footer={[
          <Button key="cancel" onClick={() => setPayload(null)}>
            取消
          </Button>,
          <Button
            key="ok"
            type="primary"
            loading={send.isPending}
            onClick={() => {
              if (!promised) {
                setPromiseError(true);
                return;
              }
              send.mutate();
            }}
          >
            确定
          </Button>,
        ]}
      >
        {payload && <ApplicationForm payload={payload} regionCode={region} />}
        <div className="enrolment-promise">
          <Checkbox
            checked={promised}
            onChange={(e) => {
              setPromised(e.target.checked);
              setPromiseError(false);
            }}
          >
            已知晓并承诺如实填写申报信息
          </Checkbox>
          {promiseError && (
            <Typography.Text type="danger" role="alert" className="enrolment-promise-error">
              请勾选已知晓并承诺如实填写申报信息
            </Typography.Text>
          )}
        </div>
      </Modal>
    </div>
  );
}

/** 城乡居民参保承诺告知: what the applicant for another person promises. */
function PromiseNotice() {
  return (
    <div className="promise-notice">
      <p>为他人办理城乡居民基本医疗保险参保登记，申报人承诺：</p>
      <ol>
        <li>已取得参保人（未成年人为其监护人）的同意，受其委托代为办理参保登记；</li>
        <li>所填报的参保人身份、户籍、居住地及联系方式等信息真实、准确、完整；</li>
        <li>所上传的申请材料真实有效，与原件一致；</li>
        <li>如有虚假申报，申报人愿承担由此产生的一切法律责任。</li>
      </ol>
      <p>点击【确定】即表示您已阅读并同意上述承诺。</p>
    </div>
  );
}

/** 姓名, 证件类型, 证件号码 found by the query; 户籍地 and 准入人员类别 once chosen. */
function IdentitySummary({ identity, household }: { identity: Identity; household?: Household }) {
  const certTypes = useDictionary('certificate-types');
  const categories = useDictionary('person-categories');
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 3 }}
      className="applicant-summary"
      items={[
        {
          key: 'for',
          label: '是否为本人的办理',
          children: identity.forWhom === 'self' ? '为自己办理' : '为他人办理',
        },
        { key: 'name', label: '姓名', children: identity.name },
        { key: 'certType', label: '证件类型', children: certTypes.label(identity.certType) },
        { key: 'certNo', label: '证件号码', children: identity.certNo },
        ...(household
          ? [
              {
                key: 'household',
                label: '参保人户籍地',
                children: household.localHousehold ? '参保人为本市户籍' : '参保人为外埠户籍',
              },
              {
                key: 'category',
                label: '准入人员类别',
                children: categories.label(household.admissionCategory),
              },
              ...(household.localHousehold
                ? []
                : [
                    {
                      key: 'student',
                      label: '是否为学生儿童',
                      children: household.studentOrChild ? '是' : '否',
                    },
                  ]),
            ]
          : []),
      ]}
    />
  );
}

/** 北京市城乡居民基本医疗保险增员申办单: 参保人基本信息 and 参保信息, as the guide lays them out. */
function ApplicationForm({
  payload,
  regionCode,
}: {
  payload: Omit<ResidentEnrolmentPayload, 'promise'>;
  regionCode: string;
}) {
  const certTypes = useDictionary('certificate-types');
  const ethnicities = useDictionary('ethnicities');
  const householdTypes = useDictionary('household-types');
  return (
    <div className="enrolment-form">
      <Typography.Title level={5}>参保人基本信息</Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={2}
        items={[
          { key: 'certType', label: '证件类型', children: certTypes.label(payload.certType) },
          { key: 'country', label: '国家及地区', children: '中国' },
          { key: 'certNo', label: '证件号码', children: payload.certNo },
          { key: 'name', label: '姓名', children: payload.name },
          { key: 'birth', label: '出生日期', children: payload.birthDate },
          { key: 'sex', label: '性别', children: payload.sex === '1' ? '男' : '女' },
          { key: 'ethnicity', label: '民族', children: ethnicities.label(payload.ethnicity) },
          {
            key: 'householdType',
            label: '户口性质',
            children: householdTypes.label(payload.householdType),
          },
          {
            key: 'household',
            label: '户籍所在地',
            children: <DivisionName code={payload.householdDivisionCode} regionCode={regionCode} />,
          },
          {
            key: 'residence',
            label: '居住地地址',
            children: (
              <>
                <DivisionName code={payload.residenceDivisionCode} regionCode={regionCode} />{' '}
                {payload.residenceAddress}
              </>
            ),
          },
          { key: 'phone', label: '参保人或亲属手机号码', children: payload.phone, span: 2 },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        参保信息
      </Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={2}
        items={[
          { key: 'unit', label: '参保单位名称', children: '-' },
          { key: 'bank', label: '手工报销发放银行名称', children: '-' },
          { key: 'account', label: '手工报销发放银行账号', children: '-', span: 2 },
        ]}
      />
    </div>
  );
}
