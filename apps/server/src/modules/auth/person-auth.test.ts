import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  createPerson,
  lastSmsCode,
  solveCaptcha,
  type TestApp,
} from '../../../test/helpers';
import { PERSON_PASSWORD as PASSWORD, personFlows } from '../../../test/person';

type Flows = ReturnType<typeof personFlows>;

describe('personal accounts (004 §二–§四)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  let post: Flows['post'];
  let sendSms: Flows['sendSms'];
  let register: Flows['register'];
  let login: Flows['login'];
  let cookieOf: Flows['cookieOf'];
  beforeAll(() => {
    ({ post, sendSms, register, login, cookieOf } = personFlows(app));
  });

  it('registers with phone, password, captcha and SMS code, once per phone', async () => {
    await register('13700000001');
    app.clock.advance(61_000);
    const again = await post('/api/sms/codes', {
      phone: '13700000001',
      purpose: 'register',
      ...(await solveCaptcha(app)),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ field: 'phone', message: '该手机号已注册，请直接登录' });
  });

  it('checks the password rules, the confirmation and the agreement field by field', async () => {
    const base = {
      phone: '13700000002',
      password: 'abcdefgh',
      confirmPassword: 'abcdefgh',
      smsCode: '123456',
      agree: true,
    };
    const weak = await post('/api/auth/person/register', base);
    expect(weak.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'password',
      message: '密码须同时包含字母和数字',
    });
    const short = await post('/api/auth/person/register', {
      ...base,
      password: 'ab1',
      confirmPassword: 'ab1',
    });
    expect(short.json()).toMatchObject({ field: 'password', message: '密码长度至少8位' });
    const mismatch = await post('/api/auth/person/register', {
      ...base,
      password: 'abc12345',
      confirmPassword: 'abc12346',
    });
    expect(mismatch.json()).toMatchObject({
      field: 'confirmPassword',
      message: '两次输入的密码不一致',
    });
    const noAgree = await post('/api/auth/person/register', {
      ...base,
      password: 'abc12345',
      confirmPassword: 'abc12345',
      agree: false,
    });
    expect(noAgree.json()).toMatchObject({
      field: 'agree',
      message: '请阅读并同意《国家医疗保障局个人注册协议》',
    });
    const badPhone = await post('/api/auth/person/register', { ...base, phone: '1234' });
    expect(badPhone.json()).toMatchObject({ field: 'phone', message: '请输入正确的11位手机号' });
  });

  it('sends at most one SMS a minute to a phone, and each captcha works once', async () => {
    const captcha = await solveCaptcha(app);
    const first = await post('/api/sms/codes', {
      phone: '13700000003',
      purpose: 'register',
      ...captcha,
    });
    expect(first.json()).toEqual({ resendAfterSeconds: 60 });
    const reused = await post('/api/sms/codes', {
      phone: '13700000003',
      purpose: 'register',
      ...captcha,
    });
    expect(reused.json()).toMatchObject({
      field: 'captcha',
      message: '图形验证码不正确或已失效，请重新输入',
    });
    const soon = await post('/api/sms/codes', {
      phone: '13700000003',
      purpose: 'register',
      ...(await solveCaptcha(app)),
    });
    expect(soon.statusCode).toBe(429);
    expect(soon.json().message).toBe('验证码发送过于频繁，请60秒后再试');
  });

  it('refuses a sixth guess of an SMS code and an expired code', async () => {
    app.clock.advance(61_000);
    const code = await sendSms('13700000004', 'register');
    const wrong = code === '000000' ? '111111' : '000000';
    const body = {
      phone: '13700000004',
      password: PASSWORD,
      confirmPassword: PASSWORD,
      agree: true,
    };
    for (let i = 0; i < 5; i++) {
      const r = await post('/api/auth/person/register', { ...body, smsCode: wrong });
      expect(r.json()).toMatchObject({ field: 'smsCode', message: '短信验证码不正确' });
    }
    const sixth = await post('/api/auth/person/register', { ...body, smsCode: code });
    expect(sixth.json().message).toBe('验证码错误次数过多，请重新获取');
    app.clock.advance(61_000);
    const fresh = await sendSms('13700000004', 'register');
    app.clock.advance(5 * 60_000 + 1);
    const late = await post('/api/auth/person/register', { ...body, smsCode: fresh });
    expect(late.json().message).toBe('短信验证码已过期，请重新获取');
  });

  it('walks real-name verification through the guide’s three outcomes', async () => {
    const insured = await createPerson(app, { name: '张建国', phone: '13600000001' });
    const noPhone = await createPerson(app, { name: '李小红' });
    app.clock.advance(61_000);
    await register('13700000005');
    const res = await login('13700000005');
    expect(res.json()).toMatchObject({ actorType: 'person', realNameVerified: false });
    const cookie = cookieOf(res);

    const byCert = await login(insured.certNo);
    expect(byCert.json().message).toBe('该账号未注册，请先注册');

    const ident = { name: '张建国', certType: '01', certNo: insured.certNo };
    const none = await post(
      '/api/auth/person/real-name/match',
      { ...ident, name: '张建军' },
      cookie,
    );
    expect(none.statusCode).toBe(404);
    expect(none.json().message).toBe('参保信息不存在，暂时无法认证');
    const missing = await post(
      '/api/auth/person/real-name/match',
      { name: '李小红', certType: '01', certNo: noPhone.certNo },
      cookie,
    );
    expect(missing.json().message).toBe(
      '参保人手机号码不存在。请参考“变更参保人手机号说明”，补充参保人手机号。',
    );
    const matched = await post('/api/auth/person/real-name/match', ident, cookie);
    expect(matched.json()).toEqual({ maskedPhone: '136****0001' });

    const wrongPhone = await post(
      '/api/auth/person/real-name/sms',
      { ...ident, phone: '13600000009', ...(await solveCaptcha(app)) },
      cookie,
    );
    expect(wrongPhone.json()).toMatchObject({
      field: 'phone',
      message: '手机号与医保系统中登记的参保人手机号不一致',
    });
    const sent = await post(
      '/api/auth/person/real-name/sms',
      { ...ident, phone: '13600000001', ...(await solveCaptcha(app)) },
      cookie,
    );
    expect(sent.statusCode).toBe(200);
    const smsCode = await lastSmsCode(app, '13600000001');
    const done = await post(
      '/api/auth/person/real-name/confirm',
      { ...ident, phone: '13600000001', smsCode },
      cookie,
    );
    expect(done.json()).toEqual({ name: '张建国' });

    const me = await app.inject({ url: '/api/session', headers: { cookie } });
    expect(me.json()).toMatchObject({ name: '张建国', realNameVerified: true });
    expect((await login(insured.certNo)).statusCode).toBe(200);
  });

  it('locks the account for ten minutes after five failed logins', async () => {
    app.clock.advance(61_000);
    await register('13700000006');
    for (let i = 1; i <= 4; i++) {
      const r = await login('13700000006', 'wrong1234');
      expect(r.json()).toMatchObject({
        field: 'password',
        message: `账号或密码错误，您还可以尝试${5 - i}次`,
      });
    }
    const fifth = await login('13700000006', 'wrong1234');
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().message).toBe('累计登录失败5次，账户已被锁定，请10分钟后再试');
    expect((await login('13700000006')).json().message).toBe(
      '累计登录失败5次，账户已被锁定，请10分钟后再试',
    );
    app.clock.advance(10 * 60_000 + 1);
    expect((await login('13700000006')).statusCode).toBe(200);
  });

  it('finds a forgotten password in three steps and logs out every old session', async () => {
    const person = await createPerson(app, { name: '王芳', phone: '13700000007' });
    app.clock.advance(61_000);
    await register('13700000007');
    const session = cookieOf(await login('13700000007'));
    app.clock.advance(61_000);
    await post(
      '/api/auth/person/real-name/sms',
      {
        name: '王芳',
        certType: '01',
        certNo: person.certNo,
        phone: '13700000007',
        ...(await solveCaptcha(app)),
      },
      session,
    );
    const rn = await lastSmsCode(app, '13700000007');
    await post(
      '/api/auth/person/real-name/confirm',
      { name: '王芳', certType: '01', certNo: person.certNo, phone: '13700000007', smsCode: rn },
      session,
    );

    const step1 = await post('/api/auth/person/password-reset/account', {
      phone: '13700000007',
      ...(await solveCaptcha(app)),
    });
    expect(step1.json()).toEqual({ phone: '13700000007' });
    const unknown = await post('/api/auth/person/password-reset/account', {
      phone: '13700000099',
      ...(await solveCaptcha(app)),
    });
    expect(unknown.json()).toMatchObject({ field: 'phone', message: '该账号未注册，请先注册' });
    app.clock.advance(61_000);
    const smsCode = await sendSms('13700000007', 'reset-password');
    const body = {
      phone: '13700000007',
      password: 'new12345',
      confirmPassword: 'new12345',
      smsCode,
    };
    const wrongCert = await post('/api/auth/person/password-reset', {
      ...body,
      certNo: '110105198503150000',
    });
    expect(wrongCert.json()).toMatchObject({
      field: 'certNo',
      message: '证件号码与实名认证信息不一致',
    });
    const ok = await post('/api/auth/person/password-reset', {
      ...body,
      certNo: person.certNo.toLowerCase(),
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(
      (await app.inject({ url: '/api/session', headers: { cookie: session } })).statusCode,
    ).toBe(401);
    expect((await login('13700000007')).statusCode).toBe(401);
    expect((await login('13700000007', 'new12345')).statusCode).toBe(200);
  });
});
