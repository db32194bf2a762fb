import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { notificationsRoutes } from './notifications.routes';
import { createNotificationsService, type NotificationsService } from './notifications.service';

export type { NotificationsService } from './notifications.service';
export type { SmsGateway, SmsMessage } from './sms-gateway';

declare module 'fastify' {
  interface FastifyInstance {
    /** X04: SMS through one gateway, recorded in the outbox that 我的消息 reads */
    notifications: NotificationsService;
  }
}

export const notificationsPlugin = fp(async (app: FastifyInstance) => {
  const service = createNotificationsService(app);
  app.decorate('notifications', service);
  await app.register(notificationsRoutes(service));
});
