import { useState } from 'react';
import { LockOutlined, MobileOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import {
  newPasswordField,
  phoneField,
  registerBody,
  smsCodeField,
  type RegisterBody,
} from '@yibao/contracts';
import { Alert, App, Button, Checkbox, Form, Input, Modal, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { api, errorMessage } from '../../../shared/api';
import { CaptchaInput, useCaptcha } from '../../../shared/CaptchaInput';
import { useElder } from '../../../shared/elder';
import { PasswordStrength } from '../../../shared/PasswordStrength';
import { SmsCodeInput } from '../../../shared/SmsCodeInput';
import { zodRule } from '../../../shared/zod-form';
import { confirmPasswordRules, formLayout, showFieldError } from './forms';
import { PERSONAL_LOGIN, PersonAuthLayout } from './PersonAuthLayout';
import { sendSmsCode } from './sms';

type RegisterForm = Omit<RegisterBody, 'agree'> & { agree?: boolean; captcha?: string };

const AGREEMENT = '《国家医疗保障局个人注册协议》';

/** 个人注册 (004 §二): phone, password, SMS code and the agreement. */
export default function PersonRegisterPage() {
  const [form] = Form.useForm<RegisterForm>();
  const captcha = useCaptcha(form);
  const password = Form.useWatch('password', form);
  const { elder } = useElder();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [agreementOpen, setAgreementOpen] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  const register = useMutation({
    mutationFn: (v: RegisterForm) =>
      api.post<{ ok: true }>('/api/auth/person/register', {
        phone: v.phone,
        password: v.password,
        confirmPassword: v.confirmPassword,
        smsCode: v.smsCode,
        agree: true,
      }),
    onSuccess: (_reply, v) => {
      void message.success('注册成功!');
      void navigate(PERSONAL_LOGIN, { state: { account: v.phone.trim() } });
    },
    onError: (error) => {
      if (!showFieldError(form, error)) setAlert(errorMessage(error));
    },
  });

  const sendCode = () =>
    sendSmsCode(form, captcha, '/api/sms/codes', {
      phone: String(form.getFieldValue('phone') ?? '').trim(),
      purpose: 'register',
    });

  return (
    <PersonAuthLayout title="个人注册" required>
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
          register.mutate(v);
        }}
      >
        <Form.Item required name="phone" label="手机号" rules={[zodRule(phoneField)]}>
          <Input
            prefix={<MobileOutlined />}
            placeholder="请输入手机号"
            maxLength={11}
            inputMode="numeric"
            autoComplete="tel"
            autoFocus
          />
        </Form.Item>
        <Form.Item
          required
          name="password"
          label="密码"
          rules={[zodRule(newPasswordField)]}
          extra="8-32位，须同时包含字母和数字"
        >
          <Input.Password
            prefix={<LockOutlined />}
            placeholder="请输入密码"
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
            placeholder="请再次输入密码"
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
          <Form.Item
            name="agree"
            valuePropName="checked"
            rules={[zodRule(registerBody.shape.agree)]}
            noStyle
          >
            <Checkbox>我已阅读并同意</Checkbox>
          </Form.Item>
          <Button type="link" className="pauth-inline-link" onClick={() => setAgreementOpen(true)}>
            {AGREEMENT}
          </Button>
        </Form.Item>
        <Form.Item label=" ">
          <Button type="primary" htmlType="submit" size="large" block loading={register.isPending}>
            注册
          </Button>
          <div className="pauth-links">
            <span />
            <span>
              已有账号？<Link to={PERSONAL_LOGIN}>立即登录</Link>
            </span>
          </div>
        </Form.Item>
      </Form>
      <div className="pauth-note">
        <strong>【注意事项】</strong>
        ：个人用户注册成功后，在进行登录时需要对注册手机号进行【实名认证】；实名认证后方可办理本人医保业务。
      </div>
      <Modal
        title={AGREEMENT}
        open={agreementOpen}
        onCancel={() => setAgreementOpen(false)}
        footer={[
          <Button key="close" onClick={() => setAgreementOpen(false)}>
            关闭
          </Button>,
          <Button
            key="agree"
            type="primary"
            onClick={() => {
              form.setFieldValue('agree', true);
              void form.validateFields(['agree']);
              setAgreementOpen(false);
            }}
          >
            我已阅读并同意
          </Button>,
        ]}
      >
        <AgreementText />
      </Modal>
    </PersonAuthLayout>
  );
}

/** A plain summary: this open-source platform does not reproduce an official text it lacks. */
function AgreementText() {
  return (
    <Typography className="pauth-agreement">
      <Typography.Paragraph type="secondary">
        说明：本平台为开源医保公共服务平台（Yibao）。以下为个人注册须知的要点，并非国家医疗保障局发布的协议原文；正式部署时由运营机构替换为其正式协议文本。
      </Typography.Paragraph>
      <ol>
        <li>请使用本人手机号注册，并妥善保管账号、密码和短信验证码，不得转借他人使用。</li>
        <li>注册后须完成实名认证，方可通过本平台办理本人医保业务。</li>
        <li>
          平台仅在办理医保业务所必需的范围内收集和使用您的个人信息，依法予以保护，不向无关第三方提供。
        </li>
        <li>不得冒用他人身份注册或认证，不得利用本平台从事违法违规活动。</li>
        <li>您办理业务时提交的信息应真实、准确、完整，并对其真实性负责。</li>
        <li>您可以在个人中心注销账号；注销账号不影响您的参保关系。</li>
      </ol>
    </Typography>
  );
}
