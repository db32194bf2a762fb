import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, unfoldMenuGroup } from './browser';
import { base, button, query, viewport } from './fixtures-window';
import {
  beijingToday,
  HOSPITAL_OPERATOR,
  SETTLEMENT_URL,
  signedPost,
  unitOperatorLogin,
  type ApiKey,
} from './fixtures-settlement';

/**
 * X08 in a browser: the demo hospital's operator issues an API credential under 医保结算 →
 * 接口凭证 (the secret shown once), the hospital's system settles a visit of the demo retiree with
 * it, the list shows it used, the operator revokes it and the next call is refused; 结算接口说明
 * tells a developer how to sign.
 */
const RETIREE_PHONE = '13800000002';
const URL = SETTLEMENT_URL;
const signedPostTo = (key: ApiKey, body: unknown) => signedPost(key, URL, body);

describe('定点医药机构 医保结算 (X08)', () => {
  let browser: Browser;
  let ctx: BrowserContext;
  let page: Page;
  let key: ApiKey;

  beforeAll(async () => {
    browser = await launchBrowser();
    // its own client address: the captcha's per-address limit counts the other walkthroughs apart
    ctx = await browser.newContext({
      viewport,
      extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.81' },
    });
    await unitOperatorLogin(ctx.request, HOSPITAL_OPERATOR);
    page = await ctx.newPage();
  });
  afterAll(async () => browser.close());
  afterEach(async (t) => {
    if (t.task.result?.state === 'fail') await screenshot(page, 'failed-institution-settlement');
  });

  it('接口凭证: 申请 shows the secret once; the list holds the credential', async () => {
    await page.goto(`${base()}/unit`);
    const nav = page.getByRole('navigation', { name: '单位网厅菜单' });
    const leaf = nav.getByRole('menuitem', { name: '接口凭证' });
    await unfoldMenuGroup(nav, '医保结算');
    await leaf.click();
    await page.waitForURL(/\/unit\/institution\/api-keys$/);
    await page.getByLabel('用途').fill('门诊收费系统');
    await button(page, '申请').click();
    const dialog = page.getByRole('dialog', { name: '接口凭证申请成功' });
    await dialog.getByText('密钥只显示这一次').waitFor();
    const keyId = (await dialog.locator('code').first().textContent()) ?? '';
    const secret = (await dialog.getByTestId('api-secret').locator('code').textContent()) ?? '';
    expect(keyId).toMatch(/^ak_[0-9a-f]{24}$/);
    expect(secret.length).toBeGreaterThanOrEqual(40);
    key = { keyId, secret };
    await screenshot(page, 'institution-api-key-issued');
    await button(dialog, '我已保存').click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row', { name: new RegExp(keyId) });
    await expect.poll(() => row.textContent()).toContain('未使用');
    await expect(row.textContent()).resolves.toContain('有效');
    expect(await page.content()).not.toContain(secret);
  });

  it('the hospital’s system settles with it; 吊销 ends its use', async () => {
    const rows = await query<{ cert_no: string }>('select cert_no from persons where phone = $1', [
      RETIREE_PHONE,
    ]);
    const certNo = rows[0]?.cert_no ?? '';
    const txnNo = `E2E${Date.now()}`;
    const bill = {
      txnNo,
      certNo,
      medType: '11',
      visitDate: beijingToday(),
      totalFen: 32_000,
      inCatalogueFen: 30_000,
      outCatalogueFen: 2_000,
    };
    const settled = await signedPostTo(key, bill);
    expect(settled.status, await settled.clone().text()).toBe(200);
    const reply = (await settled.json()) as Record<string, number>;
    expect(reply.fundFen! + reply.accountFen! + reply.cashFen!).toBe(32_000);

    await page.reload();
    const row = page.getByRole('row', { name: new RegExp(key.keyId) });
    await expect.poll(() => row.textContent()).not.toContain('未使用');
    await button(row, '吊销').click();
    await page.getByText('吊销后使用该凭证的系统将无法结算').waitFor();
    await button(page.locator('.ant-popover'), '确定').click();
    await expect.poll(() => row.textContent()).toContain('已吊销');
    await screenshot(page, 'institution-api-key-revoked');
    const refused = await signedPostTo(key, { ...bill, txnNo: `${txnNo}X` });
    expect(refused.status).toBe(401);
  });

  it('结算接口说明 shows the addresses, the signature and an example', async () => {
    await page.goto(`${base()}/unit/institution/settlement-guide`);
    await page.getByText('POST /api/settlement/v1/settlements', { exact: true }).waitFor();
    await page.getByText('X-Yibao-Signature', { exact: true }).waitFor();
    await page.getByText(/createHmac\('sha256', secret\)/).waitFor();
    await screenshot(page, 'institution-settlement-guide');
  });
});
