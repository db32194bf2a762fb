import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { APIRequestContext } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from './fixtures-applications';
import { base } from './fixtures-window';
import { captchaAnswer } from './outbox-flows';

export const HOSPITAL_OPERATOR = '13900000003';
export const SETTLEMENT_URL = '/api/settlement/v1/settlements';

export interface ApiKey {
  keyId: string;
  secret: string;
}

/** A unit operator's session on the request context, through the unit login. */
export async function unitOperatorLogin(request: APIRequestContext, phone: string) {
  const captcha = await request.get(`${base()}/api/captcha`);
  expect(captcha.status(), await captcha.text()).toBe(200);
  const { id } = (await captcha.json()) as { id: string };
  const login = await request.post(`${base()}/api/auth/unit/login`, {
    data: { phone, password: DEMO_PASSWORD, captchaId: id, captcha: await captchaAnswer(id) },
  });
  expect(login.status(), await login.text()).toBe(200);
}

/** A signed POST as a hospital's system sends it (结算接口说明). */
export async function signedPost(key: ApiKey, path: string, body: unknown) {
  const text = JSON.stringify(body);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = randomBytes(16).toString('hex');
  const signing = ['POST', path, timestamp, nonce, createHash('sha256').update(text).digest('hex')];
  return fetch(`${base()}${path}`, {
    method: 'POST',
    body: text,
    headers: {
      'content-type': 'application/json',
      'x-yibao-key': key.keyId,
      'x-yibao-timestamp': timestamp,
      'x-yibao-nonce': nonce,
      'x-yibao-signature': createHmac('sha256', key.secret)
        .update(signing.join('\n'))
        .digest('hex'),
    },
  });
}

/** Today in Beijing, as a visit date. */
export const beijingToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
