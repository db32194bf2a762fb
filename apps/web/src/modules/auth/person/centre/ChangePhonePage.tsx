import { useState } from 'react';
import { MobileOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { changePhoneBody, type ChangePhoneBody } from '@yibao/contracts';
import { Alert, App, Button, Form, Input } from 'antd';
import { useNavigate } from 'react-router';
import { api, errorMessage } from '../../../../shared/api';
import { CaptchaInput, useCaptcha } from '../../../../shared/CaptchaInput';
import { useElder } from '../../../../shared/elder';
import { SESSION_KEY } from '../../../../shared/session';
import { SmsCodeInput } from '../../../../shared/SmsCodeInput';
import { zodRule } from '../../../../shared/zod-form';
import { formLayout, showFieldError } from '../forms';
import { sendSmsCode } from '../sms';
import { CENTRE, ME_KEY, useSecurity } from './centre';
import { CentreCard } from './CentreCard';

type PhoneForm = ChangePhoneBody & { captcha?: string };

/**
 * 账户信息修改 (004 §三.3 修改绑定手机): 新手机号, 图形验证码 and the SMS code sent to the new
 * phone; the new phone is the login name from then on.
 */
export default function ChangePhonePage() {
  const [form] = Form.useForm<PhoneForm>();
  const captcha = useCaptcha(form);
  const security = useSecurity();
  const { elder } = useElder();
  const { message } = App.useApp();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [alert, setAlert] = useState<string | null>(null);

  const change = useMutation({
    mutationFn: (v: ChangePhoneBody) => api.post<{ ok: true }>('/api/me/phone', v),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: SESSION_KEY }),
        client.invalidateQueries({ queryKey: [ME_KEY] }),
      ]);
      void message.success('绑定手机修改成功，请使用新手机号登录');
      void navigate(CENTRE);
    },
    onError: (error) => {
      if (!showFieldError(form, error)) setAlert(errorMessage(error));
    },
  });

  const sendCode = () =>
    sendSmsCode(form, captcha, '/api/sms/codes', {
      phone: String(form.getFieldValue('phone') ?? '').trim(),
      purpose: 'change-phone',
    });

  return (
    <CentreCard title="账户信息修改" required>
      {alert && <Alert type="error" showIcon title={alert} className="pauth-alert" />}
      <Form
        form={form}
        {...formLayout(elder)}
        className="pauth-form"
        onFinish={(v) => {
          setAlert(null);
          change.mutate({ phone: v.phone.trim(), smsCode: v.smsCode.trim() });
        }}
      >
        <Form.Item label="当前绑定手机">
          <span className="pauth-static" data-testid="current-phone">
            {security.data?.phone ?? ''}
          </span>
        </Form.Item>
        <Form.Item
          required
          name="phone"
          label="新手机号"
          rules={[zodRule(changePhoneBody.shape.phone)]}
          extra="修改成功后，请使用新手机号登录"
        >
          <Input
            prefix={<MobileOutlined />}
            placeholder="请输入新手机号"
            maxLength={11}
            inputMode="numeric"
            autoComplete="tel"
            autoFocus
          />
        </Form.Item>
        <Form.Item name="captcha" label="图形验证码" required>
          <CaptchaInput captcha={captcha} />
        </Form.Item>
        <Form.Item
          required
          name="smsCode"
          label="验证码"
          rules={[zodRule(changePhoneBody.shape.smsCode)]}
        >
          <SmsCodeInput onSend={sendCode} />
        </Form.Item>
        <Form.Item label=" ">
          <Button type="primary" htmlType="submit" size="large" block loading={change.isPending}>
            修改
          </Button>
        </Form.Item>
      </Form>
    </CentreCard>
  );
}
