import type { EvoucherReply, MobileRealNameBody } from '@yibao/contracts';
import { maskCertNo } from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createHash, randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from '../../lib/passwords';
import { AppError, conflict, forbidden, invalid, notFound } from '../../plugins/errors';
import { enforce } from '../../plugins/rate-limit';
import {
  advanceTicket,
  findEvoucher,
  findPersonBySsCard,
  findTicket,
  insertEvoucher,
  insertTicket,
  updateEvoucher,
  type QrTicketRow,
} from './evoucher.repository';
import {
  findActiveAccountByPerson,
  findPerson,
  findPersonByCert,
  updateAccount,
} from './person-accounts.repository';
import { messages } from './person-accounts.service';

export const QR_TTL_MS = 2 * 60_000;
export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const qrMessages = {
  invalid: '二维码无效',
  expired: '二维码已失效，请刷新后重新扫码',
  used: '二维码已被使用，请刷新后重新扫码',
  tooMany: '二维码获取过于频繁，请稍后再试',
};
/** Ticket requests of one address: a page asks for a new code every two minutes at most. */
export const qrIpLimit = (ip: string) => ({ key: `qr:ip:${ip}`, limit: 60, windowSeconds: 600 });
/** A fresh ticket for a QR code: the secret in the code and the row id (its hash). */
export function newQrTicket(now: Date) {
  const ticket = randomBytes(24).toString('base64url');
  return { ticket, id: sha256(ticket), expiresAt: new Date(now.getTime() + QR_TTL_MS) };
}
/** A ticket's status and purpose as the pages see them; `expired` once its time is up. */
export function qrStatusOf(t: QrTicketRow, now: Date) {
  return {
    status:
      t.status === 'pending' && t.expiresAt <= now
        ? ('expired' as const)
        : (t.status as 'pending' | 'confirmed' | 'used'),
    purpose: t.purpose === 'real-name' ? ('real-name' as const) : ('login' as const),
  };
}

/** 医保电子凭证 (M09), real-name on the mobile channel (M01) and 扫码登录 with it (P02). */
export function createEvoucherService(app: FastifyInstance) {
  const now = () => app.clock.now();
  const personIdOf = (request: FastifyRequest) => {
    if (!request.actor.personId) throw forbidden('请先完成实名认证');
    return request.actor.personId;
  };
  const guessLimit = (request: FastifyRequest, what: string) =>
    enforce(
      app.db,
      [{ key: `${what}:account:${request.actor.id}`, limit: 5, windowSeconds: 600 }],
      now(),
      '密码错误次数过多，请10分钟后再试',
    );

  /** Links the signed-in account to a person proved by card or e-voucher. */
  async function link(request: FastifyRequest, personId: number, method: string) {
    const holder = await findActiveAccountByPerson(app.db, personId);
    if (holder && String(holder.id) !== request.actor.id) throw conflict(messages.personTaken);
    await app.write(request, async (tx, audit) => {
      await updateAccount(tx, Number(request.actor.id), {
        personId,
        realNameMethod: method,
        realNameAt: now(),
      });
      await audit({
        action: 'person-account.real-name',
        entity: 'person-account',
        entityId: request.actor.id,
        after: { personId, method },
      });
    });
    const person = await findPerson(app.db, personId);
    return { name: person?.name ?? '' };
  }

  const expired = (t: QrTicketRow) => t.expiresAt <= now();

  return {
    async status(request: FastifyRequest): Promise<EvoucherReply> {
      const person = await findPerson(app.db, personIdOf(request));
      if (!person) throw notFound();
      const ev = await findEvoucher(app.db, person.id);
      return {
        activated: !!ev,
        activatedAt: ev ? ev.activatedAt.toISOString() : null,
        name: person.name,
        maskedCertNo: maskCertNo(person.certNo),
      };
    },

    async activate(request: FastifyRequest, password: string) {
      const personId = personIdOf(request);
      if (await findEvoucher(app.db, personId)) throw conflict('医保电子凭证已激活');
      const passwordHash = await hashPassword(password);
      await app.write(request, async (tx, audit) => {
        await insertEvoucher(tx, { personId, passwordHash, activatedAt: now() });
        await audit({ action: 'evoucher.activate', entity: 'person', entityId: personId });
      });
    },

    async changePassword(request: FastifyRequest, oldPassword: string, password: string) {
      const personId = personIdOf(request);
      const ev = await findEvoucher(app.db, personId);
      if (!ev) throw invalid('请先激活医保电子凭证');
      await guessLimit(request, 'evoucher');
      if (!(await verifyPassword(ev.passwordHash, oldPassword)))
        throw invalid('原密码不正确', 'oldPassword');
      const passwordHash = await hashPassword(password);
      await app.write(request, async (tx, audit) => {
        await updateEvoucher(tx, personId, { passwordHash, passwordChangedAt: now() });
        await audit({ action: 'evoucher.change-password', entity: 'person', entityId: personId });
      });
    },

    /** M01 实名认证: 社会保障卡 number and card password, or the e-voucher password. */
    async mobileRealName(request: FastifyRequest, body: MobileRealNameBody) {
      await guessLimit(request, 'real-name');
      if (body.method === 'ss-card') {
        const person = await findPersonBySsCard(app.db, body.ssCardNo.trim());
        const ok =
          !!person?.ssCardPasswordHash &&
          (await verifyPassword(person.ssCardPasswordHash, body.cardPassword));
        if (!person || !ok) throw invalid('社会保障卡卡号或密码不正确', 'cardPassword');
        return link(request, person.id, 'ss-card');
      }
      const person = await findPersonByCert(
        app.db,
        body.certType,
        body.certNo.trim().toUpperCase(),
      );
      if (!person || person.name !== body.name.trim()) throw notFound(messages.notInsured);
      const ev = await findEvoucher(app.db, person.id);
      if (!ev) throw invalid('该参保人尚未激活医保电子凭证，请选择社保卡认证', 'evoucherPassword');
      if (!(await verifyPassword(ev.passwordHash, body.evoucherPassword)))
        throw invalid('医保电子凭证密码不正确', 'evoucherPassword');
      return link(request, person.id, 'evoucher');
    },

    /** The portal asks for a QR ticket; the nonce cookie binds it to this browser. */
    async createTicket(request: FastifyRequest) {
      await enforce(app.db, [qrIpLimit(request.ip)], now(), qrMessages.tooMany);
      const { ticket, id, expiresAt } = newQrTicket(now());
      const nonce = randomBytes(24).toString('base64url');
      await insertTicket(app.db, {
        id,
        purpose: 'login',
        nonceHash: sha256(nonce),
        createdAt: now(),
        expiresAt,
      });
      return { ticket, nonce, expiresAt };
    },

    async ticketStatus(ticket: string) {
      const t = await findTicket(app.db, sha256(ticket));
      if (!t) throw notFound(qrMessages.invalid);
      return qrStatusOf(t, now());
    },

    /** The mobile user, verified and with an active e-voucher, confirms the portal login. */
    async confirmTicket(request: FastifyRequest, ticket: string) {
      const personId = personIdOf(request);
      if (!(await findEvoucher(app.db, personId))) throw invalid('请先激活医保电子凭证');
      const t = await findTicket(app.db, sha256(ticket));
      if (t && t.purpose !== 'login') throw invalid('该二维码用于实名认证，请在实名认证页面确认');
      if (!t || expired(t)) throw new AppError(410, 'NOT_FOUND', qrMessages.expired);
      const done = await app.write(request, async (tx, audit) => {
        const row = await advanceTicket(tx, t.id, 'pending', {
          status: 'confirmed',
          personId,
          confirmedAt: now(),
        });
        if (row) await audit({ action: 'auth.qr-confirm', entity: 'person', entityId: personId });
        return row;
      });
      if (!done) throw conflict(qrMessages.used);
    },

    /** The browser that showed the QR code signs in as the confirming person's account, once. */
    async redeemTicket(ticket: string, nonce: string | undefined) {
      const t = await findTicket(app.db, sha256(ticket));
      if (!t || t.purpose !== 'login' || !nonce || t.nonceHash !== sha256(nonce))
        throw forbidden(qrMessages.invalid);
      if (t.status !== 'confirmed' || !t.personId) throw conflict('请先在手机上确认登录');
      const used = await advanceTicket(app.db, t.id, 'confirmed', {
        status: 'used',
        usedAt: now(),
      });
      if (!used?.personId) throw conflict(qrMessages.used);
      const account = await findActiveAccountByPerson(app.db, used.personId);
      if (!account) throw notFound(messages.notRegistered);
      return account;
    },
  };
}
export type EvoucherService = ReturnType<typeof createEvoucherService>;
