import type { FormInstance, FormProps } from 'antd';
import type { Rule } from 'antd/es/form';
import type { z } from 'zod';
import { unitRegisterBody, type sendSmsReply } from '@yibao/contracts';
import { api, applyFieldError, errorMessage } from '../../../shared/api';
import { checkCaptcha, type Captcha } from '../../../shared/CaptchaInput';
import { zodRule } from '../../../shared/zod-form';

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

/** The 确认密码 rules: filled in (shared schema) and equal to 密码 (the schema's refine message). */
export function confirmPasswordRules(passwordField = 'password'): Rule[] {
  return [
    zodRule(unitRegisterBody.shape.confirmPassword),
    ({ getFieldValue }) => ({
      validator: async (_rule, value: unknown) => {
        if (value && value !== getFieldValue(passwordField)) {
          throw new Error('两次输入的密码不一致');
        }
      },
    }),
  ];
}

/**
 * Shows a server error next to the field it names; an error without a field (429 …) goes next
 * to `fallbackField` when given. Answers false when neither took it.
 */
export function showFieldError(form: FormInstance, error: unknown, fallbackField?: string) {
  if (applyFieldError(form, error)) return true;
  if (!fallbackField) return false;
  form.setFields([{ name: fallbackField, errors: [errorMessage(error)] }]);
  return true;
}

/** The labelled forms of these pages: label column and field column, wider in elder mode. */
export function formLayout(elder: boolean): Partial<FormProps> {
  return {
    layout: 'horizontal',
    labelCol: { flex: elder ? '150px' : '112px' },
    wrapperCol: { flex: 1 },
    labelWrap: true,
    colon: false,
    requiredMark: true,
  };
}

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
