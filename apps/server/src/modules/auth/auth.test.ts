import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  createStaff,
  staffCookie,
  TEST_PASSWORD,
  type TestApp,
} from '../../../test/helpers';

describe('staff sessions', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await buildTestApp();
    await createStaff(app, 'clerk01', { name: '窗口经办员一' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('signs in with the right password into an httpOnly SameSite cookie', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/staff/login',
      payload: { username: 'clerk01', password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      actorType: 'staff',
      name: '窗口经办员一',
      signInMethod: 'password',
    });
    const c = res.cookies.find((x) => x.name === 'yb_sid')!;
    expect(c.httpOnly).toBe(true);
    expect(c.sameSite).toBe('Lax');
    const me = await app.inject({ url: '/api/session', headers: { cookie: `yb_sid=${c.value}` } });
    expect(me.json().name).toBe('窗口经办员一');
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/staff/login',
      payload: { username: 'clerk01', password: 'nope' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({
      code: 'UNAUTHENTICATED',
      message: '用户名或密码错误',
      field: 'password',
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/auth/staff/login',
      payload: { username: 'ghost', password: 'nope' },
    });
    expect(unknown.json().message).toBe('用户名或密码错误');
  });

  it('validates the form with field names', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/staff/login',
      payload: { username: '', password: 'x' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'username',
      message: '请输入用户名',
    });
  });

  it('ends a session after 30 idle minutes by the server clock', async () => {
    const cookie = await staffCookie(app, 'clerk01');
    app.clock.advance(29 * 60_000);
    expect((await app.inject({ url: '/api/session', headers: { cookie } })).statusCode).toBe(200);
    app.clock.advance(29 * 60_000);
    expect((await app.inject({ url: '/api/session', headers: { cookie } })).statusCode).toBe(200);
    app.clock.advance(31 * 60_000);
    expect((await app.inject({ url: '/api/session', headers: { cookie } })).statusCode).toBe(401);
    app.clock.reset();
  });

  it('renews the session’s last-seen time at most once a minute', async () => {
    const cookie = await staffCookie(app, 'clerk01');
    const id = createHash('sha256').update(cookie.slice('yb_sid='.length)).digest('hex');
    const seen = async () =>
      (
        await app.database.pool.query<{ at: Date }>(
          `select last_seen_at as at from sessions where id = $1`,
          [id],
        )
      ).rows[0]!.at.getTime();
    const first = await seen();
    app.clock.advance(30_000);
    await app.inject({ url: '/api/session', headers: { cookie } });
    expect(await seen()).toBe(first);
    app.clock.advance(40_000);
    await app.inject({ url: '/api/session', headers: { cookie } });
    // renewed to the request's time: 70 s on, plus the real time the test took
    expect((await seen()) - first).toBeGreaterThanOrEqual(70_000);
    expect((await seen()) - first).toBeLessThan(75_000);
    app.clock.reset();
  });

  it('ends a session after 12 hours even when in use', async () => {
    const cookie = await staffCookie(app, 'clerk01');
    for (let i = 0; i < 25; i++) {
      app.clock.advance(29 * 60_000);
      await app.inject({ url: '/api/session', headers: { cookie } });
    }
    expect((await app.inject({ url: '/api/session', headers: { cookie } })).statusCode).toBe(401);
    app.clock.reset();
  });

  it('logs out: the cookie no longer opens a session', async () => {
    const cookie = await staffCookie(app, 'clerk01');
    const out = await app.inject({
      method: 'POST',
      url: '/api/session/logout',
      headers: { cookie },
    });
    expect(out.statusCode).toBe(200);
    expect((await app.inject({ url: '/api/session', headers: { cookie } })).statusCode).toBe(401);
  });
});
