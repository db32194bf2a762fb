import type { APIRequestContext, Browser, BrowserContext, Locator, Page } from 'playwright-core';
import pg from 'pg';
import { makeCertNo18 } from '@yibao/domain';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { cascade, choose, launchBrowser, screenshot } from './browser';
import { insuredWithoutAccount, outbox } from './fixtures';
import { onePagePdf, scannedPagePng } from './fixtures-applications';
import { until } from './outbox-flows';

/**
 * The applicant's side of 办件 in a browser: P10 职工个人基本信息变更 by the demo employee
 * (职工个人基本信息变更成功); P21 居民参保登记 为他人办理 after an e-voucher QR sign-in, with the
 * 城乡居民参保承诺告知, 参保人户籍地, the form, the materials and the 增员申办单; 我的待办件 on the home
 * page; 办件进度查询 with its detail and 撤回; 我办理的业务 on the phone; the unit portal's
 * 办件进度查询 that wants 审核状态; and the pages in elder mode.
 */

const base = () => inject('baseUrl');

const EMPLOYEE = '13800000001';
const UNIT_OPERATOR = '13900000005';
const DEMO_PASSWORD = 'Yibao@2026';
const PASSWORD = 'Apply2026ok';
const EV_PASSWORD = '975310';
const desktop = { viewport: { width: 1366, height: 900 } };
const phoneDevice = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** A captcha id and its answer from the demo outbox. */
async function captcha(request: APIRequestContext) {
  const { id } = (await (await request.get(`${base()}/api/captcha`)).json()) as { id: string };
  const answer = await until(
    async () => (await outbox(base())).captcha.find((c) => c.id === id)?.answer,
    `captcha ${id}`,
  );
  return { captchaId: id, captcha: answer };
}

async function post(request: APIRequestContext, url: string, data: unknown) {
  const res = await request.post(`${base()}${url}`, { data });
  expect(res.status(), `${url}: ${await res.text()}`).toBe(200);
  return res.json() as Promise<unknown>;
}

/** An SMS code sent to `phone` by `send`, read from the outbox. */
async function smsCode(phone: string, send: () => Promise<unknown>) {
  const before = (await outbox(base())).sms.find((m) => m.phone === phone)?.at ?? '';
  await send();
  return until(async () => {
    const m = (await outbox(base())).sms.find((s) => s.phone === phone);
    return m && m.at > before ? m.code : undefined;
  }, `an SMS to ${phone}`);
}

/** 个人登录 in a browser context through the API the login page calls. */
async function personLogin(ctx: BrowserContext, account: string, password: string) {
  await post(ctx.request, '/api/auth/person/login', {
    account,
    password,
    ...(await captcha(ctx.request)),
  });
}

/**
 * An insured person of the registry with no account yet: registers the registered phone, signs
 * in and completes 实名认证 by SMS (the same calls as the pages), then activates the 医保电子凭证.
 */
async function verifiedNewAccount(
  ctx: BrowserContext,
  who: { name: string; certNo: string; phone: string },
) {
  const r = ctx.request;
  const code = await smsCode(who.phone, async () =>
    post(r, '/api/sms/codes', { phone: who.phone, purpose: 'register', ...(await captcha(r)) }),
  );
  await post(r, '/api/auth/person/register', {
    phone: who.phone,
    password: PASSWORD,
    confirmPassword: PASSWORD,
    smsCode: code,
    agree: true,
  });
  await personLogin(ctx, who.phone, PASSWORD);
  const ident = { name: who.name, certType: '01', certNo: who.certNo, phone: who.phone };
  const realNameCode = await smsCode(who.phone, async () =>
    post(r, '/api/auth/person/real-name/sms', { ...ident, ...(await captcha(r)) }),
  );
  await post(r, '/api/auth/person/real-name/confirm', { ...ident, smsCode: realNameCode });
  await post(r, '/api/evoucher/activate', { password: EV_PASSWORD, confirmPassword: EV_PASSWORD });
}

/** A valid 居民身份证 number nobody in the registry holds: a child born in 东城区. */
async function unusedCertNo(seed: number): Promise<string> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    for (let i = 0; i < 200; i++) {
      const n = seed + i;
      const day = String((n % 28) + 1).padStart(2, '0');
      const certNo = makeCertNo18(
        '110101',
        `201603${day}`,
        String(500 + (n % 400)).padStart(3, '0'),
      );
      const { rowCount } = await client.query(
        `select 1 from persons where cert_no = $1
          union all select 1 from applications where subject_cert_no = $1`,
        [certNo],
      );
      if (!rowCount) return certNo;
    }
    throw new Error('no unused certificate number');
  } finally {
    await client.end();
  }
}

/** antd spaces a two-character button's label (提 交); a loading icon may lend it "loading". */
const button = (scope: Page | Locator, label: string) =>
  scope.getByRole('button', { name: new RegExp(`(^|\\s)${[...label].join('\\s*')}$`) });

/** Lets antd's messages finish appearing before a screenshot. */
const settle = (page: Page) => page.waitForTimeout(400);

/**
 * 办件进度查询 fits the window: neither the page nor the list's own scroll container scrolls
 * sideways (elder mode's larger type must wrap, not widen).
 */
async function noSideScroll(page: Page) {
  const widths = await page.evaluate(() =>
    [document.documentElement, ...document.querySelectorAll('.ant-table-content')].map((e) => ({
      what: e === document.documentElement ? 'the page' : 'the table',
      scroll: e.scrollWidth,
      client: e.clientWidth,
    })),
  );
  expect(widths.length, 'a table on the page').toBeGreaterThan(1);
  for (const w of widths) {
    expect(w.scroll, `${page.url()}: ${w.what} scrolls sideways`).toBeLessThanOrEqual(w.client);
  }
}

const menu = (page: Page) => page.getByRole('navigation', { name: '个人网厅菜单' });
const fieldError = (page: Page | Locator, text: string) =>
  page.locator('.ant-form-item-explain-error', { hasText: text });

describe('the applicant’s 办件: P10, P21, 我的待办件, 办件进度查询, 我办理的业务', () => {
  let browser: Browser;
  let portalContext: BrowserContext;
  let phoneContext: BrowserContext;
  let portal: Page;
  let phone: Page;
  let insured: Awaited<ReturnType<typeof insuredWithoutAccount>>;
  let child: { name: string; certNo: string };
  let second: { name: string; certNo: string };

  beforeAll(async () => {
    browser = await launchBrowser();
    insured = await insuredWithoutAccount();
    child = { name: '林小禾', certNo: await unusedCertNo(Date.now() % 997) };
    second = { name: '林小川', certNo: await unusedCertNo((Date.now() % 997) + 300) };
    expect(second.certNo).not.toBe(child.certNo);
  });
  afterAll(async () => {
    await browser.close();
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return;
    let n = 0;
    for (const c of browser.contexts())
      for (const p of c.pages())
        await screenshot(p, `debug-fail-${ctx.task.name.slice(0, 8)}-${n++}`);
  });

  it('P10: the employee changes 电子邮件地址 and 联系人姓名: 职工个人基本信息变更成功', async () => {
    const ctx = await browser.newContext(desktop);
    await personLogin(ctx, EMPLOYEE, DEMO_PASSWORD);
    const page = await ctx.newPage();
    await page.goto(`${base()}/personal`);
    await menu(page).getByText('我要办').waitFor();
    await menu(page).getByText('我要查').waitFor();
    await menu(page).getByRole('menuitem', { name: '职工个人基本信息变更' }).click();
    await page.waitForURL(/\/personal\/person-info-change$/);
    await page.getByText('职工个人基本信息', { exact: true }).waitFor();
    await page.getByText('职工个人参保信息', { exact: true }).waitFor();
    // the form starts from the person's current data
    await expect.poll(() => page.getByLabel('姓名', { exact: true }).inputValue()).not.toBe('');
    await expect(page.getByLabel('参保人手机').inputValue()).resolves.toBe(EMPLOYEE);
    await screenshot(page, 'applicant-p10-form');

    // the shared schema's messages next to the fields
    await page.getByLabel('电子邮件地址').fill('not-an-email');
    await page.getByLabel('户口所在地邮政编码').fill('12');
    await button(page, '提交').click();
    await fieldError(page, '请输入正确的电子邮件地址').waitFor();
    await fieldError(page, '户口所在地邮政编码应为6位数字').waitFor();
    await settle(page);
    await screenshot(page, 'applicant-p10-errors');
    // 重置 goes back to the current data
    await button(page, '重置').click();
    await expect.poll(() => fieldError(page, '请输入正确的电子邮件地址').count()).toBe(0);
    await expect(page.getByLabel('户口所在地邮政编码').inputValue()).resolves.toMatch(/^\d{6}$/);

    await page.getByLabel('电子邮件地址').fill('p10.e2e@example.com');
    await page.getByLabel('联系人姓名').fill('王联系');
    await button(page, '提交').click();
    await page.getByText('职工个人基本信息变更成功').waitFor();
    await screenshot(page, 'applicant-p10-done');
    await page.getByRole('link', { name: /返回服务大厅/ }).click();
    await page.waitForURL(/\/personal$/);
    const mine = page.locator('.my-applications');
    await mine.getByText('我的待办件').waitFor();
    await mine
      .getByRole('row', { name: /职工个人基本信息变更.*审核通过/ })
      .first()
      .waitFor();

    // the change is in the record: the form opens with it
    await page.goto(`${base()}/personal/person-info-change`);
    await expect
      .poll(() => page.getByLabel('电子邮件地址').inputValue())
      .toBe('p10.e2e@example.com');
    await expect(page.getByLabel('联系人姓名').inputValue()).resolves.toBe('王联系');
    await ctx.close();
  });

  it('P21 为他人办理 is refused after a password sign-in', async () => {
    portalContext = await browser.newContext(desktop);
    phoneContext = await browser.newContext(phoneDevice);
    await verifiedNewAccount(phoneContext, insured);
    // the portal signs in by password first
    await personLogin(portalContext, insured.phone, PASSWORD);
    portal = await portalContext.newPage();
    await portal.goto(`${base()}/personal/resident-enrolment`);
    await portal.getByText('参保人员新参保申报信息查询').first().waitFor();
    await expect
      .poll(() => portal.getByLabel('姓名', { exact: true }).inputValue())
      .toBe(insured.name);
    await portal.getByText('为他人办理', { exact: true }).click();
    await portal
      .locator('.ant-message')
      .getByText('通过医保电子凭证扫码方式登录才可以选择【为他人办理】')
      .waitFor();
    await expect(portal.getByRole('radio', { name: '为自己办理' }).isChecked()).resolves.toBe(true);
    // for oneself the query says the person is insured already
    await button(portal, '查询').click();
    await fieldError(portal, '该人员已参加基本医疗保险，不能重复参保').waitFor();
    await settle(portal);
    await screenshot(portal, 'applicant-p21-self-insured');
  });

  it('扫码登录, then P21 为他人办理 through every step to 未审核', async () => {
    // 扫码登录: the portal shows the code, the phone confirms
    await portal.goto(`${base()}/personal/qr-login`);
    const url = (await portal.getByTestId('qr-url').textContent())!;
    phone = await phoneContext.newPage();
    await phone.goto(url);
    await phone.getByRole('button', { name: '确认登录', exact: true }).click();
    await phone.getByText('已确认登录').waitFor();
    await portal.waitForURL(/\/personal$/, { timeout: 15_000 });

    await menu(portal).getByRole('menuitem', { name: '居民参保登记' }).click();
    await portal.waitForURL(/\/personal\/resident-enrolment$/);
    await portal.getByText('是否为本人的办理').waitFor();
    await screenshot(portal, 'applicant-p21-query');

    // 为他人办理: the 城乡居民参保承诺告知 first
    await portal.getByText('为他人办理', { exact: true }).click();
    const notice = portal.locator('.ant-modal-confirm');
    await notice.locator('.ant-modal-confirm-title', { hasText: '城乡居民参保承诺告知' }).waitFor();
    await settle(portal);
    await screenshot(portal, 'applicant-p21-promise-notice');
    await button(notice, '确定').click();
    await expect
      .poll(() => portal.getByRole('radio', { name: '为他人办理' }).isChecked())
      .toBe(true);
    await expect(portal.getByLabel('姓名', { exact: true }).inputValue()).resolves.toBe('');

    // a wrong check digit is caught before the query
    const wrong = child.certNo.slice(0, 17) + (child.certNo.endsWith('1') ? '2' : '1');
    await portal.getByLabel('姓名', { exact: true }).fill(child.name);
    await portal.getByLabel('证件号码').fill(wrong);
    await button(portal, '查询').click();
    await fieldError(portal, '校验').waitFor();
    await portal.getByLabel('证件号码').fill(child.certNo);
    await button(portal, '查询').click();

    // 参保人户籍地: 外埠 asks 是否为学生儿童 too
    await portal.getByText('参保人为本市户籍', { exact: true }).waitFor();
    await portal.getByText('参保人为外埠户籍', { exact: true }).click();
    await portal.getByText('是否为学生儿童').waitFor();
    await button(portal, '填写参保信息').click();
    await fieldError(portal, '请选择准入人员类别').waitFor();
    await fieldError(portal, '请选择是否为学生儿童').waitFor();
    await settle(portal);
    await screenshot(portal, 'applicant-p21-household');
    await portal.getByText('参保人为本市户籍', { exact: true }).click();
    await expect.poll(() => portal.getByText('是否为学生儿童').count()).toBe(0);
    await choose(portal, '准入人员类别', '学生儿童');
    await button(portal, '填写参保信息').click();

    // 填写参保信息: sex and birth date come from the number
    await portal
      .getByText('说明：办理该项业务,需提供以下申请材料（支持多次上传）,才能进行业务的办理。')
      .waitFor();
    await portal.getByText('注意：如未上传符合条件的照片，将影响制卡。').waitFor();
    await expect(portal.getByLabel('出生日期').inputValue()).resolves.toMatch(/^2016-03-\d\d$/);
    await choose(portal, '户口性质', '非农业户口(城镇)');
    await cascade(portal, '户籍所在地', ['东城区', '东华门街道']);
    await cascade(portal, '居住地', ['东城区', '东华门街道']);
    await portal.getByLabel('居住地地址').fill('北京市东城区东华门大街1号');
    await portal.getByLabel('参保人或亲属手机号码').fill('13912345678');
    await button(portal, '提交').click();
    await fieldError(portal, '请上传户口簿或居住证明').waitFor();

    // materials: checked in the browser first, then by the server
    const household = portal.locator('[data-item="household"]');
    const photo = portal.locator('[data-item="photo"]');
    await household.getByText('格式：JPG、PNG、PDF').waitFor();
    await household.getByText(/大小：单个文件不超过2MB/).waitFor();
    await household.locator('input[type=file]').setInputFiles({
      name: '说明.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('not a picture'),
    });
    await household.getByText('户口簿或居住证明只能上传JPG、PNG、PDF格式的文件').waitFor();
    await photo.locator('input[type=file]').setInputFiles({
      name: '照片.png',
      mimeType: 'image/png',
      buffer: scannedPagePng(120, 160),
    });
    await photo.getByText('参保人近期免冠照片只能上传JPG格式的文件').waitFor();
    await household.locator('input[type=file]').setInputFiles([
      { name: '户口簿首页.png', mimeType: 'image/png', buffer: scannedPagePng() },
      { name: '户口簿本人页.pdf', mimeType: 'application/pdf', buffer: onePagePdf() },
    ]);
    await household.getByRole('link', { name: '户口簿首页.png' }).waitFor();
    await household.getByRole('link', { name: '户口簿本人页.pdf' }).waitFor();
    await expect.poll(() => fieldError(portal, '请上传户口簿或居住证明').count()).toBe(0);
    // an unsubmitted file can be deleted
    await household.getByRole('button', { name: /删除户口簿本人页\.pdf/ }).click();
    await expect
      .poll(() => household.getByRole('link', { name: '户口簿本人页.pdf' }).count())
      .toBe(0);
    await screenshot(portal, 'applicant-p21-form');

    // 增员申办单: the promise must be ticked
    await button(portal, '提交').click();
    const sheet = portal.locator('.ant-modal', { hasText: '增员申办单' });
    await sheet.getByText('北京市城乡居民基本医疗保险增员申办单').waitFor();
    await sheet.getByText(child.certNo).waitFor();
    await sheet.getByText('东城区 / 东华门街道').first().waitFor();
    await button(sheet, '确定').click();
    await sheet.getByText('请勾选已知晓并承诺如实填写申报信息').waitFor();
    await sheet.getByText('已知晓并承诺如实填写申报信息', { exact: true }).click();
    await screenshot(portal, 'applicant-p21-confirm');
    await button(sheet, '确定').click();
    await portal.getByText('居民参保登记申请提交成功').waitFor();
    await portal.getByText('审核状态：未审核').waitFor();
    await screenshot(portal, 'applicant-p21-done');
  });

  it('我的待办件 on the home page shows it 未审核, and 办件进度查询 its detail', async () => {
    await portal.getByRole('link', { name: /返回服务大厅/ }).click();
    await portal.waitForURL(/\/personal$/);
    const mine = portal.locator('.my-applications');
    await mine.getByRole('row', { name: /居民参保登记.*未审核/ }).waitFor();
    await mine.getByText(/总共1条/).waitFor();
    await expect.poll(() => mine.locator('.ant-spin-spinning').count()).toBe(0);
    await settle(portal);
    await mine.getByText('10 条/页').waitFor();
    await screenshot(portal, 'applicant-home-pending');

    // a row opens its detail in 办件进度查询
    await mine.getByRole('button', { name: '居民参保登记' }).click();
    await portal.waitForURL(/\/personal\/applications\?id=\d+$/);
    const drawer = portal.locator('.ant-drawer');
    await drawer.getByText('办件详情').waitFor();
    await drawer.getByText('办理过程').waitFor();
    await drawer.getByText(child.certNo).first().waitFor();
    await drawer.locator('.materials-item[data-item="household"] img').waitFor();
    await drawer.getByText('需要前台经办落地审核').waitFor();
    await button(drawer, '撤回').waitFor();
    await settle(portal);
    await screenshot(portal, 'applicant-progress-detail');
    await drawer.locator('.ant-drawer-close').click();
    await portal.waitForURL(/\/personal\/applications$/);

    // the list: the guide's columns, masked numbers, 打印 and 导出
    const table = portal.locator('.server-table');
    for (const title of [
      '序号',
      '业务类型',
      '险种类型',
      '申办日期',
      '审核状态',
      '姓名/单位名称',
      '证件类型',
      '证件号码',
      '操作',
    ]) {
      await table.getByRole('columnheader', { name: title, exact: true }).waitFor();
    }
    const masked = `${child.certNo.slice(0, 2)}*****${child.certNo.slice(-2)}`;
    await table
      .getByRole('row', {
        name: new RegExp(`居民参保登记.*未审核.*${child.name}.*${masked.replace(/\*/g, '\\*')}`),
      })
      .waitFor();
    const xlsx = await portalContext.request.get(
      `${base()}/api/applications?format=xlsx&columns=${encodeURIComponent('businessName:业务类型,status:审核状态')}`,
    );
    expect(xlsx.status()).toBe(200);
    await portal.locator('.ant-drawer-content-wrapper').waitFor({ state: 'hidden' });
    await settle(portal);
    await screenshot(portal, 'applicant-progress-list');
  });

  it('办件进度查询: filters, and 撤回 of another application with its confirmation', async () => {
    // a second application, for another child
    await portal.goto(`${base()}/personal/resident-enrolment`);
    await portal.getByText('为他人办理', { exact: true }).click();
    await button(portal.locator('.ant-modal-confirm'), '确定').click();
    await portal.getByLabel('姓名', { exact: true }).fill(second.name);
    await portal.getByLabel('证件号码').fill(second.certNo);
    await button(portal, '查询').click();
    await choose(portal, '准入人员类别', '学生儿童');
    await button(portal, '填写参保信息').click();
    await choose(portal, '户口性质', '非农业户口(城镇)');
    await cascade(portal, '户籍所在地', ['东城区', '东华门街道']);
    await cascade(portal, '居住地', ['东城区', '东华门街道']);
    await portal.getByLabel('居住地地址').fill('北京市东城区东华门大街1号');
    await portal.getByLabel('参保人或亲属手机号码').fill('13912345678');
    await portal
      .locator('[data-item="household"] input[type=file]')
      .setInputFiles({ name: '居住证明.pdf', mimeType: 'application/pdf', buffer: onePagePdf() });
    await portal.getByRole('link', { name: '居住证明.pdf' }).waitFor();
    await button(portal, '提交').click();
    const sheet = portal.locator('.ant-modal', { hasText: '增员申办单' });
    await sheet.getByText('已知晓并承诺如实填写申报信息', { exact: true }).click();
    await button(sheet, '确定').click();
    await portal.getByText('居民参保登记申请提交成功').waitFor();

    await portal.getByRole('link', { name: /办件进度查询/ }).click();
    await portal.waitForURL(/\/personal\/applications$/);
    const table = portal.locator('.server-table');
    await table.getByText('总共 2 条').waitFor();
    // 姓名 narrows the list
    await portal.getByLabel('姓名', { exact: true }).fill(second.name);
    await button(portal, '查询').click();
    await table.getByText('总共 1 条').waitFor();
    const row = table.getByRole('row', { name: new RegExp(second.name) });
    await button(row, '撤回').click();
    const confirm = portal.locator('.ant-popconfirm');
    await confirm.getByText('确定撤回该办件吗？').waitFor();
    await settle(portal);
    await screenshot(portal, 'applicant-withdraw-confirm');
    await button(confirm, '撤回').click();
    await portal.locator('.ant-message').getByText('办件已撤回').waitFor();
    await row.getByText('已撤回').waitFor();
    await expect(button(row, '撤回').count()).resolves.toBe(0);
    // 审核状态 filters on the server
    await choose(portal, '审核状态', '未审核');
    await button(portal, '查询').click();
    await table.locator('.ant-empty-description', { hasText: '暂无数据' }).waitFor();
    await button(portal, '重置').click();
    await table.getByText('总共 2 条').waitFor();
    await screenshot(portal, 'applicant-progress-withdrawn');

    // the withdrawn one's 办理过程 shows 撤回
    await button(table.getByRole('row', { name: new RegExp(second.name) }), '查看').click();
    const drawer = portal.locator('.ant-drawer');
    await drawer.locator('[data-action="withdraw"]').waitFor();
    await settle(portal);
    await screenshot(portal, 'applicant-progress-withdrawn-detail');
  });

  it('我办理的业务 on the phone lists both, and one’s 办件进度', async () => {
    await phone.goto(`${base()}/m/`);
    await phone.getByText('我办理的业务').click();
    await phone.waitForURL(/\/m\/applications$/);
    await phone.getByText('共 2 件').waitFor();
    const items = phone.locator('.m-applications-list .adm-list-item');
    await expect.poll(() => items.count()).toBe(2);
    await phone.locator('.m-applications-list').getByText('未审核').waitFor();
    await phone.locator('.m-applications-list').getByText('已撤回').waitFor();
    await screenshot(phone, 'mobile-applications');

    await items.filter({ hasText: child.name }).click();
    await phone.waitForURL(/\/m\/applications\/\d+$/);
    await phone.getByText('办理进度').waitFor();
    await phone.getByText(child.certNo).waitFor();
    await phone.getByRole('button', { name: '撤回' }).waitFor();
    await screenshot(phone, 'mobile-application-detail');
  });

  it('回退 by the window: 修改后重新提交 from 办件进度查询', async () => {
    // the clerk sends the first application back with a reason
    const staff = await browser.newContext(desktop);
    await post(staff.request, '/api/auth/staff/login', {
      username: 'clerk01',
      password: DEMO_PASSWORD,
    });
    const mine = (await (
      await portalContext.request.get(`${base()}/api/applications?status=submitted`)
    ).json()) as { items: { id: number; subjectName: string }[] };
    const first = mine.items.find((i) => i.subjectName === child.name)!;
    await post(staff.request, `/api/review/${first.id}/return`, {
      reason: '居住地地址请填写到门牌号',
    });
    await staff.close();

    await portal.goto(`${base()}/personal/applications`);
    const table = portal.locator('.server-table');
    const row = table.getByRole('row', { name: new RegExp(child.name) });
    await row.getByText('已回退').waitFor();
    await row.getByRole('link', { name: '修改后重新提交' }).click();
    await portal.waitForURL(/\/personal\/resident-enrolment\?resubmit=\d+$/);
    await portal.getByText('回退原因：居住地地址请填写到门牌号').waitFor();
    // the form holds what was sent, the materials too
    await expect(portal.getByLabel('居住地地址').inputValue()).resolves.toBe(
      '北京市东城区东华门大街1号',
    );
    await portal
      .locator('[data-item="household"]')
      .getByRole('link', { name: '户口簿首页.png' })
      .waitFor();
    await settle(portal);
    await screenshot(portal, 'applicant-p21-resubmit');
    await portal.getByLabel('居住地地址').fill('北京市东城区东华门大街1号院2号楼301');
    await button(portal, '重新提交').click();
    const sheet = portal.locator('.ant-modal', { hasText: '增员申办单' });
    await sheet.getByText('北京市东城区东华门大街1号院2号楼301', { exact: false }).waitFor();
    await sheet.getByText('已知晓并承诺如实填写申报信息', { exact: true }).click();
    await button(sheet, '确定').click();
    await portal.getByText('居民参保登记已重新提交').waitFor();
    await portal.getByText('审核状态：未审核').waitFor();
  });

  it('the unit portal’s 办件进度查询 wants * 审核状态', async () => {
    const ctx = await browser.newContext(desktop);
    await post(ctx.request, '/api/auth/unit/login', {
      phone: UNIT_OPERATOR,
      password: DEMO_PASSWORD,
      ...(await captcha(ctx.request)),
    });
    const page = await ctx.newPage();
    page.on('pageerror', (e) => console.log('PAGEERROR', e.message, e.stack));
    page.on('console', (m) => console.log('CONSOLE', m.type(), m.text()));
    await page.goto(`${base()}/unit`);
    await page.locator('.my-applications').getByText('我的待办件').waitFor();
    const unitMenu = page.getByRole('navigation', { name: '单位网厅菜单' });
    await unitMenu.getByText('业务查询').waitFor();
    await unitMenu.getByRole('menuitem', { name: '办件进度查询' }).click();
    await page.waitForURL(/\/unit\/applications$/);
    await page.getByText('请编写相关条件查询').waitFor();
    await button(page, '查询').click();
    await fieldError(page, '请选择审核状态').waitFor();
    await settle(page);
    await screenshot(page, 'unit-progress-required');
    await choose(page, '审核状态', '未审核');
    await button(page, '查询').click();
    await page
      .locator('.server-table')
      .locator('.ant-empty-description', { hasText: '暂无数据' })
      .waitFor();
    // 长者模式 from the header: the list still fits
    await page.getByRole('switch', { name: '长者模式（适老化）' }).click();
    await page.locator('html.elder').waitFor({ state: 'attached' });
    await noSideScroll(page);
    await settle(page);
    await screenshot(page, 'unit-progress-elder');
    await page.getByRole('switch', { name: '长者模式（适老化）' }).click();
    await ctx.close();
  });

  it('shows the pages in elder mode', async () => {
    await portal.evaluate(() => window.localStorage.setItem('yibao.elder', '1'));
    await portal.goto(`${base()}/personal`);
    await portal.locator('.my-applications').getByText('我的待办件').waitFor();
    expect(
      await portal.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)),
    ).toBeGreaterThanOrEqual(18);
    await expect.poll(() => portal.locator('.my-applications .ant-spin-spinning').count()).toBe(0);
    await settle(portal);
    await screenshot(portal, 'applicant-home-elder');
    await portal.goto(`${base()}/personal/applications`);
    await portal.locator('.server-table').getByText('总共 2 条').waitFor();
    await portal.locator('html.elder').waitFor({ state: 'attached' });
    await noSideScroll(portal);
    await screenshot(portal, 'applicant-progress-elder');
    await portal.goto(`${base()}/personal/resident-enrolment`);
    await portal.getByText('是否为本人的办理').waitFor();
    await screenshot(portal, 'applicant-p21-elder');
    await portal.goto(`${base()}/personal/person-info-change`);
    await portal.getByText('职工个人参保信息').waitFor();
    await screenshot(portal, 'applicant-p10-elder');
    await portal.evaluate(() => window.localStorage.setItem('yibao.elder', '0'));

    await phone.evaluate(() => window.localStorage.setItem('yibao.elder', '1'));
    await phone.goto(`${base()}/m/applications`);
    await phone.getByText('共 2 件').waitFor();
    await screenshot(phone, 'mobile-applications-elder');
    await phone.evaluate(() => window.localStorage.setItem('yibao.elder', '0'));
    await portalContext.close();
    await phoneContext.close();
  });
});
