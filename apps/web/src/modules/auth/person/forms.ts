import { registerBody } from '@yibao/contracts';
import {
  confirmPasswordRules as sharedConfirmPasswordRules,
  labelledFormLayout,
  showFieldError,
} from '../../../shared/labelled-form';

/** The 确认密码 rules of these pages (the registration schema's field). */
export const confirmPasswordRules = (passwordField = 'password') =>
  sharedConfirmPasswordRules(registerBody.shape.confirmPassword, passwordField);

export { showFieldError };

/** The labelled forms of these pages: label column and field column, wider in elder mode. */
export const formLayout = (elder: boolean) =>
  labelledFormLayout(elder, { normal: 128, elder: 170 });
