import { useId } from 'react';
import { ReloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Input, Spin } from 'antd';
import type { FormInstance } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { captchaFields, type captchaReply } from '@yibao/contracts';
import { api } from './api';

type CaptchaReply = z.infer<typeof captchaReply>;

/** One graphic captcha (图形验证码) of a form: its id for the request and a way to get a new one. */
export interface Captcha {
  /** The id to send as `captchaId`; '' until the image has loaded */
  id: string;
  svg: string;
  loading: boolean;
  failed: boolean;
  /** A new image, and the typed answer cleared (a captcha answers one request only). */
  refresh: () => void;
  /** Takes away the field's message once the person types again. */
  clearError: () => void;
}

/**
 * The captcha of one form. The answer lives in the form under `field` (default `captcha`); the
 * id stays here, so each page adds `captchaId: captcha.id` to the body it sends.
 */
export function useCaptcha(form: FormInstance, field = 'captcha'): Captcha {
  const scope = useId();
  const query = useQuery({
    queryKey: ['captcha', scope],
    queryFn: () => api.get<CaptchaReply>('/api/captcha'),
    staleTime: Infinity,
    gcTime: 0,
    retry: 1,
  });
  const { refetch } = query;
  return {
    id: query.data?.id ?? '',
    svg: query.data?.svg ?? '',
    loading: query.isFetching,
    failed: query.isError,
    refresh: () => {
      form.setFields([{ name: field, value: '', errors: [] }]);
      void refetch();
    },
    clearError: () => form.setFields([{ name: field, errors: [] }]),
  };
}

/**
 * Checks the typed answer with the shared schema before a request that needs it (sending an SMS
 * code); shows the message next to the field and answers false when it is missing.
 */
export function checkCaptcha(form: FormInstance, captcha: Captcha, field = 'captcha'): boolean {
  const answer = captchaFields.captcha.safeParse(form.getFieldValue(field) ?? '');
  const id = captchaFields.captchaId.safeParse(captcha.id);
  const issue = !answer.success
    ? answer.error.issues[0]?.message
    : !id.success
      ? id.error.issues[0]?.message
      : undefined;
  form.setFields([{ name: field, errors: issue ? [issue] : [] }]);
  return !issue;
}

interface CaptchaInputProps {
  captcha: Captcha;
  /** set by Form.Item */
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  placeholder?: string;
}

/** 图形验证码: the answer input and the image; clicking the image shows a new one. */
export function CaptchaInput({
  captcha,
  id,
  value,
  onChange,
  placeholder = '请输入图形验证码',
}: CaptchaInputProps) {
  const src = captcha.svg
    ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(captcha.svg)}`
    : undefined;
  return (
    <div className="captcha-input">
      <Input
        id={id}
        value={value}
        onChange={(e) => {
          onChange?.(e.target.value);
          captcha.clearError();
        }}
        placeholder={placeholder}
        prefix={<SafetyCertificateOutlined />}
        maxLength={10}
        autoComplete="off"
        spellCheck={false}
      />
      <button
        type="button"
        className="captcha-image"
        onClick={captcha.refresh}
        title="看不清？点击换一张"
        aria-label="图形验证码图片，点击换一张"
      >
        {src ? (
          <img src={src} alt="图形验证码" data-captcha-id={captcha.id} />
        ) : captcha.failed ? (
          <span className="captcha-failed">
            <ReloadOutlined /> 获取失败，点击重试
          </span>
        ) : (
          <Spin size="small" />
        )}
      </button>
    </div>
  );
}
