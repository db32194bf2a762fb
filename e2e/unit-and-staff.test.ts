import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, inject } from 'vitest';
import { choose, launchBrowser, screenshot } from './browser';
import { outbox } from './fixtures';
import { demoFlexAgency } from './fixtures-units';
import { lastSmsAt, smsCodeAfter, until } from './outbox-flows';

/**
 * 单位网厅: 单位经办人注册 → 单位登录 → 首页 asks to 绑定单位 → an agency issues a 绑定码 → bound, the
 * home shows 单位名称 and 管理人群 (guide 001, 004 FAQ 3). 综窗经办 系统管理: 经办人员管理 creates and
 * disables a staff member, 角色管理 creates a role, and the menu follows the rights.
 */

const base = () => inject('baseUrl');

const OP_PHONE = '13622223333';
const OP_NAME = '张经办';
const OP_PASSWORD = 'Unit2026ok';
const ADMIN = { username: 'admin01', password: 'Yibao@2026' };
const CLERK = { username: 'clerk_e2e', name: '测试经办员', password: 'Clerk2026ok' };
const AUDITOR = { username: 'auditor_e2e', name: '测试审计员', password: 'Audit2026ok' };
const viewport = { width: 1366, height: 900 };

/** The id of the captcha image the page shows, '' when none. */
async function captchaId(page: Page): Promise<string> {
  const img = page.locator('img[data-captcha-id]');
  return (await img.count()) ? ((await img.getAttribute('data-captcha-id')) ?? '') : '';
}

/**
 * The answer of the captcha the page shows once its image differs from `previous` (the id read
 * before the action that loads a new one), from the demo outbox.
 */
async function captchaAfter(page: Page, previous: string): Promise<string> {
  const id = await until(async () => {
    const now = await captchaId(page);
    return now && now !== previous ? now : undefined;
  }, 'a new captcha');
  return until(async () => (await outbox(base())).captcha.find((c) => c.id === id)?.answer, id);
}

/**
 * antd puts a space between the two characters of a button's label (登 录); after a request the
 * collapsed loading icon may still lend the name a leading "loading".
 */
const button = (scope: Page | Locator, label: string) =>
  scope.getByRole('button', { name: new RegExp(`(^|\\s)${[...label].join('\\s*')}$`) });

/** Picks options of an antd Select found by its form label, then closes the list. */
async function pick(page: Page, scope: Locator, label: string, options: string[]) {
  await choose(page, label, options, scope);
  await page.keyboard.press('Escape');
}

/** A staff member's session cookie from the sign-in API, for calls a page does not offer yet. */
async function staffCookie(username: string, password: string): Promise<string> {
  const res = await fetch(`${base()}/api/auth/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  expect(res.status).toBe(200);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

async function staffLogin(page: Page, username: string, password: string) {
  await page.goto(`${base()}/window/login`);
  await page.getByPlaceholder('请输入用户名').fill(username);
  await page.getByPlaceholder('请输入密码').fill(password);
  await button(page, '登录').click();
}

const menu = (page: Page) => page.getByRole('navigation', { name: '综窗经办菜单' });

describe('unit operators and staff administration', () => {
  let browser: Browser;
  let operator: BrowserContext;
  let page: Page;
  let admin: Page;
  let agency: Awaited<ReturnType<typeof demoFlexAgency>>;

  beforeAll(async () => {
    browser = await launchBrowser();
    operator = await browser.newContext({ viewport });
    page = await operator.newPage();
    agency = await demoFlexAgency();
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return;
    const pages = browser.contexts().flatMap((c) => c.pages());
    await Promise.all(
      pages.map((p, i) => screenshot(p, `failed-${ctx.task.name.slice(0, 8)}-${i}`)),
    );
  });
  afterAll(async () => {
    await browser.close();
  });

  it('sends a visitor of /unit to 单位登录, which explains the two kinds of account', async () => {
    const captcha = captchaAfter(page, '');
    await page.goto(`${base()}/unit`);
    await page.waitForURL(/\/unit\/login\?next=/);
    await page.getByText('单位经办人账号登录').waitFor();
    await page.getByText('个人用户和单位经办人用户即使是同一人，也需要分别进行注册').waitFor();
    await captcha;
    await screenshot(page, 'unit-login');
  });

  it('单位经办人注册: checks the fields, sends the code and lands on 单位登录', async () => {
    const previous = await captchaId(page);
    await page.getByRole('link', { name: '立即注册' }).click();
    const captcha = captchaAfter(page, previous);
    await page.waitForURL(/\/unit\/register$/);
    await page.getByText('为必填项').waitFor();
    const answer = await captcha;
    await screenshot(page, 'unit-register');

    await button(page, '注册').click();
    await page.getByText('请输入正确的11位手机号').waitFor();
    await page.getByText('请输入经办人姓名').first().waitFor();
    await page.getByText('请阅读并同意《国家医疗保障局单位注册协议》').waitFor();
    await screenshot(page, 'unit-register-errors');

    await page.getByPlaceholder('请输入手机号').fill(OP_PHONE);
    await page.getByPlaceholder('请输入经办人姓名').fill(OP_NAME);
    await page.getByPlaceholder('请输入密码').fill(OP_PASSWORD);
    await page.getByPlaceholder('请再次输入密码').fill(OP_PASSWORD);
    await expect.poll(() => page.getByRole('meter', { name: '密码强度' }).textContent()).toBe('强');

    await page.getByPlaceholder('请输入图形验证码').fill(answer);
    const before = await lastSmsAt(OP_PHONE);
    await page.getByRole('button', { name: '发送验证码' }).click();
    await page.getByText(/\d+s后重新获取/).waitFor();
    await page.getByPlaceholder('请输入短信验证码').fill(await smsCodeAfter(OP_PHONE, before));

    await page.getByRole('button', { name: '《国家医疗保障局单位注册协议》' }).click();
    await page.getByRole('dialog').getByText('并非国家医疗保障局发布的协议原文').waitFor();
    await page.getByRole('button', { name: '我已阅读并同意' }).click();
    await expect(page.getByRole('checkbox').isChecked()).resolves.toBe(true);
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByText('请阅读并同意《国家医疗保障局单位注册协议》').waitFor({ state: 'hidden' });
    await screenshot(page, 'unit-register-filled');

    await button(page, '注册').click();
    await page.waitForURL(/\/unit\/login$/);
    await page.getByText('注册成功!').waitFor();
    await expect(page.getByPlaceholder('请输入手机号').inputValue()).resolves.toBe(OP_PHONE);
  });

  it('单位登录: a wrong password is refused next to the field, the right one opens 首页', async () => {
    await page.locator('img[data-captcha-id]').waitFor();
    let previous = await captchaId(page);
    await page.reload();
    await page.getByPlaceholder('请输入手机号').fill(OP_PHONE);
    await page.getByPlaceholder('请输入密码').fill('Wrong2026no');
    await page.getByPlaceholder('请输入验证码').fill(await captchaAfter(page, previous));
    previous = await captchaId(page);
    await button(page, '登录').click();
    await page.getByText('账号或密码错误，您还可以尝试4次').waitFor();
    await screenshot(page, 'unit-login-wrong-password');

    await page.getByPlaceholder('请输入密码').fill(OP_PASSWORD);
    await page.getByPlaceholder('请输入验证码').fill(await captchaAfter(page, previous));
    await button(page, '登录').click();
    await page.waitForURL(/\/unit$/);
    await page.getByText(/^你好，(上午好|下午好|晚上好)！$/).waitFor();
    await page.getByText('欢迎来到单位网厅').waitFor();
    await page.getByText('您的单位经办人账号尚未绑定单位').waitFor();
    await page.getByText('未绑定单位', { exact: true }).waitFor();
    await screenshot(page, 'unit-home-unbound');
  });

  it('绑定单位 with the USCC and a 绑定码 the agency issued; 首页 shows 单位名称 and 管理人群', async () => {
    // no code issued yet: refused next to 绑定码
    await page.getByLabel('统一社会信用代码').fill(agency.uscc);
    await page.getByLabel('绑定码').fill('ABCD2345');
    await button(page, '绑定').click();
    await page.getByText('统一社会信用代码或绑定码不正确').waitFor();
    await screenshot(page, 'unit-home-bind-refused');

    const cookie = await staffCookie(ADMIN.username, ADMIN.password);
    const res = await fetch(`${base()}/api/units/${agency.id}/binding-codes`, {
      method: 'POST',
      headers: { cookie },
    });
    expect(res.status).toBe(200);
    const { code } = (await res.json()) as { code: string };
    expect(code).toMatch(/^[A-Z0-9]{8}$/);

    await page.getByLabel('绑定码').fill(code.toLowerCase());
    await button(page, '绑定').click();
    await page.getByText(`绑定成功：${agency.name}`).waitFor();
    await page.getByText('常用服务').waitFor();
    const facts = page.locator('.unit-facts');
    await expect(facts.locator('dt').allTextContents()).resolves.toEqual(['单位名称', '管理人群']);
    await expect(facts.locator('dd').allTextContents()).resolves.toEqual([
      agency.name,
      '灵活就业人员',
    ]);
    await expect(page.getByText('绑定单位', { exact: true }).count()).resolves.toBe(0);
    for (const tab of ['参保单位服务', '医疗机构服务', '招采企业服务']) {
      await page.getByRole('tab', { name: tab }).waitFor();
    }
    // an agency finds its seven services (001 §一) under 参保单位服务
    await page.getByRole('link', { name: '灵活就业人员参保登记' }).waitFor();
    await screenshot(page, 'unit-home-bound');

    // after a reload the session and the binding hold
    await page.reload();
    await expect(page.locator('.unit-facts dd').first().textContent()).resolves.toBe(agency.name);
  });

  it('经办人员管理: admin01 creates a 窗口经办员, who can sign in until disabled', async () => {
    const ctx = await browser.newContext({ viewport });
    admin = await ctx.newPage();
    await staffLogin(admin, ADMIN.username, ADMIN.password);
    await admin.waitForURL(/\/window$/);
    await menu(admin).getByText('经办人员管理').click();
    await admin.waitForURL(/\/window\/staff$/);
    await admin.getByText('总共').waitFor();
    await admin.getByRole('cell', { name: 'clerk01', exact: true }).waitFor();
    await admin.getByRole('cell', { name: '窗口经办员', exact: true }).first().waitFor();
    await screenshot(admin, 'window-staff');

    await button(admin, '新增').click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByText('新增经办人员').waitFor();
    await button(dialog, '保存').click();
    await dialog.getByText('用户名为4至30位字母、数字或下划线，以字母开头').waitFor();
    await dialog.getByText('请至少选择一个角色').waitFor();
    await dialog.getByText('请至少选择一个统筹区').waitFor();
    await screenshot(admin, 'window-staff-new-errors');

    await dialog.getByLabel('用户名').fill(CLERK.username);
    await dialog.getByLabel('姓名').fill(CLERK.name);
    await pick(admin, dialog, '角色', ['窗口经办员']);
    await pick(admin, dialog, '统筹区', ['北京市']);
    await dialog.getByLabel('初始密码').fill(CLERK.password);
    await expect
      .poll(() => dialog.getByRole('meter', { name: '密码强度' }).textContent())
      .toBe('强');
    await screenshot(admin, 'window-staff-new');
    await button(dialog, '保存').click();
    await admin.getByText('新增成功').waitFor();

    // the same user name again: the server's message next to 用户名
    await button(admin, '新增').click();
    await dialog.getByLabel('用户名').fill(CLERK.username);
    await dialog.getByLabel('姓名').fill('重复');
    await pick(admin, dialog, '角色', ['窗口经办员']);
    await pick(admin, dialog, '统筹区', ['北京市']);
    await dialog.getByLabel('初始密码').fill(CLERK.password);
    await button(dialog, '保存').click();
    await dialog.getByText('用户名已存在').waitFor();
    await button(dialog, '取消').click();

    await admin.getByLabel('关键字').fill(CLERK.username);
    await button(admin, '查询').click();
    await admin.getByText('总共 1 条').waitFor();
    const row = admin.getByRole('row', { name: new RegExp(CLERK.username) });
    await expect(row.textContent()).resolves.toContain('北京市');
    await expect(row.textContent()).resolves.toContain('正常');

    // they can sign in
    await staffCookie(CLERK.username, CLERK.password);

    await button(row, '停用').click();
    await button(admin.locator('.ant-popconfirm'), '停用').click();
    await admin.getByText('已停用').waitFor();
    await expect.poll(() => row.textContent()).toContain('停用');
    await row.getByRole('button', { name: /启\s*用/ }).waitFor();
    await screenshot(admin, 'window-staff-disabled');

    // and now they cannot
    const clerk = await browser.newPage({ viewport });
    await staffLogin(clerk, CLERK.username, CLERK.password);
    await clerk.getByText('用户名或密码错误').waitFor();
    expect(clerk.url()).toMatch(/\/window\/login$/);
    await screenshot(clerk, 'window-staff-disabled-login');
    await clerk.close();
  });

  it('角色管理: a role with 审计日志查询与导出; its holder sees 审计日志查询 only', async () => {
    await menu(admin).getByText('角色管理').click();
    await admin.waitForURL(/\/window\/roles$/);
    await admin.getByRole('cell', { name: '管理员', exact: true }).waitFor();
    await admin.getByText('全部权限').waitFor();
    await screenshot(admin, 'window-roles');

    await button(admin, '新增').click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByText('新增角色').waitFor();
    for (const module of ['审计', '节假日', '单位', '经办人员']) {
      await dialog.getByRole('checkbox', { name: module, exact: true }).waitFor();
    }
    await dialog.getByLabel('角色代码').fill('Auditor');
    await button(dialog, '保存').click();
    await dialog.getByText('角色代码为2至30位小写字母、数字或连字符，以字母开头').waitFor();
    await dialog.getByLabel('角色代码').fill('auditor-e2e');
    await dialog.getByLabel('角色名称').fill('审计员');
    await dialog.getByRole('checkbox', { name: '审计日志查询与导出' }).check();
    // the module's box follows its rights
    await expect(
      dialog.getByRole('checkbox', { name: '审计', exact: true }).isChecked(),
    ).resolves.toBe(true);
    await admin.waitForTimeout(300);
    await screenshot(admin, 'window-roles-new');
    await button(dialog, '保存').click();
    await admin.getByText('新增成功').waitFor();
    const role = admin.getByRole('row', { name: /auditor-e2e/ });
    await expect(role.textContent()).resolves.toContain('审计日志查询与导出');
    await button(role, '删除').waitFor();
    // built-in roles: no 删除; 管理员: no 修改 either
    const adminRow = admin.getByRole('row', { name: /^admin/ });
    await expect(adminRow.getByRole('button').count()).resolves.toBe(0);
    await screenshot(admin, 'window-roles-created');

    await menu(admin).getByText('经办人员管理').click();
    await admin.waitForURL(/\/window\/staff$/);
    await admin.getByRole('cell', { name: 'clerk01', exact: true }).waitFor();
    await button(admin, '新增').click();
    const staffDialog = admin.getByRole('dialog');
    await staffDialog.getByLabel('用户名').fill(AUDITOR.username);
    await staffDialog.getByLabel('姓名').fill(AUDITOR.name);
    await pick(admin, staffDialog, '角色', ['审计员']);
    await pick(admin, staffDialog, '统筹区', ['北京市']);
    await staffDialog.getByLabel('初始密码').fill(AUDITOR.password);
    await button(staffDialog, '保存').click();
    await admin.getByRole('cell', { name: AUDITOR.username, exact: true }).waitFor();

    const auditor = await browser.newPage({ viewport });
    await staffLogin(auditor, AUDITOR.username, AUDITOR.password);
    await auditor.waitForURL(/\/window$/);
    await menu(auditor).getByText('审计日志查询').waitFor();
    await expect(menu(auditor).getByText('经办人员管理').count()).resolves.toBe(0);
    await expect(menu(auditor).getByText('角色管理').count()).resolves.toBe(0);
    await menu(auditor).getByText('审计日志查询').click();
    await auditor.waitForURL(/\/window\/audit$/);
    await auditor.getByText('总共').waitFor();
    await screenshot(auditor, 'window-auditor-menu');

    await auditor.goto(`${base()}/window/staff`);
    await auditor.getByText('您没有权限访问此页面').waitFor();
    await screenshot(auditor, 'window-auditor-no-staff');
    await auditor.close();
  });

  it('shows 单位登录 in elder mode', async () => {
    const ctx = await browser.newContext({ viewport });
    await ctx.addInitScript(() => window.localStorage.setItem('yibao.elder', '1'));
    const p = await ctx.newPage();
    await p.goto(`${base()}/unit/login`);
    await captchaAfter(p, '');
    expect(
      await p.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)),
    ).toBeGreaterThanOrEqual(18);
    await screenshot(p, 'unit-login-elder');
    await ctx.close();
  });
});
