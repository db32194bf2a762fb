import { z } from 'zod';

export const staffLoginBody = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(60),
  password: z.string().min(1, '请输入密码').max(200),
});
export type StaffLoginBody = z.infer<typeof staffLoginBody>;

export const sessionReply = z.object({
  actorType: z.string(),
  id: z.string(),
  name: z.string(),
  signInMethod: z.string(),
  regions: z.array(z.string()),
  /** staff roles: clerk, reviewer, admin */
  roles: z.array(z.string()),
  /** staff: the rights their roles grant; '*' for every right */
  rights: z.array(z.string()),
  /** persons: whether real-name verification (实名认证) is done */
  realNameVerified: z.boolean(),
  /** persons: the registered phone, masked */
  phone: z.string(),
});
export type SessionReply = z.infer<typeof sessionReply>;

export const phoneField = z
  .string({ message: '请输入手机号' })
  .trim()
  .regex(/^1[3-9]\d{9}$/, '请输入正确的11位手机号');

/** 004 §二: at least 8 characters with both letters and digits. */
export const newPasswordField = z
  .string({ message: '请输入密码' })
  .min(8, '密码长度至少8位')
  .max(32, '密码长度不能超过32位')
  .regex(/[A-Za-z]/, '密码须同时包含字母和数字')
  .regex(/\d/, '密码须同时包含字母和数字');

/** 弱 / 中 / 强, as the registration page's 密码强度 shows it. */
export function passwordStrength(password: string): '弱' | '中' | '强' | '' {
  if (!password) return '';
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  if (password.length < 8 || kinds < 2) return '弱';
  if (password.length >= 12 && kinds >= 3) return '强';
  return kinds >= 3 ? '强' : '中';
}

export const captchaFields = {
  captchaId: z.string({ message: '请获取图形验证码' }).min(1, '请获取图形验证码'),
  captcha: z.string({ message: '请输入图形验证码' }).trim().min(1, '请输入图形验证码').max(10),
};
export const smsCodeField = z
  .string({ message: '请输入验证码' })
  .trim()
  .regex(/^\d{6}$/, '请输入6位短信验证码');

export const captchaReply = z.object({ id: z.string(), svg: z.string() });

export const smsPurposes = ['register', 'reset-password', 'change-phone'] as const;
export const sendSmsBody = z.object({
  phone: phoneField,
  purpose: z.enum(smsPurposes),
  ...captchaFields,
});
export type SendSmsBody = z.infer<typeof sendSmsBody>;
export const sendSmsReply = z.object({ resendAfterSeconds: z.number() });

const confirmMatches = <T extends { password: string; confirmPassword: string }>(v: T) =>
  v.password === v.confirmPassword;
const confirmIssue = { message: '两次输入的密码不一致', path: ['confirmPassword'] };

export const registerBody = z
  .object({
    phone: phoneField,
    password: newPasswordField,
    confirmPassword: z.string({ message: '请再次输入密码' }).min(1, '请再次输入密码'),
    smsCode: smsCodeField,
    agree: z.literal(true, { message: '请阅读并同意《国家医疗保障局个人注册协议》' }),
  })
  .refine(confirmMatches, confirmIssue);
export type RegisterBody = z.infer<typeof registerBody>;

export const personLoginBody = z.object({
  account: z
    .string({ message: '请输入手机号/居民身份证号码' })
    .trim()
    .min(1, '请输入手机号/居民身份证号码')
    .max(30),
  password: z.string({ message: '请输入密码' }).min(1, '请输入密码').max(200),
  ...captchaFields,
});
export type PersonLoginBody = z.infer<typeof personLoginBody>;

export const resetAccountBody = z.object({ phone: phoneField, ...captchaFields });
export type ResetAccountBody = z.infer<typeof resetAccountBody>;
export const resetPasswordBody = z
  .object({
    phone: phoneField,
    certNo: z.string({ message: '请输入证件号码' }).trim().min(1, '请输入证件号码').max(30),
    password: newPasswordField,
    confirmPassword: z.string({ message: '请再次输入密码' }).min(1, '请再次输入密码'),
    smsCode: smsCodeField,
  })
  .refine(confirmMatches, confirmIssue);
export type ResetPasswordBody = z.infer<typeof resetPasswordBody>;

export const identityFields = {
  name: z.string({ message: '请输入姓名' }).trim().min(1, '请输入姓名').max(50),
  certType: z.string({ message: '请选择证件类型' }).min(2, '请选择证件类型').max(2),
  certNo: z.string({ message: '请输入证件号码' }).trim().min(1, '请输入证件号码').max(30),
};
export const realNameMatchBody = z.object(identityFields);
export const realNameMatchReply = z.object({ maskedPhone: z.string() });
export const realNameSmsBody = z.object({ ...identityFields, phone: phoneField, ...captchaFields });
export type RealNameSmsBody = z.infer<typeof realNameSmsBody>;
export const realNameConfirmBody = z.object({
  ...identityFields,
  phone: phoneField,
  smsCode: smsCodeField,
});
export type RealNameConfirmBody = z.infer<typeof realNameConfirmBody>;
export type RealNameMatchBody = z.infer<typeof realNameMatchBody>;

export const okReply = z.object({ ok: z.literal(true) });

export const securityReply = z.object({
  phone: z.string(),
  realNameVerified: z.boolean(),
  realNameMethod: z.string().nullable(),
  realNameAt: z.string().nullable(),
  /** 安全级别: 高 with a bound phone and real-name verification, 中 with one of them */
  level: z.enum(['高', '中', '低']),
});
export type SecurityReply = z.infer<typeof securityReply>;

export const changePasswordBody = z
  .object({
    oldPassword: z.string({ message: '请输入原密码' }).min(1, '请输入原密码'),
    password: newPasswordField,
    confirmPassword: z.string({ message: '请再次输入密码' }).min(1, '请再次输入密码'),
  })
  .refine(confirmMatches, confirmIssue)
  .refine((v) => v.oldPassword !== v.password, {
    message: '新密码不能与原密码相同',
    path: ['password'],
  });
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;

export const changePhoneBody = z.object({ phone: phoneField, smsCode: smsCodeField });
export type ChangePhoneBody = z.infer<typeof changePhoneBody>;

export const cancelSmsBody = realNameSmsBody;
export const cancelAccountBody = realNameConfirmBody;

/** 医保电子凭证: a six-digit password, set at activation. */
export const evoucherPasswordField = z
  .string({ message: '请输入6位数字密码' })
  .regex(/^\d{6}$/, '医保电子凭证密码为6位数字');
export const activateEvoucherBody = z
  .object({
    password: evoucherPasswordField,
    confirmPassword: z.string({ message: '请再次输入密码' }),
  })
  .refine((v) => v.password === v.confirmPassword, {
    message: '两次输入的密码不一致',
    path: ['confirmPassword'],
  });
export const changeEvoucherPasswordBody = z
  .object({
    oldPassword: z.string({ message: '请输入原密码' }).min(1, '请输入原密码'),
    password: evoucherPasswordField,
    confirmPassword: z.string({ message: '请再次输入密码' }),
  })
  .refine((v) => v.password === v.confirmPassword, {
    message: '两次输入的密码不一致',
    path: ['confirmPassword'],
  });
export const evoucherReply = z.object({
  activated: z.boolean(),
  activatedAt: z.string().nullable(),
  name: z.string(),
  maskedCertNo: z.string(),
});
export type EvoucherReply = z.infer<typeof evoucherReply>;

/** M01: real-name on the mobile channel by social-security card or by e-voucher password. */
export const mobileRealNameBody = z.discriminatedUnion('method', [
  z.object({
    method: z.literal('ss-card'),
    ssCardNo: z
      .string({ message: '请输入社会保障卡卡号' })
      .trim()
      .min(1, '请输入社会保障卡卡号')
      .max(30),
    cardPassword: z
      .string({ message: '请输入社会保障卡密码' })
      .regex(/^\d{6}$/, '社会保障卡密码为6位数字'),
  }),
  z.object({
    method: z.literal('evoucher'),
    ...identityFields,
    evoucherPassword: evoucherPasswordField,
  }),
]);
export type MobileRealNameBody = z.infer<typeof mobileRealNameBody>;

/** M02 重置密码: the same account as the portal, so the portal password changes too. */
export const mobileResetPasswordBody = z
  .object({
    phone: phoneField,
    password: newPasswordField,
    confirmPassword: z.string({ message: '请确认密码' }).min(1, '请确认密码'),
    smsCode: smsCodeField,
    agree: z.literal(true, { message: '请阅读并同意《国家医疗保障局个人注册协议》' }),
  })
  .refine((v) => v.password === v.confirmPassword, {
    message: '两次输入的密码不一致',
    path: ['confirmPassword'],
  });
export type MobileResetPasswordBody = z.infer<typeof mobileResetPasswordBody>;

export const qrTicketReply = z.object({
  ticket: z.string(),
  expiresAt: z.string(),
  url: z.string(),
});
/** login: 扫码登录 (P02); real-name: 通过电子医保凭证扫码认证 (P03). */
export const qrPurposes = ['login', 'real-name'] as const;
export type QrPurpose = (typeof qrPurposes)[number];
export const qrStatusReply = z.object({
  status: z.enum(['pending', 'confirmed', 'used', 'expired']),
  purpose: z.enum(qrPurposes),
});
export const qrTicketParam = z.object({
  ticket: z.string().regex(/^[A-Za-z0-9_-]{20,80}$/, '二维码无效'),
});

/** 通过电子医保凭证扫码认证, the portal's side: the identity to verify the account as. */
export const realNameQrBody = z.object(identityFields);
export type RealNameQrBody = z.infer<typeof realNameQrBody>;

/** 扫码认证, the phone's side: what the code asks to confirm, masked. */
export const qrRealNameReply = z.object({
  status: z.enum(['pending', 'confirmed', 'used', 'expired']),
  /** the portal account to verify: its phone, masked */
  accountPhone: z.string(),
  maskedName: z.string(),
  certType: z.string(),
  maskedCertNo: z.string(),
  /** whether the code names the person signed in here (only that person may confirm) */
  samePerson: z.boolean(),
});
export type QrRealNameReply = z.infer<typeof qrRealNameReply>;
