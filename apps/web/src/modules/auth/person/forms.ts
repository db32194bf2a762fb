import type { FormInstance, FormProps } from 'antd';
import type { Rule } from 'antd/es/form';
import { registerBody } from '@yibao/contracts';
import { applyFieldError, errorMessage } from '../../../shared/api';
import { zodRule } from '../../../shared/zod-form';

/** The 确认密码 rules: filled in (shared schema) and equal to 密码 (the schema's refine message). */
export function confirmPasswordRules(passwordField = 'password'): Rule[] {
  return [
    zodRule(registerBody.shape.confirmPassword),
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

/** The labelled forms of these pages: label column and field column, wider in elder mode. */
export function formLayout(elder: boolean): Partial<FormProps> {
  return {
    layout: 'horizontal',
    labelCol: { flex: elder ? '170px' : '128px' },
    wrapperCol: { flex: 1 },
    labelWrap: true,
    colon: false,
    requiredMark: true,
  };
}
