import { z } from 'zod';
import { captchaFields, smsCodeField } from './auth';

/** 个人账户密码 until the person sets one (000 ◆个人账户密码设置: 您的初始密码"000000"). */
export const INITIAL_ACCOUNT_PASSWORD = '000000';

const SIX_DIGITS = /^\d{6}$/;
const DIGITS = '0123456789';

/**
 * Why a six-digit 个人账户密码 is too easy to guess, or null when it is not: the initial
 * 000000, one digit six times (111111) and a run up or down (123456, 654321) — the first
 * guesses anyone would try. The server also refuses the last six characters of the person's
 * certificate number, which only it knows.
 */
export function weakAccountPasswordReason(password: string): string | null {
  if (!SIX_DIGITS.test(password)) return null;
  if (password === INITIAL_ACCOUNT_PASSWORD) return '新密码不能为初始密码000000';
  if (new Set(password).size === 1) return '新密码不能为六位相同的数字，如111111';
  const descending = [...DIGITS].reverse().join('');
  if (DIGITS.includes(password) || descending.includes(password)) {
    return '新密码不能为连续的数字，如123456、654321';
  }
  return null;
}

/** 新密码: six digits, not one of the weak ones. */
export const newAccountPasswordField = z
  .string({ message: '请输入新密码' })
  .min(1, '请输入新密码')
  .regex(SIX_DIGITS, '个人账户密码为六位数字')
  .superRefine((value, ctx) => {
    const reason = weakAccountPasswordReason(value);
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  });

/** The current 个人账户密码, typed to prove the person may change the payment settings. */
export const accountPasswordField = z
  .string({ message: '请输入个人账户密码' })
  .min(1, '请输入个人账户密码')
  .regex(SIX_DIGITS, '个人账户密码为六位数字');

/** What the two pages show: 参保人员申报信息 and the account's current settings. */
export const accountSecurityReply = z.object({
  name: z.string(),
  /** dictionary cert-types code */
  certType: z.string(),
  /** masked: first two, five stars, last two */
  certNo: z.string(),
  /** the phone the SMS codes go to, masked */
  phone: z.string(),
  /** still the initial 000000 */
  initialPassword: z.boolean(),
  passwordChangedAt: z.string().nullable(),
  /** 本地就医是否使用免密支付 */
  passwordFreeLocal: z.boolean(),
  /** 异地就医是否使用个人账户支付 */
  remoteUse: z.boolean(),
  /** the pooling region as the warning names it: 北京 for 北京市 */
  regionName: z.string(),
  /** while too many wrong passwords lock the account password */
  lockedUntil: z.string().nullable(),
});
export type AccountSecurityReply = z.infer<typeof accountSecurityReply>;

/** Which of the two pages asks for the SMS code: each code serves its own page only. */
export const accountSmsPurposes = ['password', 'payment'] as const;
export type AccountSmsPurpose = (typeof accountSmsPurposes)[number];

export const accountSmsBody = z.object({
  purpose: z.enum(accountSmsPurposes),
  ...captchaFields,
});
export type AccountSmsBody = z.infer<typeof accountSmsBody>;

export const accountPasswordBody = z
  .object({
    password: newAccountPasswordField,
    confirmPassword: z.string({ message: '请再次输入新密码' }).min(1, '请再次输入新密码'),
    smsCode: smsCodeField,
  })
  .refine((v) => v.password === v.confirmPassword, {
    message: '两次输入的密码不一致',
    path: ['confirmPassword'],
  });
export type AccountPasswordBody = z.infer<typeof accountPasswordBody>;

export const paymentSettingsBody = z.object({
  passwordFreeLocal: z.boolean({ message: '请选择本地就医是否使用免密支付' }),
  remoteUse: z.boolean({ message: '请选择异地就医是否使用个人账户支付' }),
  accountPassword: accountPasswordField,
  smsCode: smsCodeField,
});
export type PaymentSettingsBody = z.infer<typeof paymentSettingsBody>;

/** The guide's warning when 本地就医 uses 免密支付. */
export const PASSWORD_FREE_WARNING =
  '免密支付存在一定的安全风险，请谨慎选择，由此产生的后果由本人承担。';

/** The guide's warning when 异地就医 uses the account; the guide's text names 北京. */
export const remoteUseWarning = (regionName: string) =>
  `非${regionName}统筹区使用个人账户支付，无法使用个人账户密码功能，存在一定的安全风险，请谨慎选择，由此产生的后果由本人承担。`;

export const PASSWORD_CHANGED = '密码修改成功';
export const PAYMENT_SETTINGS_SAVED = '设置免密额度成功';
