import pg from 'pg';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { PASSWORD_FREE_WARNING, remoteUseWarning } from '@yibao/contracts';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, unfoldMenuGroup } from './browser';
import { DEMO_RESIDENT, personLogin } from './fixtures-applications';
import { sendAndReadSms, solveCaptcha } from './outbox-flows';

/**
 * 000 ◆个人账户密码设置 (P17) and ◆个人账户支付权限设置 (P18) in a browser, as the demo employee:
 * 我要办 › 个人账户密码设置 with 参保人员申报信息 and 温馨提示, weak and mismatched passwords
 * refused, 【提交】 → 个人账户密码权限验证 (图形验证码 + 短信验证码, a wrong code refused) →
 * 密码修改成功; 我要办 › 个人账户支付权限设置 with the two choices, each 是 with the guide's
 * warning, 【提交】 → the dialog with 个人账户密码 (the old 000000 refused, the new one taken) →
 * 设置免密额度成功; and a resident, who has no personal account, refused.
 */

const base = () => inject('baseUrl');
const EMPLOYEE = '13800000001';
const NEW_PASSWORD = '258147';
const viewport = { width: 1366, height: 900 };
/** This walkthrough's own client address, so the per-address SMS limit counts it apart. */
const headers = { 'X-Forwarded-For': '203.0.113.61' };

/** antd spaces a two-character button's label (提 交); a loading icon may lend it "loading". */
const button = (scope: Page | Locator, label: string) =>
  scope.getByRole('button', { name: new RegExp(`(^|\\s)${[...label].join('\\s*')}$`) });
const menu = (page: Page) => page.getByRole('navigation', { name: '个人网厅菜单' });
/** 点击左侧菜单栏的【我要办】模块 (when it is not open already), then the page. */
async function openHandle(page: Page, label: string) {
  await menu(page).getByRole('menuitem', { name: '我要办' }).waitFor();
  await settle(page);
  const item = menu(page).getByRole('menuitem', { name: label, exact: true });
  await unfoldMenuGroup(menu(page), '我要办');
  await item.click();
}
async function noSideScroll(page: Page) {
  const [scroll, client] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scroll, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(client);
}
const settle = (page: Page) => page.waitForTimeout(500);
const fieldError = (scope: Page | Locator, text: string) =>
  scope.locator('.ant-form-item-explain-error', { hasText: text });
const formItem = (page: Page, label: string) => page.locator('.ant-form-item', { hasText: label });

interface AccountState {
  id: string;
  name: string;
  cert_no: string;
  password_hash: string | null;
  password_changed_at: Date | null;
  password_free_local: boolean;
  remote_use: boolean;
}

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** The personal account of the person behind a demo login, as the database holds it now. */
async function accountOf(phone: string): Promise<AccountState> {
  const [row] = await query<AccountState>(
    `select pa.id, p.name, p.cert_no, pa.password_hash, pa.password_changed_at,
            pa.password_free_local, pa.remote_use
       from person_accounts a join persons p on p.id = a.person_id
       join personal_accounts pa on pa.person_id = p.id
      where a.phone = $1 and a.status = '正常'`,
    [phone],
  );
  if (!row) throw new Error(`${phone} has no personal account`);
  return row;
}

/** Puts the account's password and settings as given, without lockout counters. */
async function resetAccount(
  id: string,
  to: Pick<
    AccountState,
    'password_hash' | 'password_changed_at' | 'password_free_local' | 'remote_use'
  >,
) {
  await query(
    `update personal_accounts set password_hash = $2, password_changed_at = $3,
            password_free_local = $4, remote_use = $5 where id = $1`,
    [id, to.password_hash, to.password_changed_at, to.password_free_local, to.remote_use],
  );
  await query(`delete from rate_counters where key like 'account-password:%:' || $1`, [id]);
}

describe('个人账户密码设置 and 个人账户支付权限设置 (000 我要办)', () => {
  let browser: Browser;
  let ctx: BrowserContext;
  let page: Page;
  let before: AccountState;

  beforeAll(async () => {
    browser = await launchBrowser();
    before = await accountOf(EMPLOYEE);
    // the walkthrough starts from the demo's initial 000000 with both settings 否, whatever an
    // earlier walkthrough on this server left; afterAll puts back what was there
    await resetAccount(before.id, {
      password_hash: null,
      password_changed_at: null,
      password_free_local: false,
      remote_use: false,
    });
    ctx = await browser.newContext({ viewport, baseURL: base(), extraHTTPHeaders: headers });
    await personLogin(ctx.request, base(), EMPLOYEE);
    page = await ctx.newPage();
  });
  afterAll(async () => {
    // other walkthroughs (the settlement interface) expect the demo account as it was
    await resetAccount(before.id, before);
    await browser.close();
  });
  afterEach(async (t) => {
    if (t.task.result?.state !== 'fail') return;
    let n = 0;
    for (const c of browser.contexts())
      for (const p of c.pages()) await screenshot(p, `failed-account-security-${n++}`);
  });

  it('P17 shows 参保人员申报信息 and 温馨提示, and refuses weak or mismatched passwords', async () => {
    await page.goto(`${base()}/personal`);
    await openHandle(page, '个人账户密码设置');
    await page.waitForURL(/\/personal\/account-password$/);

    const insured = page.locator('.ant-card', { hasText: '参保人员申报信息' });
    await insured.getByText(before.name, { exact: true }).waitFor();
    await insured.getByText('居民身份证(户口簿)').waitFor();
    const masked = `${before.cert_no.slice(0, 2)}*****${before.cert_no.slice(-2)}`;
    await insured.getByText(masked, { exact: true }).waitFor();
    await expect(insured.getByText(before.cert_no).count()).resolves.toBe(0);
    const card = page.locator('.ant-card', { hasText: '个人账户密码重置' });
    await card.getByText('1.您的初始密码"000000",为保证您的账户资金安全,请及时修改。').waitFor();
    await card.getByText('2.个人账户密码为六位数字。').waitFor();

    const password = page.getByPlaceholder('请输入六位数字新密码');
    const confirm = page.getByPlaceholder('请再次输入新密码');
    await button(page, '提交').click();
    await fieldError(page, '请输入新密码').waitFor();
    await password.fill('123456');
    await fieldError(page, '新密码不能为连续的数字，如123456、654321').waitFor();
    await password.fill('000000');
    await fieldError(page, '新密码不能为初始密码000000').waitFor();
    await password.fill('777777');
    await fieldError(page, '新密码不能为六位相同的数字，如111111').waitFor();
    // letters do not go in at all
    await password.fill('25a81b');
    await expect(password.inputValue()).resolves.toBe('2581');
    await password.fill(NEW_PASSWORD);
    await confirm.fill('258148');
    await button(page, '提交').click();
    await fieldError(page, '两次输入的密码不一致').waitFor();
    await expect(page.getByRole('dialog', { name: '个人账户密码权限验证' }).count()).resolves.toBe(
      0,
    );
    await settle(page);
    await screenshot(page, 'account-security-p17-errors');

    // 重置 empties the form
    await button(page, '重置').click();
    await expect(password.inputValue()).resolves.toBe('');
    await expect(fieldError(page, '两次输入的密码不一致').count()).resolves.toBe(0);
  });

  it('P17 【提交】 → 个人账户密码权限验证 → 密码修改成功', async () => {
    await page.getByPlaceholder('请输入六位数字新密码').fill(NEW_PASSWORD);
    await page.getByPlaceholder('请再次输入新密码').fill(NEW_PASSWORD);
    await button(page, '提交').click();
    const dialog = page.getByRole('dialog', { name: '个人账户密码权限验证' });
    await dialog.getByText('短信验证码将发送至参保人手机').waitFor();
    await expect(dialog.getByTestId('verify-phone').textContent()).resolves.toBe('138****0001');
    await expect(dialog.getByText('个人账户密码', { exact: true }).count()).resolves.toBe(0);

    // 发送验证码 needs the captcha first
    await dialog.getByRole('button', { name: '发送验证码' }).click();
    await fieldError(dialog, '请输入图形验证码').waitFor();
    await solveCaptcha(page);
    const code = await sendAndReadSms(page, EMPLOYEE);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    await dialog.getByPlaceholder('请输入短信验证码').fill(wrong);
    await button(dialog, '确定').click();
    await fieldError(dialog, '短信验证码不正确').waitFor();
    await settle(page);
    await screenshot(page, 'account-security-p17-dialog');

    await dialog.getByPlaceholder('请输入短信验证码').fill(code);
    await button(dialog, '确定').click();
    await page.locator('.ant-result-title', { hasText: '密码修改成功' }).waitFor();
    await expect.poll(() => dialog.count()).toBe(0);
    const after = await accountOf(EMPLOYEE);
    expect(after.password_hash).toMatch(/^\$argon2id\$/);
    expect(after.password_changed_at).not.toBeNull();
    await settle(page);
    await screenshot(page, 'account-security-p17-done');
  });

  it('P18 shows the choices; 是 brings the guide’s warnings, 取消 takes it back', async () => {
    await openHandle(page, '个人账户支付权限设置');
    await page.waitForURL(/\/personal\/account-payment$/);
    const local = formItem(page, '本地就医是否使用免密支付');
    const remote = formItem(page, '异地就医是否使用个人账户支付');
    await expect(local.getByRole('radio', { name: '否' }).isChecked()).resolves.toBe(true);
    await expect(remote.getByRole('radio', { name: '否' }).isChecked()).resolves.toBe(true);

    const prompt = page.locator('.ant-modal-confirm', { hasText: '操作提示' });
    await local.getByText('是', { exact: true }).click();
    await prompt.getByText(PASSWORD_FREE_WARNING).waitFor();
    await button(prompt, '取消').click();
    await expect.poll(() => local.getByRole('radio', { name: '否' }).isChecked()).toBe(true);
    await expect.poll(() => prompt.count()).toBe(0);

    await local.getByText('是', { exact: true }).click();
    await prompt.getByText(PASSWORD_FREE_WARNING).waitFor();
    await button(prompt, '确定').click();
    await expect.poll(() => prompt.count()).toBe(0);
    await expect(local.getByRole('radio', { name: '是' }).isChecked()).resolves.toBe(true);
    await local.getByText(PASSWORD_FREE_WARNING).waitFor();

    // the demo employee is in 北京市: the guide's own words
    const remoteText = remoteUseWarning('北京');
    expect(remoteText.startsWith('非北京统筹区使用个人账户支付')).toBe(true);
    await remote.getByText('是', { exact: true }).click();
    await prompt.getByText(remoteText).waitFor();
    await settle(page);
    await screenshot(page, 'account-security-p18-warning');
    await button(prompt, '确定').click();
    await expect.poll(() => prompt.count()).toBe(0);
    await remote.getByText(remoteText).waitFor();
    await settle(page);
    await screenshot(page, 'account-security-p18');
  });

  it('P18 【提交】 → 个人账户密码 + 图形验证码 + 短信验证码 → 设置免密额度成功', async () => {
    await button(page, '提交').click();
    const dialog = page.getByRole('dialog', { name: '个人账户密码权限验证' });
    const accountPassword = dialog.getByPlaceholder('请输入六位数字个人账户密码');
    await button(dialog, '确定').click();
    await fieldError(dialog, '请输入个人账户密码').waitFor();
    await fieldError(dialog, '请输入6位短信验证码').waitFor();

    await solveCaptcha(page);
    const code = await sendAndReadSms(page, EMPLOYEE);
    await dialog.getByPlaceholder('请输入短信验证码').fill(code);
    // the initial password no longer serves after P17
    await accountPassword.fill('000000');
    await button(dialog, '确定').click();
    await fieldError(dialog, '个人账户密码不正确，您还可以尝试4次').waitFor();
    await settle(page);
    await screenshot(page, 'account-security-p18-dialog');

    await accountPassword.fill(NEW_PASSWORD);
    await button(dialog, '确定').click();
    await page.locator('.ant-result-title', { hasText: '设置免密额度成功' }).waitFor();
    const after = await accountOf(EMPLOYEE);
    expect(after.password_free_local).toBe(true);
    expect(after.remote_use).toBe(true);
    await settle(page);
    await screenshot(page, 'account-security-p18-done');

    // the page shows the saved choices when opened again
    await page.reload();
    const local = formItem(page, '本地就医是否使用免密支付');
    await expect
      .poll(() => local.getByRole('radio', { name: '是' }).isChecked(), { timeout: 10_000 })
      .toBe(true);
  });

  it('fits 1366 px in elder mode, the dialog too', async () => {
    await page.evaluate(() => window.localStorage.setItem('yibao.elder', '1'));
    await page.goto(`${base()}/personal/account-password`);
    await page.getByPlaceholder('请输入六位数字新密码').waitFor();
    await noSideScroll(page);
    await settle(page);
    await screenshot(page, 'account-security-p17-elder');
    await page.goto(`${base()}/personal/account-payment`);
    await formItem(page, '异地就医是否使用个人账户支付')
      .getByText(remoteUseWarning('北京'))
      .waitFor();
    await button(page, '提交').click();
    await page
      .getByRole('dialog', { name: '个人账户密码权限验证' })
      .getByText('个人账户密码')
      .first()
      .waitFor();
    await noSideScroll(page);
    await settle(page);
    await screenshot(page, 'account-security-p18-elder');
    await page.evaluate(() => window.localStorage.setItem('yibao.elder', '0'));
  });

  it('refuses a resident, who has no personal account', async () => {
    const resident = await browser.newContext({ viewport, baseURL: base() });
    await personLogin(resident.request, base(), DEMO_RESIDENT);
    const other = await resident.newPage();
    await other.goto(`${base()}/personal/account-password`);
    await other
      .getByText('您没有职工医保个人账户，不能办理个人账户密码设置和支付权限设置')
      .waitFor();
    await settle(other);
    await screenshot(other, 'account-security-resident');
    await other.goto(`${base()}/personal/account-payment`);
    await other.getByText('您没有职工医保个人账户').waitFor();
    await resident.close();
  });
});
