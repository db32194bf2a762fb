import { useState } from 'react';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Dialog, Form, Input, Toast } from 'antd-mobile';
import { captchaFields, personLoginBody, type SessionReply } from '@yibao/contracts';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { api, errorMessage } from '../../../shared/api';
import { SESSION_KEY, useSession } from '../../../shared/session';
import {
  applyMobileFieldError,
  M_HOME,
  M_REAL_NAME,
  M_REGISTER,
  M_RESET,
  mobileRule,
  safeMobileNext,
  withNext,
} from './forms';
import { MobileCaptchaInput, useMobileCaptcha } from './MobileCaptcha';
import { FormAlert, PasswordInput } from './parts';

type LoginForm = { account: string; password: string; captcha: string };

/** Where a person goes once signed in: 实名认证 first when it is not done, else back or home. */
export function afterSignIn(session: SessionReply, next: string | null): string {
  if (!session.realNameVerified) return withNext(M_REAL_NAME, next);
  return safeMobileNext(next) ?? M_HOME;
}

const helpText =
  '个人网厅账号即医保公共服务平台个人网厅的账号，两端通用。可使用注册的手机号登录，完成实名认证后也可使用身份证号登录。';

/** 登录 (003 ch. 1 §二): 个人网厅账号登录 with phone or 身份证号, password and 图形验证码. */
export default function MobileLoginPage() {
  const [form] = Form.useForm<LoginForm>();
  const captcha = useMobileCaptcha(form);
  const [params] = useSearchParams();
  const next = params.get('next');
  const location = useLocation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { session } = useSession();
  const [alert, setAlert] = useState<string | null>(null);
  const known = (location.state as { account?: unknown } | null)?.account;
  const account = typeof known === 'string' ? known : '';

  const login = useMutation({
    mutationFn: (v: LoginForm) =>
      api.post<SessionReply>('/api/auth/person/login', {
        account: v.account.trim(),
        password: v.password,
        captchaId: captcha.id,
        captcha: v.captcha.trim(),
      }),
    onSuccess: (signedIn) => {
      Toast.show({ icon: 'success', content: '登录成功' });
      client.setQueryData(SESSION_KEY, signedIn);
      void navigate(afterSignIn(signedIn, next), { replace: true });
    },
    onError: (error) => {
      // the captcha answered this attempt; the next one needs a new image
      captcha.refresh();
      if (!applyMobileFieldError(form, error)) setAlert(errorMessage(error));
    },
  });

  // A person already signed in has nothing to do here.
  if (session?.actorType === 'person' && !login.isPending && !login.isSuccess) {
    return <Navigate to={afterSignIn(session, next)} replace />;
  }

  return (
    <div className="m-auth">
      <div className="m-auth-head">
        <h1 className="m-auth-title">
          个人网厅账号登录
          <button
            type="button"
            className="m-help"
            aria-label="什么是个人网厅账号"
            onClick={() => void Dialog.alert({ title: '个人网厅账号', content: helpText })}
          >
            <QuestionCircleOutlined />
          </button>
        </h1>
      </div>
      {alert && <FormAlert>{alert}</FormAlert>}
      <Form
        form={form}
        className="m-form"
        initialValues={{ account }}
        onFinish={(v: LoginForm) => {
          setAlert(null);
          if (!captcha.id) {
            form.setFields([{ name: 'captcha', errors: ['请获取图形验证码'] }]);
            return;
          }
          login.mutate(v);
        }}
        footer={
          <>
            <div className="m-form-links m-form-links-end">
              <Link to={withNext(M_RESET, next)}>忘记密码</Link>
            </div>
            <Button
              block
              type="submit"
              color="primary"
              size="large"
              shape="rounded"
              loading={login.isPending}
            >
              登录
            </Button>
            <p className="m-form-foot">
              无个人网厅账号请注册账号, <Link to={withNext(M_REGISTER, next)}>新用户注册</Link>
            </p>
          </>
        }
      >
        <Form.Item name="account" rules={[mobileRule(personLoginBody.shape.account)]}>
          <Input
            placeholder="请输入手机号/身份证号"
            aria-label="手机号/身份证号"
            autoComplete="username"
            maxLength={30}
            clearable
          />
        </Form.Item>
        <Form.Item name="password" rules={[mobileRule(personLoginBody.shape.password)]}>
          <PasswordInput placeholder="请输入密码" label="密码" autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="captcha" rules={[mobileRule(captchaFields.captcha)]}>
          <MobileCaptchaInput captcha={captcha} />
        </Form.Item>
      </Form>
    </div>
  );
}
