import type { FormInstance, FormProps } from 'antd';
import type { Rule } from 'antd/es/form';
import type { z } from 'zod';
import { applyFieldError, errorMessage } from './api';
import { zodRule } from './zod-form';

/**
 * The 确认密码 rules: filled in (the shared schema's field) and equal to 密码 (the message of the
 * schema's refine, which the server answers too).
 */
export function confirmPasswordRules(confirmField: z.ZodType, passwordField = 'password'): Rule[] {
  return [
    zodRule(confirmField),
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
 * Shows a server error next to the field it names; an error without a field (429 too many
 * codes …) goes next to `fallbackField` when given. Answers false when neither took it.
 */
export function showFieldError(form: FormInstance, error: unknown, fallbackField?: string) {
  if (applyFieldError(form, error)) return true;
  if (!fallbackField) return false;
  form.setFields([{ name: fallbackField, errors: [errorMessage(error)] }]);
  return true;
}

/** A labelled form: label column and field column, the labels wider in elder mode. */
export function labelledFormLayout(
  elder: boolean,
  labelWidth: { normal: number; elder: number },
): Partial<FormProps> {
  return {
    layout: 'horizontal',
    labelCol: { flex: `${elder ? labelWidth.elder : labelWidth.normal}px` },
    wrapperCol: { flex: 1 },
    labelWrap: true,
    colon: false,
    requiredMark: true,
  };
}
