import { useState } from 'react';
import { LockOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { changePasswordBody, newPasswordField, type ChangePasswordBody } from '@yibao/contracts';
import { Alert, Button, Form, Input, Result } from 'antd';
import type { Rule } from 'antd/es/form';
import { api, errorMessage } from '../../../../shared/api';
import { useElder } from '../../../../shared/elder';
import { LinkButton } from '../../../../shared/LinkButton';
import { PasswordStrength } from '../../../../shared/PasswordStrength';
import { zodRule } from '../../../../shared/zod-form';
import { confirmPasswordRules, formLayout, showFieldError } from '../forms';
import { CENTRE } from './centre';
import { CentreCard } from './CentreCard';

/** 新密码: the shared rules, and not the same as 原密码 (the schema's refine message). */
const newPasswordRules: Rule[] = [
  zodRule(newPasswordField),
  ({ getFieldValue }) => ({
    validator: async (_rule, value: unknown) => {
      if (value && value === getFieldValue('oldPassword'))
        throw new Error('新密码不能与原密码相同');
    },
  }),
];

/**
 * 修改密码 (004 §三.3 修改登录密码): 原密码, 新密码 with its strength, 确认密码. The server keeps
 * this session and ends the account's sessions elsewhere.
 */
export default function ChangePasswordPage() {
  const [form] = Form.useForm<ChangePasswordBody>();
  const password = Form.useWatch('password', form);
  const { elder } = useElder();
  const [alert, setAlert] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: (v: ChangePasswordBody) => api.post<{ ok: true }>('/api/me/password', v),
    onError: (error) => {
      if (!showFieldError(form, error)) setAlert(errorMessage(error));
    },
  });

  if (change.isSuccess) {
    return (
      <CentreCard title="修改密码">
        <Result
          status="success"
          title="密码修改成功"
          subTitle="下次登录请使用新密码。为保障您的账号安全，此账号在其他设备上的登录已退出。"
          extra={
            <LinkButton to={CENTRE} type="primary" size="large">
              返回个人中心
            </LinkButton>
          }
        />
      </CentreCard>
    );
  }

  return (
    <CentreCard title="修改密码" required>
      {alert && <Alert type="error" showIcon title={alert} className="pauth-alert" />}
      <Form
        form={form}
        {...formLayout(elder)}
        className="pauth-form"
        onFinish={(v) => {
          setAlert(null);
          change.mutate({
            oldPassword: v.oldPassword,
            password: v.password,
            confirmPassword: v.confirmPassword,
          });
        }}
      >
        <Form.Item
          required
          name="oldPassword"
          label="原密码"
          rules={[zodRule(changePasswordBody.shape.oldPassword)]}
        >
          <Input.Password
            prefix={<LockOutlined />}
            placeholder="请输入原密码"
            autoComplete="current-password"
            autoFocus
          />
        </Form.Item>
        <Form.Item
          required
          name="password"
          label="新密码"
          dependencies={['oldPassword']}
          rules={newPasswordRules}
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
        <Form.Item label=" ">
          <Button type="primary" htmlType="submit" size="large" block loading={change.isPending}>
            修改密码
          </Button>
        </Form.Item>
      </Form>
    </CentreCard>
  );
}
