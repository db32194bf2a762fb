import { useEffect, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import {
  type ApplicationDetail,
  type MaterialItem,
  type MyPersonReply,
  type ResidentEnrolmentPayload,
} from '@yibao/contracts';
import { Alert, App, Button, Card, Form, Row, Space, Spin, Steps } from 'antd';
import dayjs from 'dayjs';
import { applyFieldError, errorMessage } from '../../../shared/api';
import { divisionCascaderValue } from '../../../shared/DivisionCascader';
import { LinkButton } from '../../../shared/LinkButton';
import { LIST_KEY } from '../../../shared/ServerTable';
import { useSession } from '../../../shared/session';
import { applicationApi, useApplication, useBusinesses } from '../shared/applicationApi';
import { checkResidentEnrolment, REGION_NAMES, useMyPerson } from './applicantApi';
import { DIVISION_FIELDS_OF_PAYLOAD } from '../../registry/shared/form-rules';
import {
  residentBasicsOf,
  residentBasicsValues,
  sexAndBirthOf,
  type ResidentBasicsValues,
  type ResidentField,
} from '../../registry/shared/resident-form';
import { ResidentFields } from '../../registry/shared/ResidentFields';
import { applyPayloadError } from './form-errors';
import { MaterialsUpload, missingMessage } from './MaterialsUpload';
import {
  IdentitySummary,
  PromiseNotice,
  type ForWhom,
  type Household,
  type Identity,
} from './ResidentEnrolmentParts';
import { ConfirmDialog, IdentityStep, OTHER_ONLY_BY_QR, Submitted } from './ResidentEnrolmentSteps';

export const RESIDENT_ENROLMENT = 'resident-enrolment';
const QR_SIGN_IN = 'qr-evoucher';

type EnrolValues = ResidentBasicsValues & { materials?: MaterialItem[] };

const HOUSEHOLD_FIELDS: readonly ResidentField[] = [
  'localHousehold',
  'admissionCategory',
  'studentOrChild',
];
const BASIC_FIELDS: readonly ResidentField[] = [
  'sex',
  'birthDate',
  'ethnicity',
  'householdType',
  'householdDivisionCode',
  'residenceDivisionCode',
  'residenceAddress',
  'phone',
];

/** The form's values from what is known: the applicant's record, or the certificate number. */
function enrolDefaults(identity: Identity, me: MyPersonReply | undefined): EnrolValues {
  const fromCert: EnrolValues = sexAndBirthOf(identity.certType, identity.certNo);
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
  return { ...residentBasicsValues(p, p.localHousehold), materials };
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
        ...DIVISION_FIELDS_OF_PAYLOAD,
        materialIds: 'materials',
      });
      if (!where) void message.error(errorMessage(error));
    },
  });

  const toConfirm = (v: EnrolValues) => {
    if (!identity || !household) return;
    setMaterialIds((v.materials ?? []).map((m) => m.id));
    setPayload({
      ...identity,
      ...household,
      ...(household.localHousehold ? { studentOrChild: undefined } : {}),
      ...residentBasicsOf(v),
    });
  };

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
        <IdentityStep
          form={identityForm}
          checking={check.isPending}
          onChooseFor={chooseFor}
          onCheck={(v) => check.mutate(v)}
          onReset={() => {
            identityForm.resetFields();
            if (me.data) {
              identityForm.setFieldsValue({
                name: me.data.name,
                certType: me.data.certType,
                certNo: me.data.certNo,
              });
            }
          }}
        />
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
              <Row gutter={24}>
                <ResidentFields
                  fields={HOUSEHOLD_FIELDS}
                  regionCode={region}
                  localHousehold={local}
                  col={{ xs: 24, md: 8 }}
                />
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
                <ResidentFields
                  fields={BASIC_FIELDS}
                  regionCode={region}
                  localHousehold={household.localHousehold}
                  col={{ xs: 24, md: 12, xl: 8 }}
                />
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

      {step === 3 && result && <Submitted result={result} resubmitted={Boolean(resubmitId)} />}

      {payload && (
        <ConfirmDialog
          payload={payload}
          regionCode={region}
          regionName={regionName}
          sending={send.isPending}
          onCancel={() => setPayload(null)}
          onConfirm={() => send.mutate()}
        />
      )}
    </div>
  );
}
