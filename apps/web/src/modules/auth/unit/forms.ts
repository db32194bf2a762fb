import type { FormInstance } from 'antd';
import type { z } from 'zod';
import { unitRegisterBody, type sendSmsReply } from '@yibao/contracts';
import { api } from '../../../shared/api';
import { checkCaptcha, type Captcha } from '../../../shared/CaptchaInput';
import {
  confirmPasswordRules as sharedConfirmPasswordRules,
  labelledFormLayout,
  showFieldError,
} from '../../../shared/labelled-form';

type SendSmsReply = z.infer<typeof sendSmsReply>;

/** Where the unit portal's home, sign-in and registration live. */
export const UNIT_HOME = '/unit';
export const UNIT_LOGIN = '/unit/login';
export const UNIT_REGISTER = '/unit/register';

/** Only pages of the unit portal (not its sign-in pages) may be returned to after signing in. */
export function safeUnitNext(next: string | null): string {
  if (!next || !/^\/unit(?:[/?#]|$)/.test(next)) return UNIT_HOME;
  return /^\/unit\/(?:login|register)(?:[/?#]|$)/.test(next) ? UNIT_HOME : next;
}

/** The 确认密码 rules of these pages (the registration schema's field). */
export const confirmPasswordRules = (passwordField = 'password') =>
  sharedConfirmPasswordRules(unitRegisterBody.shape.confirmPassword, passwordField);

export { showFieldError };

/** The labelled forms of these pages: label column and field column, wider in elder mode. */
export const formLayout = (elder: boolean) =>
  labelledFormLayout(elder, { normal: 112, elder: 150 });

/**
 * 发送验证码 of 单位经办人注册: checks the phone and the captcha, posts to
 * `/api/sms/unit-codes`, takes a new captcha whatever the answer, and shows a refusal next to
 * the field it names or under 验证码. Answers the seconds to wait before the next send.
 */
export async function sendUnitRegisterCode(
  form: FormInstance,
  captcha: Captcha,
): Promise<number | undefined> {
  try {
    await form.validateFields(['phone']);
  } catch {
    return undefined;
  }
  if (!checkCaptcha(form, captcha)) return undefined;
  try {
    const reply = await api.post<SendSmsReply>('/api/sms/unit-codes', {
      phone: String(form.getFieldValue('phone') ?? '').trim(),
      purpose: 'unit-register',
      captchaId: captcha.id,
      captcha: String(form.getFieldValue('captcha') ?? '').trim(),
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
