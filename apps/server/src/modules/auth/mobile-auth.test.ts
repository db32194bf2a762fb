import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  createPerson,
  lastSmsCode,
  solveCaptcha,
  type TestApp,
} from '../../../test/helpers';
import { PERSON_PASSWORD, personFlows } from '../../../test/person';

describe('智慧医保 accounts, 医保电子凭证 and 扫码登录 (003 ch. 1, M09, P02)', () => {
  let app: TestApp;
  let flows: ReturnType<typeof personFlows>;
  beforeAll(async () => {
    app = await buildTestApp();
    flows = personFlows(app);
  });
  afterAll(async () => {
    await app.close();
  });
  const get = (url: string, cookie?: string) =>
    app.inject({ url, headers: cookie ? { cookie } : {} });

  it('verifies a mobile account by social-security card number and card password', async () => {
    await createPerson(app, {
      name: '孙卡',
      phone: '13730000009',
      ssCardNo: 'K13000001',
      cardPassword: '123456',
    });
    await flows.register('13730000001');
    const cookie = flows.cookieOf(await flows.login('13730000001'));
    const wrong = await flows.post(
      '/api/auth/mobile/real-name',
      { method: 'ss-card', ssCardNo: 'K13000001', cardPassword: '654321' },
      cookie,
    );
    expect(wrong.json()).toMatchObject({
      field: 'cardPassword',
      message: '社会保障卡卡号或密码不正确',
    });
    const ok = await flows.post(
      '/api/auth/mobile/real-name',
      { method: 'ss-card', ssCardNo: 'K13000001', cardPassword: '123456' },
      cookie,
    );
    expect(ok.json()).toEqual({ name: '孙卡' });
    expect((await get('/api/session', cookie)).json()).toMatchObject({
      realNameVerified: true,
      name: '孙卡',
    });
  });

  it('activates the e-voucher with a six-digit password and changes it', async () => {
    const person = await createPerson(app, { name: '吴码', phone: '13730000002' });
    const cookie = await flows.verifiedSession({ ...person, phone: '13730000002' });
    expect((await get('/api/evoucher', cookie)).json()).toMatchObject({
      activated: false,
      name: '吴码',
    });
    const weak = await flows.post(
      '/api/evoucher/activate',
      { password: '12345a', confirmPassword: '12345a' },
      cookie,
    );
    expect(weak.json()).toMatchObject({ field: 'password', message: '医保电子凭证密码为6位数字' });
    expect(
      (
        await flows.post(
          '/api/evoucher/activate',
          { password: '246810', confirmPassword: '246810' },
          cookie,
        )
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await flows.post(
          '/api/evoucher/activate',
          { password: '246810', confirmPassword: '246810' },
          cookie,
        )
      ).json().message,
    ).toBe('医保电子凭证已激活');
    const status = (await get('/api/evoucher', cookie)).json();
    expect(status.activated).toBe(true);
    expect(status.maskedCertNo).toMatch(/^\d\d\*{5}[\dX]{2}$/);
    const badOld = await flows.post(
      '/api/evoucher/password',
      { oldPassword: '000000', password: '135790', confirmPassword: '135790' },
      cookie,
    );
    expect(badOld.json()).toMatchObject({ field: 'oldPassword', message: '原密码不正确' });
    expect(
      (
        await flows.post(
          '/api/evoucher/password',
          { oldPassword: '246810', password: '135790', confirmPassword: '135790' },
          cookie,
        )
      ).statusCode,
    ).toBe(200);
  });

  it('signs the portal in by QR code confirmed on the phone, once, in the browser that asked', async () => {
    const person = await createPerson(app, { name: '郑扫', phone: '13730000003' });
    const mobile = await flows.verifiedSession({ ...person, phone: '13730000003' });
    const created = await app.inject({ method: 'POST', url: '/api/auth/qr' });
    const { ticket, url } = created.json();
    expect(url).toMatch(new RegExp(`/m/qr/${ticket}$`));
    const nonce = `yb_qr=${created.cookies.find((c) => c.name === 'yb_qr')!.value}`;
    expect((await get(`/api/auth/qr/${ticket}`)).json()).toEqual({
      status: 'pending',
      purpose: 'login',
    });

    const early = await app.inject({
      method: 'POST',
      url: `/api/auth/qr/${ticket}/login`,
      headers: { cookie: nonce },
    });
    expect(early.json().message).toBe('请先在手机上确认登录');
    const noVoucher = await flows.post(`/api/auth/qr/${ticket}/confirm`, {}, mobile);
    expect(noVoucher.json().message).toBe('请先激活医保电子凭证');
    await flows.post(
      '/api/evoucher/activate',
      { password: '112233', confirmPassword: '112233' },
      mobile,
    );
    expect((await flows.post(`/api/auth/qr/${ticket}/confirm`, {}, mobile)).statusCode).toBe(200);
    expect((await get(`/api/auth/qr/${ticket}`)).json()).toEqual({
      status: 'confirmed',
      purpose: 'login',
    });

    const stranger = await app.inject({ method: 'POST', url: `/api/auth/qr/${ticket}/login` });
    expect(stranger.statusCode).toBe(403);
    const login = await app.inject({
      method: 'POST',
      url: `/api/auth/qr/${ticket}/login`,
      headers: { cookie: nonce },
    });
    expect(login.json()).toMatchObject({
      actorType: 'person',
      name: '郑扫',
      signInMethod: 'qr-evoucher',
      realNameVerified: true,
    });
    const again = await app.inject({
      method: 'POST',
      url: `/api/auth/qr/${ticket}/login`,
      headers: { cookie: nonce },
    });
    expect(again.statusCode).toBe(409);
  });

  it('lets a QR code expire after two minutes', async () => {
    const { ticket } = (await app.inject({ method: 'POST', url: '/api/auth/qr' })).json();
    app.clock.advance(2 * 60_000 + 1);
    try {
      expect((await get(`/api/auth/qr/${ticket}`)).json()).toEqual({
        status: 'expired',
        purpose: 'login',
      });
    } finally {
      app.clock.reset();
    }
  });

  it('verifies a new account by e-voucher password after the old account was cancelled', async () => {
    const person = await createPerson(app, { name: '冯凭', phone: '13730000004' });
    const first = await flows.verifiedSession({ ...person, phone: '13730000004' });
    await flows.post(
      '/api/evoucher/activate',
      { password: '909090', confirmPassword: '909090' },
      first,
    );
    const ident = { name: '冯凭', certType: '01', certNo: person.certNo, phone: '13730000004' };
    app.clock.advance(61_000);
    await flows.post('/api/me/cancel/sms', { ...ident, ...(await solveCaptcha(app)) }, first);
    await flows.post(
      '/api/me/cancel',
      { ...ident, smsCode: await lastSmsCode(app, '13730000004') },
      first,
    );

    await flows.register('13730000005');
    const second = flows.cookieOf(await flows.login('13730000005'));
    const body = { method: 'evoucher', name: '冯凭', certType: '01', certNo: person.certNo };
    expect(
      (
        await flows.post(
          '/api/auth/mobile/real-name',
          { ...body, evoucherPassword: '111111' },
          second,
        )
      ).json().message,
    ).toBe('医保电子凭证密码不正确');
    expect(
      (
        await flows.post(
          '/api/auth/mobile/real-name',
          { ...body, evoucherPassword: '909090' },
          second,
        )
      ).json(),
    ).toEqual({ name: '冯凭' });
  });

  it('resets the password on the mobile channel, which changes the portal password too (M02)', async () => {
    await flows.register('13730000006');
    const old = flows.cookieOf(await flows.login('13730000006'));
    app.clock.advance(61_000);
    const smsCode = await flows.sendSms('13730000006', 'reset-password');
    const body = {
      phone: '13730000006',
      password: 'mob12345',
      confirmPassword: 'mob12345',
      smsCode,
    };
    expect(
      (await flows.post('/api/auth/person/password-reset/mobile', { ...body, agree: false })).json()
        .field,
    ).toBe('agree');
    expect(
      (await flows.post('/api/auth/person/password-reset/mobile', { ...body, agree: true }))
        .statusCode,
    ).toBe(200);
    expect((await get('/api/session', old)).statusCode).toBe(401);
    expect((await flows.login('13730000006', PERSON_PASSWORD)).statusCode).toBe(401);
    expect((await flows.login('13730000006', 'mob12345')).statusCode).toBe(200);
  });
});
