import type { Form, FormItemProps } from 'antd-mobile';
import type { z } from 'zod';
import { ApiError, errorMessage } from '../../../shared/api';

/** The pages of the mobile channel's accounts (智慧医保, guide 003 ch. 1 and 04). */
export const M_HOME = '/m/';
export const M_MINE = '/m/mine';
export const M_LOGIN = '/m/login';
export const M_REGISTER = '/m/register';
export const M_RESET = '/m/reset-password';
export const M_REAL_NAME = '/m/real-name';
export const M_EVOUCHER = '/m/evoucher';
export const M_EVOUCHER_PASSWORD = '/m/evoucher/password';

/** 《国家医疗保障局个人注册协议》, as the guide names it. */
export const AGREEMENT = '《国家医疗保障局个人注册协议》';

/**
 * Only pages of the mobile channel may be returned to after signing in: `/m`, `/m/…`, never a
 * protocol-relative `//host` nor a backslash trick.
 */
export function safeMobileNext(next: string | null | undefined): string | null {
  if (!next) return null;
  return /^\/m(?:\/(?![/\\])[^\\]*)?$/.test(next) ? next : null;
}

/** `path` with `?next=` when there is somewhere to return to. */
export function withNext(path: string, next: string | null | undefined): string {
  const safe = safeMobileNext(next);
  return safe ? `${path}?next=${encodeURIComponent(safe)}` : path;
}

/** An antd-mobile form (its `FormInstance` is not exported by name). */
export type MobileForm = ReturnType<typeof Form.useForm>[0];

/** One rule of an antd-mobile Form.Item. */
export type MobileRule = NonNullable<FormItemProps['rules']>[number];

/**
 * An antd-mobile Form rule from the zod schema the server validates with (the mobile twin of
 * `zodRule`), so the page and the API give the same Chinese message for the same mistake.
 */
export function mobileRule(schema: z.ZodType): MobileRule {
  return {
    validator: async (_rule, value: unknown) => {
      const result = schema.safeParse(value ?? '');
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? '输入不正确');
    },
  };
}

/** 确认密码 equals the field `passwordField` (the schemas' refine message). */
export function sameAsRule(passwordField = 'password'): MobileRule {
  return ({ getFieldValue }) => ({
    validator: async (_rule, value: unknown) => {
      if (value && value !== getFieldValue(passwordField)) {
        throw new Error('两次输入的密码不一致');
      }
    },
  });
}

/** A field that must be filled in, without the asterisk antd-mobile gives `required` rules. */
export function filledRule(message: string): MobileRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (value === undefined || value === null || String(value) === '') throw new Error(message);
    },
  };
}

/**
 * Shows a server error next to the field it names; one without a field (429, 403 …) goes to
 * `fallbackField` when given. Answers false when no field took it.
 */
export function applyMobileFieldError(
  form: MobileForm,
  error: unknown,
  fallbackField?: string,
): boolean {
  const registered = (name: string) => form.getFieldsError().some((f) => f.name.join('.') === name);
  if (error instanceof ApiError && error.field !== undefined && registered(error.field)) {
    form.setFields([{ name: error.field.split('.'), errors: [error.message] }]);
    return true;
  }
  if (fallbackField && registered(fallbackField)) {
    form.setFields([{ name: fallbackField, errors: [errorMessage(error)] }]);
    return true;
  }
  return false;
}
