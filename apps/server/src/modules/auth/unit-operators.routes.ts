import {
  bindingCodeReply,
  bindUnitBody,
  createOperatorBody,
  idParam,
  okReply,
  sendSmsReply,
  sessionReply,
  unitHomeReply,
  unitLoginBody,
  unitRegisterBody,
  unitSendSmsBody,
} from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRight, requireUnitOperator } from '../../plugins/session';
import { signIn } from './auth.routes';
import { createPersonAccountsService } from './person-accounts.service';
import { createUnitOperatorsService } from './unit-operators.service';

const tags = ['auth'];

/** 单位登录 and the unit operator's account; staff issue binding codes and create operators. */
export async function unitOperatorRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const service = createUnitOperatorsService(fastify, createPersonAccountsService(fastify));
  fastify.rights.declare('units', [
    { code: 'unit.binding-code', name: '生成单位绑定码' },
    { code: 'unit-operator.create', name: '开通单位经办人账号' },
  ]);

  app.post(
    '/api/sms/unit-codes',
    {
      schema: {
        tags,
        summary: '获取短信验证码（单位经办人注册）',
        body: unitSendSmsBody,
        response: { 200: sendSmsReply },
      },
    },
    async (request) => service.sendSms(request, request.body),
  );
  app.post(
    '/api/auth/unit/register',
    {
      schema: {
        tags,
        summary: '单位经办人注册',
        body: unitRegisterBody,
        response: { 200: okReply },
      },
    },
    async (request) => {
      await service.register(request, request.body);
      return { ok: true as const };
    },
  );
  app.post(
    '/api/auth/unit/login',
    { schema: { tags, summary: '单位登录', body: unitLoginBody, response: { 200: sessionReply } } },
    async (request, reply) => {
      const op = await service.login(request, request.body);
      return signIn(fastify, request, reply, { type: 'unit-operator', id: String(op.id) });
    },
  );
  app.post(
    '/api/unit/bind',
    {
      preValidation: requireUnitOperator('unbound'),
      schema: {
        tags,
        summary: '绑定单位（统一社会信用代码 + 绑定码）',
        body: bindUnitBody,
        response: { 200: z.object({ unitName: z.string() }) },
      },
    },
    async (request) => service.bind(request, request.body),
  );
  app.get(
    '/api/unit/home',
    {
      preValidation: requireUnitOperator('any'),
      schema: { tags, summary: '单位网厅首页', response: { 200: unitHomeReply } },
    },
    async (request) => service.home(request),
  );
  app.post(
    '/api/units/:id/binding-codes',
    {
      preValidation: requireRight('unit.binding-code'),
      schema: {
        tags,
        summary: '生成单位绑定码（7天有效，一次有效）',
        params: idParam,
        response: { 200: bindingCodeReply },
      },
    },
    async (request) => service.issueBindingCode(request, request.params.id),
  );
  app.post(
    '/api/unit-operators',
    {
      preValidation: requireRight('unit-operator.create'),
      schema: {
        tags,
        summary: '开通单位经办人账号',
        body: createOperatorBody,
        response: { 200: z.object({ id: z.number() }) },
      },
    },
    async (request) => service.createOperator(request, request.body),
  );
}
