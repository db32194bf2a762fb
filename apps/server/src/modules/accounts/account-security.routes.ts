import {
  accountPasswordBody,
  accountSecurityReply,
  accountSmsBody,
  okReply,
  paymentSettingsBody,
  sendSmsReply,
} from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requirePerson } from '../../plugins/session';
import { createAccountSecurityService } from './account-security.service';

const tags = ['accounts'];

/** 我要办 › 个人账户密码设置 (P17) and 个人账户支付权限设置 (P18) of the signed-in person. */
export async function accountSecurityRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const service = createAccountSecurityService(fastify);
  const verified = requirePerson('verified');

  app.get(
    '/api/me/account-security',
    {
      preValidation: verified,
      schema: {
        tags,
        summary: '个人账户密码与支付权限：参保人员申报信息和当前设置',
        response: { 200: accountSecurityReply },
      },
    },
    async (request) => service.view(request),
  );
  app.post(
    '/api/me/account-security/sms',
    {
      preValidation: verified,
      schema: {
        tags,
        summary: '个人账户密码权限验证：获取短信验证码',
        body: accountSmsBody,
        response: { 200: sendSmsReply },
      },
    },
    async (request) => service.sendSms(request, request.body),
  );
  app.post(
    '/api/me/account-security/password',
    {
      preValidation: verified,
      schema: {
        tags,
        summary: '个人账户密码重置',
        body: accountPasswordBody,
        response: { 200: okReply },
      },
    },
    async (request) => {
      await service.changePassword(request, request.body);
      return { ok: true as const };
    },
  );
  app.post(
    '/api/me/account-security/payment',
    {
      preValidation: verified,
      schema: {
        tags,
        summary: '个人账户支付权限设置',
        body: paymentSettingsBody,
        response: { 200: okReply },
      },
    },
    async (request) => {
      await service.savePaymentSettings(request, request.body);
      return { ok: true as const };
    },
  );
}
