import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createStaff, staffCookie, type TestApp } from '../../test/helpers';

/**
 * Sessions are remembered for a few seconds and forgotten when the database announces a change
 * (ADR 0008). Changes here are written straight to the tables, as another node would write them.
 */
describe('remembered sessions', () => {
  let app: TestApp;
  const sql = (text: string) => app.database.pool.query(text);
  const status = async (cookie: string) =>
    (await app.inject({ url: '/api/session', headers: { cookie } })).statusCode;
  /** Ends every session without the announcement: only a remembered session survives it. */
  const revokeSilently = async () => {
    await sql('alter table sessions disable trigger sessions_actor_changed');
    await sql('update sessions set revoked_at = now() where revoked_at is null');
    await sql('alter table sessions enable trigger sessions_actor_changed');
  };
  const listenerPid = async () =>
    (
      await app.database.pool.query<{ pid: number }>(
        `select pid from pg_stat_activity
          where datname = current_database() and application_name = 'listen actor_changed'`,
      )
    ).rows[0]?.pid;

  beforeAll(async () => {
    app = await buildTestApp();
    await createStaff(app, 'clerk01', { name: '窗口经办员一' });
    await app.settleSessions();
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers a signed-in request from memory, until a change is announced', async () => {
    const cookie = await staffCookie(app, 'clerk01');
    expect(await status(cookie)).toBe(200);
    await revokeSilently();
    expect(await status(cookie)).toBe(200);
    await sql(`update staff set name = '窗口经办员甲' where username = 'clerk01'`);
    await app.settleSessions();
    expect(await status(cookie)).toBe(401);
  });

  it('hears another node revoke a session, disable an actor or rename it', async () => {
    let cookie = await staffCookie(app, 'clerk01');
    expect(await status(cookie)).toBe(200);
    await sql('update sessions set revoked_at = now() where revoked_at is null');
    await app.settleSessions();
    expect(await status(cookie)).toBe(401);

    cookie = await staffCookie(app, 'clerk01');
    expect(await status(cookie)).toBe(200);
    await sql(`update staff set name = '窗口经办员乙' where username = 'clerk01'`);
    await app.settleSessions();
    const me = await app.inject({ url: '/api/session', headers: { cookie } });
    expect(me.json().name).toBe('窗口经办员乙');

    await sql(`update staff set status = '停用' where username = 'clerk01'`);
    await app.settleSessions();
    expect(await status(cookie)).toBe(401);
    await sql(`update staff set status = '正常' where username = 'clerk01'`);
  });

  it('hears a role losing a right at once', async () => {
    await sql(`update staff set roles = '{admin}' where username = 'clerk01'`);
    const cookie = await staffCookie(app, 'clerk01');
    const rights = async () =>
      (await app.inject({ url: '/api/session', headers: { cookie } })).json().rights as string[];
    expect(await rights()).toContain('*');
    await sql(`update roles set rights = '{}' where code = 'admin'`);
    await app.settleSessions();
    expect(await rights()).not.toContain('*');
  });

  it('remembers nothing while the channel is lost, and listens again', async () => {
    await sql(`update roles set rights = '{*}' where code = 'admin'`);
    let cookie = await staffCookie(app, 'clerk01');
    expect(await status(cookie)).toBe(200);
    const lost = await listenerPid();
    await sql(`select pg_terminate_backend(${lost})`);
    await expect.poll(listenerPid, { timeout: 5_000 }).not.toBe(lost);
    // Whatever happened before the new connection listened was never heard.
    await expect.poll(listenerPid, { timeout: 5_000 }).toBeDefined();
    await revokeSilently();
    expect(await status(cookie)).toBe(401);

    cookie = await staffCookie(app, 'clerk01');
    await expect
      .poll(
        async () => {
          await status(cookie);
          await revokeSilently();
          const remembered = (await status(cookie)) === 200;
          if (!remembered) cookie = await staffCookie(app, 'clerk01');
          return remembered;
        },
        { timeout: 5_000 },
      )
      .toBe(true);
  });
});
