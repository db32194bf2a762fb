import { useState } from 'react';
import { IdcardOutlined, LockOutlined, MobileOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import {
  captchaFields,
  newPasswordField,
  phoneField,
  resetPasswordBody,
  smsCodeField,
  type ResetPasswordBody,
} from '@yibao/contracts';
import { Alert, Button, Form, Input, Result, Space, Steps } from 'antd';
import { useNavigate } from 'react-router';
import { api, errorMessage } from '../../../shared/api';
import { CaptchaInput, useCaptcha } from '../../../shared/CaptchaInput';
import { useElder } from '../../../shared/elder';
import { PasswordStrength } from '../../../shared/PasswordStrength';
import { SmsCodeInput } from '../../../shared/SmsCodeInput';
import { zodRule } from '../../../shared/zod-form';
import { confirmPasswordRules, formLayout, showFieldError } from './forms';
import { PERSONAL_LOGIN, PersonAuthLayout } from './PersonAuthLayout';
import { sendSmsCode } from './sms';

const STEPS = [{ title: '填写账号' }, { title: '验证身份' }, { title: '成功' }];

/** 个人忘记密码 (004 §四): the account, then identity and a new password, then 去登录. */
export default function ForgotPasswordPage() {
  const [step, setStep] = useState(0);
  const [phone, setPhone] = useState('');
  const navigate = useNavigate();
  return (
    <PersonAuthLayout title="忘记密码" cardTitle="个人忘记密码" required={step < 2}>
      <Steps current={step} items={STEPS} className="pauth-steps" />
      {step === 0 ? (
        <AccountStep
          initialPhone={phone}
          onNext={(p) => {
            setPhone(p);
            setStep(1);
          }}
        />
      ) : step === 1 ? (
        <IdentityStep phone={phone} onBack={() => setStep(0)} onDone={() => setStep(2)} />
      ) : (
        <Result
          status="success"
          title="新密码设置成功"
          subTitle="请使用新密码登录个人网厅。"
          extra={
            <Button
              type="primary"
              size="large"
              onClick={() => void navigate(PERSONAL_LOGIN, { state: { account: phone } })}
            >
              去登录
            </Button>
          }
        />
      )}
    </PersonAuthLayout>
  );
}

type AccountForm = { phone: string; captcha: string };

function AccountStep({
  initialPhone,
  onNext,
}: {
  initialPhone: string;
  onNext: (phone: string) => void;
}) {
  const [form] = Form.useForm<AccountForm>();
  const captcha = useCaptcha(form);
  const { elder } = useElder();
  const [alert, setAlert] = useState<string | null>(null);
  const check = useMutation({
    mutationFn: (v: AccountForm) =>
      api.post<{ phone: string }>('/api/auth/person/password-reset/account', {
        phone: v.phone.trim(),
        captchaId: captcha.id,
        captcha: v.captcha.trim(),
      }),
    onSuccess: (reply) => onNext(reply.phone),
    onError: (error) => {
      captcha.refresh();
      if (!showFieldError(form, error)) setAlert(errorMessage(error));
    },
  });
  return (
    <>
      {alert && <Alert type="error" showIcon title={alert} className="pauth-alert" />}
      <Form
        form={form}
        {...formLayout(elder)}
        className="pauth-form"
        initialValues={{ phone: initialPhone }}
        onFinish={(v) => {
          setAlert(null);
          if (!captcha.id) {
            form.setFields([{ name: 'captcha', errors: ['请获取图形验证码'] }]);
            return;
          }
          check.mutate(v);
        }}
      >
        <Form.Item required name="phone" label="登录名" rules={[zodRule(phoneField)]}>
          <Input
            prefix={<MobileOutlined />}
            placeholder="请输入注册的手机号"
            maxLength={11}
            inputMode="numeric"
            autoComplete="username"
            autoFocus
          />
        </Form.Item>
        <Form.Item
          required
          name="captcha"
          label="图形验证码"
          rules={[zodRule(captchaFields.captcha)]}
        >
          <CaptchaInput captcha={captcha} />
        </Form.Item>
        <Form.Item label=" ">
          <Button type="primary" htmlType="submit" size="large" block loading={check.isPending}>
            下一步
          </Button>
        </Form.Item>
      </Form>
    </>
  );
}

type IdentityForm = ResetPasswordBody & { captcha?: string };

function IdentityStep({
  phone,
  onBack,
  onDone,
}: {
  phone: string;
  onBack: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<IdentityForm>();
  const captcha = useCaptcha(form);
  const password = Form.useWatch('password', form);
  const { elder } = useElder();
  const [alert, setAlert] = useState<string | null>(null);
  const reset = useMutation({
    mutationFn: (v: IdentityForm) =>
      api.post<{ ok: true }>('/api/auth/person/password-reset', {
        phone: v.phone.trim(),
        certNo: v.certNo.trim(),
        password: v.password,
        confirmPassword: v.confirmPassword,
        smsCode: v.smsCode.trim(),
      }),
    onSuccess: onDone,
    onError: (error) => {
      if (!showFieldError(form, error)) setAlert(errorMessage(error));
    },
  });
  const sendCode = () =>
    sendSmsCode(form, captcha, '/api/sms/codes', {
      phone: String(form.getFieldValue('phone') ?? '').trim(),
      purpose: 'reset-password',
    });

  return (
    <>
      {alert && <Alert type="error" showIcon title={alert} className="pauth-alert" />}
      <Form
        form={form}
        {...formLayout(elder)}
        className="pauth-form"
        initialValues={{ phone }}
        onFinish={(v) => {
          setAlert(null);
          reset.mutate(v);
        }}
      >
        <Form.Item
          required
          name="certNo"
          label="证件号码"
          rules={[zodRule(resetPasswordBody.shape.certNo)]}
          extra="请输入实名认证时使用的证件号码"
        >
          <Input
            prefix={<IdcardOutlined />}
            placeholder="请输入证件号码"
            maxLength={30}
            autoComplete="off"
            autoFocus
          />
        </Form.Item>
        <Form.Item required name="phone" label="手机号" rules={[zodRule(phoneField)]}>
          <Input prefix={<MobileOutlined />} readOnly variant="filled" maxLength={11} />
        </Form.Item>
        <Form.Item
          required
          name="password"
          label="新密码"
          rules={[zodRule(newPasswordField)]}
          extra="8-32位，须同时包含字母和数字"
        >
          <Input.Password
            prefix={<LockOutlined />}
            placeholder="请输入新密码"
            autoComplete="new-password"
          />
        </Form.Item>
        <Form.Item label="密码强度">
          <PasswordStrength password={password} />
        </Form.Item>
        <Form.Item
          required
          name="confirmPassword"
          label="确认密码"
          dependencies={['password']}
          rules={confirmPasswordRules()}
        >
          <Input.Password
            prefix={<LockOutlined />}
            placeholder="请再次输入新密码"
            autoComplete="new-password"
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
            <Button type="primary" htmlType="submit" size="large" loading={reset.isPending}>
              立即认证
            </Button>
          </Space>
        </Form.Item>
      </Form>
    </>
  );
}
