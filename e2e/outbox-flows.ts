import type { Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { outbox } from './fixtures';

const base = () => inject('baseUrl');

/** Polls until `read` answers something, as a tester refreshing the outbox would. */
export async function until<T>(read: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The answer of a captcha, from the demo outbox. */
export const captchaAnswer = (id: string) =>
  until(
    async () => (await outbox(base())).captcha.find((c) => c.id === id)?.answer,
    `captcha ${id}`,
  );

/** The time of the newest SMS to this phone, so the next one can be told apart. */
export const lastSmsAt = async (phone: string) =>
  (await outbox(base())).sms.find((m) => m.phone === phone)?.at ?? '';

/** The code of the first SMS to this phone sent after `after`. */
export const smsCodeAfter = (phone: string, after: string) =>
  until(async () => {
    const m = (await outbox(base())).sms.find((s) => s.phone === phone);
    return m && m.at > after ? m.code : undefined;
  }, `an SMS to ${phone}`);

/** Reads the captcha the page shows (a new one when `previous` is given) and types its answer. */
export async function solveCaptcha(page: Page, placeholder = '请输入图形验证码', previous = '') {
  const img = page.locator('img[data-captcha-id]');
  await expect
    .poll(async () => ((await img.count()) ? await img.getAttribute('data-captcha-id') : ''))
    .not.toBe(previous);
  const id = (await img.getAttribute('data-captcha-id')) ?? '';
  expect(id).not.toBe('');
  await page.getByPlaceholder(placeholder).fill(await captchaAnswer(id));
  return id;
}

/** 发送验证码 on the page and the code the outbox shows for that phone. */
export async function sendAndReadSms(page: Page, phone: string) {
  const before = await lastSmsAt(phone);
  await page.getByRole('button', { name: '发送验证码' }).click();
  await page.getByText(/\d+s后重新获取/).waitFor();
  return smsCodeAfter(phone, before);
}
