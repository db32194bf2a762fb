import { z } from 'zod';

export const devOutbox = z.object({
  sms: z.array(z.object({ phone: z.string(), code: z.string(), text: z.string(), at: z.string() })),
  captcha: z.array(z.object({ id: z.string(), answer: z.string(), at: z.string() })),
});
export type DevOutbox = z.infer<typeof devOutbox>;

export const messageItem = z.object({
  id: z.number(),
  text: z.string(),
  phone: z.string(),
  status: z.string(),
  sentAt: z.string(),
});
export type MessageItem = z.infer<typeof messageItem>;
