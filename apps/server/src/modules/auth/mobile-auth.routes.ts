import {
  activateEvoucherBody,
  changeEvoucherPasswordBody,
  evoucherReply,
  mobileRealNameBody,
  mobileResetPasswordBody,
  okReply,
  qrRealNameReply,
  qrStatusReply,
  qrTicketParam,
  qrTicketReply,
  realNameQrBody,
  sessionReply,
} from '@yibao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePerson } from '../../plugins/session';
import { signIn } from './auth.routes';
import { createEvoucherService } from './evoucher.service';
import { createPersonAccountsService } from './person-accounts.service';
import { createQrRealNameService } from './qr-real-name.service';

const tags = ['auth'];
const QR_COOKIE = 'yb_qr';

/** The link a QR code holds: the mobile channel's confirmation page of the ticket. */
const qrLink = (request: FastifyRequest, ticket: string) =>
  `${request.protocol}://${request.host}/m/qr/${ticket}`;

/**
 * 智慧医保 accounts (003 ch. 1), 医保电子凭证 (M09), the portal's 扫码登录 (P02) and its
 * 通过电子医保凭证扫码认证 (P03).
 */
export async function mobileAuthRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const evoucher = createEvoucherService(fastify);
  const accounts = createPersonAccountsService(fastify);
  const qrRealName = createQrRealNameService(fastify, accounts);
  const verified = requirePerson('verified');

  app.get(
    '/api/evoucher',
    {
      preValidation: verified,
      schema: { tags, summary: '医保电子凭证状态', response: { 200: evoucherReply } },
    },
    async (request) => evoucher.status(request),
  );
  app.post(
    '/api/evoucher/activate',
    {
      preValidation: verified,
      schema: {
        tags,
        summary: '激活医保电子凭证（设置6位数字密码）',
        body: activateEvoucherBody,
        response: { 200: okReply },
      },
    },
    async (request) => {
      await evoucher.activate(request, request.body.password);
      return { ok: true as const };
    },
  );
  app.post(
    '/api/evoucher/password',
    {
      preValidation: verified,
      schema: {
        tags,
        summary: '修改医保电子凭证密码',
        body: changeEvoucherPasswordBody,
        response: { 200: okReply },
      },
    },
    async (request) => {
      await evoucher.changePassword(request, request.body.oldPassword, request.body.password);
      return { ok: true as const };
    },
  );
  app.post(
    '/api/auth/mobile/real-name',
    {
      preValidation: requirePerson('unverified'),
      schema: {
        tags,
        summary: '实名认证（社保卡或医保电子凭证）',
        body: mobileRealNameBody,
        response: { 200: z.object({ name: z.string() }) },
      },
    },
    async (request) => evoucher.mobileRealName(request, request.body),
  );
  app.post(
    '/api/auth/person/password-reset/mobile',
    {
      schema: {
        tags,
        summary: '智慧医保重置密码（同步个人网厅）',
        body: mobileResetPasswordBody,
        response: { 200: okReply },
      },
    },
    async (request) => {
      await accounts.resetPasswordByPhone(request, request.body);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/qr',
    {
      schema: {
        tags,
        summary: '扫码登录：生成二维码（2分钟有效）',
        response: { 200: qrTicketReply },
      },
    },
    async (request, reply) => {
      const { ticket, nonce, expiresAt } = await evoucher.createTicket(request);
      reply.setCookie(QR_COOKIE, nonce, {
        path: '/api/auth/qr',
        httpOnly: true,
        sameSite: 'strict',
        secure: fastify.config.env === 'production',
        expires: expiresAt,
      });
      return { ticket, expiresAt: expiresAt.toISOString(), url: qrLink(request, ticket) };
    },
  );
  app.get(
    '/api/auth/qr/:ticket',
    {
      schema: {
        tags,
        summary: '扫码登录：二维码状态',
        params: qrTicketParam,
        response: { 200: qrStatusReply },
      },
    },
    async (request) => evoucher.ticketStatus(request.params.ticket),
  );
  app.post(
    '/api/auth/qr/:ticket/confirm',
    {
      preValidation: verified,
      schema: {
        tags,
        summary: '扫码登录：手机端确认',
        params: qrTicketParam,
        response: { 200: okReply },
      },
    },
    async (request) => {
      await evoucher.confirmTicket(request, request.params.ticket);
      return { ok: true as const };
    },
  );
  app.post(
    '/api/auth/qr/:ticket/login',
    {
      schema: {
        tags,
        summary: '扫码登录：网页端完成登录',
        params: qrTicketParam,
        response: { 200: sessionReply },
      },
    },
    async (request, reply) => {
      const account = await evoucher.redeemTicket(
        request.params.ticket,
        request.cookies[QR_COOKIE],
      );
      reply.clearCookie(QR_COOKIE, { path: '/api/auth/qr' });
      return signIn(
        fastify,
        request,
        reply,
        { type: 'person', id: String(account.id) },
        'qr-evoucher',
      );
    },
  );
  app.post(
    '/api/auth/person/real-name/qr',
    {
      preValidation: requirePerson('unverified'),
      schema: {
        tags,
        summary: '实名认证：通过电子医保凭证扫码认证，生成二维码（2分钟有效）',
        body: realNameQrBody,
        response: { 200: qrTicketReply },
      },
    },
    async (request) => {
      const { ticket, expiresAt } = await qrRealName.create(request, request.body);
      return { ticket, expiresAt: expiresAt.toISOString(), url: qrLink(request, ticket) };
    },
  );
  app.get(
    '/api/auth/qr/:ticket/real-name',
    {
      preValidation: verified,
      schema: {
        tags,
        summary: '扫码认证：手机端查看待确认的实名认证',
        params: qrTicketParam,
        response: { 200: qrRealNameReply },
      },
    },
    async (request) => qrRealName.describe(request, request.params.ticket),
  );
  app.post(
    '/api/auth/qr/:ticket/real-name/confirm',
    {
      preValidation: verified,
      schema: {
        tags,
        summary: '扫码认证：手机端确认，网厅账号完成实名认证',
        params: qrTicketParam,
        response: { 200: z.object({ accountPhone: z.string() }) },
      },
    },
    async (request) => qrRealName.confirm(request, request.params.ticket),
  );
}
