import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { staffLoginBody, type SessionReply, type StaffLoginBody } from '@yibao/contracts';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { api, applyFieldError, errorMessage } from '../../shared/api';
import { ElderSwitch } from '../../shared/elder';
import { SESSION_KEY } from '../../shared/session';
import { zodRule } from '../../shared/zod-form';

/** Only paths inside the console may be returned to after signing in. */
const safeNext = (next: string | null) =>
  next && next.startsWith('/window') && !next.startsWith('//') ? next : '/window';

/** 经办登录: back-office staff sign in with the account an administrator created. */
export default function StaffLoginPage() {
  const [form] = Form.useForm<StaffLoginBody>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const login = useMutation({
    mutationFn: (body: StaffLoginBody) => api.post<SessionReply>('/api/auth/staff/login', body),
    onSuccess: (session) => {
      client.setQueryData(SESSION_KEY, session);
      void navigate(safeNext(params.get('next')), { replace: true });
    },
    onError: (error) => applyFieldError(form, error),
  });

  return (
    <div className="login-page">
      <div className="login-page-elder">
        <ElderSwitch />
      </div>
      <Card className="login-card" title="综窗经办 · 经办人员登录">
        {login.isError && !form.getFieldError('password').length && (
          <Alert
            type="error"
            showIcon
            message={errorMessage(login.error)}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form form={form} layout="vertical" onFinish={(v) => login.mutate(v)} requiredMark>
          <Form.Item
            name="username"
            label="用户名"
            rules={[zodRule(staffLoginBody.shape.username)]}
            validateTrigger="onBlur"
          >
            <Input
              prefix={<UserOutlined />}
              autoComplete="username"
              autoFocus
              placeholder="请输入用户名"
            />
          </Form.Item>
          <Form.Item name="password" label="密码" rules={[zodRule(staffLoginBody.shape.password)]}>
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              placeholder="请输入密码"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            登录
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          经办人员账号由系统管理员创建；忘记密码请联系管理员重置。
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
