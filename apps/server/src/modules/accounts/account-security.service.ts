import type {
  AccountPasswordBody,
  AccountSecurityReply,
  AccountSmsBody,
  AccountSmsPurpose,
  PaymentSettingsBody,
} from '@yibao/contracts';
import { isLocked, maskCertNo, maskPhone } from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hashPassword, verifyPassword } from '../../lib/passwords';
import { conflict, forbidden, invalid, notFound } from '../../plugins/errors';
import { enforce } from '../../plugins/rate-limit';
import {
  consumeCaptcha,
  consumeSmsCode,
  createPersonAccountsService,
  type SmsPurpose,
} from '../auth';
import { checkPasswordWithLockout, securityMessages } from './account-security';
import {
  lockAccount,
  passwordLockout,
  savePasswordLockout,
  securityOfPerson,
  updateAccountSecurity,
  writeAccountHistory,
  type AccountSecurityRow,
} from './account-security.repository';

const smsPurpose: Record<AccountSmsPurpose, SmsPurpose> = {
  password: 'account-password',
  payment: 'account-payment',
};

/** 北京市 → 北京, as the guide's 非北京统筹区 names it. */
const shortRegionName = (name: string | null) => (name ?? '').replace(/市$/, '') || '参保地';

/**
 * 个人账户密码设置 (P17) and 个人账户支付权限设置 (P18): both confirmed in the 个人账户密码权限验证
 * dialog by an SMS code to the insured person's phone (the captcha guards sending it); P18 also
 * asks for the account password, whose wrong guesses lock it as wrong logins lock an account.
 */
export function createAccountSecurityService(app: FastifyInstance) {
  const now = () => app.clock.now();
  const sms = createPersonAccountsService(app);

  async function own(request: FastifyRequest): Promise<AccountSecurityRow> {
    const personId = request.actor.personId;
    if (!personId) throw forbidden('请先完成实名认证');
    const row = await securityOfPerson(app.db, personId);
    // 404, not 403: the person may use the page, there is just no account behind it
    if (!row) throw notFound(securityMessages.noAccount);
    if (row.status === '销户') throw conflict(securityMessages.closed);
    if (row.status === '冻结') throw conflict(securityMessages.frozen);
    return row;
  }

  /** A ceiling on submissions per account against scripted tries; a person needs a handful. */
  const limitSubmissions = (accountId: number) =>
    enforce(
      app.db,
      [{ key: `account-security:submit:${accountId}`, limit: 30, windowSeconds: 3600 }],
      now(),
    );

  return {
    async view(request: FastifyRequest): Promise<AccountSecurityReply> {
      const row = await own(request);
      const lock = await passwordLockout(app.db, row.id);
      return {
        name: row.name,
        certType: row.certType,
        certNo: maskCertNo(row.certNo),
        phone: maskPhone(row.phone),
        initialPassword: row.passwordHash === null,
        passwordChangedAt: row.passwordChangedAt?.toISOString() ?? null,
        passwordFreeLocal: row.passwordFreeLocal,
        remoteUse: row.remoteUse,
        regionName: shortRegionName(row.regionName),
        lockedUntil: isLocked(lock, now()) ? (lock.lockedUntil as Date).toISOString() : null,
      };
    },

    /** 获取 in the dialog: the captcha first, then a code to the insured person's phone. */
    async sendSms(request: FastifyRequest, body: AccountSmsBody) {
      await consumeCaptcha(app.db, body.captchaId, body.captcha, now());
      const row = await own(request);
      if (!row.phone) throw conflict(securityMessages.noPhone);
      return sms.sendCodeTo(request, row.phone, smsPurpose[body.purpose], row.personId);
    },

    /** P17: a new six-digit password instead of the initial or the current one. */
    async changePassword(request: FastifyRequest, body: AccountPasswordBody) {
      const row = await own(request);
      await limitSubmissions(row.id);
      if (row.certNo.slice(-6) === body.password)
        throw invalid(securityMessages.sameAsCertNo, 'password');
      if (row.passwordHash && (await verifyPassword(row.passwordHash, body.password)))
        throw invalid(securityMessages.sameAsOld, 'password');
      await consumeSmsCode(app.db, row.phone, 'account-password', body.smsCode, now());
      const passwordHash = await hashPassword(body.password);
      const at = now();
      await app.write(request, async (tx, audit) => {
        await lockAccount(tx, row.id);
        await updateAccountSecurity(tx, row.id, { passwordHash, passwordChangedAt: at });
        // the SMS check proved the person: a lock from wrong guesses ends with the new password
        await savePasswordLockout(tx, row.id, { failedLogins: 0, lockedUntil: null }, at);
        const before = { initialPassword: row.passwordHash === null };
        const after = { initialPassword: false, passwordChangedAt: at.toISOString() };
        await writeAccountHistory(tx, {
          accountId: row.id,
          action: 'password-reset',
          before,
          after,
          actorType: request.actor.type,
          actorId: request.actor.id,
          at,
        });
        await audit({
          action: 'personal-account.password-reset',
          entity: 'personal-account',
          entityId: row.id,
          regionCode: row.regionCode,
          before,
          after,
        });
      });
    },

    /** P18: 本地就医免密支付 and 异地就医使用个人账户支付, with the account password. */
    async savePaymentSettings(request: FastifyRequest, body: PaymentSettingsBody) {
      const row = await own(request);
      await limitSubmissions(row.id);
      await checkPasswordWithLockout(app, request, row, body.accountPassword);
      await consumeSmsCode(app.db, row.phone, 'account-payment', body.smsCode, now());
      const before = { passwordFreeLocal: row.passwordFreeLocal, remoteUse: row.remoteUse };
      const after = { passwordFreeLocal: body.passwordFreeLocal, remoteUse: body.remoteUse };
      const at = now();
      await app.write(request, async (tx, audit) => {
        await lockAccount(tx, row.id);
        await updateAccountSecurity(tx, row.id, after);
        await writeAccountHistory(tx, {
          accountId: row.id,
          action: 'payment-settings',
          before,
          after,
          actorType: request.actor.type,
          actorId: request.actor.id,
          at,
        });
        await audit({
          action: 'personal-account.payment-settings',
          entity: 'personal-account',
          entityId: row.id,
          regionCode: row.regionCode,
          before,
          after,
        });
      });
    },
  };
}

export type AccountSecurityService = ReturnType<typeof createAccountSecurityService>;
