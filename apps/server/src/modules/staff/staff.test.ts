import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  createStaff,
  staffCookie,
  TEST_PASSWORD,
  type TestApp,
} from '../../../test/helpers';

describe('staff, roles and rights', () => {
  let app: TestApp;
  let admin: string;
  let clerk: string;
  beforeAll(async () => {
    app = await buildTestApp();
    await createStaff(app, 'admin01', { roles: ['admin'], regions: ['*'] });
    await createStaff(app, 'clerk01', { roles: ['clerk'] });
    admin = await staffCookie(app, 'admin01');
    clerk = await staffCookie(app, 'clerk01');
  });
  afterAll(async () => {
    await app.close();
  });
  const send = (
    method: 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload: object | undefined,
    cookie: string,
  ) => app.inject({ method, url, payload, headers: { cookie } });

  it('lists the rights every module declares, and the built-in roles', async () => {
    const rights = (await app.inject({ url: '/api/rights', headers: { cookie: admin } })).json()
      .items as { code: string; module: string }[];
    expect(rights.map((r) => r.code)).toEqual(
      expect.arrayContaining([
        'audit.read',
        'calendar.manage',
        'unit.binding-code',
        'unit-operator.create',
        'staff.manage',
        'role.manage',
      ]),
    );
    const roles = (await app.inject({ url: '/api/roles', headers: { cookie: admin } })).json()
      .items as { code: string; builtin: boolean }[];
    expect(roles.map((r) => r.code)).toEqual(['admin', 'clerk', 'reviewer']);
    expect((await app.inject({ url: '/api/rights', headers: { cookie: clerk } })).statusCode).toBe(
      403,
    );
  });

  it('creates a role from the catalogue and grants exactly its rights', async () => {
    const bad = await send(
      'POST',
      '/api/roles',
      { code: 'auditor', name: '审计员', rights: ['audit.read', 'nuke.all'] },
      admin,
    );
    expect(bad.json()).toMatchObject({ field: 'rights', message: '权限 nuke.all 不存在' });
    const role = await send(
      'POST',
      '/api/roles',
      { code: 'auditor', name: '审计员', rights: ['audit.read'] },
      admin,
    );
    expect(role.json()).toEqual({
      code: 'auditor',
      name: '审计员',
      rights: ['audit.read'],
      builtin: false,
    });
    const created = await send(
      'POST',
      '/api/staff',
      {
        username: 'audit01',
        name: '审计员一',
        roles: ['auditor'],
        regionCodes: ['110000'],
        password: 'Audit2026x',
      },
      admin,
    );
    expect(created.statusCode, created.body).toBe(200);
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/staff/login',
      payload: { username: 'audit01', password: 'Audit2026x' },
    });
    expect(login.json()).toMatchObject({ roles: ['auditor'], rights: ['audit.read'] });
    const cookie = `yb_sid=${login.cookies.find((c) => c.name === 'yb_sid')!.value}`;
    expect((await app.inject({ url: '/api/audit', headers: { cookie } })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/staff', headers: { cookie } })).statusCode).toBe(403);
    const inUse = await send('DELETE', '/api/roles/auditor', undefined, admin);
    expect(inUse.json()).toMatchObject({
      code: 'CONFLICT',
      message: '仍有经办人员使用该角色，不能删除',
    });
    expect((await send('DELETE', '/api/roles/clerk', undefined, admin)).json().message).toBe(
      '系统内置角色不能删除',
    );
    expect(
      (await send('PUT', '/api/roles/admin', { name: '管理员', rights: [] }, admin)).json().message,
    ).toBe('管理员角色拥有全部权限，不能修改');
  });

  it('validates new staff and refuses a taken username', async () => {
    const base = {
      username: 'clerk09',
      name: '经办九',
      roles: ['clerk'],
      regionCodes: ['530400'],
      password: 'Clerk2026x',
    };
    expect(
      (await send('POST', '/api/staff', { ...base, password: 'short' }, admin)).json().field,
    ).toBe('password');
    expect(
      (await send('POST', '/api/staff', { ...base, regionCodes: [] }, admin)).json(),
    ).toMatchObject({ field: 'regionCodes', message: '请至少选择一个统筹区' });
    expect(
      (await send('POST', '/api/staff', { ...base, roles: ['ghost'] }, admin)).json().message,
    ).toBe('角色 ghost 不存在');
    expect((await send('POST', '/api/staff', base, admin)).statusCode).toBe(200);
    expect((await send('POST', '/api/staff', base, admin)).json()).toMatchObject({
      field: 'username',
      message: '用户名已存在',
    });
    expect((await send('POST', '/api/staff', base, clerk)).statusCode).toBe(403);
  });

  it('disables an account (ending its sessions), resets passwords, and pages the list', async () => {
    const target = await createStaff(app, 'clerk05', { roles: ['clerk'] });
    const cookie = await staffCookie(app, 'clerk05');
    const off = await send(
      'PUT',
      `/api/staff/${target.id}`,
      { name: '停用者', roles: ['clerk'], regionCodes: ['110000'], status: '停用' },
      admin,
    );
    expect(off.json()).toMatchObject({ status: '停用', name: '停用者' });
    expect((await app.inject({ url: '/api/session', headers: { cookie } })).statusCode).toBe(401);
    const relogin = await app.inject({
      method: 'POST',
      url: '/api/auth/staff/login',
      payload: { username: 'clerk05', password: TEST_PASSWORD },
    });
    expect(relogin.statusCode).toBe(401);
    const me = (await app.inject({ url: '/api/session', headers: { cookie: admin } })).json();
    const self = await send(
      'PUT',
      `/api/staff/${me.id}`,
      { name: 'x', roles: ['admin'], regionCodes: ['*'], status: '停用' },
      admin,
    );
    expect(self.json().message).toBe('不能停用自己的账号');
    const reset = await send(
      'POST',
      `/api/staff/${target.id}/password`,
      { password: 'Reset2026x' },
      admin,
    );
    expect(reset.statusCode).toBe(200);
    const list = await app.inject({
      url: '/api/staff?keyword=clerk&pageSize=2',
      headers: { cookie: admin },
    });
    expect(list.json()).toMatchObject({ page: 1, pageSize: 2 });
    expect(list.json().total).toBeGreaterThanOrEqual(3);
    const trail = await app.inject({
      url: '/api/audit?entity=staff&action=staff.update',
      headers: { cookie: admin },
    });
    expect(trail.json().items[0].before.status).toBe('正常');
  });
});
