import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createStaff, TEST_PASSWORD, type TestApp } from '../../../test/helpers';

describe('platform', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers health once the database is ready', async () => {
    const res = await app.inject('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('publishes a valid OpenAPI document with the routes and their schemas', async () => {
    const res = await app.inject('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/health'].get.responses['200']).toBeDefined();
    expect(doc.paths['/api/audit'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['page', 'pageSize', 'from', 'to', 'format']),
    );
    const docs = await app.inject('/api/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await app.inject('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'NOT_FOUND', message: '请求的资源不存在' });
  });

  it('rejects bad input with a machine code, the field and a Chinese message', async () => {
    const res = await app.inject({
      method: 'PUT',
      url: '/api/dev/clock',
      payload: { now: 'yesterday' },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'now' });
    expect(body.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('answers 5xx with only a code and the request id, never the internals', async () => {
    const probe = await buildTestApp({}, (a) =>
      a.get('/api/test/boom', async () => {
        throw new Error('relation "secret_table" does not exist at /srv/app.ts:12');
      }),
    );
    try {
      const res = await probe.inject({
        url: '/api/test/boom',
        headers: { 'x-request-id': 'req-42' },
      });
      expect(res.statusCode).toBe(500);
      expect(res.json()).toEqual({
        code: 'INTERNAL_ERROR',
        message: '系统繁忙，请稍后再试',
        requestId: 'req-42',
      });
      expect(res.body).not.toContain('secret_table');
    } finally {
      await probe.close();
    }
  });

  it('takes the client address from X-Forwarded-For only from a trusted proxy', async () => {
    const ipOfLogin = async (target: TestApp, username: string) => {
      await createStaff(target, username);
      await target.inject({
        method: 'POST',
        url: '/api/auth/staff/login',
        headers: { 'x-forwarded-for': '203.0.113.9' },
        payload: { username, password: TEST_PASSWORD },
      });
      const { rows } = await target.database.pool.query(
        `select ip from audit_log where actor_name = $1 or after::text like $2 order by id desc limit 1`,
        [username, `%${username}%`],
      );
      return rows[0]?.ip;
    };
    expect(await ipOfLogin(app, 'xff01')).toBe('127.0.0.1');
    const behindProxy = await buildTestApp({ TRUST_PROXY: 'loopback' });
    try {
      expect(await ipOfLogin(behindProxy, 'xff02')).toBe('203.0.113.9');
    } finally {
      await behindProxy.close();
    }
  });

  it('moves the demo clock and resets it', async () => {
    const set = await app.inject({
      method: 'PUT',
      url: '/api/dev/clock',
      payload: { now: '2030-01-01T00:00:00+08:00' },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json().now.startsWith('2029-12-31T16:00')).toBe(true);
    const moved = await app.inject({
      method: 'PUT',
      url: '/api/dev/clock',
      payload: { advanceMs: 86_400_000 },
    });
    expect(moved.json().now.startsWith('2030-01-01T16:00')).toBe(true);
    const reset = await app.inject({
      method: 'PUT',
      url: '/api/dev/clock',
      payload: { reset: true },
    });
    expect(Math.abs(reset.json().offsetMs)).toBeLessThan(5_000);
  });

  it('has no demo tools in production', async () => {
    const prod = await buildTestApp({ NODE_ENV: 'production' });
    try {
      expect((await prod.inject('/api/dev/clock')).statusCode).toBe(404);
    } finally {
      await prod.close();
    }
  });

  it('serves the web app with an SPA fallback and immutable hashed assets', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'yibao-web-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>医保</title>');
    writeFileSync(path.join(dist, 'assets', 'app-1a2b.js'), 'console.log(1)');
    const web = await buildTestApp({ WEB_DIST: dist });
    try {
      const deep = await web.inject('/window/audit?x=1');
      expect(deep.statusCode).toBe(200);
      expect(deep.headers['content-type']).toContain('text/html');
      expect(deep.body).toContain('<title>医保</title>');
      const asset = await web.inject('/assets/app-1a2b.js');
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect((await web.inject('/')).headers['cache-control']).toBe('no-cache');
      const api = await web.inject('/api/missing');
      expect(api.statusCode).toBe(404);
      expect(api.json().code).toBe('NOT_FOUND');
      const post = await web.inject({ method: 'POST', url: '/window/audit' });
      expect(post.statusCode).toBe(404);
    } finally {
      await web.close();
    }
  });
});
