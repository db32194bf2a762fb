import { auditLog, eq } from '@yibao/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  createPerson,
  lastSmsCode,
  solveCaptcha,
  type TestApp,
} from '../../../test/helpers';
import { personFlows } from '../../../test/person';

type Person = Awaited<ReturnType<typeof createPerson>>;

describe('通过电子医保凭证扫码认证 (004 §三.1 2)', () => {
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
  const identity = (p: Person) => ({ name: p.name, certType: '01', certNo: p.certNo });

  /** A person verified on the mobile channel with an activated e-voucher; the mobile cookie. */
  async function evoucherHolder(name: string, phone: string) {
    const person = await createPerson(app, { name, phone });
    const mobile = await flows.verifiedSession({ ...person, phone });
    const activated = await flows.post(
      '/api/evoucher/activate',
      { password: '246810', confirmPassword: '246810' },
      mobile,
    );
    expect(activated.statusCode, activated.body).toBe(200);
    return { person, mobile };
  }

  /** A freshly registered portal account, signed in and not yet verified. */
  async function portalAccount(phone: string) {
    await flows.register(phone);
    return flows.cookieOf(await flows.login(phone));
  }

  async function createTicket(portal: string, body: object) {
    const res = await flows.post('/api/auth/person/real-name/qr', body, portal);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { ticket: string; url: string; expiresAt: string };
  }

  it('verifies the portal account once the named person confirms on the phone', async () => {
    const { person, mobile } = await evoucherHolder('秦扫认', '13740000001');
    const portal = await portalAccount('13740000002');

    const { ticket, url, expiresAt } = await createTicket(portal, identity(person));
    expect(url).toMatch(new RegExp(`/m/qr/${ticket}$`));
    const ttl = new Date(expiresAt).getTime() - app.clock.now().getTime();
    expect(ttl).toBeGreaterThan(2 * 60_000 - 5_000);
    expect(ttl).toBeLessThanOrEqual(2 * 60_000);
    expect((await get(`/api/auth/qr/${ticket}`)).json()).toEqual({
      status: 'pending',
      purpose: 'real-name',
    });

    // the phone sees what it confirms, masked
    const seen = await get(`/api/auth/qr/${ticket}/real-name`, mobile);
    expect(seen.json()).toEqual({
      status: 'pending',
      accountPhone: '137****0002',
      maskedName: '秦**',
      certType: '01',
      maskedCertNo: `${person.certNo.slice(0, 2)}*****${person.certNo.slice(-2)}`,
      samePerson: true,
    });

    // a real-name code neither confirms nor completes a login
    const asLogin = await flows.post(`/api/auth/qr/${ticket}/confirm`, {}, mobile);
    expect(asLogin.statusCode).toBe(400);
    expect((await flows.post(`/api/auth/qr/${ticket}/login`, {})).statusCode).toBe(403);

    const confirmed = await flows.post(`/api/auth/qr/${ticket}/real-name/confirm`, {}, mobile);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toEqual({ accountPhone: '137****0002' });
    expect((await get(`/api/auth/qr/${ticket}`)).json()).toEqual({
      status: 'confirmed',
      purpose: 'real-name',
    });

    expect((await get('/api/session', portal)).json()).toMatchObject({
      realNameVerified: true,
      name: '秦扫认',
    });
    expect((await get('/api/me/security', portal)).json()).toMatchObject({
      realNameVerified: true,
      realNameMethod: 'evoucher-qr',
      level: '高',
    });
    // one verified account per person: the real-name moved from the phone's account
    expect((await get('/api/session', mobile)).json()).toMatchObject({ realNameVerified: false });
    const byCert = await flows.login(person.certNo);
    expect(byCert.json()).toMatchObject({ phone: '137****0002', realNameVerified: true });

    const rows = await app.db.select().from(auditLog).where(eq(auditLog.entity, 'person-account'));
    const actions = rows.map((r) => r.action);
    expect(actions).toContain('person-account.real-name-qr');
    expect(actions).toContain('person-account.real-name-moved');
    expect(
      rows.find(
        (r) =>
          r.action === 'person-account.real-name' &&
          (r.after as { method?: string }).method === 'evoucher-qr',
      ),
    ).toBeTruthy();

    // used: the verified account, holding the person and the e-voucher now, cannot spend it again
    const again = await flows.post(`/api/auth/qr/${ticket}/real-name/confirm`, {}, portal);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('二维码已被使用，请刷新后重新扫码');
  });

  it('refuses a phone signed in as another person', async () => {
    const named = await createPerson(app, { name: '韩本人', phone: '13740000011' });
    const { mobile: other } = await evoucherHolder('韩他人', '13740000012');
    const portal = await portalAccount('13740000013');
    const { ticket } = await createTicket(portal, identity(named));

    expect((await get(`/api/auth/qr/${ticket}/real-name`, other)).json()).toMatchObject({
      samePerson: false,
      maskedName: '韩**',
    });
    const refused = await flows.post(`/api/auth/qr/${ticket}/real-name/confirm`, {}, other);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toBe('二维码所示身份与当前电子凭证不一致');
    expect((await get(`/api/auth/qr/${ticket}`)).json()).toMatchObject({ status: 'pending' });
    expect((await get('/api/session', portal)).json()).toMatchObject({ realNameVerified: false });
  });

  it('refuses an unverified phone and one without an activated e-voucher', async () => {
    const named = await createPerson(app, { name: '杨未认', phone: '13740000021' });
    const portal = await portalAccount('13740000022');
    const { ticket } = await createTicket(portal, identity(named));

    const unverified = await portalAccount('13740000023');
    const notVerified = await flows.post(
      `/api/auth/qr/${ticket}/real-name/confirm`,
      {},
      unverified,
    );
    expect(notVerified.statusCode).toBe(403);
    expect(notVerified.json().message).toBe('请先完成实名认证');

    const noVoucher = await flows.verifiedSession({ ...named, phone: '13740000021' });
    const refused = await flows.post(`/api/auth/qr/${ticket}/real-name/confirm`, {}, noVoucher);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toBe('请先激活医保电子凭证');
    expect((await get(`/api/auth/qr/${ticket}`)).json()).toMatchObject({ status: 'pending' });
  });

  it('lets a code expire after two minutes', async () => {
    const { person, mobile } = await evoucherHolder('朱过期', '13740000031');
    const portal = await portalAccount('13740000032');
    const { ticket } = await createTicket(portal, identity(person));
    app.clock.advance(2 * 60_000 + 1);
    try {
      expect((await get(`/api/auth/qr/${ticket}`)).json()).toEqual({
        status: 'expired',
        purpose: 'real-name',
      });
      const late = await flows.post(`/api/auth/qr/${ticket}/real-name/confirm`, {}, mobile);
      expect(late.statusCode).toBe(410);
      expect(late.json().message).toBe('二维码已失效，请刷新后重新扫码');
    } finally {
      app.clock.reset();
    }
    expect((await get('/api/session', portal)).json()).toMatchObject({ realNameVerified: false });
  });

  it('refuses an account that is already verified, before and after the code is made', async () => {
    const { person, mobile } = await evoucherHolder('许已认', '13740000041');
    const before = await flows.post('/api/auth/person/real-name/qr', identity(person), mobile);
    expect(before.statusCode).toBe(403);
    expect(before.json().message).toBe('您已完成实名认证');

    // the code is made, then the account is verified (by phone, as someone else) meanwhile
    const portal = await portalAccount('13740000042');
    const { ticket } = await createTicket(portal, identity(person));
    const other = await createPerson(app, { name: '何手机', phone: '13740000043' });
    const ident = { ...identity(other), phone: '13740000043' };
    app.clock.advance(61_000);
    await flows.post(
      '/api/auth/person/real-name/sms',
      { ...ident, ...(await solveCaptcha(app)) },
      portal,
    );
    const smsCode = await lastSmsCode(app, '13740000043');
    const byPhone = await flows.post(
      '/api/auth/person/real-name/confirm',
      { ...ident, smsCode },
      portal,
    );
    expect(byPhone.statusCode, byPhone.body).toBe(200);
    app.clock.reset();

    const late = await flows.post(`/api/auth/qr/${ticket}/real-name/confirm`, {}, mobile);
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toBe('该网厅账号已完成实名认证');
    // nothing moved: the phone's account still holds its person
    expect((await get('/api/session', mobile)).json()).toMatchObject({
      realNameVerified: true,
      name: '许已认',
    });
    expect((await get(`/api/auth/qr/${ticket}`)).json()).toMatchObject({ status: 'pending' });
  });

  it('checks the identity: certificate rules, the registry, not the insured phone', async () => {
    const portal = await portalAccount('13740000051');
    const stranger = await createPerson(app, { name: '曹无号' });
    const last = stranger.certNo.slice(-1) === '1' ? '2' : '1';
    const bad = await flows.post(
      '/api/auth/person/real-name/qr',
      { ...identity(stranger), certNo: stranger.certNo.slice(0, 17) + last },
      portal,
    );
    expect(bad.json()).toMatchObject({ field: 'certNo', message: '证件号码校验位不正确' });
    const wrongName = await flows.post(
      '/api/auth/person/real-name/qr',
      { ...identity(stranger), name: '曹有号' },
      portal,
    );
    expect(wrongName.statusCode).toBe(404);
    expect(wrongName.json().message).toBe('参保信息不存在，暂时无法认证');
    // no phone in the registry is no obstacle here (the phone method's outcome 2)
    const noPhone = await flows.post('/api/auth/person/real-name/qr', identity(stranger), portal);
    expect(noPhone.statusCode, noPhone.body).toBe(200);
  });

  it('limits how many codes an account asks for', async () => {
    const person = await createPerson(app, { name: '钱频繁' });
    const portal = await portalAccount('13740000061');
    for (let i = 0; i < 10; i++) await createTicket(portal, identity(person));
    const more = await flows.post('/api/auth/person/real-name/qr', identity(person), portal);
    expect(more.statusCode).toBe(429);
    expect(more.json().message).toBe('二维码获取过于频繁，请稍后再试');
  });
});
