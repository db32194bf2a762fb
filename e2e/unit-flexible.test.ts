import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIRequestContext, Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { DOCX_TYPE } from '@yibao/domain';
import {
  sampleDocx,
  sampleZipWithoutWord,
} from '../packages/domain/src/applications/word-documents.test-support';
import { cascade, choose, launchBrowser, screenshot, unfoldMenuGroup } from './browser';
import { DEMO_PASSWORD, scannedPagePng } from './fixtures-applications';
import {
  agencyMembers,
  contributionRows,
  insertPlainPerson,
  personState,
  regionHospitals,
  registered,
  unitOfOperator,
  unusedCertNo,
  type AgencyMember,
} from './fixtures-unit-flexible';
import { captchaAnswer } from './outbox-flows';

/**
 * 单位网厅 of a flexible-employment agency (guide 001 §一) in a browser: the demo agency's operator
 * reads 灵活就业人员信息查询 and its 详情, 缴费明细查询 over a month range, adds a plain person of 北京市
 * (增员申报), changes their 定点医疗机构3 and their phone (信息维护), reduces them (普通减员, 终止参保),
 * files 死亡减员 of another person with the 死亡证明 (未审核 in 我的待办件) and registers a new person
 * with the photo and two hospitals (参保登记, 个人编号). An employer's operator is turned away.
 */

const base = () => inject('baseUrl');
const AGENCY_OPERATOR = '13900000001';
const EMPLOYER_OPERATOR = '13900000005';
const desktop = { viewport: { width: 1366, height: 900 } };
const PHOTO = fileURLToPath(
  new URL('../apps/server/test/fixtures/photo-358x441.jpg', import.meta.url),
);

/** antd spaces a two-character button's label (提 交); a loading icon may lend it "loading". */
const button = (scope: Page | Locator, label: string) =>
  scope.getByRole('button', { name: new RegExp(`(^|\\s)${[...label].join('\\s*')}$`) });
const menu = (page: Page) => page.getByRole('navigation', { name: '单位网厅菜单' });
const fieldError = (scope: Page | Locator, text: string) =>
  scope.locator('.ant-form-item-explain-error', { hasText: text });
const settle = (page: Page) => page.waitForTimeout(400);
/** A value cell of a Descriptions table, by its label. */
const cell = (scope: Page | Locator, label: string) =>
  scope
    .locator('.ant-descriptions-item-label', {
      hasText: new RegExp(`^${label.replace(/[()]/g, '\\$&')}$`),
    })
    .locator('xpath=following-sibling::td[1]');
const ym = (period: number) => `${String(period).slice(0, 4)}-${String(period).slice(4)}`;

async function unitLogin(request: APIRequestContext, phone: string) {
  const { id } = (await (await request.get(`${base()}/api/captcha`)).json()) as { id: string };
  const res = await request.post(`${base()}/api/auth/unit/login`, {
    data: { phone, password: DEMO_PASSWORD, captchaId: id, captcha: await captchaAnswer(id) },
  });
  expect(res.status(), await res.text()).toBe(200);
}

/** 选择——定点医疗机构N: search the hospital by its name and 【选择】 it. */
async function chooseHospital(page: Page, slot: number, name: string, shot?: string) {
  const dialog = page.getByRole('dialog', { name: `选择——定点医疗机构${slot}` });
  await dialog.getByPlaceholder('根据医院名称搜索医院').fill(name);
  await button(dialog, '查询').click();
  const choose = dialog.getByRole('button', { name: `选择 ${name}`, exact: true });
  await choose.waitFor();
  if (shot) {
    await settle(page);
    await screenshot(page, shot);
  }
  await choose.click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Fills 姓名, 证件类型 (居民身份证), 证件号码 of a query and presses its button. */
async function query(page: Page, who: { name: string; certNo: string }, label = '查询') {
  await page.getByLabel('姓名', { exact: true }).fill(who.name);
  await page.getByLabel('证件号码', { exact: true }).fill(who.certNo);
  await button(page, label).first().click();
}

async function noSideScroll(page: Page) {
  const [scroll, client] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scroll, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(client);
}

async function openMenu(page: Page, group: string, item: string, url: RegExp) {
  const nav = menu(page);
  const leaf = nav.getByRole('menuitem', { name: item });
  await unfoldMenuGroup(nav, group);
  await leaf.click();
  await page.waitForURL(url);
}

describe('单位网厅 灵活就业代管 (001 §一): U01–U07', () => {
  let browser: Browser;
  let ctx: BrowserContext;
  let page: Page;
  let unit: Awaited<ReturnType<typeof unitOfOperator>>;
  let viewed: AgencyMember;
  let deceased: AgencyMember;
  let plain: Awaited<ReturnType<typeof insertPlainPerson>>;

  beforeAll(async () => {
    browser = await launchBrowser();
    unit = await unitOfOperator(AGENCY_OPERATOR);
    expect(unit).toMatchObject({ unit_type: 'agency-flex', region_code: '110000' });
    [viewed, deceased] = (await agencyMembers(unit.id)) as [AgencyMember, AgencyMember];
    plain = await insertPlainPerson(viewed.id, '灵活测增员', 101);
    ctx = await browser.newContext(desktop);
    await unitLogin(ctx.request, AGENCY_OPERATOR);
    page = await ctx.newPage();
  });
  afterAll(async () => {
    await browser.close();
  });
  afterEach(async (t) => {
    if (t.task.result?.state !== 'fail') return;
    let n = 0;
    for (const c of browser.contexts())
      for (const p of c.pages()) await screenshot(p, `failed-unit-flexible-${n++}`);
  });

  it('首页 links the seven services under 常用服务; the menu holds 网上经办 and 业务查询', async () => {
    await page.goto(`${base()}/unit`);
    const services = page.getByRole('navigation', { name: '灵活就业常用服务' });
    await expect.poll(() => services.getByRole('link').count()).toBe(7);
    await services.getByRole('link', { name: '灵活就业人员缴费明细查询' }).waitFor();
    await menu(page).getByText('网上经办', { exact: true }).waitFor();
    await page.locator('.my-applications').getByText('我的待办件').waitFor();
    await noSideScroll(page);
    await settle(page);
    await screenshot(page, 'unit-flex-home');
  });

  it('U06 灵活就业人员信息查询: the list after 查询, 查看详情 with every field', async () => {
    await openMenu(page, '业务查询', '灵活就业人员信息查询', /\/unit\/flexible\/persons$/);
    await page.getByText('请填写相关条件查询').waitFor();
    await button(page, '查询').click();
    await page.getByText(/总共 \d+ 条/).waitFor();
    await query(page, { name: viewed.name, certNo: viewed.cert_no });
    await page.getByText('总共 1 条').waitFor();
    const row = page.getByRole('row', { name: new RegExp(viewed.person_no) });
    await expect(row.textContent()).resolves.toContain('居民身份证');
    await noSideScroll(page);
    await settle(page);
    await screenshot(page, 'unit-flex-u06-list');
    await button(row, '查看详情').click();
    const dialog = page.getByRole('dialog', { name: '灵活就业人员信息详情' });
    await expect.poll(() => cell(dialog, '单位名称').textContent()).toBe(unit.name);
    await expect(cell(dialog, '证件号码').textContent()).resolves.toBe(viewed.cert_no);
    await expect(cell(dialog, '缴费人员类别').textContent()).resolves.toMatch(/灵活就业/);
    await expect(dialog.locator('.ant-descriptions-item-label').count()).resolves.toBe(32);
    await cell(dialog, '定点医疗机构5').waitFor();
    await settle(page);
    await screenshot(page, 'unit-flex-u06-detail');
    await button(dialog.locator('.ant-modal-footer'), '关闭').click();
  });

  it('U07 灵活就业人员缴费明细查询: * 起止缴费月份, then the person’s months', async () => {
    await openMenu(
      page,
      '业务查询',
      '灵活就业人员缴费明细查询',
      /\/unit\/flexible\/contributions$/,
    );
    await page.getByText('请填写相关条件查询').waitFor();
    await button(page, '查询').click();
    await fieldError(page, '请选择开始月份').waitFor();
    await page.getByLabel('姓名', { exact: true }).fill(viewed.name);
    await page.getByLabel('证件号码', { exact: true }).fill(viewed.cert_no);
    await page.getByPlaceholder('开始日期').fill(ym(viewed.oldest));
    await page.getByPlaceholder('结束日期').click();
    await page.getByPlaceholder('结束日期').fill(ym(viewed.newest));
    await page.getByPlaceholder('结束日期').press('Enter');
    await button(page, '查询').click();
    const rows = await contributionRows(unit.id, viewed.oldest, viewed.newest);
    expect(rows).toBeGreaterThanOrEqual(viewed.months);
    await page.getByText(`总共 ${viewed.months} 条`).waitFor();
    const first = page.locator('.server-table tbody tr.ant-table-row').first();
    await first.getByText(ym(viewed.newest), { exact: true }).waitFor();
    await first.getByText(unit.name).waitFor();
    await noSideScroll(page);
    await settle(page);
    await screenshot(page, 'unit-flex-u07');
  });

  it('U02 增员申报: a plain person of 北京市 joins the agency at once', async () => {
    await openMenu(page, '网上经办', '灵活就业人员增员申报', /\/unit\/flexible\/addition$/);
    await page.getByText('灵活就业人员增员申报信息查询').waitFor();
    await button(page, '查询').click();
    await fieldError(page, '请输入姓名').waitFor();
    await screenshot(page, 'unit-flex-u02-query');
    await query(page, plain);
    await page.getByText('灵活就业人员参保信息').waitFor();
    await choose(page, '缴费人员类别', '灵活就业人员');
    await settle(page);
    await screenshot(page, 'unit-flex-u02-form');
    await button(page, '提交').click();
    await page.getByText('灵活就业人员增员申报成功').waitFor();
    await page.locator('.flex-feedback').getByText('审核通过', { exact: true }).waitFor();
    await settle(page);
    await screenshot(page, 'unit-flex-u02-result');
    const state = await personState(plain.id, unit.id);
    expect(state.enrolments[0]?.status).toBe('正常参保');
    expect(state.person).toMatchObject({ unit_id: unit.id, person_category: '14' });
  });

  it('U04 定点医疗机构变更: 定点医疗机构3 takes a searched hospital', async () => {
    const [hospital] = await regionHospitals('110000', 1);
    await openMenu(page, '网上经办', '灵活就业人员定点医疗机构变更', /hospital-change$/);
    await query(page, plain);
    const slot3 = page.getByRole('button', { name: '定点医疗机构3' });
    await slot3.waitFor();
    await screenshot(page, 'unit-flex-u04-slots');
    await slot3.click();
    await chooseHospital(page, 3, hospital!.name, 'unit-flex-u04-search');
    await expect(slot3.textContent()).resolves.toContain(hospital!.name);
    await button(page, '提交').click();
    await page.getByText('灵活就业人员定点医疗机构变更成功').waitFor();
    await settle(page);
    await screenshot(page, 'unit-flex-u04-result');
    expect((await personState(plain.id, unit.id)).hospitals.get(3)).toBe(hospital!.name);
  });

  it('U05 信息维护: the form holds the record; 参保人手机 changes at once', async () => {
    await openMenu(page, '网上经办', '灵活就业人员信息维护', /\/unit\/flexible\/info-change$/);
    await query(page, plain);
    const phone = page.getByLabel('参保人手机', { exact: true });
    await expect.poll(() => phone.inputValue()).toBe('13711112222');
    await page.getByText('户籍与联系信息').waitFor();
    await phone.fill('13722223333');
    await noSideScroll(page);
    await settle(page);
    await screenshot(page, 'unit-flex-u05');
    await button(page, '提交').click();
    await page.getByText('灵活就业人员信息维护成功').waitFor();
    expect((await personState(plain.id, unit.id)).person?.phone).toBe('13722223333');
  });

  it('U03 普通减员: the guide’s question, the ticked person ends 终止参保', async () => {
    await openMenu(page, '网上经办', '灵活就业人员减员申报', /\/unit\/flexible\/reduction$/);
    await page.getByRole('radio', { name: '普通减员' }).click();
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.getByText('当前功能只能批量操作普通减员，是否确认操作').waitFor();
    await settle(page);
    await screenshot(page, 'unit-flex-u03-confirm');
    await button(confirm, '确定').click();
    await page.getByText('人员信息列表').waitFor();
    await button(page, '提交').click();
    await fieldError(page, '请选择下一年度不参保原因').waitFor();
    await page.getByText('请勾选要减员的人员').waitFor();
    await choose(page, '下一年度不参保原因', '已在单位参加职工医保');
    await query(page, plain);
    const row = page.getByRole('row', { name: new RegExp(plain.name) });
    await row.getByRole('checkbox').check();
    await page.getByText('已勾选 1 人').waitFor();
    await noSideScroll(page);
    await settle(page);
    await screenshot(page, 'unit-flex-u03-general');
    await button(page, '提交').last().click();
    await page.getByText('灵活就业人员减员申报（普通减员）成功').waitFor();
    await settle(page);
    await screenshot(page, 'unit-flex-u03-general-result');
    const state = await personState(plain.id, unit.id);
    expect(state.enrolments[0]?.status).toBe('终止参保');
    expect(state.person?.unit_id).toBeNull();
  });

  it('U03 死亡减员: 死亡证明 uploaded, 提交成功 and 未审核 in 我的待办件', async () => {
    await button(page, '继续办理').click();
    await page.getByRole('radio', { name: '死亡减员' }).click();
    await query(page, { name: deceased.name, certNo: deceased.cert_no });
    await page.getByText('请自检是否具备该材料：死亡证明').waitFor();
    // 点击上传 takes jpeg/jpg/png/doc/docx/pdf (guide 001), a Word file checked by its parts
    const item = page.locator('[data-item="death-certificate"]');
    const input = item.locator('input[type=file]');
    const accept = (await input.getAttribute('accept'))?.split(',') ?? [];
    expect(accept).toEqual(
      expect.arrayContaining(['.jpg', '.jpeg', '.png', '.doc', '.docx', '.pdf']),
    );
    await item.getByText('格式：JPG、PNG、DOC、DOCX、PDF').waitFor();
    await input.setInputFiles({
      name: '死亡证明.docx',
      mimeType: DOCX_TYPE,
      buffer: sampleZipWithoutWord(),
    });
    await item
      .getByRole('alert')
      .getByText('死亡证明只能上传JPG、PNG、DOC、DOCX、PDF格式的文件')
      .waitFor();
    await input.setInputFiles({ name: '死亡证明.docx', mimeType: DOCX_TYPE, buffer: sampleDocx() });
    await page.getByRole('link', { name: '死亡证明.docx' }).waitFor();
    await expect(item.getByRole('alert').count()).resolves.toBe(0);
    await input.setInputFiles({
      name: '死亡证明.png',
      mimeType: 'image/png',
      buffer: scannedPagePng(),
    });
    await page.getByRole('link', { name: '死亡证明.png' }).waitFor();
    await noSideScroll(page);
    await settle(page);
    await screenshot(page, 'unit-flex-u03-death');
    await button(page, '提交').click();
    await page.getByText('提交成功！').waitFor();
    await page.locator('.flex-feedback').getByText('未审核', { exact: true }).waitFor();
    await screenshot(page, 'unit-flex-u03-death-result');
    await page.goto(`${base()}/unit`);
    const pending = page.locator('.my-applications tbody tr.ant-table-row').first();
    await pending.getByText('灵活就业人员减员申报（死亡减员）').waitFor();
    await pending.getByText('未审核').waitFor();
    expect((await personState(deceased.id, unit.id)).enrolments[0]?.status).toBe('正常参保');
  });

  it('U01 参保登记: a new person with the photo and two hospitals, 个人编号 at once', async () => {
    const certNo = await unusedCertNo(211);
    const [h1, h2] = await regionHospitals('110000', 2);
    await page.goto(`${base()}/unit`);
    await page
      .getByRole('navigation', { name: '灵活就业常用服务' })
      .getByText('灵活就业人员参保登记')
      .click();
    await page.waitForURL(/\/unit\/flexible\/enrolment$/);
    await query(page, { name: '灵活新登', certNo });
    await page.getByText('人员基本信息').waitFor();
    await button(page, '提交').click();
    await fieldError(page, '请选择定点医疗机构1').waitFor();
    await fieldError(page, '请上传电子照片').waitFor();
    await choose(page, '民族', '汉族');
    await page.getByLabel('参加工作日期', { exact: true }).fill('2014-07-01');
    await page.getByLabel('参加工作日期', { exact: true }).press('Enter');
    await choose(page, '个人身份', '工人');
    await choose(page, '户口性质', '非农业户口(城镇)');
    await cascade(page, '户口所在区县街乡', ['海淀区', '中关村街道']);
    await page.getByLabel('户口所在地地址', { exact: true }).fill('北京市海淀区中关村大街1号');
    await page.getByLabel('户口所在地邮政编码', { exact: true }).fill('100080');
    await cascade(page, '居住地所在区县街乡', ['海淀区', '中关村街道']);
    await page.getByLabel('居住地地址', { exact: true }).fill('北京市海淀区中关村大街1号');
    await page.getByLabel('居住地邮编', { exact: true }).fill('100080');
    await page.getByLabel('参保人手机', { exact: true }).fill('13700007777');
    await page.getByLabel('电子邮箱地址', { exact: true }).fill('flex@example.com');
    await choose(page, '委托代发银行名称', '中国工商银行');
    await page.getByLabel('委托代发银行账号', { exact: true }).fill('6222020200001234567');
    for (const [slot, h] of [h1!, h2!].entries()) {
      const item = page.locator('.ant-form-item', { hasText: `定点医疗机构${slot + 1}` });
      await button(item, '选择').click();
      await chooseHospital(page, slot + 1, h.name);
    }
    await page.locator('[data-item="photo"] input[type=file]').setInputFiles(path.resolve(PHOTO));
    await page.getByRole('link', { name: 'photo-358x441.jpg' }).waitFor();
    await noSideScroll(page);
    await settle(page);
    await screenshot(page, 'unit-flex-u01-form');
    await button(page, '提交').click();
    await page.getByText('灵活就业人员参保登记成功').waitFor();
    const person = await registered(certNo);
    expect(person).toMatchObject({ unit_id: unit.id, photo: true });
    await cell(page, '个人编号').getByText(person!.person_no).waitFor();
    await settle(page);
    await screenshot(page, 'unit-flex-u01-result');
  });

  it('an employer’s operator sees 本单位不是灵活就业代管机构; elder mode fits 1366 px', async () => {
    const other = await browser.newContext(desktop);
    await unitLogin(other.request, EMPLOYER_OPERATOR);
    const p = await other.newPage();
    await p.goto(`${base()}/unit/flexible/persons`);
    await p.getByText('本单位不是灵活就业代管机构').waitFor();
    await screenshot(p, 'unit-flex-not-agency');
    await other.close();

    await page.evaluate(() => window.localStorage.setItem('yibao.elder', '1'));
    await page.goto(`${base()}/unit/flexible/persons?id=${viewed.id}`);
    const dialog = page.getByRole('dialog', { name: '灵活就业人员信息详情' });
    await expect.poll(() => cell(dialog, '单位名称').textContent()).toBe(unit.name);
    await noSideScroll(page);
    await settle(page);
    await screenshot(page, 'unit-flex-u06-detail-elder');
    await button(dialog.locator('.ant-modal-footer'), '关闭').click();
    await openMenu(page, '网上经办', '灵活就业人员参保登记', /\/unit\/flexible\/enrolment$/);
    await noSideScroll(page);
    await screenshot(page, 'unit-flex-u01-query-elder');
    await page.evaluate(() => window.localStorage.removeItem('yibao.elder'));
  });
});
