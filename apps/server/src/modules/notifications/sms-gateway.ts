import type { Executor } from '@yibao/db';
import { insertSms } from './notifications.repository';

export interface SmsMessage {
  phone: string;
  text: string;
  /** the verification code carried by the text, if any */
  code?: string;
  /** the insured person the message concerns, for 我的消息 */
  personId?: number | null;
}

/**
 * The one interface every module sends SMS through. A carrier adapter implements it in a
 * deployment that has one; the outbox gateway records every message, which is what 我的消息
 * and the demo outbox read.
 */
export interface SmsGateway {
  send(db: Executor, message: SmsMessage, at: Date): Promise<void>;
}

export const SMS_SIGNATURE = '【医保公共服务平台】';

export const outboxGateway: SmsGateway = {
  async send(db, message, at) {
    await insertSms(db, {
      phone: message.phone,
      text: message.text.startsWith(SMS_SIGNATURE) ? message.text : SMS_SIGNATURE + message.text,
      code: message.code ?? null,
      personId: message.personId ?? null,
      status: '已发送',
      sentAt: at,
    });
  },
};
