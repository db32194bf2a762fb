import { auditLog, eq } from '@yibao/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createPerson, type TestApp } from '../../../test/helpers';
import {
  startOidcProvider,
  type SsoTestUser,
  type TestOidcProvider,
} from '../../../test/oidc-provider';
import { personFlows } from '../../../test/person';
import { SSO_FLOW_TTL_MS } from './sso.service';

const notInsured =
  '/personal/login?sso_error=' + encodeURIComponent('参保信息不存在，暂时无法登录');
const cert = (certNo: string) => ({ cert_type: '01', cert_no: certNo });
const failed = '/personal/login?sso_error=' + encodeURIComponent('统一身份认证登录失败，请重试');

describe('北京市统一身份认证平台登录 (004 §三)', () => {
  let provider: TestOidcProvider;
  let app: TestApp;
  const people: Record<string, { name: string; certNo: string; phone: string }> = {};

  beforeAll(async () => {
    const users: SsoTestUser[] = [];
    provider = await startOidcProvider(users);
    app = await buildTestApp(provider.env);
    // registry persons, then the platform's users claiming their certificates (one name differs)
    for (const [sub, name, claimedName, phone] of [
      ['new', '单点甲', '单点甲', '13730000012'],
      ['linked', '单点乙', '单点乙', '13730000022'],
      ['renamed', '单点丙', '单点丙改', '13730000032'],
    ] as const) {
      const p = await createPerson(app, { name, phone });
      people[sub] = { name, certNo: p.certNo, phone };
      const claimedPhone = sub === 'new' ? '+86 137 3000 0011' : phone.replace(/2$/, '1');
      users.push({ sub, name: claimedName, phone_number: claimedPhone, ...cert(p.certNo) });
    }
    users.push({ sub: 'stranger', name: '单点丁', ...cert('11010519800101003X') });
    // a child on a parent's phone: the claimed phone already belongs to 单点甲's account
    const child = await createPerson(app, { name: '单点戊', phone: '13730000052' });
    people.child = { name: '单点戊', certNo: child.certNo, phone: '13730000052' };
    users.push({
      sub: 'child',
      name: '单点戊',
      phone_number: '13730000011',
      ...cert(child.certNo),
    });
  });
  afterAll(async () => {
    await app?.close();
    await provider?.close();
  });

  /** The platform's login page up to the redirect back: the callback path, and the flow cookie. */
  async function toCallback(sub: string, next = '/personal/home') {
    const start = await app.inject(`/api/auth/sso/login?next=${encodeURIComponent(next)}`);
    expect(start.statusCode, start.body).toBe(302);
    const flow = start.cookies.find((c) => c.name === 'yb_sso')!;
    expect(flow).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/auth/sso' });
    const authorize = new URL(start.headers.location as string);
    expect(authorize.origin).toBe(provider.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('scope')).toBe('openid profile phone identity');
    const back = await provider.authorize(authorize.href, sub);
    expect(back.pathname).toBe('/api/auth/sso/callback');
    return { path: back.pathname + back.search, cookie: `yb_sso=${flow.value}` };
  }

  const callback = (path: string, cookie?: string) =>
    app.inject({ url: path, headers: cookie ? { cookie } : {} });

  async function ssoLogin(sub: string, next?: string) {
    const { path, cookie } = await toCallback(sub, next);
    return callback(path, cookie);
  }

  const session = async (res: { cookies: { name: string; value: string }[] }) => {
    const sid = res.cookies.find((c) => c.name === 'yb_sid');
    expect(sid, 'session cookie').toBeDefined();
    return (
      await app.inject({ url: '/api/session', headers: { cookie: `yb_sid=${sid!.value}` } })
    ).json() as { id: string; name: string; signInMethod: string; realNameVerified: boolean };
  };

  const outbox = async () =>
    ((await app.inject('/api/dev/outbox')).json() as { sms: { phone: string; text: string }[] })
      .sms;

  it('says whether SSO is configured', async () => {
    expect((await app.inject('/api/auth/sso')).json()).toEqual({ enabled: true });
    const plain = await buildTestApp();
    try {
      expect((await plain.inject('/api/auth/sso')).json()).toEqual({ enabled: false });
      const login = await plain.inject('/api/auth/sso/login');
      expect(login.statusCode).toBe(302);
      expect(decodeURIComponent(login.headers.location as string)).toContain('暂未开通');
    } finally {
      await plain.close();
    }
  });

  let firstAccountId = '';
  it('registers a verified account on first login and sends its password to 参保人手机号', async () => {
    const res = await ssoLogin('new');
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/personal/home');
    const s = await session(res);
    expect(s).toMatchObject({ name: '单点甲', signInMethod: 'sso', realNameVerified: true });
    firstAccountId = s.id;

    const sms = (await outbox()).find((m) => m.text.includes('初始登录密码'));
    expect(sms?.phone).toBe(people.new!.phone);
    const password = /初始登录密码为([A-Za-z0-9]{10})，请登录后及时修改。/.exec(sms!.text)?.[1];
    expect(password).toMatch(/^(?=.*[A-Za-z])(?=.*\d)/);

    // the account's phone is the one the platform vouched for, and the password works there
    const byPhone = await personFlows(app).login('13730000011', password);
    expect(byPhone.statusCode, byPhone.body).toBe(200);
    expect(byPhone.json()).toMatchObject({ id: firstAccountId, signInMethod: 'password' });
    const byCert = await personFlows(app).login(people.new!.certNo, password);
    expect(byCert.json()).toMatchObject({ id: firstAccountId });

    const audits = await app.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, firstAccountId));
    expect(audits.map((a) => [a.action, a.after])).toEqual(
      expect.arrayContaining([
        ['person-account.register', expect.objectContaining({ method: 'sso' })],
        ['auth.login', { method: 'sso' }],
      ]),
    );
  });

  it('signs the same account in on a second login, sending no new password', async () => {
    const before = (await outbox()).length;
    const res = await ssoLogin('new', '/m/home');
    expect(res.headers.location).toBe('/m/home');
    expect(await session(res)).toMatchObject({ id: firstAccountId, signInMethod: 'sso' });
    expect((await outbox()).length).toBe(before);
  });

  it('links an unverified account registered on the claimed phone', async () => {
    const flows = personFlows(app);
    await flows.register('13730000021');
    const own = (await flows.login('13730000021')).json() as { id: string };
    const res = await ssoLogin('linked');
    expect(res.headers.location).toBe('/personal/home');
    expect(await session(res)).toMatchObject({
      id: own.id,
      name: '单点乙',
      realNameVerified: true,
      signInMethod: 'sso',
    });
    expect((await outbox()).some((m) => m.phone === people.linked!.phone)).toBe(false);
  });

  it("registers on the registry's phone when another account holds the claimed one", async () => {
    const res = await ssoLogin('child');
    const s = await session(res);
    expect(s).toMatchObject({ name: '单点戊', realNameVerified: true });
    expect(s.id).not.toBe(firstAccountId);
    const sms = (await outbox()).find((m) => m.phone === people.child!.phone);
    const password = /初始登录密码为(\w{10})，/.exec(sms!.text)![1]!;
    const login = await personFlows(app).login(people.child!.phone, password);
    expect(login.json()).toMatchObject({ id: s.id });
  });

  it('never allows plain http to a provider off this machine', async () => {
    const remote = await buildTestApp({ ...provider.env, SSO_ISSUER: 'http://sso.example.test' });
    try {
      const res = await remote.inject('/api/auth/sso/login');
      expect(res.headers.location).toBe(failed);
    } finally {
      await remote.close();
    }
  });

  it('refuses a person whose name differs from the registry, and a non-insured identity', async () => {
    for (const sub of ['renamed', 'stranger']) {
      const res = await ssoLogin(sub);
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toBe(notInsured);
      expect(res.cookies.some((c) => c.name === 'yb_sid')).toBe(false);
    }
  });

  it('refuses a tampered state, a tampered or missing cookie and a replayed callback', async () => {
    const refused = async (path: string, cookie?: string) => {
      const res = await callback(path, cookie);
      expect(res.headers.location, path).toBe(failed);
      expect(res.cookies.some((c) => c.name === 'yb_sid')).toBe(false);
    };
    const a = await toCallback('new');
    await refused(a.path.replace(/state=[^&]+/, 'state=forged'), a.cookie);

    const b = await toCallback('new');
    await refused(b.path);
    const flip = b.cookie.at(-2) === 'A' ? 'B' : 'A';
    const flipped = b.cookie.slice(0, -2) + flip + b.cookie.at(-1);
    await refused(b.path, flipped);

    const c = await toCallback('new');
    expect((await callback(c.path, c.cookie)).headers.location).toBe('/personal/home');
    await refused(c.path, c.cookie);
  });

  it('refuses a flow older than ten minutes', async () => {
    const { path, cookie } = await toCallback('new');
    app.clock.advance(SSO_FLOW_TTL_MS + 1000);
    const res = await callback(path, cookie);
    expect(res.headers.location).toBe(failed);
  });

  it('returns only to person pages', async () => {
    for (const next of ['https://evil.example/', '//evil.example', '/unit/home', '/personalx']) {
      const res = await ssoLogin('new', next);
      expect(res.headers.location, next).toBe('/personal');
    }
  });
});
