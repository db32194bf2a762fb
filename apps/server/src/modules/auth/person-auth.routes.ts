import {
  okReply,
  personLoginBody,
  realNameConfirmBody,
  realNameMatchBody,
  realNameMatchReply,
  realNameSmsBody,
  registerBody,
  resetAccountBody,
  resetPasswordBody,
  sendSmsBody,
  sendSmsReply,
  sessionReply,
} from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePerson } from '../../plugins/session';
import { signIn } from './auth.routes';
import { createPersonAccountsService } from './person-accounts.service';

const tags = ['auth'];

/** 个人用户: 004 §二 注册, §三 登录 and 实名认证, §四 找回密码. */
export async function personAuthRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const service = createPersonAccountsService(fastify);

  app.post(
    '/api/sms/codes',
    {
      schema: {
        tags,
        summary: '获取短信验证码（注册、找回密码、修改绑定手机）',
        body: sendSmsBody,
        response: { 200: sendSmsReply },
      },
    },
    async (request) => service.sendSms(request, request.body),
  );
  app.post(
    '/api/auth/person/register',
    { schema: { tags, summary: '个人用户注册', body: registerBody, response: { 200: okReply } } },
    async (request) => {
      await service.register(request, request.body);
      return { ok: true as const };
    },
  );
  app.post(
    '/api/auth/person/login',
    {
      schema: {
        tags,
        summary: '个人用户登录（手机号或居民身份证号码）',
        body: personLoginBody,
        response: { 200: sessionReply },
      },
    },
    async (request, reply) => {
      const account = await service.login(request, request.body);
      return signIn(fastify, request, reply, { type: 'person', id: String(account.id) });
    },
  );
  app.post(
    '/api/auth/person/password-reset/account',
    {
      schema: {
        tags,
        summary: '找回密码：填写账号',
        body: resetAccountBody,
        response: { 200: z.object({ phone: z.string() }) },
      },
    },
    async (request) => service.checkResetAccount(request.body),
  );
  app.post(
    '/api/auth/person/password-reset',
    {
      schema: {
        tags,
        summary: '找回密码：验证身份并设置新密码',
        body: resetPasswordBody,
        response: { 200: okReply },
      },
    },
    async (request) => {
      await service.resetPassword(request, request.body);
      return { ok: true as const };
    },
  );

  const unverified = requirePerson('unverified');
  app.post(
    '/api/auth/person/real-name/match',
    {
      preValidation: unverified,
      schema: {
        tags,
        summary: '实名认证：个人信息比对',
        body: realNameMatchBody,
        response: { 200: realNameMatchReply },
      },
    },
    async (request) => service.matchRealName(request.body),
  );
  app.post(
    '/api/auth/person/real-name/sms',
    {
      preValidation: unverified,
      schema: {
        tags,
        summary: '实名认证：向参保手机号发送验证码',
        body: realNameSmsBody,
        response: { 200: sendSmsReply },
      },
    },
    async (request) => service.sendRealNameSms(request, request.body),
  );
  app.post(
    '/api/auth/person/real-name/confirm',
    {
      preValidation: unverified,
      schema: {
        tags,
        summary: '实名认证：短信验证并完成认证',
        body: realNameConfirmBody,
        response: { 200: z.object({ name: z.string() }) },
      },
    },
    async (request) => service.confirmRealName(request, request.body),
  );
}
