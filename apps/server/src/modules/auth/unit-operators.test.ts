import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  createStaff,
  createUnit,
  lastSmsCode,
  solveCaptcha,
  staffCookie,
  type TestApp,
} from '../../../test/helpers';
import { personFlows } from '../../../test/person';

const PASSWORD = 'unit1234';

describe('unit operators (004 FAQ 3)', () => {
  let app: TestApp;
  let clerk: string;
  let yuxiClerk: string;
  let agency: Awaited<ReturnType<typeof createUnit>>;
  beforeAll(async () => {
    app = await buildTestApp();
    await createStaff(app, 'clerk01', { regions: ['110000'] });
    await createStaff(app, 'clerk02', { regions: ['530400'] });
    clerk = await staffCookie(app, 'clerk01');
    yuxiClerk = await staffCookie(app, 'clerk02');
    agency = await createUnit(app, { name: '北京市朝阳区人才服务中心', unitType: 'agency-flex' });
  });
  afterAll(async () => {
    await app.close();
  });

  const post = (url: string, payload: object, cookie?: string) =>
    app.inject({ method: 'POST', url, payload, headers: cookie ? { cookie } : {} });
  const cookieOf = (res: { cookies: { name: string; value: string }[] }) =>
    `yb_sid=${res.cookies.find((c) => c.name === 'yb_sid')!.value}`;

  async function registerOperator(phone: string, name: string) {
    const sent = await post('/api/sms/unit-codes', {
      phone,
      purpose: 'unit-register',
      ...(await solveCaptcha(app)),
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const smsCode = await lastSmsCode(app, phone);
    const res = await post('/api/auth/unit/register', {
      phone,
      name,
      password: PASSWORD,
      confirmPassword: PASSWORD,
      smsCode,
      agree: true,
    });
    expect(res.statusCode, res.body).toBe(200);
  }
  const login = async (phone: string, password = PASSWORD) =>
    post('/api/auth/unit/login', { phone, password, ...(await solveCaptcha(app)) });

  it('keeps unit-operator accounts apart from personal accounts on the same phone', async () => {
    await registerOperator('13910000001', '刘经办');
    await personFlows(app).register('13910000001');
    const unit = await login('13910000001');
    expect(unit.json()).toMatchObject({ actorType: 'unit-operator', name: '刘经办' });
    const person = await personFlows(app).login('13910000001');
    expect(person.json()).toMatchObject({ actorType: 'person' });
    const home = await app.inject({ url: '/api/unit/home', headers: { cookie: cookieOf(unit) } });
    expect(home.json()).toEqual({
      bound: false,
      operatorName: '刘经办',
      unitName: '',
      unitType: '',
      managedGroup: '',
      uscc: '',
    });
    expect(
      (await app.inject({ url: '/api/unit/home', headers: { cookie: cookieOf(person) } }))
        .statusCode,
    ).toBe(401);
    expect(
      (await app.inject({ url: '/api/me/security', headers: { cookie: cookieOf(unit) } }))
        .statusCode,
    ).toBe(401);
  });

  it('binds an operator to a unit by USCC and a one-time code from a clerk of the unit’s region', async () => {
    const cookie = cookieOf(await login('13910000001'));
    expect((await post(`/api/units/${agency.id}/binding-codes`, {}, yuxiClerk)).statusCode).toBe(
      403,
    );
    expect((await post(`/api/units/${agency.id}/binding-codes`, {}, cookie)).statusCode).toBe(401);
    const issued = await post(`/api/units/${agency.id}/binding-codes`, {}, clerk);
    expect(issued.statusCode).toBe(200);
    const { code } = issued.json();
    expect(code).toMatch(/^[A-Z0-9]{8}$/);
    const wrong = await post(
      '/api/unit/bind',
      { uscc: agency.uscc, bindingCode: 'ZZZZZZZZ' },
      cookie,
    );
    expect(wrong.json()).toMatchObject({
      field: 'bindingCode',
      message: '统一社会信用代码或绑定码不正确',
    });
    const ok = await post(
      '/api/unit/bind',
      { uscc: agency.uscc.toLowerCase(), bindingCode: code.toLowerCase() },
      cookie,
    );
    expect(ok.json()).toEqual({ unitName: '北京市朝阳区人才服务中心' });
    const home = await app.inject({ url: '/api/unit/home', headers: { cookie } });
    expect(home.json()).toMatchObject({
      bound: true,
      unitName: '北京市朝阳区人才服务中心',
      managedGroup: '灵活就业人员',
      uscc: agency.uscc,
    });
    const again = await post('/api/unit/bind', { uscc: agency.uscc, bindingCode: code }, cookie);
    expect(again.statusCode).toBe(403);
  });

  it('refuses an expired binding code', async () => {
    await registerOperator('13910000002', '陈经办');
    const { code } = (await post(`/api/units/${agency.id}/binding-codes`, {}, clerk)).json();
    app.clock.advance(8 * 86_400_000);
    try {
      const cookie = cookieOf(await login('13910000002'));
      const late = await post('/api/unit/bind', { uscc: agency.uscc, bindingCode: code }, cookie);
      expect(late.json()).toMatchObject({
        field: 'bindingCode',
        message: '统一社会信用代码或绑定码不正确',
      });
    } finally {
      app.clock.reset();
    }
  });

  it('lets a clerk open an operator account whose initial password arrives by SMS', async () => {
    const created = await post(
      '/api/unit-operators',
      { unitId: agency.id, phone: '13910000003', name: '赵经办' },
      clerk,
    );
    expect(created.statusCode, created.body).toBe(200);
    const outbox = (await app.inject('/api/dev/outbox')).json() as {
      sms: { phone: string; text: string }[];
    };
    const text = outbox.sms.find((m) => m.phone === '13910000003')!.text;
    const initial = /初始登录密码为([A-Za-z0-9]+)/.exec(text)![1]!;
    const res = await login('13910000003', initial);
    expect(res.statusCode).toBe(200);
    const home = await app.inject({ url: '/api/unit/home', headers: { cookie: cookieOf(res) } });
    expect(home.json()).toMatchObject({ bound: true, operatorName: '赵经办' });
    const dup = await post(
      '/api/unit-operators',
      { unitId: agency.id, phone: '13910000003', name: '重复' },
      clerk,
    );
    expect(dup.json()).toMatchObject({ code: 'CONFLICT', field: 'phone' });
  });

  it('locks a unit operator after five failures like any account', async () => {
    for (let i = 0; i < 4; i++) await login('13910000002', 'bad12345');
    const fifth = await login('13910000002', 'bad12345');
    expect(fifth.json().message).toBe('累计登录失败5次，账户已被锁定，请10分钟后再试');
  });
});
