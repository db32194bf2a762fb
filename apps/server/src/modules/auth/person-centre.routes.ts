import {
  cancelAccountBody,
  cancelSmsBody,
  changePasswordBody,
  changePhoneBody,
  messageItem,
  okReply,
  pageOf,
  pageQuery,
  securityReply,
  sendSmsReply,
} from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { endSession, requirePerson } from '../../plugins/session';
import { createPersonAccountsService } from './person-accounts.service';
import { createPersonCentreService } from './person-centre.service';

const tags = ['auth'];

/** 个人中心 (004 §三.3) and 我的消息 (X04). */
export async function personCentreRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const service = createPersonCentreService(fastify, createPersonAccountsService(fastify));
  const signedIn = requirePerson('any');
  const verified = requirePerson('verified');

  app.get(
    '/api/me/security',
    {
      preValidation: signedIn,
      schema: { tags, summary: '安全级别', response: { 200: securityReply } },
    },
    async (request) => service.security(request),
  );
  app.post(
    '/api/me/password',
    {
      preValidation: signedIn,
      schema: {
        tags,
        summary: '修改登录密码',
        body: changePasswordBody,
        response: { 200: okReply },
      },
    },
    async (request) => {
      await service.changePassword(request, request.body);
      return { ok: true as const };
    },
  );
  app.post(
    '/api/me/phone',
    {
      preValidation: signedIn,
      schema: { tags, summary: '修改绑定手机', body: changePhoneBody, response: { 200: okReply } },
    },
    async (request) => {
      await service.changePhone(request, request.body);
      return { ok: true as const };
    },
  );
  app.post(
    '/api/me/cancel/sms',
    {
      preValidation: verified,
      schema: {
        tags,
        summary: '账户注销：实名认证短信',
        body: cancelSmsBody,
        response: { 200: sendSmsReply },
      },
    },
    async (request) => service.sendCancelSms(request, request.body),
  );
  app.post(
    '/api/me/cancel',
    {
      preValidation: verified,
      schema: { tags, summary: '账户注销', body: cancelAccountBody, response: { 200: okReply } },
    },
    async (request, reply) => {
      await service.cancel(request, request.body);
      await endSession(fastify, request, reply);
      return { ok: true as const };
    },
  );
  app.get(
    '/api/me/messages',
    {
      preValidation: signedIn,
      schema: {
        tags,
        summary: '我的消息',
        querystring: pageQuery,
        response: { 200: pageOf(messageItem) },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const to = { personId: request.actor.personId ?? null, phone: request.actor.phone ?? '' };
      return { ...(await fastify.notifications.messagesOf(to, page, pageSize)), page, pageSize };
    },
  );
}
