import { useState } from 'react';
import { IdcardOutlined, MobileOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  cancelAccountBody,
  type RealNameMatchBody,
  type RealNameConfirmBody,
  type sendSmsReply,
} from '@yibao/contracts';
import { Alert, App, Button, Form, Input, Radio, Result, Space, Steps } from 'antd';
import type { z } from 'zod';
import { api, ApiError, errorMessage } from '../../../../shared/api';
import { CaptchaInput, checkCaptcha, useCaptcha } from '../../../../shared/CaptchaInput';
import { DictSelect } from '../../../../shared/dictionaries';
import { useElder } from '../../../../shared/elder';
import { LinkButton } from '../../../../shared/LinkButton';
import { RequireSignIn } from '../../../../shared/RequireSignIn';
import { SESSION_KEY, useSession } from '../../../../shared/session';
import { SmsCodeInput } from '../../../../shared/SmsCodeInput';
import { zodRule } from '../../../../shared/zod-form';
import { formLayout, showFieldError } from '../forms';
import { PERSONAL_HOME, PERSONAL_LOGIN, PERSONAL_REAL_NAME } from '../PersonAuthLayout';
import { CentreCard } from './CentreCard';
import { useCountdownTo } from '../countdown';

type Identity = RealNameMatchBody;
type SendSmsReply = z.infer<typeof sendSmsReply>;

const TITLE = '个人公服账户注销';
const STEPS = [{ title: '个人信息录入' }, { title: '手机号验证' }, { title: '注销完成' }];
const fields = cancelAccountBody.shape;

/** The seconds 注销完成 waits before it opens the home page by itself. */
const GO_HOME_SECONDS = 60;

/**
 * 个人公服账户注销 (004 §三.3 账户注销): identity, then a fresh check by SMS to the insured phone
 * and a last confirmation, then done. The session ends with the account, so the done step stays
 * on screen without one.
 */
export default function CancelAccountPage() {
  const [step, setStep] = useState(0);
  const [identity, setIdentity] = useState<Identity | null>(null);
  const { session } = useSession();

  if (step === 2) {
    return (
      <CentreCard title={TITLE}>
        <Steps current={2} items={STEPS} className="pauth-steps" />
        <DoneStep />
      </CentreCard>
    );
  }
  return (
    <RequireSignIn actorType="person" loginPath={PERSONAL_LOGIN}>
      <CentreCard title={TITLE} required={!!session?.realNameVerified}>
        <Steps current={step} items={STEPS} className="pauth-steps" />
        {!session?.realNameVerified ? (
          <Result
            status="warning"
            title="为保障您的账号安全，通过实名认证后，才可注销北京医保公服系统账号"
            extra={
              <LinkButton to={PERSONAL_REAL_NAME} type="primary" size="large">
                立即认证
              </LinkButton>
            }
          />
        ) : step === 0 || !identity ? (
          <IdentityStep
            initial={identity}
            onNext={(value) => {
              setIdentity(value);
              setStep(1);
            }}
          />
        ) : (
          <PhoneStep identity={identity} onBack={() => setStep(0)} onDone={() => setStep(2)} />
        )}
      </CentreCard>
    </RequireSignIn>
  );
}

/** The guide's 温馨提示, word for word. */
function Notice() {
  return (
    <Alert
      type="warning"
      showIcon
      className="pauth-alert centre-notice"
      title="温馨提示:"
      description={
        <ol className="centre-notice-list">
          <li>1.账户注销后，您将不能登录北京医保公共服务平台；</li>
          <li>2.本功能为北京医保公服平台注册账号的注销，不影响您在北京的医疗保险参保；</li>
          <li>3.账号注销后，您还可以通过北京医保公共服务平台重新注册；</li>
          <li>4.为保障您的账号安全，通过实名认证后，才可注销北京医保公服系统账号；</li>
        </ol>
      }
    />
  );
}

type IdentityForm = Identity & { method: 'phone' | 'qr' };

function IdentityStep({
  initial,
  onNext,
}: {
  initial: Identity | null;
  onNext: (identity: Identity) => void;
}) {
  const [form] = Form.useForm<IdentityForm>();
  const { elder } = useElder();
  return (
    <Form
      form={form}
      {...formLayout(elder)}
      className="pauth-form"
      initialValues={{ method: 'phone', certType: '01', ...initial }}
      onFinish={(v) =>
        onNext({ name: v.name.trim(), certType: v.certType, certNo: v.certNo.trim() })
      }
    >
      <Form.Item
        name="method"
        label="请选择认证方式"
        required
        extra="通过电子医保凭证扫码认证暂未开放，请通过手机号认证。"
      >
        <Radio.Group
          options={[
            { value: 'phone', label: '通过手机号认证' },
            { value: 'qr', label: '通过电子医保凭证扫码认证', disabled: true },
          ]}
        />
      </Form.Item>
      <Notice />
      <Form.Item required name="name" label="姓名" rules={[zodRule(fields.name)]}>
        <Input prefix={<UserOutlined />} placeholder="请输入真实姓名" maxLength={50} autoFocus />
      </Form.Item>
      <Form.Item required name="certType" label="证件类型" rules={[zodRule(fields.certType)]}>
        <DictSelect name="certificate-types" allowClear={false} />
      </Form.Item>
      <Form.Item required name="certNo" label="证件号码" rules={[zodRule(fields.certNo)]}>
        <Input
          prefix={<IdcardOutlined />}
          placeholder="请输入证件号码"
          maxLength={30}
          autoComplete="off"
        />
      </Form.Item>
      <Form.Item label=" ">
        <Button type="primary" htmlType="submit" size="large" block>
          下一步
        </Button>
      </Form.Item>
    </Form>
  );
}

type PhoneForm = { phone: string; captcha?: string; smsCode: string };

/** A refusal of the identity itself (not the account's own person, no insured phone). */
function identityRefusal(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 404 || error.field === 'certNo' || error.field === 'name')
    return error.message;
  return null;
}

function PhoneStep({
  identity,
  onBack,
  onDone,
}: {
  identity: Identity;
  onBack: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<PhoneForm>();
  const captcha = useCaptcha(form);
  const { elder } = useElder();
  const { modal } = App.useApp();
  const client = useQueryClient();
  const [alert, setAlert] = useState<{ title: string; description?: string } | null>(null);

  const showError = (error: unknown, fallbackField?: string) => {
    const refused = identityRefusal(error);
    if (refused) {
      setAlert({ title: refused, description: '请点击【上一步】核对姓名、证件类型和证件号码。' });
    } else if (!showFieldError(form, error, fallbackField)) {
      setAlert({ title: errorMessage(error) });
    }
  };

  const cancel = useMutation({
    mutationFn: (body: RealNameConfirmBody) => api.post<{ ok: true }>('/api/me/cancel', body),
    onSuccess: () => {
      // The server has ended the session with the account.
      client.setQueryData(SESSION_KEY, null);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      onDone();
    },
    onError: (error) => showError(error),
  });

  const sendCode = async (): Promise<number | undefined> => {
    setAlert(null);
    try {
      await form.validateFields(['phone']);
    } catch {
      return undefined;
    }
    if (!checkCaptcha(form, captcha)) return undefined;
    let reply: SendSmsReply;
    try {
      reply = await api.post<SendSmsReply>('/api/me/cancel/sms', {
        ...identity,
        phone: String(form.getFieldValue('phone') ?? '').trim(),
        captchaId: captcha.id,
        captcha: String(form.getFieldValue('captcha') ?? '').trim(),
      });
    } catch (error) {
      // a captcha answers one request, whatever the answer
      captcha.refresh();
      showError(error, 'smsCode');
      return undefined;
    }
    captcha.refresh();
    form.setFields([{ name: 'smsCode', errors: [] }]);
    return reply.resendAfterSeconds;
  };

  const confirm = (v: PhoneForm) => {
    setAlert(null);
    modal.confirm({
      title: '确定注销账户吗？',
      content:
        '注销后，您将不能使用本账号登录北京医保公共服务平台，当前登录也将立即退出；如有需要，可重新注册。',
      okText: '确定注销',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => cancel.mutate({ ...identity, phone: v.phone.trim(), smsCode: v.smsCode.trim() }),
    });
  };

  return (
    <>
      {alert && (
        <Alert
          type="error"
          showIcon
          title={alert.title}
          description={alert.description}
          closable={{ onClose: () => setAlert(null) }}
          className="pauth-alert"
        />
      )}
      <Form form={form} {...formLayout(elder)} className="pauth-form" onFinish={confirm}>
        <Form.Item
          required
          name="phone"
          label="个人手机号"
          rules={[zodRule(fields.phone)]}
          extra="请输入医保系统中登记的参保人手机号"
        >
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
        <Form.Item required name="smsCode" label="验证码" rules={[zodRule(fields.smsCode)]}>
          <SmsCodeInput onSend={sendCode} />
        </Form.Item>
        <Form.Item label=" ">
          <Space className="pauth-buttons">
            <Button size="large" onClick={onBack}>
              上一步
            </Button>
            <Button type="primary" htmlType="submit" size="large" loading={cancel.isPending}>
              立即认证
            </Button>
          </Space>
        </Form.Item>
      </Form>
    </>
  );
}

function DoneStep() {
  const { left, go } = useCountdownTo(PERSONAL_HOME, GO_HOME_SECONDS);
  return (
    <Result
      status="success"
      title="您的北京医保公共服务平台账号已注销!"
      subTitle="如有需要,可通过北京医保公共服务平台重新注册!"
      extra={
        <Button type="primary" size="large" onClick={go}>
          点击前往首页 ({left})
        </Button>
      }
    />
  );
}
