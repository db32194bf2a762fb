import { sessionReply, staffLoginBody } from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { endSession, requireSignedIn, startSession } from '../../plugins/session';
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
      await startSession(fastify, request, reply, { type: 'staff', id: String(s.id) }, 'password');
      return {
        actorType: 'staff',
        id: String(s.id),
        name: s.name,
        signInMethod: 'password',
        regions: s.regionCodes,
        roles: s.roles,
      };
    },
  );

  app.get(
    '/api/session',
    {
      preHandler: requireSignedIn,
      schema: { tags: ['auth'], summary: '当前登录信息', response: { 200: sessionReply } },
    },
    async (request) => ({
      actorType: request.actor.type,
      id: request.actor.id ?? '',
      name: request.actor.name,
      signInMethod: request.signInMethod ?? '',
      regions: request.actor.regions ?? [],
      roles: request.actor.roles ?? [],
    }),
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
