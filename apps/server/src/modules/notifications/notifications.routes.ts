import { devOutbox } from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { NotificationsService } from './notifications.service';

export function notificationsRoutes(service: NotificationsService) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    if (fastify.config.demo) {
      app.get(
        '/api/dev/outbox',
        {
          schema: {
            tags: ['dev'],
            summary: '演示模式：短信与图形验证码发件箱（最新在前）',
            response: { 200: devOutbox },
          },
        },
        async () => service.outbox(),
      );
    }
  };
}
