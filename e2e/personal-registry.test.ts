import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { formatYuan } from '@yibao/domain';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { DEMO_RESIDENT, personLogin } from './fixtures-applications';
import {
  chosenHospitals,
  contributionsSince,
  insuredFacts,
  unchosenHospital,
} from './fixtures-personal-registry';

/**
 * The insured person's own registry pages in a browser: the demo employee's 职工个人基本信息查询
 * (P30) with 职工信息, 参保信息 and 定点医疗机构; 职工参保缴费信息查询 (P31) from a 查询起始年月, paged
 * by the server, with its totals; 职工个人定点医疗机构变更 (P13) that puts a searched hospital into
 * 定点医疗机构3 (审核通过) and refuses the same hospital for 定点医疗机构4, and that a resident may
 * not use at all; 参保单位 and 参保状态 on the home page; the phone's 查询服务 › 参保信息 and 缴费信息;
 * and the pages in elder mode, 1366 px (portal) and 390 px (phone) wide without side scrolling.
 */

const base = () => inject('baseUrl');
const EMPLOYEE = '13800000001';
const desktop = { viewport: { width: 1366, height: 900 } };
const phoneDevice = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** antd spaces a two-character button's label (提 交); a loading icon may lend it "loading". */
const button = (scope: Page | Locator, label: string) =>
  scope.getByRole('button', { name: new RegExp(`(^|\\s)${[...label].join('\\s*')}$`) });
const menu = (page: Page) => page.getByRole('navigation', { name: '个人网厅菜单' });
/** A value cell of a Descriptions table, by its label. */
const cell = (scope: Page | Locator, label: string) =>
  scope
    .locator('th.ant-descriptions-item-label', {
      hasText: new RegExp(`^${label.replace(/[()]/g, '\\$&')}$`),
    })
    .locator('xpath=following-sibling::td[1]');
const settle = (page: Page) => page.waitForTimeout(400);
const yuan = (fen: number) => `${formatYuan(fen, { grouping: true })} 元`;

async function noSideScroll(page: Page) {
  const [scroll, client] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scroll, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(client);
}

describe('the insured person’s own registry pages: P30, P31, P13, 首页 and 查询服务', () => {
  let browser: Browser;
  let ctx: BrowserContext;
  let page: Page;
  let facts: Awaited<ReturnType<typeof insuredFacts>>;

  beforeAll(async () => {
    browser = await launchBrowser();
    facts = await insuredFacts(EMPLOYEE);
    // the walkthrough needs a verified employee in force with 定点医疗机构1 and 2
    expect(facts.verified && facts.employee, `${EMPLOYEE} is a verified employee`).toBe(true);
    expect(facts.hospitals.get(1) && facts.hospitals.get(2)).toBeTruthy();
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
      for (const p of c.pages()) await screenshot(p, `failed-personal-registry-${n++}`);
  });

  it('首页 shows 参保单位 and 参保状态 beside the account, and 我的待办件 as before', async () => {
    await page.goto(`${base()}/personal`);
    const insured = page.getByLabel('参保信息');
    await insured.getByText(facts.unit_name!, { exact: true }).waitFor();
    await insured.getByText('职工基本医疗保险 正常参保').waitFor();
    await page.locator('.my-applications').getByText('我的待办件').waitFor();
    await settle(page);
    await screenshot(page, 'personal-registry-home');
  });

  it('P30 职工个人基本信息查询: 职工信息, 参保信息 and 定点医疗机构 from the registry', async () => {
    await menu(page).getByRole('menuitem', { name: '职工个人基本信息查询' }).click();
    await page.waitForURL(/\/personal\/person-info$/);
    const staff = page.locator('.ant-card', { hasText: '职工信息' });
    await expect.poll(() => cell(staff, '单位名称').textContent()).toBe(facts.unit_name);
    await expect(cell(staff, '姓名').textContent()).resolves.toBe(facts.name);
    await expect.poll(() => cell(staff, '国家/地区').textContent()).toBe('中国');
    const insured = page.locator('.ant-card', { hasText: '参保信息' });
    await expect.poll(() => cell(insured, '申报月均工资收入').textContent()).toMatch(/ 元$/);
    // the bank account by its last four digits only
    const account = await cell(insured, '委托代发银行账号').textContent();
    expect(account).toBe(`*****${facts.bank_account.slice(-4)}`);
    await insured.getByRole('cell', { name: '职工基本医疗保险' }).first().waitFor();
    const chosen = page.locator('.ant-card', { hasText: '定点医疗机构1' });
    await expect
      .poll(() => cell(chosen, '定点医疗机构1').textContent())
      .toBe(facts.hospitals.get(1)!.name);
    await expect(cell(chosen, '定点医疗机构2').textContent()).resolves.toBe(
      facts.hospitals.get(2)!.name,
    );
    await expect(cell(chosen, '定点医疗机构5').textContent()).resolves.toBe('-');
    await noSideScroll(page);
    await settle(page);
    await screenshot(page, 'personal-registry-p30');
  });

  it('P51 职工登记信息权益: the registrations, 查看 opens one with the unit', async () => {
    await menu(page).getByRole('menuitem', { name: '职工登记信息权益' }).click();
    await page.waitForURL(/\/personal\/registration-rights$/);
    const row = page.locator('.registration-rights tr', { hasText: facts.unit_name ?? '' });
    await row.getByText('职工基本医疗保险').waitFor();
    await row.getByRole('button', { name: /查\s*看/ }).click();
    const detail = page.locator('.registration-rights-detail');
    await expect.poll(() => cell(detail, '参保单位').textContent()).toBe(facts.unit_name);
    await expect(cell(detail, '姓名').textContent()).resolves.toBe(facts.name);
    await settle(page);
    await screenshot(page, 'personal-registry-p51-detail');
    await page
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /关\s*闭/ })
      .click();
    await expect.poll(() => page.locator('.ant-modal-wrap:visible').count()).toBe(0);
  });

  it('P31 职工参保缴费信息查询: 查询起始年月 required, the months paged by the server, totals', async () => {
    const since = await contributionsSince(facts.id);
    await menu(page).getByRole('menuitem', { name: '职工参保缴费信息查询' }).click();
    await page.waitForURL(/\/personal\/contributions$/);
    await page.getByText('请选择【查询起始年月】，点击【查询】按钮查看缴费信息').waitFor();
    await button(page, '查询').click();
    await page.locator('.ant-form-item-explain-error', { hasText: '请选择查询起始年月' }).waitFor();

    const month = `${String(since.from).slice(0, 4)}-${String(since.from).slice(4)}`;
    await page.getByPlaceholder('请选择查询起始年月').fill(month);
    await page.getByPlaceholder('请选择查询起始年月').press('Enter');
    await button(page, '查询').click();
    const table = page.locator('.server-table');
    await table.getByText(`总共 ${since.rows} 条`).waitFor();
    const totals = page.getByLabel('缴费合计');
    await totals.getByText(`${since.rows} 个月`).waitFor();
    await totals.getByText(yuan(since.unitFen), { exact: true }).waitFor();
    await totals.getByText(yuan(since.personalFen), { exact: true }).waitFor();
    const newest = `${String(since.newest).slice(0, 4)}-${String(since.newest).slice(4)}`;
    await table
      .locator('tbody tr.ant-table-row')
      .first()
      .getByText(newest, { exact: true })
      .waitFor();
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(10);
    await noSideScroll(page);
    await settle(page);
    await screenshot(page, 'personal-registry-p31');
    // the next page comes from the server: the oldest month is the start month
    await table.locator('.ant-pagination-item-2').click();
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(since.rows - 10);
    await table
      .locator('tbody tr.ant-table-row')
      .last()
      .getByText(month, { exact: true })
      .waitFor();
    // 重置 empties the page again
    await button(page, '重置').click();
    await page.getByText('请选择【查询起始年月】，点击【查询】按钮查看缴费信息').waitFor();
    await expect(page.getByPlaceholder('请选择查询起始年月').inputValue()).resolves.toBe('');
  });

  /** 选择需要修改的定点医疗机构, 查询 the hospital by name, 选择 it, 提交 and 确定. */
  async function change(slot: number, hospital: { name: string }) {
    await page
      .locator('.hospital-slots')
      .getByRole('row', { name: `定点医疗机构${slot}` })
      .click();
    await page.getByLabel('医院名称').fill(hospital.name);
    await button(page.locator('.hospital-change'), '查询').click();
    const row = page.locator('.hospital-results');
    await row.getByRole('button', { name: `选择 ${hospital.name}`, exact: true }).click();
    const summary = page.locator('.hospital-change-summary');
    await summary.getByText(`定点医疗机构${slot}`, { exact: true }).waitFor();
    await summary.getByText(hospital.name, { exact: true }).waitFor();
    await button(page, '提交').click();
    const confirm = page.locator('.ant-modal-confirm', { hasText: '操作提示' });
    await confirm.getByText(`确定将定点医疗机构${slot}变更为“${hospital.name}”吗？`).waitFor();
    await settle(page);
    if (slot === 3) await screenshot(page, 'personal-registry-p13-confirm');
    await button(confirm, '确定').click();
  }

  it('P13 职工个人定点医疗机构变更: 定点医疗机构3 takes a searched hospital, 4 may not', async () => {
    const hospital = await unchosenHospital(facts.id, facts.region_code);
    await menu(page).getByRole('menuitem', { name: '职工个人定点医疗机构变更' }).click();
    await page.waitForURL(/\/personal\/designated-hospital-change$/);
    const slots = page.locator('.hospital-slots');
    await slots.getByRole('row', { name: new RegExp(facts.hospitals.get(1)!.name) }).waitFor();
    await noSideScroll(page);
    await screenshot(page, 'personal-registry-p13');

    await change(3, hospital);
    const feedback = page.locator('.ant-card', { hasText: '业务反馈结果' });
    await feedback.getByText('职工个人定点医疗机构变更成功').waitFor();
    await feedback.getByText('审核状态：审核通过').waitFor();
    await settle(page);
    await screenshot(page, 'personal-registry-p13-approved');
    await expect
      .poll(async () => (await chosenHospitals(facts.id)).get(3)?.code)
      .toBe(hospital.code);

    // the same hospital for 定点医疗机构4: the rules refuse it, with the reason
    await button(feedback, '继续变更').click();
    await slots.getByRole('row', { name: new RegExp(`定点医疗机构3.*${hospital.name}`) }).waitFor();
    await change(4, hospital);
    await feedback.getByText('职工个人定点医疗机构变更未通过').waitFor();
    await feedback.getByText('原因：该医院已是您的定点医疗机构3').waitFor();
    await settle(page);
    await screenshot(page, 'personal-registry-p13-refused');
    expect((await chosenHospitals(facts.id)).get(4)?.code).not.toBe(hospital.code);

    // P30 shows the new 定点医疗机构3
    await menu(page).getByRole('menuitem', { name: '职工个人基本信息查询' }).click();
    const chosen = page.locator('.ant-card', { hasText: '定点医疗机构1' });
    await expect.poll(() => cell(chosen, '定点医疗机构3').textContent()).toBe(hospital.name);
  });

  it('P13 is for employees only: a resident sees why not', async () => {
    const resident = await browser.newContext({ ...desktop, baseURL: base() });
    await personLogin(resident.request, base(), DEMO_RESIDENT);
    const other = await resident.newPage();
    await other.goto(`${base()}/personal/designated-hospital-change`);
    await other.getByText('您不是职工参保人员，不能办理职工个人定点医疗机构变更').waitFor();
    await settle(other);
    await screenshot(other, 'personal-registry-p13-not-employee');
    await resident.close();
  });

  it('the phone’s 查询服务: 参保信息 and 缴费信息 (a year back at first)', async () => {
    const phoneCtx = await browser.newContext({ ...phoneDevice, baseURL: base() });
    await personLogin(phoneCtx.request, base(), EMPLOYEE);
    const phone = await phoneCtx.newPage();
    await phone.goto(`${base()}/m/`);
    const services = phone.getByRole('region', { name: '查询服务' });
    await services.getByText('缴费信息').waitFor();
    await screenshot(phone, 'personal-registry-mobile-home');
    await services.getByText('参保信息').click();
    await phone.waitForURL(/\/m\/enrolment-info$/);
    await phone.getByRole('heading', { name: '参保信息' }).waitFor();
    await phone.locator('.m-facts').getByText(facts.unit_name!).first().waitFor();
    await phone.locator('.adm-list-header', { hasText: '职工基本医疗保险' }).first().waitFor();
    await phone.locator('.m-enrolment').getByText('正常参保').first().waitFor();
    await noSideScroll(phone);
    await screenshot(phone, 'personal-registry-mobile-enrolments');

    await phone.goBack();
    await services.getByText('缴费信息').click();
    await phone.waitForURL(/\/m\/contributions$/);
    const yearAgo = await phone.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear() - 1}-${String(d.getMonth() + 1).padStart(2, '0')}`;
    });
    await phone.locator('.adm-list-item', { hasText: '查询起始年月' }).getByText(yearAgo).waitFor();
    await phone.getByLabel('缴费合计').getByText(/个月$/).waitFor();
    await expect
      .poll(() => phone.locator('.m-contributions .adm-list-item').count())
      .toBeGreaterThan(0);
    await noSideScroll(phone);
    await screenshot(phone, 'personal-registry-mobile-contributions');

    await phone.evaluate(() => window.localStorage.setItem('yibao.elder', '1'));
    await phone.reload();
    await phone.getByLabel('缴费合计').waitFor();
    await noSideScroll(phone);
    await screenshot(phone, 'personal-registry-mobile-contributions-elder');
    await phone.goto(`${base()}/m/enrolment-info`);
    await phone.getByRole('heading', { name: '参保信息' }).waitFor();
    await phone.locator('.m-enrolment').first().waitFor();
    await noSideScroll(phone);
    await screenshot(phone, 'personal-registry-mobile-enrolments-elder');
    await phoneCtx.close();
  });

  it('fits 1366 px in elder mode', async () => {
    await page.evaluate(() => window.localStorage.setItem('yibao.elder', '1'));
    await page.goto(`${base()}/personal`);
    await page.getByLabel('参保信息').getByText('正常参保', { exact: false }).waitFor();
    await noSideScroll(page);
    await screenshot(page, 'personal-registry-home-elder');
    await page.goto(`${base()}/personal/person-info`);
    await expect.poll(() => cell(page, '单位名称').textContent()).toBe(facts.unit_name);
    await noSideScroll(page);
    await screenshot(page, 'personal-registry-p30-elder');
    await page.goto(`${base()}/personal/contributions`);
    await page.getByPlaceholder('请选择查询起始年月').fill('2020-01');
    await page.getByPlaceholder('请选择查询起始年月').press('Enter');
    await button(page, '查询').click();
    await page
      .locator('.server-table')
      .getByText(/总共 \d+ 条/)
      .waitFor();
    await noSideScroll(page);
    await screenshot(page, 'personal-registry-p31-elder');
    await page.goto(`${base()}/personal/designated-hospital-change`);
    await page
      .locator('.hospital-slots')
      .getByRole('row', { name: /定点医疗机构3/ })
      .click();
    await button(page.locator('.hospital-change'), '查询').click();
    await page
      .locator('.hospital-results')
      .getByText(/总共 \d+ 条/)
      .waitFor();
    await expect.poll(() => page.locator('.hospital-results .ant-spin-spinning').count()).toBe(0);
    await settle(page);
    await noSideScroll(page);
    await screenshot(page, 'personal-registry-p13-elder');
    await page.evaluate(() => window.localStorage.setItem('yibao.elder', '0'));
    await ctx.close();
  });
});
