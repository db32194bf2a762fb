import type {
  MobileResetPasswordBody,
  PersonLoginBody,
  RealNameConfirmBody,
  RealNameMatchBody,
  RealNameSmsBody,
  RegisterBody,
  ResetAccountBody,
  ResetPasswordBody,
  SendSmsBody,
} from '@yibao/contracts';
import { beijingDateOf, maskPhone, validateCertNo } from '@yibao/domain';
import { isUniqueViolation } from '@yibao/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hashPassword } from '../../lib/passwords';
import type { Actor } from '../../plugins/context';
import { conflict, invalid, notFound, unauthenticated } from '../../plugins/errors';
import { enforce } from '../../plugins/rate-limit';
import { revokeSessionsOf } from '../../plugins/session';
import { consumeCaptcha } from './captcha';
import { passwordLogin } from './password-login';
import {
  findActiveAccountByPerson,
  findActiveAccountByPhone,
  findPerson,
  findPersonByCert,
  findPersonByIdCard,
  insertAccount,
  lockAccountRow,
  updateAccount,
  type PersonAccountRow,
} from './person-accounts.repository';
import { consumeSmsCode, issueSmsCode, SMS_RESEND_SECONDS, type SmsPurpose } from './sms-codes';

export const messages = {
  notRegistered: '该账号未注册，请先注册',
  phoneTaken: '该手机号已注册，请直接登录',
  notInsured: '参保信息不存在，暂时无法认证',
  noInsuredPhone: '参保人手机号码不存在。请参考“变更参保人手机号说明”，补充参保人手机号。',
  phoneMismatch: '手机号与医保系统中登记的参保人手机号不一致',
  personTaken: '该参保人已被其他账号实名认证',
  certMismatch: '证件号码与实名认证信息不一致',
};

const isPhone = (s: string) => /^1[3-9]\d{9}$/.test(s);

/** Personal accounts (004 §二–§四): register, log in with lockout, find the password, real-name. */
export function createPersonAccountsService(app: FastifyInstance) {
  const now = () => app.clock.now();

  /** Records an event in its own transaction, so it survives the error the caller throws next. */
  const auditAlone = (
    request: FastifyRequest,
    actor: Actor | null,
    action: string,
    entityId: number | null,
    after?: unknown,
  ) =>
    app.write(actor ? { actor, requestId: request.id, ip: request.ip } : request, (_tx, audit) =>
      audit({ action, entity: 'person-account', entityId, after }),
    );

  /**
   * The insured person the identity fields name: a certificate number that fails its check is a
   * field error; an identity the registry does not hold (in force) is the guide's outcome 3.
   */
  async function findInsured(body: RealNameMatchBody) {
    const checked = validateCertNo(body.certType, body.certNo, beijingDateOf(now()));
    if (!checked.ok) throw invalid(checked.message, 'certNo');
    const person = await findPersonByCert(app.db, body.certType, checked.normalized);
    if (!person || person.name !== body.name.trim() || person.status !== '正常') {
      throw notFound(messages.notInsured);
    }
    return person;
  }

  /** 通过手机号认证 also needs the insured phone: the guide's outcome 2 without it. */
  async function matchInsured(body: RealNameMatchBody) {
    const person = await findInsured(body);
    if (!person.phone) throw conflict(messages.noInsuredPhone, 'certNo');
    return person;
  }

  async function sendCode(
    request: FastifyRequest,
    phone: string,
    purpose: SmsPurpose,
    personId: number | null,
  ) {
    const at = now();
    await enforce(
      app.db,
      [{ key: `sms:phone:${phone}:${purpose}`, limit: 1, windowSeconds: SMS_RESEND_SECONDS }],
      at,
      `验证码发送过于频繁，请${SMS_RESEND_SECONDS}秒后再试`,
    );
    await enforce(
      app.db,
      [
        { key: `sms:day:${phone}`, limit: 10, windowSeconds: 86_400 },
        { key: `sms:ip:${request.ip}`, limit: 30, windowSeconds: 3600 },
      ],
      at,
    );
    await app.write(request, async (tx, audit) => {
      const { code, text } = await issueSmsCode(tx, phone, purpose, at);
      await app.notifications.sendSms(tx, { phone, text, code, personId });
      await audit({
        action: 'sms.send',
        entity: 'sms-code',
        entityId: null,
        after: { phone: maskPhone(phone), purpose },
      });
    });
    return { resendAfterSeconds: SMS_RESEND_SECONDS };
  }

  return {
    sendCodeTo: sendCode,
    findInsured,

    /** 获取验证码 for registration, password reset and a new bound phone. */
    async sendSms(request: FastifyRequest, body: SendSmsBody) {
      await consumeCaptcha(app.db, body.captchaId, body.captcha, now());
      const account = await findActiveAccountByPhone(app.db, body.phone);
      if (body.purpose === 'register' && account) throw conflict(messages.phoneTaken, 'phone');
      if (body.purpose === 'change-phone' && account)
        throw conflict('该手机号已被其他账号绑定', 'phone');
      if (body.purpose === 'reset-password' && !account)
        throw invalid(messages.notRegistered, 'phone');
      return sendCode(request, body.phone, body.purpose, account?.personId ?? null);
    },

    async register(request: FastifyRequest, body: RegisterBody) {
      if (await findActiveAccountByPhone(app.db, body.phone))
        throw conflict(messages.phoneTaken, 'phone');
      await consumeSmsCode(app.db, body.phone, 'register', body.smsCode, now());
      const passwordHash = await hashPassword(body.password);
      try {
        return await app.write(request, async (tx, audit) => {
          const account = await insertAccount(tx, {
            phone: body.phone,
            passwordHash,
            createdAt: now(),
          });
          await audit({
            action: 'person-account.register',
            entity: 'person-account',
            entityId: account.id,
            after: { phone: maskPhone(body.phone) },
          });
          return account;
        });
      } catch (err) {
        // two registrations of one phone at once: the partial unique index decides
        if (isUniqueViolation(err)) throw conflict(messages.phoneTaken, 'phone');
        throw err;
      }
    },

    /** Phone or 居民身份证号码 + password + captcha; five failures lock the account for ten minutes. */
    async login(request: FastifyRequest, body: PersonLoginBody): Promise<PersonAccountRow> {
      const at = now();
      await enforce(app.db, [{ key: `login:ip:${request.ip}`, limit: 60, windowSeconds: 60 }], at);
      await consumeCaptcha(app.db, body.captchaId, body.captcha, at);
      const account = isPhone(body.account)
        ? await findActiveAccountByPhone(app.db, body.account)
        : await findPersonByIdCard(app.db, body.account).then((p) =>
            p ? findActiveAccountByPerson(app.db, p.id) : null,
          );
      if (!account) {
        await auditAlone(request, null, 'auth.login-failed', null, {
          account: maskPhone(body.account),
          reason: 'not-registered',
        });
        throw unauthenticated(messages.notRegistered);
      }
      await passwordLogin(app, request, {
        entity: 'person-account',
        account,
        password: body.password,
        actor: { type: 'person', id: String(account.id), name: maskPhone(account.phone) },
        lockRow: lockAccountRow,
        saveState: (tx, id, state) => updateAccount(tx, id, state),
      });
      return account;
    },

    /** 找回密码 step 1 (填写账号): the phone must be a registered, real-name verified account. */
    async checkResetAccount(body: ResetAccountBody) {
      await consumeCaptcha(app.db, body.captchaId, body.captcha, now());
      const account = await findActiveAccountByPhone(app.db, body.phone);
      if (!account) throw invalid(messages.notRegistered, 'phone');
      return { phone: body.phone };
    },

    /** 找回密码 step 2 (验证身份): certificate number of the real-name check, SMS code, new password. */
    async resetPassword(request: FastifyRequest, body: ResetPasswordBody) {
      const account = await findActiveAccountByPhone(app.db, body.phone);
      if (!account) throw invalid(messages.notRegistered, 'phone');
      const person = account.personId ? await findPerson(app.db, account.personId) : null;
      if (!person || person.certNo !== body.certNo.trim().toUpperCase())
        throw invalid(messages.certMismatch, 'certNo');
      await consumeSmsCode(app.db, body.phone, 'reset-password', body.smsCode, now());
      const passwordHash = await hashPassword(body.password);
      await app.write(request, async (tx, audit) => {
        await updateAccount(tx, account.id, {
          passwordHash,
          passwordChangedAt: now(),
          failedLogins: 0,
          lockedUntil: null,
        });
        await revokeSessionsOf(tx, 'person', String(account.id), now());
        await audit({
          action: 'person-account.reset-password',
          entity: 'person-account',
          entityId: account.id,
        });
      });
    },

    /** M02 重置密码 on the mobile channel: phone and SMS code; the portal password changes too. */
    async resetPasswordByPhone(request: FastifyRequest, body: MobileResetPasswordBody) {
      const account = await findActiveAccountByPhone(app.db, body.phone);
      if (!account) throw invalid(messages.notRegistered, 'phone');
      await consumeSmsCode(app.db, body.phone, 'reset-password', body.smsCode, now());
      const passwordHash = await hashPassword(body.password);
      await app.write(request, async (tx, audit) => {
        await updateAccount(tx, account.id, {
          passwordHash,
          passwordChangedAt: now(),
          failedLogins: 0,
          lockedUntil: null,
        });
        await revokeSessionsOf(tx, 'person', String(account.id), now());
        await audit({
          action: 'person-account.reset-password',
          entity: 'person-account',
          entityId: account.id,
          after: { channel: 'mobile' },
        });
      });
    },

    /** 实名认证 step 1: the three outcomes of 004 §三.1. */
    async matchRealName(body: RealNameMatchBody) {
      const person = await matchInsured(body);
      return { maskedPhone: maskPhone(person.phone) };
    },

    /** Sends the code to the phone registered for the insured person (the person types it in full). */
    async sendRealNameSms(request: FastifyRequest, body: RealNameSmsBody) {
      await consumeCaptcha(app.db, body.captchaId, body.captcha, now());
      const person = await matchInsured(body);
      if (person.phone !== body.phone) throw invalid(messages.phoneMismatch, 'phone');
      return sendCode(request, person.phone, 'real-name', person.id);
    },

    async confirmRealName(request: FastifyRequest, body: RealNameConfirmBody) {
      const accountId = Number(request.actor.id);
      const person = await matchInsured(body);
      if (person.phone !== body.phone) throw invalid(messages.phoneMismatch, 'phone');
      const holder = await findActiveAccountByPerson(app.db, person.id);
      if (holder && holder.id !== accountId) throw conflict(messages.personTaken, 'certNo');
      await consumeSmsCode(app.db, person.phone, 'real-name', body.smsCode, now());
      await app.write(request, async (tx, audit) => {
        await updateAccount(tx, accountId, {
          personId: person.id,
          realNameMethod: 'phone',
          realNameAt: now(),
        });
        await audit({
          action: 'person-account.real-name',
          entity: 'person-account',
          entityId: accountId,
          after: { personId: person.id, method: 'phone' },
        });
      });
      return { name: person.name };
    },
  };
}
export type PersonAccountsService = ReturnType<typeof createPersonAccountsService>;
