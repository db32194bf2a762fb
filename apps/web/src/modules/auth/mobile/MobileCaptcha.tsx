import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Input, SpinLoading } from 'antd-mobile';
import type { z } from 'zod';
import { captchaFields, type captchaReply } from '@yibao/contracts';
import { api } from '../../../shared/api';
import type { MobileForm } from './forms';

type CaptchaReply = z.infer<typeof captchaReply>;

/** The 图形验证码 of one mobile form: its id for the request and a way to get a new one. */
export interface MobileCaptcha {
  /** The id to send as `captchaId`; '' until the image has loaded */
  id: string;
  svg: string;
  failed: boolean;
  /** A new image, and the typed answer cleared (a captcha answers one request only). */
  refresh: () => void;
  /** Takes away a message shown under the field once something is typed again. */
  clearError: () => void;
}

/** The captcha of one antd-mobile form; the answer lives in the form under `field`. */
export function useMobileCaptcha(form: MobileForm, field = 'captcha'): MobileCaptcha {
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
    failed: query.isError,
    refresh: () => {
      form.setFields([{ name: field, value: '' }]);
      void refetch();
    },
    clearError: () => {
      if (form.getFieldError(field).length) form.setFields([{ name: field, errors: [] }]);
    },
  };
}

/**
 * Checks the typed answer (and that an image is there) before a request that needs it; shows
 * the message under the field and answers false when something is missing.
 */
export function checkMobileCaptcha(
  form: MobileForm,
  captcha: MobileCaptcha,
  field = 'captcha',
): boolean {
  const answer = captchaFields.captcha.safeParse(form.getFieldValue(field) ?? '');
  const id = captchaFields.captchaId.safeParse(captcha.id);
  const issue = !answer.success
    ? answer.error.issues[0]?.message
    : !id.success
      ? id.error.issues[0]?.message
      : undefined;
  if (issue) form.setFields([{ name: field, errors: [issue] }]);
  return !issue;
}

interface MobileCaptchaInputProps {
  captcha: MobileCaptcha;
  value?: string;
  onChange?: (value: string) => void;
  placeholder?: string;
}

/** 图形验证码: the answer and the image beside it; tapping the image shows a new one. */
export function MobileCaptchaInput({
  captcha,
  value,
  onChange,
  placeholder = '请输入图形验证码',
}: MobileCaptchaInputProps) {
  const src = captcha.svg
    ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(captcha.svg)}`
    : undefined;
  return (
    <div className="m-inline-field">
      <Input
        className="m-inline-input"
        value={value}
        onChange={(v) => {
          onChange?.(v);
          if (v.trim()) captcha.clearError();
        }}
        placeholder={placeholder}
        aria-label="图形验证码"
        maxLength={10}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        clearable
      />
      <button
        type="button"
        className="m-captcha-image"
        onClick={captcha.refresh}
        aria-label="图形验证码图片，点击换一张"
      >
        {src ? (
          <img src={src} alt="图形验证码" data-captcha-id={captcha.id} />
        ) : captcha.failed ? (
          <span className="m-captcha-failed">获取失败，点击重试</span>
        ) : (
          <SpinLoading style={{ '--size': '20px' }} />
        )}
      </button>
    </div>
  );
}
