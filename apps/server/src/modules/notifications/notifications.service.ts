import type { DevOutbox, MessageItem } from '@yibao/contracts';
import { pageWindow } from '@yibao/domain';
import type { Executor } from '@yibao/db';
import type { FastifyInstance } from 'fastify';
import { latestCaptchas, latestSms, smsOfRecipient } from './notifications.repository';
import { outboxGateway, type SmsGateway, type SmsMessage } from './sms-gateway';

const OUTBOX_SIZE = 50;

export function createNotificationsService(
  app: FastifyInstance,
  gateway: SmsGateway = outboxGateway,
) {
  return {
    /** Sends within the caller's transaction, so a rolled-back use case sends nothing. */
    sendSms: (db: Executor, message: SmsMessage) => gateway.send(db, message, app.clock.now()),

    /** 我的消息: what the platform sent about this person, newest first. */
    async messagesOf(
      to: { personId: number | null; phone: string },
      page: number,
      pageSize: number,
    ) {
      const { items, total } = await smsOfRecipient(app.db, to, pageWindow(page, pageSize));
      return {
        total,
        items: items.map((m): MessageItem => ({
          id: m.id,
          text: m.text,
          phone: m.phone,
          status: m.status,
          sentAt: m.sentAt.toISOString(),
        })),
      };
    },

    /** Demo mode only: reveals the random codes so a person can try the flows without a phone. */
    async outbox(): Promise<DevOutbox> {
      const [sms, captcha] = await Promise.all([
        latestSms(app.db, OUTBOX_SIZE),
        latestCaptchas(app.db, OUTBOX_SIZE),
      ]);
      return {
        sms: sms.map((m) => ({
          phone: m.phone,
          code: m.code ?? '',
          text: m.text,
          at: m.sentAt.toISOString(),
        })),
        captcha: captcha.map((c) => ({
          id: c.id,
          answer: c.answer,
          at: c.createdAt.toISOString(),
        })),
      };
    },
  };
}
export type NotificationsService = ReturnType<typeof createNotificationsService>;
