import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { launchBrowser, screenshot } from './browser';

import { insuredWithCard } from './fixtures-mobile';
import { captchaAnswer, lastSmsAt, smsCodeAfter } from './outbox-flows';

/**
 * Guide 004 §三.1 2) 通过电子医保凭证扫码认证 with two browsers. An insured person verified on the
 * phone (by 社保卡) with an activated 医保电子凭证 registers a second, portal account; the portal
 * enters the person's 姓名, 证件类型, 证件号码 and shows a code (请使用国家医保服务平台APP扫码,
 * 上一步); the phone opens it and confirms; the portal shows 恭喜您，认证成功 and
 * 点击前往个人网厅. One person has one verified account, so the real-name moves from the phone's
 * account to the portal's. Someone else's phone is refused; a used code and a lapsed one too.
 */

const base = () => inject('baseUrl');

const MOBILE_PHONE = '13566660001';
const PORTAL_PHONE = '13566660002';
const LATE_PHONE = '13566660003';
const PASSWORD = 'Scan2026ok';
const EV_PASSWORD = '246810';
const DEMO_PERSON = '13800000001';
const DEMO_PASSWORD = 'Yibao@2026';
const phoneDevice = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const desktop = { viewport: { width: 1366, height: 900 } };

/** A captcha id and its answer, as a page would show and a person would type it. */
async function captcha(request: APIRequestContext) {
  const { id } = (await (await request.get(`${base()}/api/captcha`)).json()) as { id: string };
  return { captchaId: id, captcha: await captchaAnswer(id) };
}

/** Calls the API in a browser context, so its session cookie is the page's. */
async function post(request: APIRequestContext, url: string, data: unknown) {
  const res = await request.post(`${base()}${url}`, { data });
  expect(res.status(), `${url}: ${await res.text()}`).toBe(200);
  return res.json() as Promise<unknown>;
}

/** Registers a phone through the API, the same calls the register page makes. */
async function register(request: APIRequestContext, phone: string) {
  const before = await lastSmsAt(phone);
  await post(request, '/api/sms/codes', {
    phone,
    purpose: 'register',
    ...(await captcha(request)),
  });
  const smsCode = await smsCodeAfter(phone, before);
  await post(request, '/api/auth/person/register', {
    phone,
    password: PASSWORD,
    confirmPassword: PASSWORD,
    smsCode,
    agree: true,
  });
}

const apiLogin = async (request: APIRequestContext, account: string, password: string) =>
  post(request, '/api/auth/person/login', { account, password, ...(await captcha(request)) });

const sessionOf = async (request: APIRequestContext) =>
  (await (await request.get(`${base()}/api/session`)).json()) as {
    name: string;
    realNameVerified: boolean;
    phone: string;
  };

/** 个人账号登录 on the page: account, password and the captcha the page shows. */
async function portalLogin(page: Page, account: string) {
  await page.goto(`${base()}/personal/login`);
  await page.getByPlaceholder('手机号/居民身份证号码').fill(account);
  await page.getByPlaceholder('请输入密码').fill(PASSWORD);
  const img = page.locator('img[data-captcha-id]');
  await expect.poll(async () => (await img.count()) > 0).toBe(true);
  const id = (await img.getAttribute('data-captcha-id'))!;
  await page.getByPlaceholder('请输入验证码').fill(await captchaAnswer(id));
  await page.getByRole('button', { name: /^(loading )?登\s*录$/ }).click();
  await page.waitForURL(/\/personal\/real-name$/);
}

/** 姓名, 证件类型 (居民身份证, preset), 证件号码 with the QR method, then 下一步. */
async function fillIdentity(page: Page, who: { name: string; certNo: string }) {
  await page.getByRole('radio', { name: '通过电子医保凭证扫码认证' }).check();
  await page.getByPlaceholder('请输入真实姓名').fill(who.name);
  await page.getByPlaceholder('请输入证件号码').fill(who.certNo);
}

const setClock = (body: unknown) =>
  fetch(`${base()}/api/dev/clock`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const tap = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).click();

describe('通过电子医保凭证扫码认证 (guide 004 §三.1 2)', () => {
  let browser: Browser;
  let phoneContext: BrowserContext;
  let portalContext: BrowserContext;
  let phone: Page;
  let portal: Page;
  let insured: Awaited<ReturnType<typeof insuredWithCard>>;
  let url = '';
  const masked = () => `${insured.certNo.slice(0, 2)}*****${insured.certNo.slice(-2)}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    insured = await insuredWithCard(2);
    phoneContext = await browser.newContext(phoneDevice);
    portalContext = await browser.newContext(desktop);
    phone = await phoneContext.newPage();
    portal = await portalContext.newPage();

    // the phone: an account verified by 社保卡 with an activated e-voucher (guide 003 ch. 1)
    await register(phoneContext.request, MOBILE_PHONE);
    await apiLogin(phoneContext.request, MOBILE_PHONE, PASSWORD);
    await post(phoneContext.request, '/api/auth/mobile/real-name', {
      method: 'ss-card',
      ssCardNo: insured.ssCardNo,
      cardPassword: insured.cardPassword,
    });
    await post(phoneContext.request, '/api/evoucher/activate', {
      password: EV_PASSWORD,
      confirmPassword: EV_PASSWORD,
    });
    // the portal: a new account of the same person, by another phone
    await register(portalContext.request, PORTAL_PHONE);
  });
  afterAll(async () => {
    await setClock({ reset: true });
    await browser.close();
  });

  it('实名认证 offers 通过电子医保凭证扫码认证 and checks the certificate number', async () => {
    await portalLogin(portal, PORTAL_PHONE);
    await portal.getByText('个人信息录入').waitFor();
    const wrongCheck = insured.certNo.endsWith('1') ? '2' : '1';
    await fillIdentity(portal, {
      name: insured.name,
      certNo: insured.certNo.slice(0, 17) + wrongCheck,
    });
    await portal.getByText('扫码前，请在手机上登录本人的智慧医保账号').waitFor();
    await portal.getByText('扫码认证', { exact: true }).waitFor();
    await portal.getByRole('button', { name: '下一步' }).click();
    await portal.getByText('证件号码校验位不正确').waitFor();
    await portal.getByPlaceholder('请输入证件号码').fill(insured.certNo);
    await screenshot(portal, 'personal-real-name-qr-1');
  });

  it('下一步 shows the code (请使用国家医保服务平台APP扫码); 上一步 goes back', async () => {
    await portal.getByRole('button', { name: '下一步' }).click();
    await portal.getByText('请使用国家医保服务平台APP扫码').waitFor();
    await portal.getByAltText('扫码认证二维码').waitFor();
    await portal.getByText(/二维码有效时间剩余 [12]:\d\d/).waitFor();
    const first = (await portal.getByTestId('qr-url').textContent())!;
    expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/m\/qr\/[A-Za-z0-9_-]{20,80}$/);

    await portal.getByRole('button', { name: /上\s*一\s*步/ }).click();
    await portal.getByPlaceholder('请输入真实姓名').waitFor();
    await expect(portal.getByPlaceholder('请输入真实姓名').inputValue()).resolves.toBe(
      insured.name,
    );
    await expect(
      portal.getByRole('radio', { name: '通过电子医保凭证扫码认证' }).isChecked(),
    ).resolves.toBe(true);
    await portal.getByRole('button', { name: '下一步' }).click();
    await portal.getByText('请使用国家医保服务平台APP扫码').waitFor();
    url = (await portal.getByTestId('qr-url').textContent())!;
    expect(url).not.toBe(first);
    await expect(portal.getByAltText('扫码认证二维码').getAttribute('data-qr-url')).resolves.toBe(
      url,
    );
    await screenshot(portal, 'personal-real-name-qr-2');
  });

  it('refuses a phone signed in as someone else', async () => {
    const otherContext = await browser.newContext(phoneDevice);
    await apiLogin(otherContext.request, DEMO_PERSON, DEMO_PASSWORD);
    const other = await otherContext.newPage();
    await other.goto(url);
    await other.getByText('二维码所示身份与当前电子凭证不一致').waitFor();
    await other.getByText(new RegExp(`二维码所示身份为${insured.name[0]}\\*+`)).waitFor();
    await screenshot(other, 'mobile-qr-real-name-other-person');
    await otherContext.close();
  });

  it('the phone shows what it confirms and confirms it', async () => {
    await phone.goto(url);
    await phone.getByText('确认为个人网厅账号实名认证？').waitFor();
    await expect(phone.getByTestId('qr-account').textContent()).resolves.toBe('135****0002');
    await expect(phone.getByTestId('qr-name').textContent()).resolves.toBe(
      insured.name[0] + '*'.repeat(Array.from(insured.name).length - 1),
    );
    await expect(phone.getByTestId('qr-cert').textContent()).resolves.toBe(masked());
    await phone.getByText('当前智慧医保账号（135****0001）将解除实名认证').waitFor();
    await screenshot(phone, 'mobile-qr-real-name-confirm');

    await tap(phone, '确认认证');
    await phone.getByText('认证成功').waitFor();
    await phone.getByText('个人网厅账号135****0002已完成实名认证').waitFor();
    await screenshot(phone, 'mobile-qr-real-name-done');
  });

  it('the portal shows 恭喜您，认证成功 and 点击前往个人网厅', async () => {
    await portal.getByText('恭喜您，认证成功！').waitFor({ timeout: 15_000 });
    const go = portal.getByRole('button', { name: /点击前往个人网厅（\d+）/ });
    await go.waitFor();
    await screenshot(portal, 'personal-real-name-qr-3');
    await go.click();
    await portal.waitForURL(/\/personal$/);
    await expect(sessionOf(portalContext.request)).resolves.toMatchObject({
      name: insured.name,
      realNameVerified: true,
      phone: '135****0002',
    });
    // one verified account per person: the phone's account gave its real-name away
    await expect(sessionOf(phoneContext.request)).resolves.toMatchObject({
      realNameVerified: false,
    });
  });

  it('a used code cannot be confirmed again', async () => {
    await phone.goto(url);
    await phone.getByText('二维码已被使用，请刷新后重新扫码').waitFor();
  });

  it('a code lapses after two minutes and 刷新二维码 brings a new one', async () => {
    const lateContext = await browser.newContext(desktop);
    await register(lateContext.request, LATE_PHONE);
    const late = await lateContext.newPage();
    await portalLogin(late, LATE_PHONE);
    await fillIdentity(late, insured);
    await late.getByRole('button', { name: '下一步' }).click();
    await late.getByText('请使用国家医保服务平台APP扫码').waitFor();
    const lapsed = (await late.getByTestId('qr-url').textContent())!;
    try {
      expect((await setClock({ advanceMs: 121_000 })).status).toBe(200);
      await late.getByText('二维码已失效').waitFor();
      await screenshot(late, 'personal-real-name-qr-expired');
    } finally {
      await setClock({ reset: true });
    }
    await late.getByRole('button', { name: /刷新二维码/ }).click();
    await late.getByText(/二维码有效时间剩余 [12]:\d\d/).waitFor();
    await expect(late.getByTestId('qr-url').textContent()).resolves.not.toBe(lapsed);
    await lateContext.close();
  });
});
