import { auditLog, count, eq, regions } from '@yibao/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createStaff, staffCookie, type TestApp } from '../../../test/helpers';

describe('audit trail', () => {
  let app: TestApp;
  let admin: string;
  let clerk: string;
  beforeAll(async () => {
    app = await buildTestApp();
    await createStaff(app, 'admin01', { roles: ['admin'], regions: ['*'] });
    await createStaff(app, 'clerk01', { roles: ['clerk'], regions: ['110000'] });
    admin = await staffCookie(app, 'admin01');
    clerk = await staffCookie(app, 'clerk01');
  });
  afterAll(async () => {
    await app.close();
  });

  const ctx = { actor: { type: 'staff' as const, id: '1', name: '测试员' }, requestId: 'r-1' };

  it('commits a write together with its audit row', async () => {
    await app.write(ctx, async (tx, audit) => {
      await tx.insert(regions).values({ code: '110000', name: '北京市', provinceCode: '110000' });
      await audit({
        action: 'region.create',
        entity: 'region',
        entityId: '110000',
        regionCode: '110000',
        after: { name: '北京市' },
      });
    });
    const [row] = await app.db.select().from(auditLog).where(eq(auditLog.action, 'region.create'));
    expect(row).toMatchObject({
      actorType: 'staff',
      actorName: '测试员',
      entityId: '110000',
      requestId: 'r-1',
    });
  });

  it('rolls back the audit row with a failed write, and the write with a failed audit', async () => {
    await expect(
      app.write(ctx, async (tx, audit) => {
        await audit({ action: 'region.create', entity: 'region', entityId: '530400' });
        await tx.insert(regions).values({ code: '110000', name: '重复', provinceCode: '110000' });
      }),
    ).rejects.toThrow();
    const [n] = await app.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.entityId, '530400'));
    expect(n!.n).toBe(0);
  });

  it('lets an administrator query and filter the trail, newest first, paged', async () => {
    for (let i = 0; i < 12; i++) {
      await app.write(ctx, (_tx, audit) =>
        audit({ action: 'probe', entity: 'thing', entityId: String(i), regionCode: '530400' }),
      );
    }
    const res = await app.inject({
      url: '/api/audit?action=probe&page=2&pageSize=5',
      headers: { cookie: admin },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 12, page: 2, pageSize: 5 });
    expect(body.items.map((i: { entityId: string }) => i.entityId)).toEqual([
      '6',
      '5',
      '4',
      '3',
      '2',
    ]);
  });

  it('sorts only on the columns the table offers', async () => {
    const asc = await app.inject({
      url: '/api/audit?sort=action:asc&pageSize=1',
      headers: { cookie: admin },
    });
    expect(asc.json().items[0].action).toBe('auth.login');
    const bad = await app.inject({ url: '/api/audit?sort=before:asc', headers: { cookie: admin } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'sort' });
  });

  it('filters by date range in Shanghai days', async () => {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const hit = await app.inject({
      url: `/api/audit?action=probe&from=${today}&to=${today}`,
      headers: { cookie: admin },
    });
    expect(hit.json().total).toBe(12);
    const miss = await app.inject({
      url: '/api/audit?action=probe&from=2001-01-01&to=2001-01-02',
      headers: { cookie: admin },
    });
    expect(miss.json().total).toBe(0);
    const bad = await app.inject({ url: '/api/audit?from=2024-13-01', headers: { cookie: admin } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('from');
  });

  it('records sign-ins, and refuses the trail to anonymous callers and to clerks', async () => {
    const logins = await app.inject({
      url: '/api/audit?action=auth.login',
      headers: { cookie: admin },
    });
    expect(logins.json().total).toBeGreaterThanOrEqual(2);
    expect((await app.inject('/api/audit')).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/audit', headers: { cookie: clerk } })).statusCode).toBe(
      403,
    );
  });

  it('prints the filtered trail as a PDF and exports it as Excel', async () => {
    const columns = encodeURIComponent(
      'at:时间,actorName:操作人,action:操作类型,entityId:对象编号',
    );
    const pdf = await app.inject({
      url: `/api/audit?action=probe&format=pdf&title=审计日志&columns=${columns}`,
      headers: { cookie: admin },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.toString('latin1')).toContain('NotoSansSC');
    const xlsx = await app.inject({
      url: `/api/audit?action=probe&format=xlsx&columns=${columns}`,
      headers: { cookie: admin },
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const badColumn = await app.inject({
      url: '/api/audit?format=xlsx&columns=before:之前',
      headers: { cookie: admin },
    });
    expect(badColumn.statusCode).toBe(400);
  });
});
