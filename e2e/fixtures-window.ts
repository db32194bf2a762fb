import pg from 'pg';
import { request, type APIRequestContext, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { screenshot } from './browser';
import { DEMO_PASSWORD } from './fixtures-applications';

/** What the window console's walkthroughs share: signing staff in, the registry, settling. */

export const base = () => inject('baseUrl');
export const viewport = { width: 1366, height: 900 };

/** Reads the registry as a tester would: straight from the server's database. */
export async function query<T extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** antd spaces a two-character button's label (保 存); a loading icon may lend it "loading". */
export const button = (scope: Page | Locator, label: string) =>
  scope.getByRole('button', { name: new RegExp(`(^|\\s)${[...label].join('\\s*')}$`) });

export const fieldError = (scope: Page | Locator, text: string) =>
  scope.locator('.ant-form-item-explain-error', { hasText: text });

/** A staff member's API session, for the steps a walkthrough does not need to show. */
export async function staffApi(username: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: base() });
  const res = await api.post('/api/auth/staff/login', {
    data: { username, password: DEMO_PASSWORD },
  });
  expect(res.status()).toBe(200);
  return api;
}

export async function signIn(page: Page, username: string) {
  await page.goto(`${base()}/window/login`);
  await page.getByPlaceholder('请输入用户名').fill(username);
  await page.getByPlaceholder('请输入密码').fill(DEMO_PASSWORD);
  await button(page, '登录').click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
}

/** Waits for spinners, dialogs and messages to settle, so the screenshot shows the result. */
export async function settled(page: Page) {
  await expect.poll(() => page.locator('.ant-spin-spinning, .ant-skeleton').count()).toBe(0);
  await expect.poll(() => page.locator('.ant-modal-wrap:visible').count()).toBe(0);
  await page.waitForTimeout(300);
}

/** The page fits the window: no horizontal scroll bar. */
export async function fitsWidth(page: Page) {
  const [scroll, client] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scroll).toBeLessThanOrEqual(client);
}

/**
 * 打印 of a 综合查询 record: the print dialog is the browser's, so the page is checked as
 * printed — without the console and the search — and back as it was afterwards.
 */
export async function printsRecordOnly(page: Page, pane: Locator, shot: string) {
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await button(pane, '打印').click();
  const printing = () => page.evaluate(() => document.body.classList.contains('pq-printing'));
  await expect.poll(printing).toBe(true);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.portal-sider').isVisible()).resolves.toBe(false);
  await expect(page.locator('.pq-search').isVisible()).resolves.toBe(false);
  await page.getByText('打印时间').waitFor();
  await screenshot(page, shot);
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect.poll(printing).toBe(false);
}

/**
 * Opens a page from the console's menu: the groups start open once the session's rights are
 * known, so the group is clicked only when its item is not showing (a click would fold it).
 */
export async function openMenuItem(page: Page, group: string, item: string) {
  const menu = page.getByRole('navigation', { name: '综窗经办菜单' });
  const leaf = menu.getByText(item, { exact: true });
  const title = menu
    .locator('.ant-menu-submenu-title')
    .filter({ has: page.getByText(group, { exact: true }) });
  await title.waitFor();
  await settled(page);
  // by its state, not the leaf's visibility: a group still unfolding would be folded again
  if ((await title.getAttribute('aria-expanded')) !== 'true') await title.click();
  await leaf.click();
}
