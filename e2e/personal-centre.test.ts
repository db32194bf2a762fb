import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { insuredWithoutAccount } from './fixtures';
import {
  captchaAnswer,
  solveCaptcha,
  lastSmsAt,
  sendAndReadSms,
  smsCodeAfter,
} from './outbox-flows';

/**
 * Guide 004 §三.3 个人中心 in a browser: the avatar opens it; 安全级别 before and after 实名认证;
 * 修改登录密码 (a wrong 原密码 refused, other sessions ended, the new password signs in);
 * 修改绑定手机; 我的消息; 账户注销 with its 温馨提示 and confirmations, after which the account
 * cannot sign in and the phone can be registered again.
 */

const base = () => inject('baseUrl');

const PHONE = '13544440001';
const NEW_PHONE = '13544440002';
const PASSWORD = 'centre2026ok';
const NEW_PASSWORD = 'Centre2026new';
const DEMO_PHONE = '13800000001';
const DEMO_PASSWORD = 'Yibao@2026';
const viewport = { width: 1366, height: 900 };
/**
 * This walkthrough's own client address (the server trusts X-Forwarded-For), so the platform's
 * per-address SMS limit counts it apart from the other walkthroughs on the same server.
 */
const headers = { 'X-Forwarded-For': '203.0.113.44' };

/** A two-character button (antd spaces the characters; a leaving loading icon may come first). */
const button = (page: Page, twoChars: string) =>
  page.getByRole('button', {
    name: new RegExp(`^(loading )?${twoChars[0]}\\s*${twoChars[1]}$`),
  });

/** Fills 个人账号登录 and clicks 登录; answers the captcha id it used. */
async function login(page: Page, account: string, password: string, previousCaptcha = '') {
  await page.getByPlaceholder('手机号/居民身份证号码').fill(account);
  await page.getByPlaceholder('请输入密码').fill(password);
  const id = await solveCaptcha(page, '请输入验证码', previousCaptcha);
  await button(page, '登录').click();
  return id;
}

/** A captcha id and its answer, as the pages get them. */
async function apiCaptcha(request: APIRequestContext) {
  const { id } = (await (await request.get(`${base()}/api/captcha`)).json()) as { id: string };
  return { captchaId: id, captcha: await captchaAnswer(id) };
}

/** The same calls the register page makes. */
async function registerByApi(request: APIRequestContext, phone: string, password: string) {
  const before = await lastSmsAt(phone);
  const sent = await request.post(`${base()}/api/sms/codes`, {
    data: { phone, purpose: 'register', ...(await apiCaptcha(request)) },
  });
  expect(sent.status(), await sent.text()).toBe(200);
  const smsCode = await smsCodeAfter(phone, before);
  const done = await request.post(`${base()}/api/auth/person/register`, {
    data: { phone, password, confirmPassword: password, smsCode, agree: true },
  });
  expect(done.status(), await done.text()).toBe(200);
}

/** Lets a dialog finish opening or closing before a screenshot. */
const settle = (page: Page) => page.waitForTimeout(500);

/** The text of 当前位置 without its separators' spacing: 首页>个人中心>修改密码. */
const crumbs = async (page: Page) =>
  ((await page.locator('.portal-breadcrumb').textContent()) ?? '').replace(/\s+/g, '');

describe('个人中心 walkthrough (guide 004 §三.3)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let insured: Awaited<ReturnType<typeof insuredWithoutAccount>>;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport, extraHTTPHeaders: headers });
    page = await context.newPage();
    // away from the first few, which the other walkthroughs take
    insured = await insuredWithoutAccount(7);
  });
  afterAll(async () => {
    await browser.close();
  });

  it('opens 个人中心 from the avatar: 安全级别 of a new account', async () => {
    await registerByApi(context.request, PHONE, PASSWORD);
    await page.goto(`${base()}/personal/login`);
    await login(page, PHONE, PASSWORD);
    await page.waitForURL(/\/personal\/real-name$/);

    await page.goto(`${base()}/personal`);
    await page.getByRole('link', { name: '135****0001，个人中心' }).click();
    await page.waitForURL(/\/personal\/centre$/);
    await page.getByText('安全级别', { exact: true }).waitFor();
    await expect(page.getByTestId('security-phone').textContent()).resolves.toBe('135****0001');
    await page.getByText('未认证').waitFor();
    await expect(page.locator('.centre-level-value').textContent()).resolves.toBe('中');
    await expect(page.getByText('信用评定').count()).resolves.toBe(0);
    await page.getByText('您正在进行用户注册').waitFor();
    await settle(page);
    await screenshot(page, 'personal-centre-unverified');

    // 账户注销 asks for 实名认证 first
    await page.getByRole('button', { name: '注销账户' }).click();
    const dialog = page.getByRole('dialog', { name: '操作提示' });
    await dialog.getByText('通过实名认证后，才可注销北京医保公服系统账号').waitFor();
    // on a busy machine a click can land while the dialog is still opening, and is lost
    await expect
      .poll(
        async () => {
          if (await dialog.isVisible())
            await dialog.getByRole('button', { name: /取\s*消/ }).click();
          await page.waitForTimeout(300);
          return dialog.isVisible();
        },
        { timeout: 20_000 },
      )
      .toBe(false);
  });

  it('shows 安全级别 高 once 实名认证 is done', async () => {
    const ident = { name: insured.name, certType: insured.certType, certNo: insured.certNo };
    const before = await lastSmsAt(insured.phone);
    const sent = await context.request.post(`${base()}/api/auth/person/real-name/sms`, {
      data: { ...ident, phone: insured.phone, ...(await apiCaptcha(context.request)) },
    });
    expect(sent.status(), await sent.text()).toBe(200);
    const smsCode = await smsCodeAfter(insured.phone, before);
    const done = await context.request.post(`${base()}/api/auth/person/real-name/confirm`, {
      data: { ...ident, phone: insured.phone, smsCode },
    });
    expect(done.status(), await done.text()).toBe(200);

    await page.reload();
    await page.getByText('已认证', { exact: true }).waitFor();
    await page.getByText(/^通过手机号认证，\d{4}-\d{2}-\d{2}/).waitFor();
    await expect(page.locator('.centre-level-value').textContent()).resolves.toBe('高');
    await page.getByRole('link', { name: `${insured.name}，个人中心` }).waitFor();
    await expect.poll(() => crumbs(page)).toBe('当前位置：首页>个人中心>我的账户');
    await screenshot(page, 'personal-centre');
  });

  it('修改登录密码: a wrong 原密码 is refused; the new one ends other sessions and signs in', async () => {
    // the same account signed in elsewhere
    const elsewhere = await browser.newContext({ viewport, extraHTTPHeaders: headers });
    const signedIn = await elsewhere.request.post(`${base()}/api/auth/person/login`, {
      data: { account: PHONE, password: PASSWORD, ...(await apiCaptcha(elsewhere.request)) },
    });
    expect(signedIn.status(), await signedIn.text()).toBe(200);

    await page.getByRole('link', { name: '修改登录密码' }).click();
    await page.waitForURL(/\/personal\/centre\/password$/);
    await expect.poll(() => crumbs(page)).toBe('当前位置：首页>个人中心>修改密码');
    await page.getByText('为必填项').waitFor();
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('请输入原密码').waitFor();
    await screenshot(page, 'personal-centre-password');

    await page.getByPlaceholder('请输入原密码').fill('Wrong2026pass');
    await page.getByPlaceholder('请输入新密码').fill(NEW_PASSWORD);
    await page.getByPlaceholder('请再次输入新密码').fill(NEW_PASSWORD);
    await expect(page.getByRole('meter', { name: '密码强度' }).textContent()).resolves.toBe('强');
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('原密码不正确').waitFor();
    await screenshot(page, 'personal-centre-password-wrong');

    await page.getByPlaceholder('请输入原密码').fill(PASSWORD);
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('密码修改成功').waitFor();
    await page.getByText(/其他设备上的登录已退出/).waitFor();
    await screenshot(page, 'personal-centre-password-done');

    // this session stays, the other one has ended
    expect((await context.request.get(`${base()}/api/session`)).status()).toBe(200);
    expect((await elsewhere.request.get(`${base()}/api/session`)).status()).toBe(401);
    await elsewhere.close();

    const fresh = await browser.newContext({ viewport, extraHTTPHeaders: headers });
    const p = await fresh.newPage();
    await p.goto(`${base()}/personal/login`);
    const used = await login(p, PHONE, PASSWORD);
    await p.getByText(/账号或密码错误，您还可以尝试\d次/).waitFor();
    await login(p, PHONE, NEW_PASSWORD, used);
    await p.waitForURL(/\/personal$/);
    await p.getByText(`${insured.name}，`).first().waitFor();
    await fresh.close();
  });

  it('修改绑定手机: an SMS code to the new phone, which becomes the login name', async () => {
    await page.getByRole('link', { name: '返回个人中心' }).click();
    await page.waitForURL(/\/personal\/centre$/);
    await page.getByRole('link', { name: '修改绑定手机' }).click();
    await page.waitForURL(/\/personal\/centre\/phone$/);
    await expect.poll(() => crumbs(page)).toBe('当前位置：首页>个人中心>账户信息修改');
    await expect(page.getByTestId('current-phone').textContent()).resolves.toBe('135****0001');

    // a phone another account uses is refused before any SMS goes out
    await page.getByPlaceholder('请输入新手机号').fill(DEMO_PHONE);
    const used = await solveCaptcha(page);
    await page.getByRole('button', { name: '发送验证码' }).click();
    await page.getByText('该手机号已被其他账号绑定').waitFor();

    await page.getByPlaceholder('请输入新手机号').fill(NEW_PHONE);
    await solveCaptcha(page, '请输入图形验证码', used);
    const code = await sendAndReadSms(page, NEW_PHONE);
    await page.getByPlaceholder('请输入短信验证码').fill(code);
    await screenshot(page, 'personal-centre-phone');
    await button(page, '修改').click();
    await page.waitForURL(/\/personal\/centre$/);
    await page.getByText('绑定手机修改成功，请使用新手机号登录').waitFor();
    await expect.poll(() => page.getByTestId('security-phone').textContent()).toBe('135****0002');
  });

  it('我的消息 lists the SMS the platform sent', async () => {
    const table = page.locator('.centre-section', { hasText: '我的消息' });
    await table.getByText(/您正在进行修改绑定手机，验证码为\d{6}/).waitFor();
    await table.getByText(/您正在进行实名认证，验证码为\d{6}/).waitFor();
    await table.getByText('135****0002').first().waitFor();
    await table.getByText(/总共 \d+ 条/).waitFor();
    await table.scrollIntoViewIfNeeded();
    await screenshot(page, 'personal-centre-messages');
  });

  it('账户注销: 操作提示, identity, SMS, a last confirmation; then signed out for good', async () => {
    await page.getByRole('button', { name: '注销账户' }).click();
    const tip = page.getByRole('dialog', { name: '操作提示' });
    await tip.getByText(/账户注销后，您将不能登录北京医保公共服务平台/).waitFor();
    await settle(page);
    await screenshot(page, 'personal-centre-cancel-tip');
    await tip.getByRole('button', { name: /确\s*定/ }).click();
    await page.waitForURL(/\/personal\/centre\/cancel$/);
    await expect.poll(() => crumbs(page)).toBe('当前位置：首页>个人中心>个人公服账户注销');
    for (const line of [
      '1.账户注销后，您将不能登录北京医保公共服务平台；',
      '2.本功能为北京医保公服平台注册账号的注销，不影响您在北京的医疗保险参保；',
      '3.账号注销后，您还可以通过北京医保公共服务平台重新注册；',
      '4.为保障您的账号安全，通过实名认证后，才可注销北京医保公服系统账号；',
    ]) {
      await page.getByText(line, { exact: true }).waitFor();
    }
    await expect(page.getByRole('radio', { name: '通过手机号认证' }).isChecked()).resolves.toBe(
      true,
    );
    await page.getByPlaceholder('请输入真实姓名').fill(insured.name);
    await page.getByPlaceholder('请输入证件号码').fill(insured.certNo);
    await settle(page);
    await screenshot(page, 'personal-centre-cancel-1');
    await page.getByRole('button', { name: '下一步' }).click();

    await page.getByPlaceholder('请输入参保登记的完整手机号').fill(insured.phone);
    await solveCaptcha(page);
    const code = await sendAndReadSms(page, insured.phone);
    await page.getByPlaceholder('请输入短信验证码').fill(code);
    await screenshot(page, 'personal-centre-cancel-2');
    await page.getByRole('button', { name: '立即认证' }).click();

    // the last word before the account goes; 取消 keeps it
    const last = page.getByRole('dialog', { name: '确定注销账户吗？' });
    await last.waitFor();
    await settle(page);
    await screenshot(page, 'personal-centre-cancel-confirm');
    await last.getByRole('button', { name: /取\s*消/ }).click();
    await last.waitFor({ state: 'hidden' });
    expect((await context.request.get(`${base()}/api/session`)).status()).toBe(200);
    await page.getByRole('button', { name: '立即认证' }).click();
    await last.getByRole('button', { name: '确定注销' }).click();

    await page.getByText('您的北京医保公共服务平台账号已注销!').waitFor();
    await page.getByText('如有需要,可通过北京医保公共服务平台重新注册!').waitFor();
    // signed out: the header offers 登录 again
    await page
      .locator('.portal-header')
      .getByRole('button', { name: /登\s*录/ })
      .waitFor();
    await settle(page);
    await screenshot(page, 'personal-centre-cancel-3');
    expect((await context.request.get(`${base()}/api/session`)).status()).toBe(401);

    await page.getByRole('button', { name: /^点击前往首页 \(\d+\)$/ }).click();
    await page.waitForURL(/\/personal$/);
    await page.getByText('您尚未登录').waitFor();

    await page.goto(`${base()}/personal/login`);
    await login(page, NEW_PHONE, NEW_PASSWORD);
    await page.getByText('该账号未注册，请先注册').waitFor();
  });

  it('the phone can be registered again after 账户注销', async () => {
    await registerByApi(context.request, NEW_PHONE, PASSWORD);
    await page.goto(`${base()}/personal/login`);
    await login(page, NEW_PHONE, PASSWORD);
    await page.waitForURL(/\/personal\/real-name$/);
    await page.goto(`${base()}/personal/centre`);
    await page.getByText('未认证').waitFor();
    await expect(page.getByTestId('security-phone').textContent()).resolves.toBe('135****0002');
  });

  it('shows 个人中心 in elder mode', async () => {
    const ctx = await browser.newContext({ viewport, extraHTTPHeaders: headers });
    await ctx.addInitScript(() => window.localStorage.setItem('yibao.elder', '1'));
    const p = await ctx.newPage();
    // the demo account is only looked at here: its password and phone stay as they are
    await p.goto(`${base()}/personal/login`);
    await login(p, DEMO_PHONE, DEMO_PASSWORD);
    await p.waitForURL(/\/personal$/);
    await p.goto(`${base()}/personal/centre`);
    await p.getByText('已认证', { exact: true }).waitFor();
    expect(
      await p.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)),
    ).toBeGreaterThanOrEqual(18);
    await screenshot(p, 'personal-centre-elder');
    await p.goto(`${base()}/personal/centre/password`);
    await p.getByPlaceholder('请输入原密码').waitFor();
    await screenshot(p, 'personal-centre-password-elder');
    await p.goto(`${base()}/personal/centre/phone`);
    await p.locator('img[data-captcha-id]').waitFor();
    await screenshot(p, 'personal-centre-phone-elder');
    await p.goto(`${base()}/personal/centre/cancel`);
    await p.getByText('温馨提示:').waitFor();
    await screenshot(p, 'personal-centre-cancel-elder');
    await ctx.close();
  });
});
