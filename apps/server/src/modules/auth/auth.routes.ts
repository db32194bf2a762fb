import { captchaReply, sessionReply, staffLoginBody, type SessionReply } from '@yibao/contracts';
import { maskPhone } from '@yibao/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../plugins/context';
import { enforce } from '../../plugins/rate-limit';
import { endSession, loadActor, requireSignedIn, startSession } from '../../plugins/session';
import { createCaptcha } from './captcha';
import { createAuthService } from './auth.service';

export async function authRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const service = createAuthService(fastify);

  app.post(
    '/api/auth/staff/login',
    {
      schema: {
        tags: ['auth'],
        summary: '经办人员登录',
        body: staffLoginBody,
        response: { 200: sessionReply },
      },
    },
    async (request, reply) => {
      const s = await service.verifyStaff(request, request.body);
      return signIn(fastify, request, reply, { type: 'staff', id: String(s.id) });
    },
  );

  app.get(
    '/api/session',
    {
      preValidation: requireSignedIn,
      schema: { tags: ['auth'], summary: '当前登录信息', response: { 200: sessionReply } },
    },
    async (request) => sessionOf(request.actor, request.signInMethod ?? ''),
  );

  app.get(
    '/api/captcha',
    {
      schema: {
        tags: ['auth'],
        summary: '获取图形验证码（一次有效，5分钟内）',
        response: { 200: captchaReply },
      },
    },
    async (request, reply) => {
      const now = fastify.clock.now();
      await enforce(
        fastify.db,
        [{ key: `captcha:ip:${request.ip}`, limit: 60, windowSeconds: 60 }],
        now,
      );
      reply.header('cache-control', 'no-store');
      return createCaptcha(fastify.db, now, request.ip);
    },
  );

  app.post(
    '/api/session/logout',
    {
      schema: {
        tags: ['auth'],
        summary: '退出',
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      if (request.actor.type !== 'anonymous') {
        await fastify.write(request, (_tx, audit) =>
          audit({ action: 'auth.logout', entity: request.actor.type, entityId: request.actor.id }),
        );
      }
      await endSession(fastify, request, reply);
      return { ok: true as const };
    },
  );
}

/** What the pages know of the signed-in actor. */
export function sessionOf(actor: Actor, signInMethod: string): SessionReply {
  return {
    actorType: actor.type,
    id: actor.id ?? '',
    name: actor.name,
    signInMethod,
    regions: actor.regions ?? [],
    roles: actor.roles ?? [],
    rights: actor.rights ?? [],
    realNameVerified: !!actor.personId,
    phone: actor.phone ? maskPhone(actor.phone) : '',
  };
}

/** Starts the session and answers what the pages know of the new actor. */
export async function signIn(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  who: { type: Actor['type']; id: string },
  method = 'password',
): Promise<SessionReply> {
  await startSession(app, request, reply, who, method);
  const actor = await loadActor(app, who.type, who.id);
  if (!actor) throw new Error(`signed-in ${who.type} ${who.id} not found`);
  return sessionOf(actor, method);
}
