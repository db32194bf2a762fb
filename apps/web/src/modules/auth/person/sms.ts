import type { FormInstance } from 'antd';
import type { z } from 'zod';
import type { sendSmsReply } from '@yibao/contracts';
import { api } from '../../../shared/api';
import { checkCaptcha, type Captcha } from '../../../shared/CaptchaInput';
import { showFieldError } from './forms';

type SendSmsReply = z.infer<typeof sendSmsReply>;

/**
 * 发送验证码 of a form with a phone field and a captcha: checks both, posts `body` (plus the
 * captcha) to `url`, takes a new captcha whatever the answer, and shows a refusal next to the
 * field it names or under 验证码. Answers the seconds to wait before the next send.
 */
export async function sendSmsCode(
  form: FormInstance,
  captcha: Captcha,
  url: string,
  body: Record<string, unknown>,
  phoneField = 'phone',
): Promise<number | undefined> {
  try {
    await form.validateFields([phoneField]);
  } catch {
    return undefined;
  }
  if (!checkCaptcha(form, captcha)) return undefined;
  const answer = String(form.getFieldValue('captcha') ?? '').trim();
  try {
    const reply = await api.post<SendSmsReply>(url, {
      ...body,
      captchaId: captcha.id,
      captcha: answer,
    });
    captcha.refresh();
    form.setFields([{ name: 'smsCode', errors: [] }]);
    return reply.resendAfterSeconds;
  } catch (error) {
    captcha.refresh();
    showFieldError(form, error, 'smsCode');
    return undefined;
  }
}
