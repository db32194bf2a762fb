import { useEffect, useState } from 'react';
import { MessageOutlined } from '@ant-design/icons';
import { App, Button, Input, Space } from 'antd';
import { errorMessage } from './api';

interface SmsCodeInputProps {
  /**
   * Sends the code: checks the fields it needs, calls the page's endpoint and answers the
   * seconds to wait before the next send (`resendAfterSeconds`), or undefined when nothing was
   * sent (the callback has shown why).
   */
  onSend: () => Promise<number | undefined>;
  /** set by Form.Item */
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  placeholder?: string;
}

/** 验证码: the six-digit SMS code and 发送验证码, which counts down "Ns后重新获取" once sent. */
export function SmsCodeInput({
  onSend,
  id,
  value,
  onChange,
  placeholder = '请输入短信验证码',
}: SmsCodeInputProps) {
  const { message } = App.useApp();
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
        void message.success('验证码已发送，请注意查收短信');
      }
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setSending(false);
    }
  };

  return (
    <Space.Compact className="sms-code-input">
      <Input
        id={id}
        value={value}
        onChange={(e) => onChange?.(e.target.value.replace(/\D/g, ''))}
        placeholder={placeholder}
        prefix={<MessageOutlined />}
        maxLength={6}
        inputMode="numeric"
        autoComplete="one-time-code"
      />
      <Button
        className="sms-code-send"
        disabled={left > 0}
        loading={sending}
        onClick={() => void send()}
      >
        {left > 0 ? `${left}s后重新获取` : '发送验证码'}
      </Button>
    </Space.Compact>
  );
}
