import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { launchBrowser, screenshot } from './browser';

const base = () => inject('baseUrl');

describe('foundation walkthrough', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('serves health and a valid OpenAPI document', async () => {
    expect(await (await fetch(`${base()}/api/health`)).json()).toEqual({ status: 'ok' });
    const doc = (await (await fetch(`${base()}/api/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/audit', '/api/dictionaries']),
    );
  });

  it('shows the landing page with its three logins and the mobile link', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(base());
    for (const label of ['个人登录', '单位登录', '经办登录']) {
      await expect(page.getByText(label, { exact: true }).first().isVisible()).resolves.toBe(true);
    }
    await expect(page.getByText('智慧医保').first().isVisible()).resolves.toBe(true);
    await screenshot(page, 'landing');
    await page.close();
  });

  it('opens each portal entry', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    for (const [path, name] of [
      ['/personal', '个人网厅'],
      ['/unit', '单位网厅'],
      ['/window', '综窗经办'],
    ] as const) {
      await page.goto(base() + path);
      await page.getByText(name).first().waitFor();
      await page.getByText('首页').first().waitFor();
      await screenshot(page, `portal-${path.slice(1)}`);
    }
    await page.close();
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await phone.goto(`${base()}/m/`);
    await phone.getByText('智慧医保').first().waitFor();
    await screenshot(phone, 'mobile-home');
    await phone.close();
  });

  it('switches the elder mode on, enlarges the type and remembers it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base()}/personal`);
    const bodySize = () =>
      page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(await bodySize()).toBeLessThan(18);
    await page.getByRole('switch').first().click();
    await expect.poll(bodySize).toBeGreaterThanOrEqual(18);
    await page.reload();
    await expect.poll(bodySize).toBeGreaterThanOrEqual(18);
    await screenshot(page, 'portal-personal-elder');
    await context.close();
  });

  it('signs a staff member in and shows the audit trail with the sign-in in it', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${base()}/window/audit`);
    await page.waitForURL(/\/window\/login/);
    await page.getByPlaceholder('请输入用户名').fill('admin01');
    await page.getByPlaceholder('请输入密码').fill('wrong-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('用户名或密码错误').first().waitFor();
    await screenshot(page, 'window-login-error');
    await page.getByPlaceholder('请输入密码').fill('Yibao@2026');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL(/\/window\/audit/);
    await page.getByText('auth.login', { exact: true }).first().waitFor();
    await expect(
      page
        .getByText(/总共\s*\d+\s*条/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await screenshot(page, 'window-audit');
    await page.close();
  });
});
