import { useState } from 'react';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  captchaFields,
  personLoginBody,
  SSO_ERROR_PARAM,
  type PersonLoginBody,
  type SessionReply,
  type SsoStatusReply,
} from '@yibao/contracts';
import { Alert, App, Button, Form, Input } from 'antd';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { api, applyFieldError, errorMessage } from '../../../shared/api';
import { CaptchaInput, useCaptcha } from '../../../shared/CaptchaInput';
import { SESSION_KEY } from '../../../shared/session';
import { zodRule } from '../../../shared/zod-form';
import {
  PERSONAL_FORGOT,
  PERSONAL_HOME,
  PERSONAL_QR_LOGIN,
  PERSONAL_REAL_NAME,
  PERSONAL_REGISTER,
  PersonAuthLayout,
} from './PersonAuthLayout';

type LoginForm = Omit<PersonLoginBody, 'captchaId'>;

/** Only pages of the personal portal may be returned to after signing in. */
export function safeNext(next: string | null): string {
  return next && /^\/personal(?:[/?#]|$)/.test(next) ? next : PERSONAL_HOME;
}

/** 个人登录 (004 §三): 个人账号登录 with phone or 居民身份证号码, password and captcha. */
export default function PersonLoginPage() {
  const [form] = Form.useForm<LoginForm>();
  const captcha = useCaptcha(form);
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [alert, setAlert] = useState<string | null>(params.get(SSO_ERROR_PARAM));
  // The unified platform's button shows only where the platform is configured.
  const sso = useQuery({
    queryKey: ['sso-status'],
    queryFn: () => api.get<SsoStatusReply>('/api/auth/sso'),
    staleTime: Infinity,
  });
  const ssoHref = `/api/auth/sso/login?next=${encodeURIComponent(safeNext(params.get('next')))}`;
  const registered = (location.state as { account?: unknown } | null)?.account;

  const login = useMutation({
    mutationFn: (v: LoginForm) =>
      api.post<SessionReply>('/api/auth/person/login', {
        account: v.account.trim(),
        password: v.password,
        captchaId: captcha.id,
        captcha: v.captcha.trim(),
      }),
    onSuccess: (session) => {
      client.setQueryData(SESSION_KEY, session);
      void message.success('登录成功');
      void navigate(session.realNameVerified ? safeNext(params.get('next')) : PERSONAL_REAL_NAME, {
        replace: true,
      });
    },
    onError: (error) => {
      // the captcha answered this attempt; the next one needs a new image
      captcha.refresh();
      if (!applyFieldError(form, error)) setAlert(errorMessage(error));
    },
  });

  return (
    <PersonAuthLayout
      title="个人登录"
      cardTitle="个人账号登录"
      width="narrow"
      cardExtra={<Link to={PERSONAL_QR_LOGIN}>扫码登录</Link>}
    >
      <p className="pauth-login-hint">
        已注册过的用户如果原注册手机号已不再使用，请使用国家医保服务平台APP扫码登录。
      </p>
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
        layout="vertical"
        size="large"
        className="pauth-login-form"
        initialValues={{ account: typeof registered === 'string' ? registered : '' }}
        onFinish={(v) => {
          setAlert(null);
          if (!captcha.id) {
            form.setFields([{ name: 'captcha', errors: ['请获取图形验证码'] }]);
            return;
          }
          login.mutate(v);
        }}
      >
        <Form.Item name="account" rules={[zodRule(personLoginBody.shape.account)]}>
          <Input
            prefix={<UserOutlined />}
            placeholder="手机号/居民身份证号码"
            aria-label="手机号/居民身份证号码"
            autoComplete="username"
            autoFocus={typeof registered !== 'string'}
            maxLength={30}
          />
        </Form.Item>
        <Form.Item name="password" rules={[zodRule(personLoginBody.shape.password)]}>
          <Input.Password
            prefix={<LockOutlined />}
            placeholder="请输入密码"
            aria-label="密码"
            autoComplete="current-password"
            autoFocus={typeof registered === 'string'}
          />
        </Form.Item>
        <Form.Item name="captcha" rules={[zodRule(captchaFields.captcha)]}>
          <CaptchaInput captcha={captcha} placeholder="请输入验证码" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={login.isPending}>
          登录
        </Button>
      </Form>
      <div className="pauth-links">
        <span>
          操作帮助 <Link to={PERSONAL_FORGOT}>忘记密码</Link>
        </span>
        <span>
          没有账号? <Link to={PERSONAL_REGISTER}>立即注册</Link>
        </span>
      </div>
      {sso.data?.enabled && (
        <section className="pauth-other" aria-label="其他登录方式">
          <p className="pauth-other-title">--其他登录方式--</p>
          <Button href={ssoHref} block>
            北京市统一身份认证平台登录
          </Button>
          <p className="pauth-other-tip">
            温馨提示：本登录方式无需注册及实名认证可直接登录北京医保公服平台!
          </p>
        </section>
      )}
      <p className="pauth-login-note">
        【注意事项】：个人用户登录个人网厅，必须进行实名认证。实名认证后的个人用户，才可通过实名认证后的注册手机号和证件号码等方式登录个人网厅。
      </p>
    </PersonAuthLayout>
  );
}
