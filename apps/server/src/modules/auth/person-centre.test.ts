import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  createPerson,
  lastSmsCode,
  solveCaptcha,
  type TestApp,
} from '../../../test/helpers';
import { PERSON_PASSWORD, personFlows } from '../../../test/person';

describe('个人中心 (004 §三.3)', () => {
  let app: TestApp;
  let flows: ReturnType<typeof personFlows>;
  beforeAll(async () => {
    app = await buildTestApp();
    flows = personFlows(app);
  });
  afterAll(async () => {
    await app.close();
  });
  const get = (url: string, cookie: string) => app.inject({ url, headers: { cookie } });

  it('shows the security level: bound phone and real-name verification', async () => {
    await flows.register('13710000001');
    const unverified = flows.cookieOf(await flows.login('13710000001'));
    expect((await get('/api/me/security', unverified)).json()).toMatchObject({
      phone: '137****0001',
      realNameVerified: false,
      level: '中',
    });
    const person = await createPerson(app, { name: '赵敏', phone: '13710000002' });
    app.clock.advance(61_000);
    const cookie = await flows.verifiedSession({ ...person, phone: '13710000002' });
    expect((await get('/api/me/security', cookie)).json()).toMatchObject({
      realNameVerified: true,
      realNameMethod: 'phone',
      level: '高',
    });
  });

  it('changes the login password, keeping this session and ending the others', async () => {
    app.clock.advance(61_000);
    await flows.register('13710000003');
    const here = flows.cookieOf(await flows.login('13710000003'));
    const elsewhere = flows.cookieOf(await flows.login('13710000003'));
    const wrongOld = await flows.post(
      '/api/me/password',
      { oldPassword: 'nope1234', password: 'xyz98765', confirmPassword: 'xyz98765' },
      here,
    );
    expect(wrongOld.json()).toMatchObject({ field: 'oldPassword', message: '原密码不正确' });
    const same = await flows.post(
      '/api/me/password',
      { oldPassword: PERSON_PASSWORD, password: PERSON_PASSWORD, confirmPassword: PERSON_PASSWORD },
      here,
    );
    expect(same.json()).toMatchObject({ field: 'password', message: '新密码不能与原密码相同' });
    const ok = await flows.post(
      '/api/me/password',
      { oldPassword: PERSON_PASSWORD, password: 'xyz98765', confirmPassword: 'xyz98765' },
      here,
    );
    expect(ok.statusCode).toBe(200);
    expect((await get('/api/session', here)).statusCode).toBe(200);
    expect((await get('/api/session', elsewhere)).statusCode).toBe(401);
    expect((await flows.login('13710000003', 'xyz98765')).statusCode).toBe(200);
  });

  it('changes the bound phone with an SMS code sent to the new phone', async () => {
    app.clock.advance(61_000);
    await flows.register('13710000004');
    const cookie = flows.cookieOf(await flows.login('13710000004'));
    const taken = await flows.post('/api/sms/codes', {
      phone: '13710000003',
      purpose: 'change-phone',
      ...(await solveCaptcha(app)),
    });
    expect(taken.json()).toMatchObject({ field: 'phone', message: '该手机号已被其他账号绑定' });
    const smsCode = await flows.sendSms('13710000005', 'change-phone');
    const res = await flows.post('/api/me/phone', { phone: '13710000005', smsCode }, cookie);
    expect(res.statusCode, res.body).toBe(200);
    expect((await flows.login('13710000005')).statusCode).toBe(200);
    expect((await flows.login('13710000004')).json().message).toBe('该账号未注册，请先注册');
  });

  it('cancels the account after a fresh real-name check; the person stays insured and can register again', async () => {
    const person = await createPerson(app, { name: '钱多多', phone: '13710000006' });
    app.clock.advance(61_000);
    const cookie = await flows.verifiedSession({ ...person, phone: '13710000006' });
    const ident = { name: '钱多多', certType: '01', certNo: person.certNo, phone: '13710000006' };
    app.clock.advance(61_000);
    const sms = await flows.post(
      '/api/me/cancel/sms',
      { ...ident, ...(await solveCaptcha(app)) },
      cookie,
    );
    expect(sms.statusCode, sms.body).toBe(200);
    const smsCode = await lastSmsCode(app, '13710000006');
    const other = await createPerson(app, { name: '孙悟', phone: '13710000099' });
    const notMine = await flows.post(
      '/api/me/cancel',
      { name: '孙悟', certType: '01', certNo: other.certNo, phone: '13710000099', smsCode },
      cookie,
    );
    expect(notMine.json().message).toBe('参保信息不存在，暂时无法认证');
    const done = await flows.post('/api/me/cancel', { ...ident, smsCode }, cookie);
    expect(done.statusCode, done.body).toBe(200);
    expect((await get('/api/session', cookie)).statusCode).toBe(401);
    expect((await flows.login('13710000006')).json().message).toBe('该账号未注册，请先注册');
    app.clock.advance(61_000);
    const again = await flows.verifiedSession({ ...person, phone: '13710000006' });
    expect((await get('/api/me/security', again)).json().realNameVerified).toBe(true);
  });

  it('lists 我的消息: the SMS the platform sent to this person', async () => {
    const person = await createPerson(app, { name: '周到', phone: '13710000007' });
    app.clock.advance(61_000);
    const cookie = await flows.verifiedSession({ ...person, phone: '13710000007' });
    const res = await get('/api/me/messages?pageSize=5', cookie);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(2);
    expect(body.items[0].text).toMatch(/^【医保公共服务平台】您正在进行实名认证/);
    expect(body.items[1].text).toMatch(/用户注册/);
    expect((await app.inject('/api/me/messages')).statusCode).toBe(401);
  });
});
