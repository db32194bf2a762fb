import type {
  ChangePasswordBody,
  ChangePhoneBody,
  RealNameConfirmBody,
  RealNameSmsBody,
  SecurityReply,
} from '@yibao/contracts';
import { maskPhone } from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hashPassword, verifyPassword } from '../../lib/passwords';
import { conflict, invalid, notFound, unauthenticated } from '../../plugins/errors';
import { revokeSessionsOf, revokeOtherSessions } from '../../plugins/session';
import { consumeCaptcha } from './captcha';
import {
  findAccount,
  findActiveAccountByPhone,
  findPersonByCert,
  updateAccount,
} from './person-accounts.repository';
import { messages, type PersonAccountsService } from './person-accounts.service';
import { consumeSmsCode } from './sms-codes';

/** 个人中心 (004 §三.3): 安全级别, 修改登录密码, 修改绑定手机, 账户注销. */
export function createPersonCentreService(app: FastifyInstance, accounts: PersonAccountsService) {
  const now = () => app.clock.now();
  const accountOf = async (request: FastifyRequest) => {
    const account = await findAccount(app.db, Number(request.actor.id));
    if (!account || account.status !== '正常') throw unauthenticated();
    return account;
  };

  /** The account's own person, checked again by name and certificate (账户注销 asks for it). */
  async function ownPerson(request: FastifyRequest, body: RealNameSmsBody | RealNameConfirmBody) {
    const person = await findPersonByCert(app.db, body.certType, body.certNo.trim().toUpperCase());
    if (!person || person.name !== body.name.trim() || person.id !== request.actor.personId) {
      throw notFound(messages.notInsured);
    }
    if (!person.phone) throw conflict(messages.noInsuredPhone, 'certNo');
    if (person.phone !== body.phone) throw invalid(messages.phoneMismatch, 'phone');
    return person;
  }

  return {
    async security(request: FastifyRequest): Promise<SecurityReply> {
      const a = await accountOf(request);
      const verified = !!a.personId;
      return {
        phone: maskPhone(a.phone),
        realNameVerified: verified,
        realNameMethod: a.realNameMethod,
        realNameAt: a.realNameAt ? a.realNameAt.toISOString() : null,
        level: verified ? '高' : '中',
      };
    },

    /** Keeps this session and ends every other one. */
    async changePassword(request: FastifyRequest, body: ChangePasswordBody) {
      const a = await accountOf(request);
      if (!(await verifyPassword(a.passwordHash, body.oldPassword)))
        throw invalid('原密码不正确', 'oldPassword');
      const passwordHash = await hashPassword(body.password);
      await app.write(request, async (tx, audit) => {
        await updateAccount(tx, a.id, { passwordHash, passwordChangedAt: now() });
        await revokeOtherSessions(tx, 'person', String(a.id), request.sessionId, now());
        await audit({
          action: 'person-account.change-password',
          entity: 'person-account',
          entityId: a.id,
        });
      });
    },

    async changePhone(request: FastifyRequest, body: ChangePhoneBody) {
      const a = await accountOf(request);
      if (body.phone === a.phone) throw invalid('新手机号与当前绑定手机相同', 'phone');
      if (await findActiveAccountByPhone(app.db, body.phone))
        throw conflict('该手机号已被其他账号绑定', 'phone');
      await consumeSmsCode(app.db, body.phone, 'change-phone', body.smsCode, now());
      await app.write(request, async (tx, audit) => {
        await updateAccount(tx, a.id, { phone: body.phone });
        await audit({
          action: 'person-account.change-phone',
          entity: 'person-account',
          entityId: a.id,
          before: { phone: maskPhone(a.phone) },
          after: { phone: maskPhone(body.phone) },
        });
      });
    },

    /** 账户注销 step 2: a fresh real-name check by SMS to the insured phone. */
    async sendCancelSms(request: FastifyRequest, body: RealNameSmsBody) {
      await consumeCaptcha(app.db, body.captchaId, body.captcha, now());
      const person = await ownPerson(request, body);
      return accounts.sendCodeTo(request, person.phone, 'cancel-account', person.id);
    },

    /** The login goes; the person stays insured and may register again. */
    async cancel(request: FastifyRequest, body: RealNameConfirmBody) {
      const a = await accountOf(request);
      const person = await ownPerson(request, body);
      await consumeSmsCode(app.db, person.phone, 'cancel-account', body.smsCode, now());
      await app.write(request, async (tx, audit) => {
        await updateAccount(tx, a.id, { status: '已注销', cancelledAt: now() });
        await revokeSessionsOf(tx, 'person', String(a.id), now());
        await audit({ action: 'person-account.cancel', entity: 'person-account', entityId: a.id });
      });
    },
  };
}
