import { useState } from 'react';
import { LockOutlined, MobileOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { captchaFields, unitLoginBody, type SessionReply } from '@yibao/contracts';
import { Alert, App, Button, Form, Input } from 'antd';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { api, applyFieldError, errorMessage } from '../../../shared/api';
import { CaptchaInput, useCaptcha } from '../../../shared/CaptchaInput';
import { SESSION_KEY } from '../../../shared/session';
import { zodRule } from '../../../shared/zod-form';
import { safeUnitNext, UNIT_REGISTER } from './forms';
import { AccountsNote, UnitAuthLayout } from './UnitAuthLayout';

interface LoginForm {
  phone: string;
  password: string;
  captcha: string;
}

/** 单位登录: 单位经办人账号登录 with phone, password and the graphic captcha. */
export default function UnitLoginPage() {
  const [form] = Form.useForm<LoginForm>();
  const captcha = useCaptcha(form);
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [alert, setAlert] = useState<string | null>(null);
  const registered = (location.state as { phone?: unknown } | null)?.phone;

  const login = useMutation({
    mutationFn: (v: LoginForm) =>
      api.post<SessionReply>('/api/auth/unit/login', {
        phone: v.phone.trim(),
        password: v.password,
        captchaId: captcha.id,
        captcha: v.captcha.trim(),
      }),
    onSuccess: (session) => {
      // whatever another portal cached belongs to the previous actor
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      client.setQueryData(SESSION_KEY, session);
      void message.success('登录成功');
      void navigate(safeUnitNext(params.get('next')), { replace: true });
    },
    onError: (error) => {
      // the captcha answered this attempt; the next one needs a new image
      captcha.refresh();
      if (!applyFieldError(form, error)) setAlert(errorMessage(error));
    },
  });

  return (
    <UnitAuthLayout title="单位登录" cardTitle="单位经办人账号登录" width="narrow">
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
        layout="vertical"
        size="large"
        initialValues={{ phone: typeof registered === 'string' ? registered : '' }}
        onFinish={(v) => {
          setAlert(null);
          if (!captcha.id) {
            form.setFields([{ name: 'captcha', errors: ['请获取图形验证码'] }]);
            return;
          }
          login.mutate(v);
        }}
      >
        <Form.Item name="phone" rules={[zodRule(unitLoginBody.shape.phone)]}>
          <Input
            prefix={<MobileOutlined />}
            placeholder="请输入手机号"
            aria-label="手机号"
            autoComplete="username"
            inputMode="numeric"
            maxLength={11}
            autoFocus={typeof registered !== 'string'}
          />
        </Form.Item>
        <Form.Item name="password" rules={[zodRule(unitLoginBody.shape.password)]}>
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
      <div className="uauth-links">
        <span />
        <span>
          没有账号? <Link to={UNIT_REGISTER}>立即注册</Link>
        </span>
      </div>
      <AccountsNote />
    </UnitAuthLayout>
  );
}
