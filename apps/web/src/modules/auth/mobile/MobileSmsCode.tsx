import { useEffect, useState } from 'react';
import { Button, Input, Toast } from 'antd-mobile';
import type { z } from 'zod';
import type { sendSmsReply } from '@yibao/contracts';
import { api } from '../../../shared/api';
import { applyMobileFieldError, type MobileForm } from './forms';
import { checkMobileCaptcha, type MobileCaptcha } from './MobileCaptcha';

type SendSmsReply = z.infer<typeof sendSmsReply>;

interface MobileSmsCodeInputProps {
  /**
   * Sends the code and answers the seconds to wait before the next send, or undefined when
   * nothing was sent (the callback has shown why next to the field).
   */
  onSend: () => Promise<number | undefined>;
  value?: string;
  onChange?: (value: string) => void;
  placeholder?: string;
}

/** 请输入验证码 with 发送验证码, which counts down "Ns后重新获取" once a code is sent. */
export function MobileSmsCodeInput({
  onSend,
  value,
  onChange,
  placeholder = '请输入验证码',
}: MobileSmsCodeInputProps) {
  const [sending, setSending] = useState(false);
  const [left, setLeft] = useState(0);

  useEffect(() => {
    if (left <= 0) return;
    const timer = window.setTimeout(() => setLeft((s) => s - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [left]);

  const send = async () => {
    setSending(true);
    try {
      const seconds = await onSend();
      if (seconds !== undefined) {
        setLeft(seconds);
        Toast.show({ icon: 'success', content: '验证码已发送，请注意查收短信' });
      }
    } finally {
      setSending(false);
    }
  };

  return (
    <div className="m-inline-field">
      <Input
        className="m-inline-input"
        value={value}
        onChange={(v) => onChange?.(v.replace(/\D/g, ''))}
        placeholder={placeholder}
        aria-label="短信验证码"
        maxLength={6}
        inputMode="numeric"
        autoComplete="one-time-code"
        clearable
      />
      <Button
        className="m-sms-send"
        color="primary"
        fill="outline"
        disabled={left > 0}
        loading={sending}
        onClick={() => void send()}
      >
        {left > 0 ? `${left}s后重新获取` : '发送验证码'}
      </Button>
    </div>
  );
}

/**
 * 发送验证码 of a form with a `phone` field and a 图形验证码: checks both, sends the code for
 * `purpose`, takes a new captcha whatever the answer (each answers one request), and shows a
 * refusal next to the field it names or under 验证码.
 */
export async function sendMobileSmsCode(
  form: MobileForm,
  captcha: MobileCaptcha,
  purpose: 'register' | 'reset-password',
): Promise<number | undefined> {
  try {
    await form.validateFields(['phone']);
  } catch {
    return undefined;
  }
  if (!checkMobileCaptcha(form, captcha)) return undefined;
  try {
    const reply = await api.post<SendSmsReply>('/api/sms/codes', {
      phone: String(form.getFieldValue('phone') ?? '').trim(),
      purpose,
      captchaId: captcha.id,
      captcha: String(form.getFieldValue('captcha') ?? '').trim(),
    });
    captcha.refresh();
    form.setFields([{ name: 'smsCode', errors: [] }]);
    return reply.resendAfterSeconds;
  } catch (error) {
    captcha.refresh();
    applyMobileFieldError(form, error, 'smsCode');
    return undefined;
  }
}
