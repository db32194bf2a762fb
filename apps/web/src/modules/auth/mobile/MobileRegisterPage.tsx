import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input, Toast } from 'antd-mobile';
import { registerBody } from '@yibao/contracts';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, errorMessage } from '../../../shared/api';
import { useElder } from '../../../shared/elder';
import { applyMobileFieldError, M_LOGIN, mobileRule, sameAsRule, withNext } from './forms';
import { MobileCaptchaInput, useMobileCaptcha } from './MobileCaptcha';
import { MobileSmsCodeInput, sendMobileSmsCode } from './MobileSmsCode';
import { AgreementCheck, FormAlert, PageHead, PasswordInput } from './parts';

type RegisterForm = {
  phone: string;
  password: string;
  confirmPassword: string;
  captcha: string;
  smsCode: string;
  agree: boolean;
};

/** 注册 (003 ch. 1 §一 第四步): phone, password twice, SMS code and the agreement. */
export default function MobileRegisterPage() {
  const [form] = Form.useForm<RegisterForm>();
  const captcha = useMobileCaptcha(form);
  const [params] = useSearchParams();
  const next = params.get('next');
  const navigate = useNavigate();
  const [alert, setAlert] = useState<string | null>(null);
  // the long placeholder does not fit in large type: the rule goes under the field too
  const { elder } = useElder();

  const register = useMutation({
    mutationFn: (v: RegisterForm) =>
      api.post<unknown>('/api/auth/person/register', {
        phone: v.phone.trim(),
        password: v.password,
        confirmPassword: v.confirmPassword,
        smsCode: v.smsCode.trim(),
        agree: v.agree,
      }),
    onSuccess: (_reply, v) => {
      Toast.show({ icon: 'success', content: '注册成功，请登录' });
      void navigate(withNext(M_LOGIN, next), { replace: true, state: { account: v.phone.trim() } });
    },
    onError: (error) => {
      if (!applyMobileFieldError(form, error)) setAlert(errorMessage(error));
    },
  });

  return (
    <div className="m-auth">
      <PageHead title="注册" sub="注册个人网厅账号，智慧医保与个人网厅通用" />
      {alert && <FormAlert>{alert}</FormAlert>}
      <Form
        form={form}
        className="m-form"
        onFinish={(v: RegisterForm) => {
          setAlert(null);
          register.mutate(v);
        }}
        footer={
          <>
            <Button
              block
              type="submit"
              color="primary"
              size="large"
              shape="rounded"
              loading={register.isPending}
            >
              注册
            </Button>
            <Form.Item
              name="agree"
              valuePropName="checked"
              rules={[mobileRule(registerBody.shape.agree)]}
              className="m-agreement-item"
            >
              <AgreementCheck />
            </Form.Item>
            <p className="m-form-foot">
              已有个人网厅账号？<Link to={withNext(M_LOGIN, next)}>去登录</Link>
            </p>
          </>
        }
      >
        <Form.Item name="phone" rules={[mobileRule(registerBody.shape.phone)]}>
          <Input
            placeholder="请输入手机号"
            aria-label="手机号"
            type="tel"
            inputMode="numeric"
            autoComplete="tel"
            maxLength={11}
            clearable
          />
        </Form.Item>
        <Form.Item
          name="password"
          rules={[mobileRule(registerBody.shape.password)]}
          description={elder ? '8位以上字母、数字组合' : undefined}
        >
          <PasswordInput
            placeholder="请设置密码（8位以上字母、数字组合）"
            label="密码"
            autoComplete="new-password"
          />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          dependencies={['password']}
          rules={[mobileRule(registerBody.shape.confirmPassword), sameAsRule()]}
        >
          <PasswordInput placeholder="请确认密码" label="确认密码" autoComplete="new-password" />
        </Form.Item>
        {/* checked when 发送验证码 is tapped: the code, not the captcha, goes with 注册 */}
        <Form.Item name="captcha">
          <MobileCaptchaInput captcha={captcha} />
        </Form.Item>
        <Form.Item name="smsCode" rules={[mobileRule(registerBody.shape.smsCode)]}>
          <MobileSmsCodeInput onSend={() => sendMobileSmsCode(form, captcha, 'register')} />
        </Form.Item>
      </Form>
    </div>
  );
}
