import { useState } from 'react';
import { LockOutlined, MobileOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { smsCodeField, unitRegisterBody, type UnitRegisterBody } from '@yibao/contracts';
import { Alert, App, Button, Checkbox, Form, Input, Modal, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { api, errorMessage } from '../../../shared/api';
import { CaptchaInput, useCaptcha } from '../../../shared/CaptchaInput';
import { useElder } from '../../../shared/elder';
import { PasswordStrength } from '../../../shared/PasswordStrength';
import { SmsCodeInput } from '../../../shared/SmsCodeInput';
import { zodRule } from '../../../shared/zod-form';
import {
  confirmPasswordRules,
  formLayout,
  sendUnitRegisterCode,
  showFieldError,
  UNIT_LOGIN,
} from './forms';
import { AccountsNote, UnitAuthLayout } from './UnitAuthLayout';

type RegisterForm = Omit<UnitRegisterBody, 'agree'> & { agree?: boolean; captcha?: string };

const AGREEMENT = '《国家医疗保障局单位注册协议》';
const fields = unitRegisterBody.shape;

/** 单位经办人注册: phone, 经办人姓名, password, SMS code and the agreement. */
export default function UnitRegisterPage() {
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
      api.post<{ ok: true }>('/api/auth/unit/register', {
        phone: v.phone.trim(),
        name: v.name.trim(),
        password: v.password,
        confirmPassword: v.confirmPassword,
        smsCode: v.smsCode,
        agree: true,
      }),
    onSuccess: (_reply, v) => {
      void message.success('注册成功!');
      void navigate(UNIT_LOGIN, { state: { phone: v.phone.trim() } });
    },
    onError: (error) => {
      if (!showFieldError(form, error)) setAlert(errorMessage(error));
    },
  });

  return (
    <UnitAuthLayout title="单位经办人注册" required>
      {alert && (
        <Alert
          type="error"
          showIcon
          title={alert}
          closable={{ onClose: () => setAlert(null) }}
          className="uauth-alert"
        />
      )}
      <Form
        form={form}
        {...formLayout(elder)}
        className="uauth-form"
        onFinish={(v) => {
          setAlert(null);
          register.mutate(v);
        }}
      >
        <Form.Item
          name="phone"
          label="手机号"
          rules={[zodRule(fields.phone)]}
          validateFirst
          required
        >
          <Input
            prefix={<MobileOutlined />}
            placeholder="请输入手机号"
            maxLength={11}
            inputMode="numeric"
            autoComplete="tel"
            autoFocus
          />
        </Form.Item>
        <Form.Item name="name" label="经办人姓名" rules={[zodRule(fields.name)]} required>
          <Input
            prefix={<UserOutlined />}
            placeholder="请输入经办人姓名"
            maxLength={50}
            autoComplete="name"
          />
        </Form.Item>
        <Form.Item
          name="password"
          label="密码"
          rules={[zodRule(fields.password)]}
          required
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
          name="confirmPassword"
          label="确认密码"
          dependencies={['password']}
          rules={confirmPasswordRules()}
          required
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
        <Form.Item name="smsCode" label="验证码" rules={[zodRule(smsCodeField)]} required>
          <SmsCodeInput onSend={() => sendUnitRegisterCode(form, captcha)} />
        </Form.Item>
        <Form.Item label=" ">
          <Form.Item name="agree" valuePropName="checked" rules={[zodRule(fields.agree)]} noStyle>
            <Checkbox>我已阅读并同意</Checkbox>
          </Form.Item>
          <Button type="link" className="uauth-inline-link" onClick={() => setAgreementOpen(true)}>
            {AGREEMENT}
          </Button>
        </Form.Item>
        <Form.Item label=" ">
          <Button type="primary" htmlType="submit" size="large" block loading={register.isPending}>
            注册
          </Button>
          <div className="uauth-links">
            <span />
            <span>
              已有账号？<Link to={UNIT_LOGIN}>立即登录</Link>
            </span>
          </div>
        </Form.Item>
      </Form>
      <div className="uauth-note uauth-note-wide">
        <strong>【注意事项】</strong>
        ：单位经办人注册成功后，登录单位网厅时需绑定所经办的单位：请向单位参保地医保经办机构申请绑定码，登录后输入单位的统一社会信用代码和绑定码完成绑定，方可办理单位医保业务。
      </div>
      <AccountsNote />
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
    </UnitAuthLayout>
  );
}

/** A plain summary: this open-source platform does not reproduce an official text it lacks. */
function AgreementText() {
  return (
    <Typography className="uauth-agreement">
      <Typography.Paragraph type="secondary">
        说明：本平台为开源医保公共服务平台（Yibao）。以下为单位经办人注册须知的要点，并非国家医疗保障局发布的协议原文；正式部署时由运营机构替换为其正式协议文本。
      </Typography.Paragraph>
      <ol>
        <li>单位经办人账号供单位指定的经办人员办理本单位医保业务使用，不得转借他人使用。</li>
        <li>请使用经办人本人的手机号注册，并妥善保管账号、密码和短信验证码。</li>
        <li>
          经办人须凭单位参保地医保经办机构出具的绑定码绑定所经办的单位，绑定后方可办理该单位的医保业务。
        </li>
        <li>经办人办理业务时提交的信息应真实、准确、完整，单位对经办人的经办行为负责。</li>
        <li>
          平台仅在办理医保业务所必需的范围内收集和使用单位及参保人员信息，依法予以保护，不向无关第三方提供。
        </li>
        <li>经办人离职或变更时，单位应及时告知医保经办机构，停用或变更该经办人账号。</li>
      </ol>
    </Typography>
  );
}
