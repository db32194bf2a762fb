import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { launchBrowser, screenshot } from './browser';

import { insuredWithCard } from './fixtures-mobile';
import { captchaAnswer, sendAndReadSms } from './outbox-flows';

/**
 * Guide 003 ch. 1 and 04 on a phone: 注册 → 登录 → 实名认证 by 社保卡 → 激活医保电子凭证 →
 * 修改医保电子凭证密码; 重置密码 and a login with the new password. Then guide 004 §三's 扫码登录
 * with two browsers: the portal shows the code, the phone confirms, the portal is signed in; and
 * a code that outlived its two minutes shows 二维码已失效.
 */

const base = () => inject('baseUrl');

const PHONE = '13522220001';
const PASSWORD = 'Mobile2026ok';
const NEW_PASSWORD = 'Mobile2026new';
const EV_PASSWORD = '246810';
const EV_NEW_PASSWORD = '135790';
const phoneDevice = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const desktop = { viewport: { width: 1280, height: 800 } };

/** Reads the captcha the page shows (a new one when `previous` is given) and types its answer. */
async function solveCaptcha(page: Page, previous = '') {
  const img = page.locator('img[data-captcha-id]');
  await expect
    .poll(async () => ((await img.count()) ? await img.getAttribute('data-captcha-id') : ''))
    .not.toBe(previous);
  const id = (await img.getAttribute('data-captcha-id'))!;
  expect(id).not.toBe('');
  await page.getByPlaceholder('请输入图形验证码').fill(await captchaAnswer(id));
  return id;
}

const tap = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).click();

async function mobileLogin(page: Page, account: string, password: string) {
  await page.getByPlaceholder('请输入手机号/身份证号').fill(account);
  await page.getByPlaceholder('请输入密码').fill(password);
  await solveCaptcha(page);
  await tap(page, '登录');
}

const setClock = (body: unknown) =>
  fetch(`${base()}/api/dev/clock`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('mobile accounts walkthrough (guide 003) and 扫码登录 (guide 004 §三)', () => {
  let browser: Browser;
  let phoneContext: BrowserContext;
  let phone: Page;
  let insured: Awaited<ReturnType<typeof insuredWithCard>>;

  beforeAll(async () => {
    browser = await launchBrowser();
    phoneContext = await browser.newContext(phoneDevice);
    phone = await phoneContext.newPage();
    insured = await insuredWithCard();
  });
  afterAll(async () => {
    await setClock({ reset: true });
    await browser.close();
  });

  it('首页 signed out offers 登录 and 注册', async () => {
    await phone.goto(`${base()}/m/`);
    await phone.getByText('您尚未登录').waitFor();
    await screenshot(phone, 'mobile-home-signed-out');
    await tap(phone, '注册');
    await phone.waitForURL(/\/m\/register$/);
  });

  it('注册: the guide’s fields, the messages next to them, a 60 s countdown', async () => {
    await phone.getByPlaceholder('请设置密码（8位以上字母、数字组合）').waitFor();
    await phone.getByPlaceholder('请确认密码').waitFor();
    await phone.getByText('我已阅读并同意').first().waitFor();
    await screenshot(phone, 'mobile-register');

    await tap(phone, '注册');
    await phone.getByText('请输入正确的11位手机号').waitFor();
    await phone.getByText('请阅读并同意《国家医疗保障局个人注册协议》').waitFor();
    await phone.getByPlaceholder('请输入手机号').fill(PHONE);
    await phone.getByPlaceholder('请设置密码（8位以上字母、数字组合）').fill('abc');
    await phone.getByPlaceholder('请确认密码').fill('abd');
    await tap(phone, '注册');
    await phone.getByText('密码长度至少8位').waitFor();
    await phone.getByText('两次输入的密码不一致').waitFor();
    await screenshot(phone, 'mobile-register-errors');

    await phone.getByPlaceholder('请设置密码（8位以上字母、数字组合）').fill(PASSWORD);
    await phone.getByPlaceholder('请确认密码').fill(PASSWORD);

    // 发送验证码 needs the 图形验证码 first
    await tap(phone, '发送验证码');
    await phone.getByText('请输入图形验证码').last().waitFor();
    await solveCaptcha(phone);
    const code = await sendAndReadSms(phone, PHONE);
    const countdown = Number(
      /(\d+)s后/.exec((await phone.getByText(/s后重新获取/).textContent())!)![1],
    );
    expect(countdown).toBeGreaterThan(50);
    expect(countdown).toBeLessThanOrEqual(60);
    await phone.getByPlaceholder('请输入验证码').fill(code);

    // the agreement opens in a sheet and can be accepted there
    await phone.getByRole('button', { name: '《国家医疗保障局个人注册协议》' }).click();
    await phone.getByText('注册后须完成实名认证').waitFor();
    await screenshot(phone, 'mobile-register-agreement');
    await phone.locator('.m-sheet').getByRole('button', { name: '我已阅读并同意' }).click();
    await expect.poll(() => phone.getByRole('checkbox').isChecked()).toBe(true);
    await screenshot(phone, 'mobile-register-filled');

    await tap(phone, '注册');
    await phone.waitForURL(/\/m\/login$/);
    await expect(phone.getByPlaceholder('请输入手机号/身份证号').inputValue()).resolves.toBe(PHONE);
  });

  it('登录 sends a new account to 实名认证', async () => {
    await phone.getByText('个人网厅账号登录').waitFor();
    await phone.getByText('无个人网厅账号请注册账号').waitFor();
    await expect(phone.getByText('微信快捷登录').count()).resolves.toBe(0);
    await screenshot(phone, 'mobile-login');

    await mobileLogin(phone, PHONE, 'Wrong2026pw');
    await phone.getByText(/账号或密码错误/).waitFor();
    await screenshot(phone, 'mobile-login-wrong-password');

    await mobileLogin(phone, PHONE, PASSWORD);
    await phone.waitForURL(/\/m\/real-name$/);
    await phone.getByText('可通过两种方式进行认证').waitFor();
    await phone.getByText('注意事项：').waitFor();
    await screenshot(phone, 'mobile-real-name');
  });

  it('实名认证 by 社保卡: a wrong card password is refused, the right one links the person', async () => {
    // 注意事项 1: 如何激活医保电子凭证 opens the e-voucher page, which shows the steps
    await phone.getByRole('link', { name: '如何激活医保电子凭证' }).click();
    await phone.waitForURL(/\/m\/evoucher$/);
    await phone.getByText('操作步骤：').waitFor();
    await screenshot(phone, 'mobile-evoucher-how');
    await phone.goBack();
    await phone.waitForURL(/\/m\/real-name$/);

    await phone.getByRole('button', { name: '忘记密码' }).click();
    await phone.getByText('忘记医保电子凭证密码').waitFor();
    await screenshot(phone, 'mobile-real-name-forgot');
    // 改用社保卡认证 switches the method
    await phone.getByRole('button', { name: '改用社保卡认证' }).click();
    await phone.getByPlaceholder('请输入社会保障卡卡号').waitFor();

    await phone.getByPlaceholder('请输入社会保障卡卡号').fill(insured.ssCardNo);
    await phone.getByPlaceholder('请输入6位数字密码').fill('000000');
    await tap(phone, '立即认证');
    await phone.getByText('社会保障卡卡号或密码不正确').waitFor();
    await screenshot(phone, 'mobile-real-name-card-wrong');

    await phone.getByPlaceholder('请输入6位数字密码').fill(insured.cardPassword);
    await tap(phone, '立即认证');
    await phone.getByText('恭喜您，认证成功！').waitFor();
    await phone.getByText(insured.name).waitFor();
    await screenshot(phone, 'mobile-real-name-done');
  });

  it('激活医保电子凭证 with a six-digit password', async () => {
    await tap(phone, '医保电子凭证');
    await phone.waitForURL(/\/m\/evoucher$/);
    await phone.getByText('激活医保电子凭证').waitFor();
    await expect(phone.getByTestId('evoucher-name').textContent()).resolves.toBe(insured.name);
    const masked = `${insured.certNo.slice(0, 2)}*****${insured.certNo.slice(-2)}`;
    await expect(phone.getByTestId('evoucher-cert').textContent()).resolves.toBe(masked);
    await screenshot(phone, 'mobile-evoucher-activate');

    await phone.getByPlaceholder('请设置6位数字密码').fill('12345');
    await phone.getByPlaceholder('请再次输入6位数字密码').fill('54321');
    await tap(phone, '激活');
    await phone.getByText('医保电子凭证密码为6位数字').waitFor();
    await phone.getByText('两次输入的密码不一致').waitFor();
    await screenshot(phone, 'mobile-evoucher-activate-errors');

    await phone.getByPlaceholder('请设置6位数字密码').fill(EV_PASSWORD);
    await phone.getByPlaceholder('请再次输入6位数字密码').fill(EV_PASSWORD);
    await tap(phone, '激活');
    await phone.getByText('已激活').waitFor();
    await phone.getByText('修改医保电子凭证密码').waitFor();
    await screenshot(phone, 'mobile-evoucher-activated');
  });

  it('修改医保电子凭证密码: the old password is checked', async () => {
    await phone.getByText('修改医保电子凭证密码').click();
    await phone.waitForURL(/\/m\/evoucher\/password$/);
    await phone.getByPlaceholder('请输入原医保电子凭证密码').fill('999999');
    await phone.getByPlaceholder('请设置6位数字新密码').fill(EV_NEW_PASSWORD);
    await phone.getByPlaceholder('请再次输入6位数字新密码').fill(EV_NEW_PASSWORD);
    await tap(phone, '确认修改');
    await phone.getByText('原密码不正确').waitFor();
    await screenshot(phone, 'mobile-evoucher-password-wrong');

    await phone.getByPlaceholder('请输入原医保电子凭证密码').fill(EV_PASSWORD);
    await tap(phone, '确认修改');
    await phone.getByText('密码修改成功').waitFor();
    await screenshot(phone, 'mobile-evoucher-password-done');
  });

  it('我的 shows the person, 实名认证 done, and 退出 signs out', async () => {
    await phone.goto(`${base()}/m/mine`);
    await expect(phone.getByTestId('mine-name').textContent()).resolves.toBe(insured.name);
    await phone.getByText('已认证').waitFor();
    await screenshot(phone, 'mobile-mine');

    await tap(phone, '退出');
    await phone.getByRole('dialog').getByRole('button', { name: '退出' }).click();
    await phone.waitForURL(/\/m\/?$/);
    await phone.getByText('您尚未登录').waitFor();
  });

  it('重置密码 (M02), then a login with the new password', async () => {
    await phone.goto(`${base()}/m/login`);
    await phone.getByRole('link', { name: '忘记密码' }).click();
    await phone.waitForURL(/\/m\/reset-password$/);
    await phone.getByText('密码修改完成后，会同步更改医保公共服务个人网厅登录密码。').waitFor();
    await screenshot(phone, 'mobile-reset');

    await phone.getByPlaceholder('请输入手机号').fill(PHONE);
    await phone.getByPlaceholder('请设置新密码 (8位以上字母、数字组合)').fill(NEW_PASSWORD);
    await phone.getByPlaceholder('请确认密码').fill(NEW_PASSWORD);
    await solveCaptcha(phone);
    const code = await sendAndReadSms(phone, PHONE);
    await phone.getByPlaceholder('请输入验证码').fill(code);
    await tap(phone, '确认');
    await phone.getByText('请阅读并同意《国家医疗保障局个人注册协议》').waitFor();
    await phone.getByText('我已阅读并同意', { exact: true }).click();
    await expect.poll(() => phone.getByRole('checkbox').isChecked()).toBe(true);
    await screenshot(phone, 'mobile-reset-filled');
    await tap(phone, '确认');
    await phone.getByText('密码重置成功').waitFor();
    await screenshot(phone, 'mobile-reset-done');

    await tap(phone, '去登录');
    await phone.waitForURL(/\/m\/login$/);
    await mobileLogin(phone, PHONE, PASSWORD);
    await phone.getByText(/账号或密码错误/).waitFor();
    await mobileLogin(phone, PHONE, NEW_PASSWORD);
    await phone.waitForURL(/\/m\/?$/);
    await phone.getByText('已实名认证').waitFor();
    await phone.getByText(insured.name).first().waitFor();
    await screenshot(phone, 'mobile-home-signed-in');
  });

  it('扫码登录: the portal shows a code, the phone confirms, the portal is signed in', async () => {
    const portalContext = await browser.newContext(desktop);
    const portal = await portalContext.newPage();
    await portal.goto(`${base()}/personal/qr-login`);
    await portal.getByText('请使用智慧医保扫描二维码登录').waitFor();
    await portal.getByAltText('扫码登录二维码').waitFor();
    await portal.getByText(/二维码有效时间剩余 [12]:\d\d/).waitFor();
    await portal.getByText('或在手机浏览器中打开链接').waitFor();
    const url = (await portal.getByTestId('qr-url').textContent())!;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/m\/qr\/[A-Za-z0-9_-]{20,80}$/);
    await expect(portal.getByAltText('扫码登录二维码').getAttribute('data-qr-url')).resolves.toBe(
      url,
    );
    await screenshot(portal, 'personal-qr-login');

    await phone.goto(url);
    await phone.getByText('确认登录医保公共服务平台个人网厅？').waitFor();
    await phone.getByText(insured.name, { exact: false }).first().waitFor();
    await screenshot(phone, 'mobile-qr-confirm');
    await tap(phone, '确认登录');
    await phone.getByText('已确认登录').waitFor();
    await screenshot(phone, 'mobile-qr-confirmed');

    await portal.waitForURL(/\/personal$/, { timeout: 15_000 });
    await portal.getByText(`${insured.name}，`).first().waitFor();
    await screenshot(portal, 'personal-qr-login-signed-in');
    const session = (await (await portalContext.request.get(`${base()}/api/session`)).json()) as {
      signInMethod: string;
      name: string;
    };
    expect(session).toMatchObject({ signInMethod: 'qr-evoucher', name: insured.name });

    // the same code cannot sign in twice
    await phone.goto(url);
    await phone.getByText('二维码已被使用，请刷新后重新扫码').waitFor();
    await portalContext.close();
  });

  it('扫码登录: a phone signed out is asked to log in and comes back to confirm', async () => {
    const portalContext = await browser.newContext(desktop);
    const portal = await portalContext.newPage();
    await portal.goto(`${base()}/personal/qr-login`);
    const url = (await portal.getByTestId('qr-url').textContent())!;

    const otherContext = await browser.newContext(phoneDevice);
    const other = await otherContext.newPage();
    await other.goto(url);
    await other.getByText('请先登录智慧医保').waitFor();
    await screenshot(other, 'mobile-qr-signed-out');
    await tap(other, '登录');
    await other.waitForURL(/\/m\/login\?next=/);
    await mobileLogin(other, PHONE, NEW_PASSWORD);
    await other.waitForURL(new RegExp(`${new URL(url).pathname}$`));
    await other.getByText('确认登录医保公共服务平台个人网厅？').waitFor();

    // two minutes pass on the server: the portal shows 二维码已失效 and the phone cannot confirm
    try {
      expect((await setClock({ advanceMs: 121_000 })).status).toBe(200);
      await portal.getByText('二维码已失效').waitFor();
      await portal.getByRole('button', { name: /刷新二维码/ }).waitFor();
      await screenshot(portal, 'personal-qr-login-expired');
      await tap(other, '确认登录');
      await other.getByText('二维码已失效，请刷新后重新扫码').waitFor();
      await screenshot(other, 'mobile-qr-expired');
    } finally {
      await setClock({ reset: true });
    }

    // 刷新二维码 brings a new, live code
    await portal.getByRole('button', { name: /刷新二维码/ }).click();
    await portal.getByText(/二维码有效时间剩余 [12]:\d\d/).waitFor();
    await expect(portal.getByTestId('qr-url').textContent()).resolves.not.toBe(url);
    await otherContext.close();
    await portalContext.close();
  });

  it('shows the mobile pages in elder mode', async () => {
    const ctx = await browser.newContext(phoneDevice);
    await ctx.addInitScript(() => window.localStorage.setItem('yibao.elder', '1'));
    const p = await ctx.newPage();
    await p.goto(`${base()}/m/login`);
    await p.locator('img[data-captcha-id]').waitFor();
    expect(
      await p.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)),
    ).toBeGreaterThanOrEqual(18);
    await screenshot(p, 'mobile-login-elder');
    await p.goto(`${base()}/m/register`);
    await p.locator('img[data-captcha-id]').waitFor();
    await screenshot(p, 'mobile-register-elder');
    await ctx.close();
  });
});
