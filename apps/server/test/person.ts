import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { lastSmsCode, solveCaptcha } from './helpers';

export const PERSON_PASSWORD = 'abc12345';

/** Person-portal flows as the pages drive them, for tests that need a signed-in person. */
export function personFlows(app: FastifyInstance) {
  const post = (url: string, payload: object, cookie?: string) =>
    app.inject({ method: 'POST', url, payload, headers: cookie ? { cookie } : {} });

  const sendSms = async (phone: string, purpose: string) => {
    const res = await post('/api/sms/codes', { phone, purpose, ...(await solveCaptcha(app)) });
    expect(res.statusCode, res.body).toBe(200);
    return lastSmsCode(app, phone);
  };

  const register = async (phone: string, password = PERSON_PASSWORD) => {
    const smsCode = await sendSms(phone, 'register');
    const res = await post('/api/auth/person/register', {
      phone,
      password,
      confirmPassword: password,
      smsCode,
      agree: true,
    });
    expect(res.statusCode, res.body).toBe(200);
  };

  const login = async (account: string, password = PERSON_PASSWORD) =>
    post('/api/auth/person/login', { account, password, ...(await solveCaptcha(app)) });

  const cookieOf = (res: { cookies: { name: string; value: string }[] }) =>
    `yb_sid=${res.cookies.find((c) => c.name === 'yb_sid')!.value}`;

  /** Registers the person's own phone, logs in and completes 实名认证; returns the session cookie. */
  const verifiedSession = async (person: { name: string; certNo: string; phone: string }) => {
    await register(person.phone);
    const cookie = cookieOf(await login(person.phone));
    const ident = { name: person.name, certType: '01', certNo: person.certNo, phone: person.phone };
    const sent = await post(
      '/api/auth/person/real-name/sms',
      { ...ident, ...(await solveCaptcha(app)) },
      cookie,
    );
    expect(sent.statusCode, sent.body).toBe(200);
    const smsCode = await lastSmsCode(app, person.phone);
    const done = await post('/api/auth/person/real-name/confirm', { ...ident, smsCode }, cookie);
    expect(done.statusCode, done.body).toBe(200);
    return cookie;
  };

  return { post, sendSms, register, login, cookieOf, verifiedSession };
}

/** Signs the portal in by e-voucher QR, confirmed by the person's verified mobile session. */
export async function qrSignIn(app: FastifyInstance, mobileCookie: string): Promise<string> {
  const flows = personFlows(app);
  const activated = await flows.post(
    '/api/evoucher/activate',
    { password: '112233', confirmPassword: '112233' },
    mobileCookie,
  );
  expect([200, 409]).toContain(activated.statusCode);
  const created = await app.inject({ method: 'POST', url: '/api/auth/qr' });
  const { ticket } = created.json() as { ticket: string };
  const nonce = `yb_qr=${created.cookies.find((c) => c.name === 'yb_qr')!.value}`;
  const confirmed = await flows.post(`/api/auth/qr/${ticket}/confirm`, {}, mobileCookie);
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  const login = await app.inject({
    method: 'POST',
    url: `/api/auth/qr/${ticket}/login`,
    headers: { cookie: nonce },
  });
  expect(login.statusCode, login.body).toBe(200);
  return flows.cookieOf(login);
}

/** A multipart/form-data body with text fields first and one file, as a browser sends it. */
export function multipartBody(
  fields: Record<string, string>,
  file: { name: string; bytes: Buffer; contentType?: string },
) {
  const boundary = `----yibao${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
    );
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
        `Content-Type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`,
    ),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
