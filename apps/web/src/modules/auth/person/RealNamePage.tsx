import { useState } from 'react';
import { IdcardOutlined, MobileOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { identityFields, phoneField, smsCodeField, type RealNameMatchBody } from '@yibao/contracts';
import { validateCertNo } from '@yibao/domain';
import { Alert, Button, Form, Input, Radio, Result, Space, Steps } from 'antd';
import type { Rule } from 'antd/es/form';
import type { z } from 'zod';
import type { realNameMatchReply } from '@yibao/contracts';
import { api, ApiError, applyFieldError, errorMessage } from '../../../shared/api';
import { CaptchaInput, useCaptcha } from '../../../shared/CaptchaInput';
import { DictSelect } from '../../../shared/dictionaries';
import { useElder } from '../../../shared/elder';
import { LinkButton } from '../../../shared/LinkButton';
import { SESSION_KEY, useSession } from '../../../shared/session';
import { SmsCodeInput } from '../../../shared/SmsCodeInput';
import { zodRule } from '../../../shared/zod-form';
import { formLayout, showFieldError } from './forms';
import { PERSONAL_HOME, PersonAuthLayout } from './PersonAuthLayout';
import { createQrTicket, DoneStep, QrStep, type IssuedTicket } from './RealNameSteps';
import { sendSmsCode } from './sms';

type MatchReply = z.infer<typeof realNameMatchReply>;
type Identity = RealNameMatchBody;
/** 通过手机号认证 or 通过电子医保凭证扫码认证 */
type Method = 'phone' | 'qr';

const STEPS: Record<Method, { title: string }[]> = {
  phone: [{ title: '个人信息录入' }, { title: '手机号验证' }, { title: '认证成功' }],
  qr: [{ title: '个人信息录入' }, { title: '扫码认证' }, { title: '认证成功' }],
};

/**
 * 实名认证 (004 §三.1): 通过手机号认证 (identity, then an SMS to the insured phone) or
 * 通过电子医保凭证扫码认证 (identity, then a code the person confirms with their e-voucher on the
 * phone), then done.
 */
export default function RealNamePage() {
  const { session } = useSession();
  const [step, setStep] = useState(0);
  const [method, setMethod] = useState<Method>('phone');
  const [identity, setIdentity] = useState<Identity | null>(null);
  const [maskedPhone, setMaskedPhone] = useState('');
  const [ticket, setTicket] = useState<IssuedTicket | null>(null);

  // Someone already verified has nothing to do here (but the success step stays on screen).
  const already = step === 0 && session?.realNameVerified;

  return (
    <PersonAuthLayout title="实名认证" trail={['个人中心']} required={!already && step < 2}>
      <Steps current={already ? 2 : step} items={STEPS[method]} className="pauth-steps" />
      {already ? (
        <Result
          status="success"
          title="您已完成实名认证"
          extra={
            <LinkButton to={PERSONAL_HOME} type="primary">
              进入个人网厅
            </LinkButton>
          }
        />
      ) : step === 0 ? (
        <IdentityStep
          initial={identity}
          method={method}
          onMethod={setMethod}
          onMatched={(value, masked) => {
            setIdentity(value);
            setMaskedPhone(masked);
            setStep(1);
          }}
          onTicket={(value, issued) => {
            setIdentity(value);
            setTicket(issued);
            setStep(1);
          }}
        />
      ) : step === 1 && identity && method === 'phone' ? (
        <PhoneStep
          identity={identity}
          maskedPhone={maskedPhone}
          onBack={() => setStep(0)}
          onDone={() => setStep(2)}
        />
      ) : step === 1 && identity && ticket ? (
        <QrStep
          identity={identity}
          ticket={ticket}
          onTicket={setTicket}
          onBack={() => setStep(0)}
          onDone={() => setStep(2)}
        />
      ) : (
        <DoneStep />
      )}
    </PersonAuthLayout>
  );
}

type IdentityForm = Identity & { method: Method };

/** The certificate rules of `domain` (GB 11643 check character …), as the server applies them. */
const certNoRule: Rule = ({ getFieldValue }) => ({
  validator: async (_rule, value: unknown) => {
    const certNo = typeof value === 'string' ? value.trim() : '';
    if (!certNo) return;
    const checked = validateCertNo(String(getFieldValue('certType') ?? ''), certNo, new Date());
    if (!checked.ok) throw new Error(checked.message);
  },
});

/** The guide's outcomes 2 and 3 refuse the identity as a whole, not one field of it. */
function refusal(error: unknown): { title: string; description: string } | null {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 404)
    return { title: error.message, description: '此情况无法完成实名认证。' };
  if (error.status === 409) {
    return {
      title: error.message,
      description:
        '此情况无法完成实名认证，需在医保系统中补充参保人手机号后，才可再次进行实名认证操作。',
    };
  }
  return null;
}

function IdentityStep({
  initial,
  method,
  onMethod,
  onMatched,
  onTicket,
}: {
  initial: Identity | null;
  method: Method;
  onMethod: (method: Method) => void;
  onMatched: (identity: Identity, maskedPhone: string) => void;
  onTicket: (identity: Identity, ticket: IssuedTicket) => void;
}) {
  const [form] = Form.useForm<IdentityForm>();
  const { elder } = useElder();
  const [alert, setAlert] = useState<{ title: string; description?: string } | null>(null);
  const onError = (error: unknown) => {
    const refused = refusal(error);
    if (refused) setAlert(refused);
    else if (!applyFieldError(form, error)) setAlert({ title: errorMessage(error) });
  };
  const match = useMutation({
    mutationFn: (v: Identity) => api.post<MatchReply>('/api/auth/person/real-name/match', v),
    onSuccess: (reply, v) => onMatched(v, reply.maskedPhone),
    onError,
  });
  const qr = useMutation({
    mutationFn: createQrTicket,
    onSuccess: (issued, v) => onTicket(v, issued),
    onError,
  });

  return (
    <>
      {alert && (
        <Alert
          type="error"
          showIcon
          title={alert.title}
          description={alert.description}
          className="pauth-alert"
        />
      )}
      <Form
        form={form}
        {...formLayout(elder)}
        className="pauth-form"
        initialValues={{ method, certType: '01', ...initial }}
        onValuesChange={(changed: Partial<IdentityForm>) => {
          if (changed.method) {
            setAlert(null);
            onMethod(changed.method);
          }
        }}
        onFinish={(v) => {
          setAlert(null);
          const identity = { name: v.name.trim(), certType: v.certType, certNo: v.certNo.trim() };
          if (v.method === 'qr') qr.mutate(identity);
          else match.mutate(identity);
        }}
      >
        <Form.Item
          name="method"
          label="请选择认证方式"
          required
          extra={
            method === 'qr'
              ? '扫码前，请在手机上登录本人的智慧医保账号，完成实名认证并激活医保电子凭证。'
              : undefined
          }
        >
          <Radio.Group
            options={[
              { value: 'phone', label: '通过手机号认证' },
              { value: 'qr', label: '通过电子医保凭证扫码认证' },
            ]}
          />
        </Form.Item>
        <Form.Item required name="name" label="姓名" rules={[zodRule(identityFields.name)]}>
          <Input prefix={<UserOutlined />} placeholder="请输入真实姓名" maxLength={50} autoFocus />
        </Form.Item>
        <Form.Item
          required
          name="certType"
          label="证件类型"
          rules={[zodRule(identityFields.certType)]}
        >
          <DictSelect name="certificate-types" allowClear={false} />
        </Form.Item>
        <Form.Item
          required
          name="certNo"
          label="证件号码"
          dependencies={['certType']}
          rules={[zodRule(identityFields.certNo), certNoRule]}
        >
          <Input
            prefix={<IdcardOutlined />}
            placeholder="请输入证件号码"
            maxLength={30}
            autoComplete="off"
          />
        </Form.Item>
        <Form.Item label=" ">
          <Button
            type="primary"
            htmlType="submit"
            size="large"
            block
            loading={match.isPending || qr.isPending}
          >
            下一步
          </Button>
        </Form.Item>
      </Form>
    </>
  );
}

type PhoneForm = { phone: string; captcha?: string; smsCode: string };

function PhoneStep({
  identity,
  maskedPhone,
  onBack,
  onDone,
}: {
  identity: Identity;
  maskedPhone: string;
  onBack: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<PhoneForm>();
  const captcha = useCaptcha(form);
  const { elder } = useElder();
  const client = useQueryClient();
  const [alert, setAlert] = useState<string | null>(null);

  const confirm = useMutation({
    mutationFn: (v: PhoneForm) =>
      api.post<{ name: string }>('/api/auth/person/real-name/confirm', {
        ...identity,
        phone: v.phone.trim(),
        smsCode: v.smsCode.trim(),
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: SESSION_KEY });
      onDone();
    },
    onError: (error) => {
      if (!showFieldError(form, error)) setAlert(errorMessage(error));
    },
  });

  const sendCode = () =>
    sendSmsCode(form, captcha, '/api/auth/person/real-name/sms', {
      ...identity,
      phone: String(form.getFieldValue('phone') ?? '').trim(),
    });

  return (
    <>
      <Alert
        type="warning"
        showIcon
        className="pauth-alert"
        title="温馨提示：请通过参保手机号接收短信验证码，若手机号有误，请联系参保单位或社保所修改手机号后再进行实名认证操作！"
      />
      {alert && (
        <Alert
          type="error"
          showIcon
          title={alert}
          closable={{ onClose: () => setAlert(null) }}
          className="pauth-alert"
        />
      )}
      <Form
        form={form}
        {...formLayout(elder)}
        className="pauth-form"
        onFinish={(v) => {
          setAlert(null);
          confirm.mutate(v);
        }}
      >
        <Form.Item label="参保手机号">
          <span className="pauth-static" data-testid="masked-phone">
            {maskedPhone}
          </span>
          <span className="pauth-static-note">（医保系统中登记的参保人手机号）</span>
        </Form.Item>
        <Form.Item required name="phone" label="个人手机号" rules={[zodRule(phoneField)]}>
          <Input
            prefix={<MobileOutlined />}
            placeholder="请输入参保登记的完整手机号"
            maxLength={11}
            inputMode="numeric"
            autoComplete="tel"
            autoFocus
          />
        </Form.Item>
        <Form.Item name="captcha" label="图形验证码" required>
          <CaptchaInput captcha={captcha} />
        </Form.Item>
        <Form.Item required name="smsCode" label="验证码" rules={[zodRule(smsCodeField)]}>
          <SmsCodeInput onSend={sendCode} />
        </Form.Item>
        <Form.Item label=" ">
          <Space className="pauth-buttons">
            <Button size="large" onClick={onBack}>
              上一步
            </Button>
            <Button type="primary" htmlType="submit" size="large" loading={confirm.isPending}>
              立即认证
            </Button>
          </Space>
        </Form.Item>
      </Form>
    </>
  );
}
