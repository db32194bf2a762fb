import type { QrRealNameReply, RealNameQrBody } from '@yibao/contracts';
import { maskCertNo, maskName, maskPhone } from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, conflict, forbidden, invalid, notFound } from '../../plugins/errors';
import { enforce } from '../../plugins/rate-limit';
import { advanceTicket, findEvoucher, findTicket, insertTicket } from './evoucher.repository';
import { newQrTicket, qrIpLimit, qrMessages, qrStatusOf, sha256 } from './evoucher.service';
import {
  findAccount,
  findActiveAccountByPerson,
  findPerson,
  lockAccountRow,
  updateAccount,
} from './person-accounts.repository';
import { messages, type PersonAccountsService } from './person-accounts.service';

export const REAL_NAME_QR_METHOD = 'evoucher-qr';

export const qrRealNameMessages = {
  otherPerson: '二维码所示身份与当前电子凭证不一致',
  accountVerified: '该网厅账号已完成实名认证',
  accountGone: '该网厅账号已注销',
};

/**
 * 通过电子医保凭证扫码认证 (004 §三.1 2)): the unverified portal account names an insured person and
 * shows a one-time code; that person, signed in on the mobile channel with an activated
 * e-voucher, confirms it, and the account is verified as them.
 *
 * A person has one verified account at a time (person_accounts_person_uq), and the confirming
 * mobile account is the one that holds the person now: confirming moves the person's real-name
 * from it to the portal account (docs/adr/0004-qr-real-name-moves-the-real-name.md).
 */
export function createQrRealNameService(app: FastifyInstance, accounts: PersonAccountsService) {
  const now = () => app.clock.now();

  /** The real-name ticket of a code, or 二维码无效 for an unknown code or a login code. */
  async function realNameTicket(ticket: string) {
    const t = await findTicket(app.db, sha256(ticket));
    if (!t || t.purpose !== 'real-name' || !t.personId || !t.accountId)
      throw notFound(qrMessages.invalid);
    return { ...t, personId: t.personId, accountId: t.accountId };
  }

  /** The signed-in mobile person, holding an activated e-voucher. */
  async function evoucherHolder(request: FastifyRequest) {
    const personId = request.actor.personId;
    if (!personId) throw forbidden('请先完成实名认证');
    if (!(await findEvoucher(app.db, personId))) throw invalid('请先激活医保电子凭证');
    return personId;
  }

  return {
    /** The portal's 下一步: the identity must be insured; the code is bound to this account. */
    async create(request: FastifyRequest, body: RealNameQrBody) {
      const accountId = Number(request.actor.id);
      await enforce(
        app.db,
        [
          qrIpLimit(request.ip),
          { key: `qr-real-name:account:${accountId}`, limit: 10, windowSeconds: 600 },
        ],
        now(),
        qrMessages.tooMany,
      );
      const person = await accounts.findInsured(body);
      const { ticket, id, expiresAt } = newQrTicket(now());
      await app.write(request, async (tx, audit) => {
        await insertTicket(tx, {
          id,
          purpose: 'real-name',
          personId: person.id,
          accountId,
          createdAt: now(),
          expiresAt,
        });
        await audit({
          action: 'person-account.real-name-qr',
          entity: 'person-account',
          entityId: accountId,
          after: { personId: person.id, expiresAt: expiresAt.toISOString() },
        });
      });
      return { ticket, expiresAt };
    },

    /** What the phone shows before 确认认证: the account and the named person, masked. */
    async describe(request: FastifyRequest, ticket: string): Promise<QrRealNameReply> {
      const t = await realNameTicket(ticket);
      const [person, account] = await Promise.all([
        findPerson(app.db, t.personId),
        findAccount(app.db, t.accountId),
      ]);
      if (!person || !account) throw notFound(qrMessages.invalid);
      return {
        status: qrStatusOf(t, now()).status,
        accountPhone: maskPhone(account.phone),
        maskedName: maskName(person.name),
        certType: person.certType,
        maskedCertNo: maskCertNo(person.certNo),
        samePerson: person.id === request.actor.personId,
      };
    },

    /**
     * The named person confirms on the phone: the ticket is spent, the person's real-name leaves
     * the account that held it (this mobile account) and the portal account takes it, in one
     * transaction with the audit rows.
     */
    async confirm(request: FastifyRequest, ticket: string) {
      const personId = await evoucherHolder(request);
      const t = await realNameTicket(ticket);
      if (t.expiresAt <= now()) throw new AppError(410, 'NOT_FOUND', qrMessages.expired);
      if (t.status !== 'pending') throw conflict(qrMessages.used);
      if (t.personId !== personId) throw forbidden(qrRealNameMessages.otherPerson);
      const mobileAccountId = Number(request.actor.id);

      const outcome = await app.write(request, async (tx, audit) => {
        const target = await lockAccountRow(tx, t.accountId);
        if (!target || target.status !== '正常') return 'account-gone' as const;
        if (target.personId) return 'account-verified' as const;
        const holder = await findActiveAccountByPerson(tx, personId);
        if (holder && holder.id !== mobileAccountId) return 'person-taken' as const;
        const spent = await advanceTicket(tx, t.id, 'pending', {
          status: 'confirmed',
          confirmedAt: now(),
        });
        if (!spent) return 'used' as const;
        if (holder) {
          await updateAccount(tx, holder.id, {
            personId: null,
            realNameMethod: null,
            realNameAt: null,
          });
          await audit({
            action: 'person-account.real-name-moved',
            entity: 'person-account',
            entityId: holder.id,
            before: { personId, method: holder.realNameMethod },
            after: { personId: null, movedTo: target.id },
          });
        }
        await updateAccount(tx, target.id, {
          personId,
          realNameMethod: REAL_NAME_QR_METHOD,
          realNameAt: now(),
        });
        await audit({
          action: 'person-account.real-name',
          entity: 'person-account',
          entityId: target.id,
          before: { personId: null },
          after: { personId, method: REAL_NAME_QR_METHOD, from: holder?.id ?? null },
        });
        return 'done' as const;
      });
      if (outcome === 'account-gone') throw conflict(qrRealNameMessages.accountGone);
      if (outcome === 'account-verified') throw conflict(qrRealNameMessages.accountVerified);
      if (outcome === 'person-taken') throw conflict(messages.personTaken);
      if (outcome === 'used') throw conflict(qrMessages.used);
      const account = await findAccount(app.db, t.accountId);
      return { accountPhone: account ? maskPhone(account.phone) : '' };
    },
  };
}
export type QrRealNameService = ReturnType<typeof createQrRealNameService>;
