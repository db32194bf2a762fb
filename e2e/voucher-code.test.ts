import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { personLogin } from './fixtures-applications';
import {
  beijingToday,
  HOSPITAL_OPERATOR,
  SETTLEMENT_URL,
  signedPost,
  unitOperatorLogin,
  type ApiKey,
} from './fixtures-settlement';
import { base } from './fixtures-window';

/**
 * 医保码 on the phone: the demo employee opens 医保电子凭证, shows the code, and the demo
 * hospital's system settles a pharmacy-free visit with the scanned token instead of the
 * certificate number.
 */
const EMPLOYEE = '13800000001';
const phoneDevice = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe('医保码 (M09, X08)', () => {
  let browser: Browser;
  let key: ApiKey;

  beforeAll(async () => {
    browser = await launchBrowser();
    // its own client addresses: the captcha's per-address limit counts the others apart
    const hospital = await browser.newContext({
      extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.82' },
    });
    await unitOperatorLogin(hospital.request, HOSPITAL_OPERATOR);
    const issued = await hospital.request.post(`${base()}/api/unit/api-keys`, {
      data: { institutionCode: (await firstInstitution(hospital)) ?? '', name: '扫码结算' },
    });
    expect(issued.status(), await issued.text()).toBe(200);
    key = (await issued.json()) as ApiKey;
    await hospital.close();
  });
  afterAll(async () => browser.close());

  async function firstInstitution(ctx: Awaited<ReturnType<Browser['newContext']>>) {
    const list = (await (await ctx.request.get(`${base()}/api/unit/api-keys`)).json()) as {
      institutions: { code: string }[];
    };
    return list.institutions[0]?.code;
  }

  it('出示医保码 shows a code that settles a visit in the holder’s name', async () => {
    const ctx = await browser.newContext({
      ...phoneDevice,
      baseURL: base(),
      extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.83' },
    });
    await personLogin(ctx.request, base(), EMPLOYEE);
    const page = await ctx.newPage();
    await page.goto(`${base()}/m/evoucher`);
    await page.getByRole('button', { name: '出示医保码' }).click();
    const image = page.getByRole('img', { name: '医保码' });
    await image.waitFor();
    await page
      .getByRole('timer')
      .getByText(/1:5\d|2:00/)
      .waitFor();
    const token = (await image.getAttribute('data-qr-url')) ?? '';
    expect(token).toMatch(/^v1\./);
    await page.waitForTimeout(300);
    await screenshot(page, 'voucher-code-mobile');

    const res = await signedPost(key, SETTLEMENT_URL, {
      txnNo: `QR${Date.now()}`,
      voucherToken: token,
      medType: '11',
      visitDate: beijingToday(),
      totalFen: 5_000,
      inCatalogueFen: 5_000,
      outCatalogueFen: 0,
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const reply = (await res.json()) as { person: { name: string }; totalFen: number };
    expect(reply.person.name).toBe('王志强');
    await ctx.close();
  });
});
