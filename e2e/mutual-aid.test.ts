import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { beijingDateOf, chineseDate, maskCertNo, mutualAidEffectiveFrom } from '@yibao/domain';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { personLogin } from './fixtures-applications';
import { drawOrderOf, insertRelative, mutualAidFacts, type Identity } from './fixtures-accounts';

/**
 * 家庭共济 in the personal portal as the guide (000 §1) walks it, for the demo employee
 * 13800000001 (王志强): P15 个人账户家庭共济关系维护 — 承诺书, 操作提示 with the real date, his
 * daughter and father in the list, 【添加共济对象】 of his wife (a wrong name refused at
 * 【下一步】), 【提交】 and 业务反馈结果; then his mother added and his wife deleted in one 【提交】.
 * P16 共济账户使用顺序维护 — 亲属真实关系承诺告知, 操作提示, his wife's and his mother's accounts
 * reordered with 【置顶】, 【重置】 and 【降序】, 【提交】, 业务反馈结果, and the order kept on reload.
 */

const base = () => inject('baseUrl');
const EMPLOYEE = '13800000001';
const desktop = { viewport: { width: 1366, height: 900 } };

/** antd spaces a two-character button's label (提 交); a loading icon may lend it "loading". */
const button = (scope: Page | Locator, label: string) =>
  scope.getByRole('button', { name: new RegExp(`(^|\\s)${[...label].join('\\s*')}$`) });
const menu = (page: Page) => page.getByRole('navigation', { name: '个人网厅菜单' });
const settle = (page: Page) => page.waitForTimeout(400);
const dialog = (page: Page, title: string) =>
  page.locator('.ant-modal', { has: page.locator('.ant-modal-title', { hasText: title }) });
const rowsOf = (table: Locator) => table.locator('tbody tr.ant-table-row');
/** The names in the table's 姓名 / 参保人姓名 column, in order. */
const namesIn = (table: Locator, column: number) =>
  rowsOf(table).evaluateAll(
    (rows, c) => rows.map((r) => r.querySelectorAll('td')[c]?.textContent ?? ''),
    column,
  );

async function noSideScroll(page: Page) {
  const [scroll, client] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scroll, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(client);
}

describe('家庭共济: P15 个人账户家庭共济关系维护 and P16 共济账户使用顺序维护', () => {
  let browser: Browser;
  let ctx: BrowserContext;
  let page: Page;
  let facts: Awaited<ReturnType<typeof mutualAidFacts>>;
  let wife: Identity;
  let mother: Identity;
  const notice = () =>
    `参保人维护家庭共济关系信息后，共济对象于${chineseDate(
      mutualAidEffectiveFrom(beijingDateOf(new Date())),
    )}起，可使用参保人的个人账户资金。`;

  beforeAll(async () => {
    browser = await launchBrowser();
    facts = await mutualAidFacts(EMPLOYEE);
    // the demo family: his daughter and father use his account, he uses his wife's
    const daughter = facts.family.find((f) => f.relation === '20');
    const father = facts.family.find((f) => f.relation === '51');
    expect(facts.members.map((m) => m.name)).toEqual([daughter?.name, father?.name]);
    wife = facts.family.find((f) => f.relation === '10')!;
    expect(facts.holders.map((h) => h.name)).toEqual([wife.name]);
    // his mother, for the walkthrough: she holds an account he may use, last in his order
    mother = await insertRelative(
      facts.person,
      { name: '张桂芳', birth: '19600305', sex: '2', seq: 901 },
      { memberId: facts.person.id, relation: '20' },
    );
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
      for (const p of c.pages()) await screenshot(p, `failed-mutual-aid-${n++}`);
  });

  /** 我要办 › the page, then the promise ticked and 确定, the notice read and 确定. */
  async function open(item: string, promiseTitle: string, agree: string, shot: string) {
    await page.goto(`${base()}/personal`);
    await menu(page).getByRole('menuitem', { name: item }).click();
    const promise = dialog(page, promiseTitle);
    await promise.waitFor();
    await expect(button(promise, '确定').isDisabled()).resolves.toBe(true);
    await settle(page);
    await screenshot(page, `${shot}-promise`);
    await promise.getByRole('checkbox', { name: agree }).check();
    await button(promise, '确定').click();
    const tip = dialog(page, '操作提示');
    await tip.getByText(notice()).waitFor();
    await settle(page);
    await screenshot(page, `${shot}-notice`);
    await button(tip, '确定').click();
    await expect.poll(() => page.locator('.ant-modal-wrap:visible').count()).toBe(0);
  }

  /** 【添加共济对象】, 共济对象信息 filled in, 【下一步】. */
  async function addMember(who: Identity, relation: string, name = who.name) {
    await button(page, '添加共济对象').click();
    const form = dialog(page, '共济对象信息');
    await form.getByLabel('姓名').fill(name);
    await form.getByLabel('证件号码').fill(who.certNo);
    await form.getByLabel('与参保人关系').click();
    await page
      .locator('.ant-select-dropdown:visible')
      .getByTitle(relation, { exact: true })
      .click();
    // the list folds away with an animation that would take the click meant for 【下一步】
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await button(form, '下一步').click();
    return form;
  }

  it('P15 shows the promise, the real date and the members, adds the wife and submits', async () => {
    await open(
      '个人账户家庭共济关系维护',
      '承诺书',
      '本人承诺添加的共济对象身份真实有效!',
      'mutual-aid-p15',
    );
    await page.waitForURL(/\/personal\/mutual-aid$/);
    const table = page.locator('.mutual-aid-members');
    await expect.poll(() => namesIn(table, 2)).toEqual(facts.members.map((m) => m.name));
    await rowsOf(table).first().getByText('子女').waitFor();
    const daughter = facts.family.find((f) => f.relation === '20')!;
    await rowsOf(table).first().getByText(maskCertNo(daughter.certNo)).waitFor();
    await noSideScroll(page);
    await screenshot(page, 'mutual-aid-p15-list');

    // a wrong name is refused at 【下一步】, next to the field
    const form = await addMember(wife, '配偶', '李晶');
    await form
      .locator('.ant-form-item-explain-error', { hasText: '姓名与证件号码不一致' })
      .waitFor();
    await settle(page);
    await screenshot(page, 'mutual-aid-p15-add-refused');
    await form.getByLabel('姓名').fill(wife.name);
    await button(form, '下一步').click();
    await expect.poll(() => form.isVisible()).toBe(false);
    await expect
      .poll(() => namesIn(table, 2))
      .toEqual([...facts.members.map((m) => m.name), wife.name]);
    await rowsOf(table).last().getByText('待提交').waitFor();
    await settle(page);
    await screenshot(page, 'mutual-aid-p15-added');

    await button(page, '提交').click();
    const result = page.locator('.ant-card', { hasText: '业务反馈结果' });
    await result.getByText('个人账户家庭共济关系维护成功').waitFor();
    await result.getByText(`添加共济对象：${wife.name}（配偶）`).waitFor();
    await result.getByText('审核状态：审核通过').waitFor();
    await settle(page);
    await screenshot(page, 'mutual-aid-p15-result');
  });

  it('P15 adds one and deletes one in one 提交; the list then shows who is in force', async () => {
    await button(page, '继续维护').click();
    const table = page.locator('.mutual-aid-members');
    await expect
      .poll(() => namesIn(table, 2))
      .toEqual([...facts.members.map((m) => m.name), wife.name]);
    await addMember(mother, '生母');
    await expect.poll(() => rowsOf(table).count()).toBe(4);

    await rowsOf(table)
      .filter({ hasText: wife.name })
      .getByRole('button', { name: /删\s*除/ })
      .click();
    const confirm = page.locator('.ant-modal-confirm', { hasText: '删除共济对象' });
    await confirm.getByText(`确定删除共济对象“${wife.name}”吗？`).waitFor();
    await settle(page);
    await screenshot(page, 'mutual-aid-p15-delete');
    await button(confirm, '确定').click();
    await expect
      .poll(() => namesIn(table, 2))
      .toEqual([...facts.members.map((m) => m.name), mother.name]);
    await page.getByText('本次待提交：添加1人，删除1人。').waitFor();

    await button(page, '提交').click();
    const result = page.locator('.ant-card', { hasText: '业务反馈结果' });
    await result.getByText(`添加共济对象：${mother.name}（生母）`).waitFor();
    await result.getByText(`删除共济对象：${wife.name}`).waitFor();
    await result.getByText('审核状态：审核通过').waitFor();

    // afterwards (a fresh load) the list holds those in force: not the deleted wife
    await page.reload();
    await button(dialog(page, '承诺书'), '取消').waitFor();
    // the dialog is still opening right after the reload: a click may land on its animation
    await settle(page);
    await dialog(page, '承诺书').getByRole('checkbox').check();
    await button(dialog(page, '承诺书'), '确定').click();
    await button(dialog(page, '操作提示'), '确定').click();
    await expect
      .poll(() => namesIn(page.locator('.mutual-aid-members'), 2))
      .toEqual([...facts.members.map((m) => m.name), mother.name]);
    await page.goto(`${base()}/personal/applications`);
    await page.locator('.server-table').getByText('个人账户家庭共济关系维护').first().waitFor();
  });

  it('P16 reorders the accounts he may use with 置顶 and 降序, and keeps the order', async () => {
    await open('共济账户使用顺序维护', '亲属真实关系承诺告知', '同意', 'mutual-aid-p16');
    await page.waitForURL(/\/personal\/mutual-aid-order$/);
    const table = page.locator('.mutual-aid-order');
    await expect.poll(() => namesIn(table, 2)).toEqual([wife.name, mother.name]);
    await page
      .getByText(
        '温馨提示: 本功能用于提示使用共济顺序扣款的顺序,设置成功后,将按照你设置的共济账户使用顺序进行扣除',
      )
      .waitFor();
    await page.getByText('总共2条 显示1-2条').waitFor();
    await noSideScroll(page);
    await screenshot(page, 'mutual-aid-p16-list');

    await page.getByRole('button', { name: `${mother.name} 置顶` }).click();
    await expect.poll(() => namesIn(table, 2)).toEqual([mother.name, wife.name]);
    await button(page, '重置').click();
    await expect.poll(() => namesIn(table, 2)).toEqual([wife.name, mother.name]);
    await page.getByRole('button', { name: `${wife.name} 降序` }).click();
    await expect.poll(() => namesIn(table, 2)).toEqual([mother.name, wife.name]);
    await expect.poll(() => namesIn(table, 0)).toEqual(['1', '2']);
    // the first can go no higher, the last no lower; 重置 brings back the saved order
    await expect(
      page.getByRole('button', { name: `${mother.name} 置顶` }).isDisabled(),
    ).resolves.toBe(true);
    await expect(
      page.getByRole('button', { name: `${mother.name} 降序` }).isDisabled(),
    ).resolves.toBe(false);
    await expect(
      page.getByRole('button', { name: `${wife.name} 置底` }).isDisabled(),
    ).resolves.toBe(true);
    await expect(button(page, '重置').isDisabled()).resolves.toBe(false);
    await settle(page);
    await screenshot(page, 'mutual-aid-p16-moved');

    await button(page, '提交').click();
    const result = page.locator('.ant-card', { hasText: '业务反馈结果' });
    await result.getByText('共济账户使用顺序维护成功').waitFor();
    await result.getByText(`共济账户使用顺序：1. ${mother.name}；2. ${wife.name}`).waitFor();
    await settle(page);
    await screenshot(page, 'mutual-aid-p16-result');
    expect(await drawOrderOf(facts.person.id)).toEqual([mother.name, wife.name]);

    await page.reload();
    const promise = dialog(page, '亲属真实关系承诺告知');
    await promise.getByRole('checkbox', { name: '同意' }).check();
    await button(promise, '确定').click();
    await button(dialog(page, '操作提示'), '确定').click();
    await expect
      .poll(() => namesIn(page.locator('.mutual-aid-order'), 2))
      .toEqual([mother.name, wife.name]);
  });

  it('P16 shows an empty list to a person nobody shares an account with; P15 refuses a resident', async () => {
    const resident = await browser.newContext({ ...desktop, baseURL: base() });
    await personLogin(resident.request, base(), '13800000003');
    const p = await resident.newPage();
    await p.goto(`${base()}/personal/mutual-aid-order`);
    const promise = dialog(p, '亲属真实关系承诺告知');
    await promise.getByRole('checkbox', { name: '同意' }).check();
    await button(promise, '确定').click();
    await button(dialog(p, '操作提示'), '确定').click();
    await p.getByText('暂无可使用的共济账户').waitFor();
    await expect(button(p, '提交').isDisabled()).resolves.toBe(true);
    await settle(p);
    await screenshot(p, 'mutual-aid-p16-empty');
    await p.goto(`${base()}/personal/mutual-aid`);
    await p
      .getByText('只有职工医保个人账户状态正常的参保人才能办理个人账户家庭共济关系维护')
      .waitFor();
    await screenshot(p, 'mutual-aid-p15-refused');
    await resident.close();
  });
});
