import { INITIAL_ACCOUNT_PASSWORD } from '@yibao/contracts';
import { isLocked, loginAttempt, MAX_FAILED_LOGINS } from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { verifyPassword } from '../../lib/passwords';
import { AppError, invalid } from '../../plugins/errors';
import { lockAccount, passwordLockout, savePasswordLockout } from './account-security.repository';

export const securityMessages = {
  noAccount: '您没有职工医保个人账户，不能办理个人账户密码设置和支付权限设置',
  closed: '您的职工医保个人账户已销户，不能办理此业务',
  frozen: '您的职工医保个人账户已冻结，暂不能办理此业务',
  noPhone: '参保人手机号码不存在，无法接收短信验证码。请先补充参保人手机号。',
  sameAsCertNo: '新密码不能与证件号码后六位相同',
  sameAsOld: '新密码不能与原密码相同',
  wrongPassword: (left: number) => `个人账户密码不正确，您还可以尝试${left}次`,
  locked: (minutes: number) =>
    `个人账户密码连续输错${MAX_FAILED_LOGINS}次，已被锁定，请${minutes}分钟后再试`,
};

/**
 * Whether `password` is the account's 个人账户密码. A null hash means the person never set
 * one, so the initial 000000 is the password. No lockout here: see checkPasswordWithLockout.
 */
export async function checkAccountPassword(
  account: { passwordHash: string | null },
  password: string,
): Promise<boolean> {
  if (account.passwordHash === null) {
    const given = Buffer.from(password);
    const initial = Buffer.from(INITIAL_ACCOUNT_PASSWORD);
    return given.length === initial.length && timingSafeEqual(given, initial);
  }
  return verifyPassword(account.passwordHash, password);
}

/**
 * The account password with the login lockout rule (five wrong in a row lock it for ten
 * minutes), wherever it is asked — P18 and a settlement alike, so guesses at a hospital counter
 * count as guesses on the portal. The count changes under the account's row lock and every miss
 * is audited; a wrong or locked password throws.
 */
export async function checkPasswordWithLockout(
  app: FastifyInstance,
  request: FastifyRequest,
  account: { id: number; passwordHash: string | null },
  password: string,
): Promise<void> {
  const at = app.clock.now();
  const lockedError = (until: Date) =>
    new AppError(
      429,
      'RATE_LIMITED',
      securityMessages.locked(Math.max(1, Math.ceil((until.getTime() - at.getTime()) / 60_000))),
      'accountPassword',
    );
  const state = await passwordLockout(app.db, account.id);
  if (isLocked(state, at)) throw lockedError(state.lockedUntil as Date);
  // argon2 outside the transaction: the row lock is held only for the bookkeeping
  const ok = await checkAccountPassword(account, password);
  const outcome = await app.write(request, async (tx, audit) => {
    await lockAccount(tx, account.id);
    const before = await passwordLockout(tx, account.id);
    const result = loginAttempt(before, ok, at);
    await savePasswordLockout(tx, account.id, result.next, at);
    if (result.kind !== 'ok') {
      await audit({
        action:
          result.kind === 'locked'
            ? 'personal-account.password-locked'
            : 'personal-account.password-wrong',
        entity: 'personal-account',
        entityId: account.id,
        before,
        after: result.next,
      });
    }
    return result;
  });
  if (outcome.kind === 'locked') throw lockedError(outcome.until);
  if (outcome.kind === 'wrong-password') {
    throw invalid(securityMessages.wrongPassword(outcome.triesLeft), 'accountPassword');
  }
}
