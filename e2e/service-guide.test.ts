import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';

/**
 * 办事指南 of the window console (guide 002): clerk01 opens the 41 items, searches 参保, reads
 * item 13 城乡居民参保登记 (服务对象, 申办资料, 办理时限, its parts as tabs, 窗口受理 of
 * 居民参保登记), prints 申办资料清单 as a PDF, then reads item 40's phone list and item 41's
 * annexes; and the pages in elder mode.
 */

const base = () => inject('baseUrl');
const PASSWORD = 'Yibao@2026';
const viewport = { width: 1366, height: 900 };

/** A two-character antd button: antd puts a space between the characters. */
const button = (page: Page, twoChars: string) =>
  page.getByRole('button', { name: new RegExp(`^${twoChars[0]}\\s*${twoChars[1]}$`) });

describe('window console 办事指南 (guide 002)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport });
    page = await context.newPage();
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') await screenshot(page, 'failed-service-guide');
  });
  afterAll(async () => {
    await browser.close();
  });

  const settled = () => expect.poll(() => page.locator('.ant-spin-spinning').count()).toBe(0);
  const rows = () => page.locator('.guide-list tr.ant-table-row');

  it('signs clerk01 in and lists the 41 items under 办事指南', async () => {
    await page.goto(`${base()}/window/login`);
    await page.getByPlaceholder('请输入用户名').fill('clerk01');
    await page.getByPlaceholder('请输入密码').fill(PASSWORD);
    await button(page, '登录').click();
    await page.waitForURL((url) => !url.pathname.endsWith('/login'));
    await page.getByRole('navigation', { name: '综窗经办菜单' }).getByText('办事指南').click();
    await page.waitForURL(/\/window\/guide$/);
    await settled();
    await expect.poll(() => rows().count()).toBe(41);
    await page.getByText('共 41 个服务事项').waitFor();
    const item13 = rows().filter({ hasText: '城乡居民参保登记' });
    await item13.getByText('可受理').waitFor();
    await item13.getByText('即时办结').waitFor();
    await rows()
      .filter({ hasText: '全国跨省异地就医联网定点医院查询' })
      .getByText('查询', { exact: true })
      .waitFor();
    await screenshot(page, 'service-guide-list');
  });

  it('searches 参保 and opens item 13', async () => {
    await page.getByRole('searchbox', { name: '搜索服务事项' }).fill('参保');
    await expect.poll(() => rows().count()).toBeLessThan(41);
    const names = await rows().locator('.guide-item-link').allTextContents();
    expect(names).toContain('城乡居民参保登记');
    // an item is listed for its name or, said under it, for one of its parts
    for (const text of await rows().allTextContents()) expect(text).toContain('参保');
    await rows()
      .filter({ hasText: '转移接续手续办理' })
      .getByText('含：参保关系跨统筹区转出')
      .waitFor();
    await screenshot(page, 'service-guide-search');
    await page.getByRole('link', { name: '城乡居民参保登记' }).click();
    await page.waitForURL(/\/window\/guide\/13$/);
    await settled();
    await page.getByText('13、城乡居民参保登记').waitFor();
    const sections = page.locator('.guide-sections');
    for (const title of ['1、服务对象', '3、申办资料', '4、办理时限', '5、经办操作页面']) {
      await sections.getByRole('heading', { name: title }).first().waitFor();
    }
    const first = sections.getByRole('tabpanel');
    await first.getByText('自然人、学校。').waitFor();
    await first.getByText('《城乡居民基本医疗保险参保登记表》（附件5）').waitFor();
    expect(await first.locator('.guide-required').count()).toBeGreaterThan(0);
    expect(await first.locator('.guide-conditional').count()).toBeGreaterThan(0);
    await first.getByText('即时办结。').waitFor();
    await first.locator('.guide-operation', { hasText: '城乡居民参保审核' }).waitFor();

    // the parts are tabs: (二) 城乡居民停保 has its own materials
    await sections.getByRole('tab', { name: '（二）城乡居民停保' }).click();
    await page.waitForURL(/part=2/);
    await sections.getByRole('tabpanel').getByText('居民基本医疗保险停保申请').waitFor();
    await sections.getByRole('tab', { name: '（一）城乡居民新参保/续保' }).click();

    // 窗口受理: 居民参保登记 is the applicant's own (a checklist, nothing to file); 城乡居民新参保/续保
    // is the window's, and 前往受理 carries the originals ticked here to its page
    const intake = page.locator('.guide-intake');
    const portal = intake.locator('.guide-intake-business', { hasText: '居民参保登记' }).first();
    await portal.getByRole('checkbox', { name: /户口簿或居住证明/ }).check();
    await portal.getByText('必须材料已收齐').waitFor();
    await portal.getByText('本业务由申请人自行申报，窗口暂不能代为提交').waitFor();
    expect(await portal.getByRole('link', { name: /受理/ }).count()).toBe(0);
    // the single form, not its 批量 sibling (城乡居民新参保/续保（批量）)
    const counter = intake
      .locator('.guide-intake-business')
      .filter({ has: page.getByText('城乡居民新参保/续保', { exact: true }) });
    await counter.getByRole('checkbox', { name: /城乡居民基本医疗保险参保登记表/ }).check();
    const go = counter.getByRole('link', { name: /前往受理/ });
    expect(await go.getAttribute('href')).toBe('/window/resident-enrolment?paper=enrolment-form');
    await page.locator('.guide-annex-refs').getByText('附件5', { exact: true }).waitFor();
    await screenshot(page, 'service-guide-item-13');
  });

  it('opens 申办资料清单 as a PDF', async () => {
    const print = page.getByRole('link', { name: /打印申办资料清单/ });
    expect(await print.getAttribute('href')).toBe('/api/service-items/13/checklist.pdf');
    const [response] = await Promise.all([
      context.waitForEvent('response', (r) =>
        r.url().endsWith('/api/service-items/13/checklist.pdf'),
      ),
      print.click(),
    ]);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    for (const other of context.pages()) if (other !== page) await other.close();
    // the same bytes through the clerk's session: a real PDF
    const direct = await page.request.get(`${base()}/api/service-items/13/checklist.pdf`);
    expect(direct.headers()['content-type']).toBe('application/pdf');
    const body = await direct.body();
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(body.length).toBeGreaterThan(10_000);
  });

  it('shows an item whose business is not built yet as a guide only', async () => {
    await page.goto(`${base()}/window/guide/19`);
    await settled();
    await page.getByText('本事项的业务尚未建设，仅提供办事指南').waitFor();
    await page
      .locator('.guide-sections')
      .getByText(/无异地工作证明个人承诺书/)
      .first()
      .waitFor();
    expect(await page.locator('.guide-intake').count()).toBe(0);
    await screenshot(page, 'service-guide-item-19');
  });

  it('opens item 40 (the phone list) and item 41 (the annexes)', async () => {
    await page.goto(`${base()}/window/guide`);
    await settled();
    await page.getByRole('searchbox', { name: '搜索服务事项' }).fill('40');
    await expect.poll(() => rows().count()).toBe(1);
    await page.getByRole('link', { name: '玉溪市各县（市、区）医保电话' }).click();
    await page.waitForURL(/\/window\/guide\/40$/);
    await settled();
    const table = page.locator('.guide-phone-table');
    for (const head of ['县市', '办公室电话', '参保', '医疗待遇']) {
      await table.getByRole('columnheader', { name: head }).waitFor();
    }
    await expect.poll(() => table.locator('tr.ant-table-row').count()).toBe(10);
    await table.locator('tr.ant-table-row', { hasText: '红塔区' }).getByText('2031228').waitFor();
    expect(await page.getByRole('link', { name: /打印申办资料清单/ }).count()).toBe(0);
    await screenshot(page, 'service-guide-item-40');

    await page.goto(`${base()}/window/guide/41?annex=1-2`);
    await settled();
    const annexes = page.locator('.guide-annex-table');
    await annexes.getByText('《玉溪市医疗保障举报奖励金申请表》').waitFor();
    await annexes.locator('.guide-annex-text', { hasText: '举报奖励实施办法' }).waitFor();
    await screenshot(page, 'service-guide-item-41');
  });

  it('shows the guide in elder mode', async () => {
    await page.evaluate(() => window.localStorage.setItem('yibao.elder', '1'));
    await page.goto(`${base()}/window/guide`);
    await settled();
    const bodySize = () =>
      page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    await expect.poll(bodySize).toBeGreaterThanOrEqual(18);
    await expect.poll(() => rows().count()).toBe(41);
    await screenshot(page, 'service-guide-list-elder');
    await page.goto(`${base()}/window/guide/13`);
    await settled();
    await page.locator('.guide-intake').waitFor();
    // no part of the page runs wider than the window
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'service-guide-item-13-elder');
    await page.evaluate(() => window.localStorage.setItem('yibao.elder', '0'));
  });
});
