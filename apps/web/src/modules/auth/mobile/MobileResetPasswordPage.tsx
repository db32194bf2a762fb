import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input } from 'antd-mobile';
import { mobileResetPasswordBody } from '@yibao/contracts';
import { useNavigate, useSearchParams } from 'react-router';
import { api, errorMessage } from '../../../shared/api';
import { useElder } from '../../../shared/elder';
import { SESSION_KEY } from '../../../shared/session';
import { applyMobileFieldError, M_LOGIN, mobileRule, sameAsRule, withNext } from './forms';
import { MobileCaptchaInput, useMobileCaptcha } from './MobileCaptcha';
import { MobileSmsCodeInput, sendMobileSmsCode } from './MobileSmsCode';
import { AgreementCheck, FormAlert, Notice, Outcome, PageHead, PasswordInput } from './parts';

type ResetForm = {
  phone: string;
  password: string;
  confirmPassword: string;
  captcha: string;
  smsCode: string;
  agree: boolean;
};

const fields = mobileResetPasswordBody.shape;

/** 重置密码 (003 ch. 1 §二, M02): a new password for the account both channels share. */
export default function MobileResetPasswordPage() {
  const [form] = Form.useForm<ResetForm>();
  const captcha = useMobileCaptcha(form);
  const [params] = useSearchParams();
  const next = params.get('next');
  const navigate = useNavigate();
  const client = useQueryClient();
  const [alert, setAlert] = useState<string | null>(null);
  // the long placeholder does not fit in large type: the rule goes under the field too
  const { elder } = useElder();

  const reset = useMutation({
    mutationFn: (v: ResetForm) =>
      api.post<{ ok: true }>('/api/auth/person/password-reset/mobile', {
        phone: v.phone.trim(),
        password: v.password,
        confirmPassword: v.confirmPassword,
        smsCode: v.smsCode.trim(),
        agree: v.agree,
      }),
    // the server signs that account out everywhere, this phone too if it was signed in
    onSuccess: () => void client.invalidateQueries({ queryKey: SESSION_KEY }),
    onError: (error) => {
      if (!applyMobileFieldError(form, error)) setAlert(errorMessage(error));
    },
  });

  if (reset.isSuccess) {
    const phone = reset.variables.phone.trim();
    return (
      <Outcome
        status="success"
        title="密码重置成功"
        description="个人网厅登录密码已同步更改，请使用新密码登录。"
      >
        <Button
          block
          size="large"
          shape="rounded"
          color="primary"
          onClick={() =>
            void navigate(withNext(M_LOGIN, next), { replace: true, state: { account: phone } })
          }
        >
          去登录
        </Button>
      </Outcome>
    );
  }

  return (
    <div className="m-auth">
      <PageHead title="重置密码" />
      {alert && <FormAlert>{alert}</FormAlert>}
      <Form
        form={form}
        className="m-form"
        onFinish={(v: ResetForm) => {
          setAlert(null);
          reset.mutate(v);
        }}
        footer={
          <>
            <Button
              block
              type="submit"
              color="primary"
              size="large"
              shape="rounded"
              loading={reset.isPending}
            >
              确认
            </Button>
            <Form.Item
              name="agree"
              valuePropName="checked"
              rules={[mobileRule(fields.agree)]}
              className="m-agreement-item"
            >
              <AgreementCheck />
            </Form.Item>
            <Notice>
              <p>密码修改完成后，会同步更改医保公共服务个人网厅登录密码。</p>
            </Notice>
          </>
        }
      >
        <Form.Item name="phone" rules={[mobileRule(fields.phone)]}>
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
          rules={[mobileRule(fields.password)]}
          description={elder ? '8位以上字母、数字组合' : undefined}
        >
          <PasswordInput
            placeholder="请设置新密码 (8位以上字母、数字组合)"
            label="新密码"
            autoComplete="new-password"
          />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          dependencies={['password']}
          rules={[mobileRule(fields.confirmPassword), sameAsRule()]}
        >
          <PasswordInput placeholder="请确认密码" label="确认密码" autoComplete="new-password" />
        </Form.Item>
        {/* checked when 发送验证码 is tapped: the code, not the captcha, goes with 确认 */}
        <Form.Item name="captcha">
          <MobileCaptchaInput captcha={captcha} />
        </Form.Item>
        <Form.Item name="smsCode" rules={[mobileRule(fields.smsCode)]}>
          <MobileSmsCodeInput onSend={() => sendMobileSmsCode(form, captcha, 'reset-password')} />
        </Form.Item>
      </Form>
    </div>
  );
}
