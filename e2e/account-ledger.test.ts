import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  beijingDayStart,
  formatYuan,
  lastThreeMonths,
  maskCertNo,
  presetFrom,
} from '@yibao/domain';
import { launchBrowser, screenshot } from './browser';
import { personLogin } from './fixtures-applications';
import { today } from './fixtures-registry';
import { base, button, query, settled, signIn, viewport } from './fixtures-window';

/**
 * The ledger queries in a browser, over the demo data: the demo employee's 个人账户明细查询 (P35)
 * with its presets, 交易类型, 交易金额, 业务类型, 详情, 隐藏金额 and 打印明细; 使用本人账户情况查询
 * (P36, his daughter and father on his account) and 使用他人账户情况查询 (P37, he on his wife's)
 * with the last three months at first, the required dates, 重置 and 打印明细; W05 个人账户收入
 * 支出查询 at the window; and the phone's 消费信息 at 390 px.
 */

const EMPLOYEE = '13800000001';
const desktop = { viewport };
const phoneDevice = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

interface Facts {
  person_id: string;
  account_id: string;
  name: string;
  cert_no: string;
  balance_fen: number;
}

/** The demo employee and his account, as stored. */
async function employeeFacts(): Promise<Facts> {
  const [row] = await query<Facts>(
    `select p.id as person_id, a.id as account_id, p.name, p.cert_no, a.balance_fen
       from person_accounts l join persons p on p.id = l.person_id
       join personal_accounts a on a.person_id = p.id
      where l.phone = $1 and l.status = '正常'`,
    [EMPLOYEE],
  );
  if (!row) throw new Error(`no demo account ${EMPLOYEE}`);
  // node-postgres reads bigint as text here
  return { ...row, balance_fen: Number(row.balance_fen) };
}

/** How many movements of his account a condition selects (SQL over account_movements m). */
async function countOnAccount(f: Facts, condition = 'true', values: unknown[] = []) {
  const [row] = await query<{ n: string }>(
    `select count(*) as n from account_movements m where m.account_id = $1 and (${condition})`,
    [f.account_id, ...values],
  );
  return Number(row?.n ?? 0);
}

const since = (day: string) => beijingDayStart(day).toISOString();
const dayAfter = (day: string) => beijingDayStart(addDays(day, 1)).toISOString();

const totalsCount = async (page: Page) => {
  const text = (await page.locator('.ledger-totals').textContent()) ?? '';
  return Number(/共计(\d+)笔/.exec(text)?.[1] ?? -1);
};

/** A row of choices of 个人账户明细查询条件, by its label. */
const choices = (page: Page, label: string) =>
  page.locator(`.ledger-filter-row[aria-label="${label}"]`);

async function choose(page: Page, label: string, option: string) {
  await choices(page, label).getByText(option, { exact: true }).click();
}

/** Types a date range into an antd RangePicker (start, Enter, end, Enter). */
async function fillRange(scope: Page | Locator, from: string, to: string) {
  const start = scope.getByPlaceholder('开始日期');
  await start.click();
  await start.fill(from);
  await start.press('Enter');
  const end = scope.getByPlaceholder('结束日期');
  await end.fill(to);
  await end.press('Enter');
}

/** Fetches a link of the page with the page's cookies and checks it is a PDF. */
async function isPdf(ctx: BrowserContext, link: Locator) {
  const href = await link.getAttribute('href');
  expect(href).toBeTruthy();
  const res = await ctx.request.get(`${base()}${href}`);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/pdf');
  expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
}

/** The server's total under a table: 总共 N 条, or the empty table when there is none. */
async function tableTotal(table: Locator, n: number) {
  if (n > 0) return table.getByText(`总共 ${n} 条`).waitFor();
  await expect.poll(() => table.locator('.ant-spin-spinning').count()).toBe(0);
  await table.locator('.ant-empty-description', { hasText: '暂无数据' }).waitFor();
}

async function noSideScroll(page: Page) {
  const [scroll, client] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scroll, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(client);
}

describe('the ledger queries: P35, P36, P37, W05 and 消费信息', () => {
  let browser: Browser;
  let ctx: BrowserContext;
  let page: Page;
  let facts: Facts;

  beforeAll(async () => {
    browser = await launchBrowser();
    facts = await employeeFacts();
    ctx = await browser.newContext({ ...desktop, baseURL: base() });
    await personLogin(ctx.request, base(), EMPLOYEE);
    page = await ctx.newPage();
  });
  afterAll(async () => {
    await browser.close();
  });
  afterEach(async (t) => {
    if (t.task.result?.state !== 'fail') return;
    let n = 0;
    for (const c of browser.contexts())
      for (const p of c.pages()) await screenshot(p, `failed-account-ledger-${n++}`);
  });

  it('P35 个人账户明细查询: balance, 汇总 and the movements newest first', async () => {
    await page.goto(`${base()}/personal/account-ledger`);
    const balance = page.getByLabel('个人账户余额');
    await balance.getByText(formatYuan(facts.balance_fen), { exact: true }).waitFor();
    const all = await countOnAccount(facts);
    expect(all).toBeGreaterThan(10);
    await expect.poll(() => totalsCount(page)).toBe(all);
    const table = page.locator('.server-table');
    await table.getByText(`总共 ${all} 条`).waitFor();
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(10);
    // newest first, 交易日期 with the weekday
    const [newest] = await query<{ summary: string }>(
      `select kind || '-' || description as summary from account_movements
        where account_id = $1 order by occurred_at desc, id desc limit 1`,
      [facts.account_id],
    );
    const first = table.locator('tbody tr.ant-table-row').first();
    await first.getByText(newest!.summary, { exact: true }).waitFor();
    await first.getByText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\(星期.\)$/).waitFor();
    await noSideScroll(page);
    await settled(page);
    await screenshot(page, 'account-ledger-p35');
  });

  it('P35 filters: a preset, 支出, an amount band, 业务类型 and 自定义', async () => {
    const from3 = presetFrom(today(), 'm3')!;
    await choose(page, '交易时间', '近3月');
    await button(page, '查询').click();
    await expect
      .poll(() => totalsCount(page))
      .toBe(await countOnAccount(facts, 'm.occurred_at >= $2', [since(from3)]));

    await choose(page, '交易时间', '全部');
    await choose(page, '交易类型', '支出');
    await button(page, '查询').click();
    await expect
      .poll(() => totalsCount(page))
      .toBe(await countOnAccount(facts, 'm.amount_fen < 0'));

    await choose(page, '交易类型', '收入');
    await choose(page, '交易金额', '¥100-500');
    await button(page, '查询').click();
    await expect
      .poll(() => totalsCount(page))
      .toBe(await countOnAccount(facts, 'm.amount_fen >= 10000 and m.amount_fen < 50000'));

    await choose(page, '交易类型', '全部');
    await choose(page, '交易金额', '全部');
    await choose(page, '业务类型', '消费');
    await button(page, '查询').click();
    const spent = await countOnAccount(facts, "m.kind = '消费'");
    expect(spent).toBeGreaterThan(0);
    await expect.poll(() => totalsCount(page)).toBe(spent);
    await page
      .locator('.server-table tbody tr.ant-table-row')
      .first()
      .getByText(/^消费-/)
      .waitFor();

    // 自定义 amount ¥1000 and more, both ends as typed
    await choose(page, '业务类型', '全部');
    await choose(page, '交易金额', '自定义');
    await button(page, '查询').click();
    await page.getByText('请输入自定义交易金额的最小金额或最大金额').waitFor();
    await page.getByLabel('最小金额').fill('1000');
    await button(page, '查询').click();
    await expect
      .poll(() => totalsCount(page))
      .toBe(await countOnAccount(facts, 'abs(m.amount_fen) >= 100000'));

    // 自定义 time needs both dates
    await choose(page, '交易金额', '全部');
    await choose(page, '交易时间', '自定义');
    await button(page, '查询').click();
    await page.getByText('请选择自定义交易时间的开始日期和结束日期').waitFor();
    const from = addDays(today(), -400);
    await fillRange(page.locator('.ledger-filter-custom'), from, today());
    await button(page, '查询').click();
    await expect
      .poll(() => totalsCount(page))
      .toBe(
        await countOnAccount(facts, 'm.occurred_at >= $2 and m.occurred_at < $3', [
          since(from),
          dayAfter(today()),
        ]),
      );
    await settled(page);
    await screenshot(page, 'account-ledger-p35-filtered');

    // 重置 goes back to 全部
    await button(page, '重置').click();
    await expect.poll(() => totalsCount(page)).toBe(await countOnAccount(facts));
  });

  it('P35 详情 shows every field of a movement, 隐藏金额 masks every amount and stays', async () => {
    const [spend] = await query<{ summary: string; name: string }>(
      `select m.kind || '-' || m.description as summary, i.name
         from account_movements m join institutions i on i.id = m.institution_id
        where m.account_id = $1 order by m.occurred_at desc, m.id desc limit 1`,
      [facts.account_id],
    );
    await choose(page, '业务类型', '消费');
    await button(page, '查询').click();
    const row = page.locator('.server-table tbody tr.ant-table-row').first();
    await row.getByText(spend!.summary, { exact: true }).waitFor();
    await row.getByRole('button', { name: /详\s*情/ }).click();
    const drawer = page.locator('.ledger-detail-drawer');
    await drawer.getByText('个人账户明细详情').waitFor();
    await drawer.getByText(spend!.summary, { exact: true }).waitFor();
    await drawer.getByText(new RegExp(spend!.name)).waitFor();
    await drawer.getByText('交易后余额(元)').waitFor();
    await settled(page).catch(() => undefined);
    await screenshot(page, 'account-ledger-p35-detail');
    await drawer.locator('.ant-drawer-close').click();
    await expect.poll(() => page.locator('.ledger-detail-drawer:visible').count()).toBe(0);

    await button(page, '隐藏金额').click();
    const balance = page.getByLabel('个人账户余额');
    await expect.poll(() => balance.getByText('****', { exact: true }).count()).toBe(3);
    await expect(page.locator('.ledger-totals').textContent()).resolves.toContain('****');
    await expect(row.textContent()).resolves.toContain('****');
    // remembered in this browser
    await page.reload();
    await page.getByLabel('个人账户余额').getByText('****', { exact: true }).first().waitFor();
    await settled(page);
    await screenshot(page, 'account-ledger-p35-hidden');
    await button(page, '显示金额').click();
    await page
      .getByLabel('个人账户余额')
      .getByText(formatYuan(facts.balance_fen), { exact: true })
      .waitFor();
  });

  it('P35 打印明细 gives a PDF of the filtered movements', async () => {
    await choose(page, '交易时间', '近12月');
    await button(page, '查询').click();
    const print = page.getByRole('link', { name: /打印明细/ });
    await expect.poll(() => print.getAttribute('href')).toContain('time=m12');
    await isPdf(ctx, print);
  });

  it('P35 and P37 in elder mode fit the screen', async () => {
    const elder = page.getByRole('switch', { name: '长者模式（适老化）' });
    await page.goto(`${base()}/personal/account-ledger`);
    await elder.click();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.classList.contains('elder')))
      .toBe(true);
    await page.getByLabel('个人账户余额').getByText('当前账户余额').waitFor();
    await noSideScroll(page);
    await settled(page);
    await screenshot(page, 'account-ledger-p35-elder');
    await page.goto(`${base()}/personal/account-use-of-others`);
    await page.getByText('使用他人账户情况查询结果列表').waitFor();
    await noSideScroll(page);
    await settled(page);
    await screenshot(page, 'account-ledger-p37-elder');
    await elder.click();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.classList.contains('elder')))
      .toBe(false);
  });

  it('P36 使用本人账户情况查询: last three months at first, 重置, required dates, 查询, print', async () => {
    const users = (from: string, to: string) =>
      countOnAccount(
        facts,
        'm.user_person_id is not null and m.user_person_id <> $2 and m.occurred_at >= $3 and m.occurred_at < $4',
        [facts.person_id, since(from), dayAfter(to)],
      );
    await page.goto(`${base()}/personal/account-used-by-others`);
    const { from, to } = lastThreeMonths(today());
    await expect.poll(() => page.getByPlaceholder('开始日期').inputValue()).toBe(from);
    await expect(page.getByPlaceholder('结束日期').inputValue()).resolves.toBe(to);
    const table = page.locator('.server-table');
    await tableTotal(table, await users(from, to));

    await button(page, '重置').click();
    await page.getByText('请填写相关条件查询').waitFor();
    await expect(page.getByPlaceholder('开始日期').inputValue()).resolves.toBe('');
    await button(page, '查询').click();
    await page.locator('.ant-form-item-explain-error', { hasText: '请选择查询起止日期' }).waitFor();
    await settled(page);
    await screenshot(page, 'account-ledger-p36-reset');

    const wide = addDays(today(), -3 * 365);
    await fillRange(page.locator('.ledger-use-filters'), wide, today());
    await button(page, '查询').click();
    const many = await users(wide, today());
    expect(many).toBeGreaterThan(0);
    await table.getByText(`总共 ${many} 条`).waitFor();
    const [user] = await query<{ name: string; cert_no: string; relation: string }>(
      `select p.name, p.cert_no, r.relation from account_movements m
         join persons p on p.id = m.user_person_id
         join family_relations r on r.person_id = $2 and r.relative_id = p.id
        where m.account_id = $1 and m.user_person_id <> $2 order by m.occurred_at desc, m.id desc limit 1`,
      [facts.account_id, facts.person_id],
    );
    const first = table.locator('tbody tr.ant-table-row').first();
    await first.getByText(user!.name, { exact: true }).waitFor();
    await first.getByText(maskCertNo(user!.cert_no), { exact: true }).waitFor();
    await first.getByText(/^(消费|退费)-/).waitFor();

    // one user by 使用人姓名
    await page.getByLabel('使用人姓名').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: user!.name })
      .click();
    await button(page, '查询').click();
    const byUser = await countOnAccount(
      facts,
      'm.user_person_id = (select id from persons where name = $2 and cert_no = $3) and m.occurred_at >= $4 and m.occurred_at < $5',
      [user!.name, user!.cert_no, since(wide), dayAfter(today())],
    );
    await table.getByText(`总共 ${byUser} 条`).waitFor();
    await noSideScroll(page);
    await settled(page);
    await screenshot(page, 'account-ledger-p36');
    await isPdf(ctx, page.getByRole('link', { name: /打印明细/ }));
  });

  it('P37 使用他人账户情况查询: his use of his wife’s account', async () => {
    const mine = (from: string, to: string) =>
      query<{ n: string }>(
        `select count(*) as n from account_movements m join personal_accounts a on a.id = m.account_id
          where m.user_person_id = $1 and a.person_id <> $1 and m.occurred_at >= $2 and m.occurred_at < $3`,
        [facts.person_id, since(from), dayAfter(to)],
      ).then((r) => Number(r[0]?.n ?? 0));
    await page.goto(`${base()}/personal/account-use-of-others`);
    const { from, to } = lastThreeMonths(today());
    await expect.poll(() => page.getByPlaceholder('开始日期').inputValue()).toBe(from);
    const table = page.locator('.server-table');
    await tableTotal(table, await mine(from, to));

    await button(page, '重置').click();
    await page.getByText('请填写相关条件查询').waitFor();
    await button(page, '查询').click();
    await page.locator('.ant-form-item-explain-error', { hasText: '请选择查询起止日期' }).waitFor();

    const wide = addDays(today(), -3 * 365);
    await fillRange(page.locator('.ledger-use-filters'), wide, today());
    await button(page, '查询').click();
    const many = await mine(wide, today());
    expect(many, 'the demo employee uses his wife’s account').toBeGreaterThan(0);
    await table.getByText(`总共 ${many} 条`).waitFor();
    const first = table.locator('tbody tr.ant-table-row').first();
    await first.getByText('配偶', { exact: true }).waitFor();
    await page.getByRole('columnheader', { name: '账户所有人姓名' }).waitFor();
    await noSideScroll(page);
    await settled(page);
    await screenshot(page, 'account-ledger-p37');
    await isPdf(ctx, page.getByRole('link', { name: /打印明细/ }));
  });

  it('W05 个人账户收入支出查询: by month at the window, a month’s movements, print and export', async () => {
    const staff = await browser.newContext({ viewport, baseURL: base() });
    const w = await staff.newPage();
    await signIn(w, 'clerk01');
    await w.goto(`${base()}/window/account-ledger`);
    await w.getByPlaceholder('请输入证件号码').fill(facts.cert_no);
    await button(w, '查询').click();
    const person = w.getByLabel('人员基本信息');
    await person.getByText(facts.name, { exact: true }).waitFor();
    await person.getByText(formatYuan(facts.balance_fen), { exact: true }).waitFor();

    // the default range: January of this year to this month
    const yearStart = `${today().slice(0, 4)}-01-01`;
    const inYear = await countOnAccount(facts, 'm.occurred_at >= $2 and m.occurred_at < $3', [
      since(yearStart),
      dayAfter(today()),
    ]);
    const totals = w.getByLabel('收支合计');
    await expect
      .poll(async () => (await totals.locator('dd').first().textContent()) ?? '')
      .toBe(String(inYear));
    const months = w.locator('.window-form-section', { hasText: '个人账户收入支出表' });
    const firstMonth = months.locator('tbody tr.ant-table-row').first();
    const period = ((await firstMonth.locator('td').first().textContent()) ?? '').trim();
    await firstMonth.getByRole('button', { name: /明\s*细/ }).click();
    const [y, m] = period.split('-').map(Number);
    const monthFrom = `${period}-01`;
    const next = m === 12 ? `${y! + 1}-01-01` : `${y}-${String(m! + 1).padStart(2, '0')}-01`;
    const inMonth = await countOnAccount(facts, 'm.occurred_at >= $2 and m.occurred_at < $3', [
      since(monthFrom),
      since(next),
    ]);
    const detail = w.locator('.window-ledger-month');
    await detail.getByText(`${period} 收支明细`).waitFor();
    await detail.getByText(`总共 ${inMonth} 条`).waitFor();
    await settled(w);
    await screenshot(w, 'account-ledger-w05');

    await isPdf(staff, months.getByRole('link', { name: /打\s*印/ }));
    const xlsx = await staff.request.get(
      `${base()}${await months.getByRole('link', { name: /导\s*出/ }).getAttribute('href')}`,
    );
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    await staff.close();
  });

  it('M08 消费信息 on the phone: the newest year with any, its 消费 and 退费, and a detail', async () => {
    const phoneCtx = await browser.newContext({ ...phoneDevice, baseURL: base() });
    await personLogin(phoneCtx.request, base(), EMPLOYEE);
    const phone = await phoneCtx.newPage();
    // his own: on his account without another user, or on any account as the user
    const years = await query<{ year: number; n: string }>(
      `select extract(year from m.occurred_at at time zone 'Asia/Shanghai')::int as year, count(*) as n
         from account_movements m join personal_accounts a on a.id = m.account_id
        where m.kind in ('消费', '退费')
          and ((a.person_id = $1 and m.user_person_id is null) or m.user_person_id = $1)
        group by 1 order by 1 desc`,
      [facts.person_id],
    );
    expect(years.length, 'the demo employee has spent from an account').toBeGreaterThan(0);
    const [newest, older] = years;
    await phone.goto(`${base()}/m/consumption`);
    await phone.getByRole('heading', { name: '消费信息' }).waitFor();
    const tabs = phone.getByRole('group', { name: '消费年度' });
    await tabs.locator('.adm-tabs-tab-active', { hasText: `${newest!.year}年` }).waitFor();
    const totals = phone.getByLabel('消费合计');
    await totals.getByText(`${Number(newest!.n)} 笔`).waitFor();
    const rows = phone.locator('.m-consumption .adm-list-item');
    await expect.poll(() => rows.count()).toBe(Math.min(Number(newest!.n), 12));
    await noSideScroll(phone);
    await screenshot(phone, 'account-ledger-mobile-consumption');
    if (older) {
      await tabs.getByText(`${older.year}年`).click();
      await totals.getByText(`${Number(older.n)} 笔`).waitFor();
    }
    await rows.first().click();
    await phone.waitForURL(/\/m\/consumption\/\d+$/);
    await phone.getByText('交易信息').waitFor();
    await phone.getByText('支付账户').waitFor();
    await noSideScroll(phone);
    await screenshot(phone, 'account-ledger-mobile-consumption-detail');
    await phoneCtx.close();
  });
});
