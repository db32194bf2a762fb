import { auditLog, eq, personalAccountHistory, personalAccounts, regions } from '@yibao/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifiedPerson } from '../../../test/applications';
import {
  buildTestApp,
  lastSmsCode,
  seedRegions,
  solveCaptcha,
  type TestApp,
} from '../../../test/helpers';
import { hashPassword } from '../../lib/passwords';
import { checkAccountPassword, securityMessages } from './account-security';

/**
 * P17 个人账户密码设置 and P18 个人账户支付权限设置 through the API: the initial 000000, the
 * six-digit rules, the SMS and captcha checks of 个人账户密码权限验证, the lockout after five
 * wrong account passwords, and audit rows that never hold a password.
 */
describe('P17 个人账户密码设置 and P18 个人账户支付权限设置', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await buildTestApp();
    await seedRegions(app);
  });
  afterAll(async () => {
    await app.close();
  });

  /** A verified person with a personal account in `regionCode` (北京市 unless told). */
  async function holder(name: string, regionCode = '110000') {
    app.clock.advance(3_600_000); // a fresh hour for the per-address SMS limit
    const who = await verifiedPerson(app, name);
    const [account] = await app.db
      .insert(personalAccounts)
      .values({ personId: who.person.id, regionCode, balanceFen: 100_000 })
      .returning();
    return { ...who, account: account! };
  }
  const accountRow = async (id: number) =>
    (await app.db.select().from(personalAccounts).where(eq(personalAccounts.id, id)))[0]!;
  const get = (cookie: string) =>
    app.inject({ url: '/api/me/account-security', headers: { cookie } });
  const post = (cookie: string, url: string, payload: object) =>
    app.inject({ method: 'POST', url, payload, headers: { cookie } });

  /** 获取 in the dialog: a solved captcha, then the code the outbox shows. */
  async function smsCode(cookie: string, phone: string, purpose: 'password' | 'payment') {
    app.clock.advance(61_000);
    const sent = await post(cookie, '/api/me/account-security/sms', {
      purpose,
      ...(await solveCaptcha(app)),
    });
    expect(sent.statusCode, sent.body).toBe(200);
    return lastSmsCode(app, phone);
  }
  const changePassword = (cookie: string, password: string, smsCode: string, confirm = password) =>
    post(cookie, '/api/me/account-security/password', {
      password,
      confirmPassword: confirm,
      smsCode,
    });
  const savePayment = (
    cookie: string,
    body: {
      accountPassword: string;
      smsCode: string;
      passwordFreeLocal?: boolean;
      remoteUse?: boolean;
    },
  ) =>
    post(cookie, '/api/me/account-security/payment', {
      passwordFreeLocal: true,
      remoteUse: false,
      ...body,
    });

  it('checkAccountPassword takes 000000 while no password is set, then only the set one', async () => {
    const account = { id: 1, passwordHash: null };
    await expect(checkAccountPassword(account, '000000')).resolves.toBe(true);
    await expect(checkAccountPassword(account, '000001')).resolves.toBe(false);
    await expect(checkAccountPassword(account, '0000000')).resolves.toBe(false);
    const set = { id: 1, passwordHash: await hashPassword('258369') };
    await expect(checkAccountPassword(set, '258369')).resolves.toBe(true);
    await expect(checkAccountPassword(set, '000000')).resolves.toBe(false);
  });

  it('shows 参保人员申报信息 and the settings; a person without an account is refused', async () => {
    const { cookie, person } = await holder('密码甲');
    const res = await get(cookie);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      name: '密码甲',
      certType: '01',
      certNo: `${person.certNo.slice(0, 2)}*****${person.certNo.slice(-2)}`,
      initialPassword: true,
      passwordFreeLocal: false,
      remoteUse: false,
      regionName: '北京',
      lockedUntil: null,
    });
    expect(res.json().phone).toMatch(/^\d{3}\*{4}\d{4}$/);

    app.clock.advance(3_600_000);
    const resident = await verifiedPerson(app, '居民无账户');
    const refused = await get(resident.cookie);
    expect(refused.statusCode).toBe(404);
    expect(refused.json().message).toBe(securityMessages.noAccount);
    const sms = await post(resident.cookie, '/api/me/account-security/sms', {
      purpose: 'password',
      ...(await solveCaptcha(app)),
    });
    expect(sms.statusCode).toBe(404);
  });

  it('names the person’s own pooling region for the remote-use warning', async () => {
    await app.db
      .insert(regions)
      .values({ code: '130200', name: '唐山市', provinceCode: '130000' })
      .onConflictDoNothing();
    const { cookie } = await holder('唐山人', '130200');
    expect((await get(cookie)).json().regionName).toBe('唐山');
  });

  it('refuses a frozen or closed account', async () => {
    const { cookie, account } = await holder('冻结甲');
    const setStatus = (status: string) =>
      app.db.update(personalAccounts).set({ status }).where(eq(personalAccounts.id, account.id));
    await setStatus('冻结');
    expect((await get(cookie)).json()).toMatchObject({
      code: 'CONFLICT',
      message: securityMessages.frozen,
    });
    await setStatus('销户');
    const closed = await post(cookie, '/api/me/account-security/payment', {
      passwordFreeLocal: true,
      remoteUse: false,
      accountPassword: '000000',
      smsCode: '123456',
    });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().message).toBe(securityMessages.closed);
  });

  it('P17: refuses weak and mismatched passwords, wrong captcha and SMS codes', async () => {
    const { cookie, phone, person, account } = await holder('密码乙');
    const refuse = async (password: string, message: string, confirm = password) => {
      const res = await changePassword(cookie, password, '123456', confirm);
      expect(res.statusCode, password).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', message });
    };
    await refuse('12345', '个人账户密码为六位数字');
    await refuse('12a456', '个人账户密码为六位数字');
    await refuse('000000', '新密码不能为初始密码000000');
    await refuse('111111', '新密码不能为六位相同的数字，如111111');
    await refuse('123456', '新密码不能为连续的数字，如123456、654321');
    await refuse('876543', '新密码不能为连续的数字，如123456、654321');
    await refuse('258369', '两次输入的密码不一致', '258360');
    const lastSix = person.certNo.slice(-6);
    if (/^\d{6}$/.test(lastSix)) {
      const res = await changePassword(cookie, lastSix, '123456');
      expect(res.json()).toMatchObject({
        field: 'password',
        message: securityMessages.sameAsCertNo,
      });
    }

    // the captcha guards 获取: a wrong answer sends nothing
    const { captchaId } = await solveCaptcha(app);
    const badCaptcha = await post(cookie, '/api/me/account-security/sms', {
      purpose: 'password',
      captchaId,
      captcha: 'zzzz',
    });
    expect(badCaptcha.statusCode).toBe(400);
    expect(badCaptcha.json()).toMatchObject({
      field: 'captcha',
      message: '图形验证码不正确或已失效，请重新输入',
    });

    const noCode = await changePassword(cookie, '258369', '123456');
    expect(noCode.json()).toMatchObject({ field: 'smsCode', message: '请先获取短信验证码' });
    const code = await smsCode(cookie, phone, 'password');
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const wrongCode = await changePassword(cookie, '258369', wrong);
    expect(wrongCode.json()).toMatchObject({ field: 'smsCode', message: '短信验证码不正确' });
    // a code got for P18 does not serve P17
    const paymentCode = await smsCode(cookie, phone, 'payment');
    expect((await changePassword(cookie, '258369', paymentCode)).statusCode).toBe(400);
    expect((await accountRow(account.id)).passwordHash).toBeNull();
  });

  it('P17: sets the password; the old one no longer passes, the audit keeps no secret', async () => {
    const { cookie, phone, account } = await holder('密码丙');
    const sms = (await app.inject('/api/dev/outbox')).json().sms as {
      phone: string;
      text: string;
    }[];
    const before = sms.length;
    const code = await smsCode(cookie, phone, 'password');
    const outbox = (await app.inject('/api/dev/outbox')).json().sms as {
      phone: string;
      text: string;
    }[];
    expect(outbox.length).toBe(before + 1);
    expect(outbox[0]!.text).toContain('您正在进行个人账户密码设置');
    const res = await changePassword(cookie, '258369', code);
    expect(res.statusCode, res.body).toBe(200);

    const row = await accountRow(account.id);
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordChangedAt).not.toBeNull();
    await expect(checkAccountPassword(row, '258369')).resolves.toBe(true);
    await expect(checkAccountPassword(row, '000000')).resolves.toBe(false);
    expect((await get(cookie)).json().initialPassword).toBe(false);

    // the code was used once
    const again = await changePassword(cookie, '147258', code);
    expect(again.json()).toMatchObject({ field: 'smsCode' });
    // the same password again is refused
    const same = await changePassword(cookie, '258369', await smsCode(cookie, phone, 'password'));
    expect(same.json()).toMatchObject({ field: 'password', message: securityMessages.sameAsOld });

    const audits = await app.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(account.id)));
    const reset = audits.find((a) => a.action === 'personal-account.password-reset');
    expect(reset).toBeDefined();
    const history = await app.db
      .select()
      .from(personalAccountHistory)
      .where(eq(personalAccountHistory.entityId, account.id));
    expect(history.map((h) => h.action)).toContain('password-reset');
    const written = JSON.stringify([audits, history]);
    expect(written).not.toContain('258369');
    expect(written).not.toContain(row.passwordHash!);
    expect(written).not.toContain(code);
  });

  it('P18: saves the settings with the right account password and the SMS code', async () => {
    const { cookie, phone, account } = await holder('支付甲');
    // the initial 000000 serves until a password is set
    const code = await smsCode(cookie, phone, 'payment');
    expect((await app.inject('/api/dev/outbox')).json().sms[0].text).toContain(
      '个人账户支付权限设置',
    );
    const res = await savePayment(cookie, {
      accountPassword: '000000',
      smsCode: code,
      passwordFreeLocal: true,
      remoteUse: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await accountRow(account.id)).toMatchObject({
      passwordFreeLocal: true,
      remoteUse: true,
    });
    expect((await get(cookie)).json()).toMatchObject({ passwordFreeLocal: true, remoteUse: true });

    // after P17 the new password is the one asked for
    const changed = await changePassword(
      cookie,
      '582693',
      await smsCode(cookie, phone, 'password'),
    );
    expect(changed.statusCode, changed.body).toBe(200);
    const old = await savePayment(cookie, {
      accountPassword: '000000',
      smsCode: await smsCode(cookie, phone, 'payment'),
      passwordFreeLocal: false,
    });
    expect(old.json()).toMatchObject({
      field: 'accountPassword',
      message: securityMessages.wrongPassword(4),
    });
    // a wrong password leaves the SMS code unused: the person corrects the password and goes on
    const lastCode = await lastSmsCode(app, phone);
    const wrongSms = await savePayment(cookie, {
      accountPassword: '582693',
      smsCode: String((Number(lastCode) + 1) % 1_000_000).padStart(6, '0'),
      passwordFreeLocal: false,
    });
    expect(wrongSms.json()).toMatchObject({ field: 'smsCode', message: '短信验证码不正确' });
    const ok = await savePayment(cookie, {
      accountPassword: '582693',
      smsCode: lastCode,
      passwordFreeLocal: false,
      remoteUse: true,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await accountRow(account.id)).toMatchObject({
      passwordFreeLocal: false,
      remoteUse: true,
    });

    const audits = await app.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(account.id)));
    const saved = audits.filter((a) => a.action === 'personal-account.payment-settings');
    expect(saved.map((a) => a.after)).toEqual([
      { passwordFreeLocal: true, remoteUse: true },
      { passwordFreeLocal: false, remoteUse: true },
    ]);
    expect(audits.some((a) => a.action === 'personal-account.password-wrong')).toBe(true);
    const written = JSON.stringify(audits);
    expect(written).not.toContain('582693');
    expect(written).not.toContain('"000000"');
  });

  it('P18: five wrong account passwords in a row lock it for ten minutes; P17 unlocks', async () => {
    const { cookie, phone, account } = await holder('锁定甲');
    const code = await smsCode(cookie, phone, 'payment');
    for (let left = 4; left >= 1; left--) {
      const res = await savePayment(cookie, { accountPassword: '999999', smsCode: code });
      expect(res.json()).toMatchObject({ message: securityMessages.wrongPassword(left) });
    }
    // a right password in between starts the count again
    const right = await savePayment(cookie, { accountPassword: '000000', smsCode: code });
    expect(right.statusCode, right.body).toBe(200);
    const next = await smsCode(cookie, phone, 'payment');
    for (let left = 4; left >= 1; left--) {
      const res = await savePayment(cookie, { accountPassword: '999999', smsCode: next });
      expect(res.json().message).toBe(securityMessages.wrongPassword(left));
    }
    const fifth = await savePayment(cookie, { accountPassword: '999999', smsCode: next });
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json()).toMatchObject({
      code: 'RATE_LIMITED',
      field: 'accountPassword',
      message: securityMessages.locked(10),
    });
    // locked: even the right password is refused, and the page shows until when
    const locked = await savePayment(cookie, { accountPassword: '000000', smsCode: next });
    expect(locked.statusCode).toBe(429);
    expect((await get(cookie)).json().lockedUntil).not.toBeNull();
    app.clock.advance(6 * 60_000);
    expect(
      (await savePayment(cookie, { accountPassword: '000000', smsCode: next })).json().message,
    ).toBe(securityMessages.locked(4));

    // ten minutes on it opens by itself with a fresh count
    app.clock.advance(5 * 60_000);
    expect((await get(cookie)).json().lockedUntil).toBeNull();
    const wrongAgain = await savePayment(cookie, { accountPassword: '999999', smsCode: next });
    expect(wrongAgain.json().message).toBe(securityMessages.wrongPassword(4));
    // the old code has expired meanwhile (five minutes): 获取 a new one
    const afterLock = await savePayment(cookie, {
      accountPassword: '000000',
      smsCode: await smsCode(cookie, phone, 'payment'),
    });
    expect(afterLock.statusCode, afterLock.body).toBe(200);

    // locked again, then P17 (proved by SMS) sets a new password and ends the lock
    const third = await smsCode(cookie, phone, 'payment');
    for (let i = 0; i < 5; i++)
      await savePayment(cookie, { accountPassword: '999999', smsCode: third });
    expect((await get(cookie)).json().lockedUntil).not.toBeNull();
    const reset = await changePassword(cookie, '369258', await smsCode(cookie, phone, 'password'));
    expect(reset.statusCode, reset.body).toBe(200);
    expect((await get(cookie)).json().lockedUntil).toBeNull();
    const fresh = await savePayment(cookie, { accountPassword: '369258', smsCode: third });
    expect(fresh.statusCode, fresh.body).toBe(200);

    const actions = (
      await app.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, String(account.id)))
    ).map((a) => a.action);
    expect(actions.filter((a) => a === 'personal-account.password-locked')).toHaveLength(2);
  });

  it('limits submissions per account: thirty an hour', async () => {
    const { cookie } = await holder('限流甲');
    for (let i = 0; i < 30; i++) {
      const res = await changePassword(cookie, '258369', '123456');
      expect(res.json().field).toBe('smsCode');
    }
    const over = await changePassword(cookie, '258369', '123456');
    expect(over.statusCode).toBe(429);
    expect(over.json()).toMatchObject({
      code: 'RATE_LIMITED',
      message: '操作过于频繁，请稍后再试',
    });
  });

  it('asks for the fields in Chinese', async () => {
    const { cookie } = await holder('字段甲');
    const res = await post(cookie, '/api/me/account-security/payment', {
      passwordFreeLocal: true,
      remoteUse: false,
      accountPassword: '12',
      smsCode: '123456',
    });
    expect(res.json()).toMatchObject({
      field: 'accountPassword',
      message: '个人账户密码为六位数字',
    });
    const unsigned = await app.inject({ url: '/api/me/account-security' });
    expect(unsigned.statusCode).toBe(401);
  });
});
