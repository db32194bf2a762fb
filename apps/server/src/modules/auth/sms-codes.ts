import { and, desc, eq, isNull, smsCodes, sql, type Executor } from '@yibao/db';
import { createHash, randomInt } from 'node:crypto';
import { invalid } from '../../plugins/errors';

export const SMS_CODE_TTL_MS = 5 * 60_000;
export const SMS_CODE_MAX_TRIES = 5;
export const SMS_RESEND_SECONDS = 60;

export type SmsPurpose =
  | 'register'
  | 'real-name'
  | 'reset-password'
  | 'change-phone'
  | 'cancel-account'
  | 'unit-register'
  | 'account-password'
  | 'account-payment';

const purposeText: Record<SmsPurpose, string> = {
  register: '用户注册',
  'real-name': '实名认证',
  'reset-password': '找回密码',
  'change-phone': '修改绑定手机',
  'cancel-account': '账户注销',
  'unit-register': '单位经办人注册',
  'account-password': '个人账户密码设置',
  'account-payment': '个人账户支付权限设置',
};

const hashCode = (phone: string, code: string) =>
  createHash('sha256').update(`${phone}:${code}`).digest('hex');

/** A fresh six-digit code; the returned text is what the SMS says. */
export async function issueSmsCode(db: Executor, phone: string, purpose: SmsPurpose, now: Date) {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await db.insert(smsCodes).values({
    phone,
    purpose,
    codeHash: hashCode(phone, code),
    createdAt: now,
    expiresAt: new Date(now.getTime() + SMS_CODE_TTL_MS),
  });
  const text = `您正在进行${purposeText[purpose]}，验证码为${code}，5分钟内有效。请勿将验证码告知他人。`;
  return { code, text };
}

/**
 * Checks the newest code sent to this phone for this purpose: five tries, five minutes, once.
 * Runs on its own (not inside the caller's transaction) so a failed try is counted even when
 * the caller's work is rolled back.
 */
export async function consumeSmsCode(
  db: Executor,
  phone: string,
  purpose: SmsPurpose,
  code: string,
  now: Date,
  field = 'smsCode',
): Promise<void> {
  const [row] = await db
    .select()
    .from(smsCodes)
    .where(
      and(eq(smsCodes.phone, phone), eq(smsCodes.purpose, purpose), isNull(smsCodes.consumedAt)),
    )
    .orderBy(desc(smsCodes.createdAt), desc(smsCodes.id))
    .limit(1);
  if (!row) throw invalid('请先获取短信验证码', field);
  if (row.expiresAt <= now) throw invalid('短信验证码已过期，请重新获取', field);
  if (row.attempts >= SMS_CODE_MAX_TRIES) throw invalid('验证码错误次数过多，请重新获取', field);
  if (row.codeHash !== hashCode(phone, code.trim())) {
    await db
      .update(smsCodes)
      .set({ attempts: sql`${smsCodes.attempts} + 1` })
      .where(eq(smsCodes.id, row.id));
    throw invalid('短信验证码不正确', field);
  }
  const used = await db
    .update(smsCodes)
    .set({ consumedAt: now })
    .where(and(eq(smsCodes.id, row.id), isNull(smsCodes.consumedAt)))
    .returning({ id: smsCodes.id });
  if (used.length === 0) throw invalid('请先获取短信验证码', field);
}
