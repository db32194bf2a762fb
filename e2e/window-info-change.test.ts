import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { choose, launchBrowser, screenshot } from './browser';
import { openApplication, registerFreshUnit, unusedCertNo } from './fixtures-registry';
import {
  base,
  button,
  fieldError,
  fitsWidth,
  openMenuItem,
  query,
  settled,
  signIn,
  staffApi,
  viewport,
} from './fixtures-window';

/**
 * W14 单位参保信息变更登记 and W16 城乡居民参保信息变更登记 (guide 002 十四, 十六), both 即时办结
 * with 复核初审 and 复核复审:
 * 单位信息维护 — clerk01 finds a unit by 单位编号+enter, changes its 联系人姓名 and, with the
 * 关键信息变更辅助材料, its 单位名称; reviewer01 fails the 复核 and the old values are back.
 * 城乡居民参保维护 — clerk01 finds a resident and changes 手机号码 and 参保身份; reviewer01 finds
 * the 办件 under 城乡居民参保维护审核 by 证件号码 and passes the 复核初审, clerk01 the 复核复审;
 * 人员综合查询's 变更历史信息 shows the change.
 */

const UNIT_NAME = '北京信息变更测试有限公司';
const RENAMED = '北京信息变更更名有限公司';

/** A resident enrolled through the API (城乡居民新参保/续保, 即时办结): their certificate. */
async function enrolFreshResident(name: string): Promise<string> {
  const certNo = await unusedCertNo();
  const api = await staffApi('clerk01');
  const res = await api.post('/api/applications', {
    data: {
      businessCode: 'resident-enrolment-window',
      channel: 'window',
      materialIds: [],
      paperItems: ['id-document', 'enrolment-form'],
      payload: {
        regionCode: '110000',
        name,
        certType: '01',
        certNo,
        localHousehold: true,
        admissionCategory: '21',
        sex: Number(certNo[16]) % 2 === 1 ? '1' : '2',
        birthDate: '1988-03-12',
        ethnicity: '01',
        householdType: '11',
        householdDivisionCode: '110105',
        residenceDivisionCode: '110105',
        residenceAddress: '北京市朝阳区建国门外大街2号院',
        phone: '13766661111',
      },
    },
  });
  expect(res.status(), await res.text()).toBe(200);
  await api.dispose();
  return certNo;
}

const unitOf = async (unitNo: string) =>
  (
    await query<{ name: string; contact_name: string }>(
      'select name, contact_name from units where unit_no = $1',
      [unitNo],
    )
  )[0];

describe('window: 单位信息维护 and 城乡居民参保维护 (guide 002 十四, 十六)', () => {
  let browser: Browser;
  let clerk: Page;
  let reviewer: Page;
  let unitNo = '';
  let certNo = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    unitNo = await registerFreshUnit(UNIT_NAME);
    certNo = await enrolFreshResident('周雨桐');
    clerk = await (await browser.newContext({ viewport })).newPage();
    reviewer = await (await browser.newContext({ viewport })).newPage();
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return;
    await screenshot(clerk, 'failed-window-info-change-clerk');
    await screenshot(reviewer, 'failed-window-info-change-reviewer');
  });
  afterAll(async () => {
    await browser.close();
  });

  it('opens 参保管理 › 单位信息维护 and finds the unit by 单位编号+enter', async () => {
    await signIn(clerk, 'clerk01');
    await openMenuItem(clerk, '参保管理', '单位信息维护');
    await clerk.waitForURL(/\/window\/unit-info-change$/);
    await clerk.getByText('请输入单位编号，查询要维护信息的单位').waitFor();
    const lookup = clerk.getByPlaceholder('单位编号+enter或点击搜索查询');
    await lookup.fill('NOSUCHUNIT');
    await lookup.press('Enter');
    await clerk.getByText('未找到该单位编号的单位').waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-unit-info-not-found');

    await lookup.fill(unitNo);
    await button(clerk, '查询').click();
    const form = clerk.locator('.unit-change-form');
    for (const title of ['单位基本信息', '单位联系信息', '单位注册信息', '银行信息', '申办资料']) {
      await form.locator('.ant-card-head-title', { hasText: title }).waitFor();
    }
    await expect(clerk.getByLabel('单位名称', { exact: true }).inputValue()).resolves.toBe(
      UNIT_NAME,
    );
    await expect(clerk.getByLabel('联系人姓名', { exact: true }).inputValue()).resolves.toBe(
      '韩雪',
    );
    // the unit keeps its 医保区划; nothing changed yet: nothing to save
    await expect(clerk.getByLabel('医保区划', { exact: true }).isDisabled()).resolves.toBe(true);
    await expect(button(clerk, '保存').isDisabled()).resolves.toBe(true);
    await clerk.getByText('单位信息尚未修改，修改后才能保存。').waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-unit-info-found');
  });

  it('changes 联系人姓名 and 单位名称: the key change needs its 辅助材料; 即时办结', async () => {
    await clerk.getByLabel('联系人姓名', { exact: true }).fill('唐明');
    await clerk.getByLabel('单位名称', { exact: true }).fill(RENAMED);
    await clerk.getByText('变更了关键信息，须收取关键信息变更辅助材料').waitFor();
    await button(clerk, '保存').click();
    await fieldError(
      clerk,
      '请确认已收取纸质原件：《基本医疗保险参保单位信息变更登记表》（加盖单位公章）',
    ).waitFor();
    const received = (name: string) =>
      clerk.getByRole('checkbox', { name: `${name}：已收取纸质原件` });
    await received('《基本医疗保险参保单位信息变更登记表》（加盖单位公章）').check();
    await settled(clerk);
    await screenshot(clerk, 'window-unit-info-key-warning');

    // without the 关键信息变更辅助材料 the server refuses the key change
    await button(clerk, '保存').click();
    let dialog = clerk.getByRole('dialog');
    await dialog
      .locator('.ant-modal-confirm-title', { hasText: '确认保存单位信息变更吗？' })
      .waitFor();
    await expect(dialog.locator('.info-changes tbody tr').count()).resolves.toBe(2);
    const renamed = dialog.locator('.info-changes tr', { hasText: '单位名称' });
    await renamed.getByText(UNIT_NAME).waitFor();
    await renamed.getByText(RENAMED).waitFor();
    await screenshot(clerk, 'window-unit-info-confirm');
    await button(dialog, '确认保存').click();
    await fieldError(clerk, '变更了关键信息，请收取关键信息变更辅助材料（加盖单位公章）').waitFor();
    expect((await unitOf(unitNo))?.name).toBe(UNIT_NAME);

    await received('关键信息变更辅助材料（加盖单位公章）').check();
    await button(clerk, '保存').click();
    dialog = clerk.getByRole('dialog');
    await dialog.locator('.info-changes').waitFor();
    await button(dialog, '确认保存').click();
    const result = clerk.locator('.unit-change-result');
    await result.getByText('单位参保信息变更成功').waitFor();
    await result.locator('.application-status-tag', { hasText: '已办结待复核' }).waitFor();
    await result.getByText('2 项').waitFor();
    expect(await unitOf(unitNo)).toEqual({ name: RENAMED, contact_name: '唐明' });
    await settled(clerk);
    await screenshot(clerk, 'window-unit-info-result');
  });

  it('a failed 复核 restores the unit’s values from before the change', async () => {
    const id = await openApplication(clerk);
    const summary = clerk.locator('.info-change-summary');
    await summary.locator('tr', { hasText: '联系人姓名' }).getByText('唐明').waitFor();
    await clerk
      .locator('.payload-section', { hasText: '单位基本信息' })
      .getByText(RENAMED)
      .waitFor();
    await clerk.getByRole('button', { name: '审核通过' }).click();
    await clerk.getByRole('dialog').getByRole('button', { name: '确认通过' }).click();
    await clerk.locator('.review-facts').getByText('复核复审').waitFor();

    await signIn(reviewer, 'reviewer01');
    await reviewer.goto(`${base()}/window/applications/${id}`);
    await reviewer.locator('.review-facts').getByText('复核复审').waitFor();
    await reviewer.locator('.info-change-summary tr', { hasText: '单位名称' }).waitFor();
    await settled(reviewer);
    await screenshot(reviewer, 'window-unit-info-review');
    await reviewer.getByRole('button', { name: '审核不通过' }).click();
    const dialog = reviewer.getByRole('dialog');
    await dialog.getByPlaceholder('请输入不通过原因').fill('更名材料未加盖单位公章');
    await dialog.getByRole('button', { name: '确认不通过' }).click();
    await reviewer
      .locator('.review-facts .application-status-tag', { hasText: '复核不通过已撤销' })
      .waitFor();
    await settled(reviewer);
    await screenshot(reviewer, 'window-unit-info-revoked');
    expect(await unitOf(unitNo)).toEqual({ name: UNIT_NAME, contact_name: '韩雪' });
  });

  it('opens 城乡居民参保维护 and changes a resident’s 手机号码 and 参保身份', async () => {
    await openMenuItem(clerk, '参保管理', '城乡居民参保维护');
    await clerk.waitForURL(/\/window\/resident-info-change$/);
    await clerk
      .getByText('请输入证件类型和医保电子凭证/证件号码，查询要维护参保信息的城乡居民')
      .waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-resident-info-empty');
    const certInput = clerk.getByLabel('证件号码', { exact: true });
    await certInput.fill(certNo);
    await certInput.press('Enter');
    const form = clerk.locator('.resident-change-form');
    for (const title of ['人员基本信息', '联系信息', '申办资料']) {
      await form.locator('.ant-card-head-title', { hasText: title }).waitFor();
    }
    await form.locator('.resident-change-facts').getByText(certNo).waitFor();
    await expect(clerk.getByLabel('姓名', { exact: true }).inputValue()).resolves.toBe('周雨桐');
    await form.locator('.ant-select', { hasText: '城乡居民(成年)' }).waitFor();
    await expect(button(clerk, '保存').isDisabled()).resolves.toBe(true);
    await settled(clerk);
    await screenshot(clerk, 'window-resident-info-found');

    await clerk.getByLabel('手机号码', { exact: true }).fill('13766662222');
    await choose(clerk, '参保身份', '城乡居民(老年)');
    await choose(clerk, '政治面貌', '共青团员');
    await clerk.getByLabel('学籍编号', { exact: true }).fill('G2026090154321');
    const received = (name: string) =>
      clerk.getByRole('checkbox', { name: `${name}：已收取纸质原件` });
    await received('医保电子凭证或有效身份证件或金融社保卡').check();
    await received('《基本医疗保险城乡居民参保信息变更登记表》').check();
    await button(clerk, '保存').click();
    const dialog = clerk.getByRole('dialog');
    await dialog
      .locator('.ant-modal-confirm-title', { hasText: '确认保存城乡居民参保信息变更吗？' })
      .waitFor();
    await dialog
      .locator('.info-changes tr', { hasText: '参保身份' })
      .getByText('城乡居民(老年)')
      .waitFor();
    await dialog
      .locator('.info-changes tr', { hasText: '政治面貌' })
      .getByText('共青团员')
      .waitFor();
    await dialog
      .locator('.info-changes tr', { hasText: '学籍编号' })
      .getByText('G2026090154321')
      .waitFor();
    await expect(dialog.locator('.info-changes tbody tr').count()).resolves.toBe(4);
    await screenshot(clerk, 'window-resident-info-confirm');
    await button(dialog, '确认保存').click();
    const result = clerk.locator('.resident-change-result');
    await result.getByText('城乡居民参保信息变更成功').waitFor();
    await result.locator('.application-status-tag', { hasText: '已办结待复核' }).waitFor();
    const [person] = await query<{ phone: string; person_category: string }>(
      `select phone, person_category, political_status, student_no
         from persons where cert_no = $1`,
      [certNo],
    );
    expect(person).toEqual({
      phone: '13766662222',
      person_category: '22',
      political_status: '03',
      student_no: 'G2026090154321',
    });
    await settled(clerk);
    await screenshot(clerk, 'window-resident-info-result');
  });

  it('城乡居民参保维护审核: reviewer01 finds it by 证件号码, passes 复核初审; clerk01 the 复审', async () => {
    await openMenuItem(reviewer, '参保管理', '城乡居民参保维护审核');
    await reviewer.waitForURL(/\/window\/resident-info-change\/review$/);
    await reviewer.locator('.ant-card-head-title', { hasText: '查询条件' }).waitFor();
    await reviewer.getByLabel('证件号码', { exact: true }).fill(certNo);
    await button(reviewer, '查询').click();
    const row = reviewer.locator('.ant-table-row', { hasText: '周雨桐' });
    await row.getByText('城乡居民参保信息变更登记').waitFor();
    await row.getByText('个人', { exact: true }).waitFor();
    await row.getByText('复核初审').waitFor();
    await expect(reviewer.locator('.ant-table-row').count()).resolves.toBe(1);
    await settled(reviewer);
    await screenshot(reviewer, 'window-resident-info-review-list');

    await row.getByRole('link', { name: '审核' }).click();
    await reviewer.waitForURL(/\/window\/applications\/\d+$/);
    const id = Number(new URL(reviewer.url()).pathname.split('/').pop());
    await reviewer
      .locator('.info-change-summary tr', { hasText: '手机号码' })
      .getByText('13766662222')
      .waitFor();
    await settled(reviewer);
    await screenshot(reviewer, 'window-resident-info-review');
    await reviewer.getByRole('button', { name: '审核通过' }).click();
    await reviewer.getByRole('dialog').getByRole('button', { name: '确认通过' }).click();
    await reviewer.locator('.review-facts').getByText('复核复审').waitFor();

    await clerk.goto(`${base()}/window/applications/${id}`);
    await clerk.getByRole('button', { name: '审核通过' }).click();
    await clerk.getByRole('dialog').getByRole('button', { name: '确认通过' }).click();
    await clerk.locator('.review-facts .application-status-tag', { hasText: '审核通过' }).waitFor();

    // nothing waits any more
    await reviewer.goto(`${base()}/window/resident-info-change/review`);
    await reviewer.getByLabel('证件号码', { exact: true }).fill(certNo);
    await button(reviewer, '查询').click();
    await reviewer.locator('.ant-empty').first().waitFor();
  });

  it('人员综合查询’s 变更历史信息 shows the change with its 办件', async () => {
    await clerk.goto(`${base()}/window/person-query`);
    const certInput = clerk.getByLabel('证件号码', { exact: true });
    await certInput.fill(certNo);
    await certInput.press('Enter');
    await clerk.locator('.pq-person-header').getByText('周雨桐', { exact: true }).waitFor();
    await clerk.getByRole('tab', { name: '变更历史信息', exact: true }).click();
    const pane = clerk.locator('.pq-tabs').getByRole('tabpanel');
    const category = pane.locator('tr', { hasText: '人员类别' }).first();
    await category.getByText('城乡居民(老年)').waitFor();
    await category.getByText('城乡居民(成年)').waitFor();
    await pane.locator('tr', { hasText: '联系电话' }).first().getByText('13766662222').waitFor();
    await pane.locator('tr', { hasText: '政治面貌' }).first().getByText('共青团员').waitFor();
    await pane.locator('tr', { hasText: '学籍编号' }).first().getByText('G2026090154321').waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-resident-info-history');
  });

  it('looks right in elder mode', async () => {
    await clerk.goto(`${base()}/window/unit-info-change`);
    const lookup = clerk.getByPlaceholder('单位编号+enter或点击搜索查询');
    await clerk.getByRole('switch', { name: '长者模式（适老化）' }).click();
    await expect
      .poll(() => clerk.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)))
      .toBeGreaterThanOrEqual(18);
    await lookup.fill(unitNo);
    await lookup.press('Enter');
    await clerk.locator('.unit-change-form').waitFor();
    await settled(clerk);
    await fitsWidth(clerk);
    await screenshot(clerk, 'window-unit-info-elder');
    await clerk.goto(`${base()}/window/resident-info-change`);
    const certInput = clerk.getByLabel('证件号码', { exact: true });
    await certInput.fill(certNo);
    await certInput.press('Enter');
    await clerk.locator('.resident-change-form').waitFor();
    await settled(clerk);
    await fitsWidth(clerk);
    await screenshot(clerk, 'window-resident-info-elder');
    await clerk.getByRole('switch', { name: '长者模式（适老化）' }).click();
  });
});
