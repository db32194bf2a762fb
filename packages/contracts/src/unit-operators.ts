import { z } from 'zod';
import { captchaFields, newPasswordField, phoneField, smsCodeField } from './auth';

export const unitSmsPurposes = ['unit-register'] as const;
export const unitSendSmsBody = z.object({
  phone: phoneField,
  purpose: z.enum(unitSmsPurposes),
  ...captchaFields,
});
export type UnitSendSmsBody = z.infer<typeof unitSendSmsBody>;

export const unitRegisterBody = z
  .object({
    phone: phoneField,
    name: z.string({ message: '请输入经办人姓名' }).trim().min(1, '请输入经办人姓名').max(50),
    password: newPasswordField,
    confirmPassword: z.string({ message: '请再次输入密码' }).min(1, '请再次输入密码'),
    smsCode: smsCodeField,
    agree: z.literal(true, { message: '请阅读并同意《国家医疗保障局单位注册协议》' }),
  })
  .refine((v) => v.password === v.confirmPassword, {
    message: '两次输入的密码不一致',
    path: ['confirmPassword'],
  });
export type UnitRegisterBody = z.infer<typeof unitRegisterBody>;

export const unitLoginBody = z.object({
  phone: phoneField,
  password: z.string({ message: '请输入密码' }).min(1, '请输入密码').max(200),
  ...captchaFields,
});
export type UnitLoginBody = z.infer<typeof unitLoginBody>;

export const bindUnitBody = z.object({
  uscc: z
    .string({ message: '请输入统一社会信用代码' })
    .trim()
    .toUpperCase()
    .length(18, '统一社会信用代码应为18位'),
  bindingCode: z
    .string({ message: '请输入绑定码' })
    .trim()
    .regex(/^[A-Z0-9]{8}$/i, '绑定码应为8位字母或数字'),
});
export type BindUnitBody = z.infer<typeof bindUnitBody>;

export const bindingCodeReply = z.object({ code: z.string(), expiresAt: z.string() });

export const createOperatorBody = z.object({
  unitId: z.number().int().positive(),
  phone: phoneField,
  name: z.string({ message: '请输入经办人姓名' }).trim().min(1, '请输入经办人姓名').max(50),
});
export type CreateOperatorBody = z.infer<typeof createOperatorBody>;

export const unitHomeReply = z.object({
  bound: z.boolean(),
  operatorName: z.string(),
  unitName: z.string(),
  unitType: z.string(),
  /** 管理人群 as the unit portal home shows it */
  managedGroup: z.string(),
  uscc: z.string(),
});
export type UnitHomeReply = z.infer<typeof unitHomeReply>;
