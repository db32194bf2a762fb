import { clockReply, clockUpdate, healthReply } from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { checkDatabase } from './platform.service';

export async function platformRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/health',
    { schema: { tags: ['platform'], summary: '健康检查', response: { 200: healthReply } } },
    async () => {
      await checkDatabase(fastify.db);
      return { status: 'ok' as const };
    },
  );

  if (!fastify.config.demo) return;

  // Demo mode only: move the one clock so time rules can be shown and tested.
  const clockState = () => {
    const now = fastify.clock.now();
    return { now: now.toISOString(), offsetMs: now.getTime() - Date.now() };
  };
  app.get(
    '/api/dev/clock',
    { schema: { tags: ['dev'], summary: '演示时钟', response: { 200: clockReply } } },
    async () => clockState(),
  );
  app.put(
    '/api/dev/clock',
    {
      schema: {
        tags: ['dev'],
        summary: '设置演示时钟',
        body: clockUpdate,
        response: { 200: clockReply },
      },
    },
    async (request) => {
      const b = request.body;
      if (b.reset) fastify.clock.reset();
      if (b.now) fastify.clock.set(new Date(b.now));
      if (b.advanceMs) fastify.clock.advance(b.advanceMs);
      return clockState();
    },
  );
}
