import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { insuredWithoutAccount, insuredWithoutPhone } from './fixtures';
import {
  captchaAnswer,
  solveCaptcha,
  lastSmsAt,
  sendAndReadSms,
  smsCodeAfter,
} from './outbox-flows';

/**
 * Guide 004 in a browser: 个人注册 → 个人登录 → 实名认证 (outcomes 3, 2 and 1) → 首页 greets by name;
 * the lockout after five wrong passwords; 找回密码 in three steps and a login with the new password.
 */

const base = () => inject('baseUrl');

const PHONE = '13511112222';
const LOCK_PHONE = '13511113333';
const PASSWORD = 'yibao2026ok';
const NEW_PASSWORD = 'Reset2026ok!';
const viewport = { width: 1366, height: 900 };

/**
 * A two-character button: antd spaces the characters, and the loading icon of the last click
 * may still be leaving (its accessible name "loading" comes first) when the next click is due.
 */
const button = (page: Page, twoChars: string) =>
  page.getByRole('button', {
    name: new RegExp(`^(loading )?${twoChars[0]}\\s*${twoChars[1]}$`),
  });

/** Fills 个人账号登录 and clicks 登录; answers the captcha id it used (a new one comes next). */
async function login(page: Page, account: string, password: string, previousCaptcha = '') {
  await page.getByPlaceholder('手机号/居民身份证号码').fill(account);
  await page.getByPlaceholder('请输入密码').fill(password);
  const id = await solveCaptcha(page, '请输入验证码', previousCaptcha);
  await button(page, '登录').click();
  return id;
}

/** Registers a phone through the API, the same calls the register page makes. */
async function registerByApi(phone: string, password: string) {
  const post = (url: string, body: unknown) =>
    fetch(`${base()}${url}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const { id } = (await (await fetch(`${base()}/api/captcha`)).json()) as { id: string };
  const before = await lastSmsAt(phone);
  const sent = await post('/api/sms/codes', {
    phone,
    purpose: 'register',
    captchaId: id,
    captcha: await captchaAnswer(id),
  });
  expect(sent.status).toBe(200);
  const smsCode = await smsCodeAfter(phone, before);
  const done = await post('/api/auth/person/register', {
    phone,
    password,
    confirmPassword: password,
    smsCode,
    agree: true,
  });
  expect(done.status).toBe(200);
}

describe('personal accounts walkthrough (guide 004)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let insured: Awaited<ReturnType<typeof insuredWithoutAccount>>;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport });
    page = await context.newPage();
    insured = await insuredWithoutAccount();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('registers a new phone step by step and lands on 个人登录', async () => {
    await page.goto(`${base()}/personal/register`);
    await page.getByText('当前位置：').waitFor();
    await page.getByText('为必填项').waitFor();
    await screenshot(page, 'personal-register');

    // the shared schemas' messages, next to the fields
    await button(page, '注册').click();
    await page.getByText('请输入正确的11位手机号').waitFor();
    await page.getByText('请阅读并同意《国家医疗保障局个人注册协议》').waitFor();
    await page.getByPlaceholder('请输入手机号').fill(PHONE);
    await page.getByPlaceholder('请输入密码').fill('abc');
    await page.getByPlaceholder('请再次输入密码').fill('abd');
    await button(page, '注册').click();
    await page.getByText('密码长度至少8位').waitFor();
    await page.getByText('两次输入的密码不一致').waitFor();
    await screenshot(page, 'personal-register-errors');

    await page.getByPlaceholder('请输入密码').fill(PASSWORD);
    await page.getByPlaceholder('请再次输入密码').fill(PASSWORD);
    await expect(page.getByRole('meter', { name: '密码强度' }).textContent()).resolves.toBe('中');

    // 发送验证码 needs the captcha first
    await page.getByRole('button', { name: '发送验证码' }).click();
    const captchaError = page.locator('.ant-form-item-explain-error', {
      hasText: '请输入图形验证码',
    });
    await captchaError.waitFor();
    await solveCaptcha(page);
    await expect.poll(() => captchaError.count()).toBe(0);
    const code = await sendAndReadSms(page, PHONE);
    await page.getByPlaceholder('请输入短信验证码').fill(code);

    await page.getByRole('button', { name: '《国家医疗保障局个人注册协议》' }).click();
    await page.getByRole('dialog').getByText('注册后须完成实名认证').waitFor();
    await screenshot(page, 'personal-register-agreement');
    await page.getByRole('button', { name: '我已阅读并同意' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await expect(page.getByRole('checkbox').isChecked()).resolves.toBe(true);
    await expect.poll(() => page.locator('.ant-form-item-explain-error').count()).toBe(0);
    await page.getByText('【注意事项】').waitFor();
    await screenshot(page, 'personal-register-filled');

    await page.getByPlaceholder('请输入短信验证码').press('Enter');
    await page.waitForURL(/\/personal\/login$/);
    await page.getByText('注册成功!').waitFor();
    await expect(page.getByPlaceholder('手机号/居民身份证号码').inputValue()).resolves.toBe(PHONE);
    await screenshot(page, 'personal-login');
  });

  it('refuses the same phone twice', async () => {
    const other = await context.newPage();
    await other.goto(`${base()}/personal/register`);
    await other.getByPlaceholder('请输入手机号').fill(PHONE);
    await solveCaptcha(other);
    await other.getByRole('button', { name: '发送验证码' }).click();
    await other.getByText('该手机号已注册，请直接登录').waitFor();
    await other.close();
  });

  it('logs in, is sent to 实名认证, and the home page asks for 立即认证', async () => {
    await login(page, PHONE, PASSWORD);
    await page.waitForURL(/\/personal\/real-name$/);
    await page.getByText('个人信息录入').waitFor();

    await page.goto(`${base()}/personal`);
    await page.getByText('您尚未完成实名认证').waitFor();
    await screenshot(page, 'personal-home-unverified');
    await page.getByRole('link', { name: '立即认证' }).click();
    await page.waitForURL(/\/personal\/real-name$/);
    await page.getByText('当前位置：').waitFor();
    await expect(page.getByRole('radio', { name: '通过手机号认证' }).isChecked()).resolves.toBe(
      true,
    );
    await expect(
      page.getByRole('radio', { name: '通过电子医保凭证扫码认证' }).isDisabled(),
    ).resolves.toBe(false);
    await screenshot(page, 'personal-real-name-1');
  });

  it('实名认证 outcome 3: an identity that is not insured is refused', async () => {
    await page.getByPlaceholder('请输入真实姓名').fill('张三');
    await page.getByPlaceholder('请输入证件号码').fill('110101199003074514');
    await page.getByPlaceholder('请输入证件号码').press('Enter');
    await page.getByText('参保信息不存在，暂时无法认证').waitFor();
    await screenshot(page, 'personal-real-name-not-insured');
  });

  it('实名认证 outcome 2: an insured person without a registered phone is told to add one', async () => {
    const noPhone = await insuredWithoutPhone();
    await page.getByPlaceholder('请输入真实姓名').fill(noPhone.name);
    await page.getByPlaceholder('请输入证件号码').fill(noPhone.certNo);
    await page.getByRole('button', { name: '下一步' }).click();
    await page
      .getByText('参保人手机号码不存在。请参考“变更参保人手机号说明”，补充参保人手机号。')
      .waitFor();
    await screenshot(page, 'personal-real-name-no-phone');
    await page.getByPlaceholder('请输入真实姓名').fill('');
    await page.getByPlaceholder('请输入证件号码').fill('');
  });

  it('实名认证 outcome 1: SMS to the insured phone, 认证成功, home greets by name', async () => {
    await page.getByPlaceholder('请输入真实姓名').fill(insured.name);
    await page.getByPlaceholder('请输入证件号码').fill(insured.certNo);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByText(/温馨提示：请通过参保手机号接收短信验证码/).waitFor();
    await expect(page.getByTestId('masked-phone').textContent()).resolves.toBe(
      `${insured.phone.slice(0, 3)}****${insured.phone.slice(7)}`,
    );
    await screenshot(page, 'personal-real-name-2');

    await page.getByPlaceholder('请输入参保登记的完整手机号').fill(insured.phone);
    await solveCaptcha(page);
    const code = await sendAndReadSms(page, insured.phone);
    await page.getByPlaceholder('请输入短信验证码').fill(code);
    await screenshot(page, 'personal-real-name-2-filled');
    await page.getByRole('button', { name: '立即认证' }).click();
    await page.getByText('恭喜您，认证成功！').waitFor();
    const go = page.getByRole('button', { name: /点击前往个人网厅（\d+）/ });
    const first = Number(/（(\d+)）/.exec((await go.textContent())!)![1]);
    expect(first).toBeLessThanOrEqual(10);
    await expect
      .poll(async () => Number(/（(\d+)）/.exec((await go.textContent())!)![1]))
      .toBeLessThan(first);
    await screenshot(page, 'personal-real-name-3');

    await go.click();
    await page.waitForURL(/\/personal$/);
    await page.getByText(`${insured.name}，`).first().waitFor();
    await page.getByText('已实名认证').waitFor();
    await expect(page.getByText('您尚未完成实名认证').count()).resolves.toBe(0);
    await screenshot(page, 'personal-home-verified');
  });

  it('locks an account after five wrong passwords', async () => {
    await registerByApi(LOCK_PHONE, PASSWORD);
    const ctx = await browser.newContext({ viewport });
    const p = await ctx.newPage();
    await p.goto(`${base()}/personal/login`);

    let captchaId = await login(p, '13599998888', PASSWORD);
    await p.getByText('该账号未注册，请先注册').waitFor();

    for (let left = 4; left >= 0; left--) {
      captchaId = await login(p, LOCK_PHONE, `Wrong${left}pass`, captchaId);
      if (left > 0) {
        await p.getByText(`账号或密码错误，您还可以尝试${left}次`).waitFor();
        if (left === 4) await screenshot(p, 'personal-login-wrong-password');
      }
    }
    await p.getByText('累计登录失败5次，账户已被锁定，请10分钟后再试').waitFor();
    await screenshot(p, 'personal-login-locked');

    // the right password does not help while the lock lasts
    await p.getByPlaceholder('请输入密码').fill(PASSWORD);
    await solveCaptcha(p, '请输入验证码', captchaId);
    await button(p, '登录').click();
    await p.waitForTimeout(500);
    await p.getByText('累计登录失败5次，账户已被锁定，请10分钟后再试').waitFor();
    expect(p.url()).toMatch(/\/personal\/login$/);
    await ctx.close();
  });

  it('找回密码 in three steps, then logs in with the new password', async () => {
    const ctx = await browser.newContext({ viewport });
    const p = await ctx.newPage();
    await p.goto(`${base()}/personal/login`);
    await p.getByRole('link', { name: '忘记密码' }).click();
    await p.waitForURL(/\/personal\/forgot-password$/);
    await p.getByText('填写账号').waitFor();
    await p.getByPlaceholder('请输入注册的手机号').fill(PHONE);
    await solveCaptcha(p);
    await screenshot(p, 'personal-forgot-1');
    await p.getByRole('button', { name: '下一步' }).click();

    await p.getByPlaceholder('请输入新密码').waitFor();
    await expect(p.getByLabel('手机号', { exact: true }).inputValue()).resolves.toBe(PHONE);
    await p.getByPlaceholder('请输入证件号码').fill(insured.certNo);
    await p.getByPlaceholder('请输入新密码').fill(NEW_PASSWORD);
    await p.getByPlaceholder('请再次输入新密码').fill(NEW_PASSWORD);
    await solveCaptcha(p);
    const code = await sendAndReadSms(p, PHONE);
    await p.getByPlaceholder('请输入短信验证码').fill(code);
    await screenshot(p, 'personal-forgot-2');
    await p.getByRole('button', { name: '立即认证' }).click();
    await p.getByText('新密码设置成功').waitFor();
    await screenshot(p, 'personal-forgot-3');

    await p.getByRole('button', { name: '去登录' }).click();
    await p.waitForURL(/\/personal\/login$/);
    const used = await login(p, PHONE, PASSWORD);
    await p.getByText(/账号或密码错误，您还可以尝试\d次/).waitFor();
    await login(p, PHONE, NEW_PASSWORD, used);
    await p.waitForURL(/\/personal$/);
    await p.getByText(`${insured.name}，`).first().waitFor();
    await ctx.close();
  });

  it('shows the pages in elder mode', async () => {
    const ctx = await browser.newContext({ viewport });
    await ctx.addInitScript(() => window.localStorage.setItem('yibao.elder', '1'));
    const p = await ctx.newPage();
    await p.goto(`${base()}/personal/register`);
    await p.locator('img[data-captcha-id]').waitFor();
    expect(
      await p.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)),
    ).toBeGreaterThanOrEqual(18);
    await screenshot(p, 'personal-register-elder');
    await p.goto(`${base()}/personal/login`);
    await p.locator('img[data-captcha-id]').waitFor();
    await screenshot(p, 'personal-login-elder');
    await ctx.close();
  });
});
