import {
  activateEvoucherBody,
  changeEvoucherPasswordBody,
  evoucherReply,
  mobileRealNameBody,
  mobileResetPasswordBody,
  okReply,
  qrStatusReply,
  qrTicketParam,
  qrTicketReply,
  sessionReply,
} from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePerson } from '../../plugins/session';
import { signIn } from './auth.routes';
import { createEvoucherService } from './evoucher.service';
import { createPersonAccountsService } from './person-accounts.service';

const tags = ['auth'];
const QR_COOKIE = 'yb_qr';

/** 智慧医保 accounts (003 ch. 1), 医保电子凭证 (M09) and the portal's 扫码登录 (P02). */
export async function mobileAuthRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const evoucher = createEvoucherService(fastify);
  const accounts = createPersonAccountsService(fastify);
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
      const { ticket, nonce, expiresAt } = await evoucher.createTicket();
      reply.setCookie(QR_COOKIE, nonce, {
        path: '/api/auth/qr',
        httpOnly: true,
        sameSite: 'strict',
        secure: fastify.config.env === 'production',
        expires: expiresAt,
      });
      const origin = `${request.protocol}://${request.host}`;
      return { ticket, expiresAt: expiresAt.toISOString(), url: `${origin}/m/qr/${ticket}` };
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
}
