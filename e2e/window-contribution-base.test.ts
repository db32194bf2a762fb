import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { choose, launchBrowser, screenshot } from './browser';
import {
  base,
  button,
  fieldError,
  openMenuItem,
  query,
  settled,
  signIn,
  viewport,
} from './fixtures-window';

/**
 * Guide 002's window items on posts and contribution bases, each 即时办结 with 复核初审 and
 * 复核复审:
 * W15 (二) 单位职工职务职级职称变更 at 人员重要信息维护 — clerk01 sets a demo employee's 行政职务
 * and 专业技术职务等级; 人员综合查询's 变更历史信息 shows it; reviewer01 fails the 复核 and the
 * values before are back.
 * W15 (三) 单位职工缴费基数变更 at 缴费工资变更核定 — 单位编号+enter, the unit's 个人信息列表, 变更:
 * a base under the floor is refused, a good one applies from the next month; 审核通过.
 * W11 (三) 单位缴费基数申报书面稽核 — the unit's declared figures against the audited ones, the
 * result and the 稽核意见; reviewer01 fails the 复核 and the record is revoked.
 */

interface DemoEmployee {
  person_id: number;
  enrolment_id: number;
  name: string;
  cert_no: string;
  base: number;
}
interface DemoUnit {
  id: number;
  unit_no: string;
  uscc: string;
  unit_type: string;
  name: string;
  heads: number;
  total: number;
}

/** A 北京市 unit with a few employees in service (310 在职 正常参保) and no audit this year. */
async function demoUnit(): Promise<DemoUnit> {
  const [row] = await query<DemoUnit>(
    `select u.id, u.unit_no, u.uscc, u.unit_type, u.name, count(*)::int as heads,
            sum(e.contribution_base_fen)::bigint as total
       from units u join enrolments e on e.unit_id = u.id
      where u.region_code = '110000' and u.status = '正常'
        and e.insurance_type = '310' and e.person_type = '11' and e.status = '正常参保'
        and not exists (select 1 from unit_base_audits a where a.unit_id = u.id)
      group by u.id having count(*) between 2 and 30
      order by u.id limit 1`,
  );
  expect(row).toBeDefined();
  return { ...row!, total: Number(row!.total) };
}

/** An employee in service of the unit, the one listed first (by 个人编号). */
async function employeeOf(unitId: number): Promise<DemoEmployee> {
  const [row] = await query<DemoEmployee>(
    `select p.id as person_id, e.id as enrolment_id, p.name, p.cert_no,
            e.contribution_base_fen::int as base
       from enrolments e join persons p on p.id = e.person_id
      where e.unit_id = $1 and e.insurance_type = '310' and e.person_type = '11'
        and e.status = '正常参保' and p.status = '正常' and p.cert_type = '01'
      order by p.person_no, e.id limit 1`,
    [unitId],
  );
  expect(row).toBeDefined();
  return row!;
}

const personPosts = async (personId: number) =>
  (
    await query<{ admin_post: string; tech_title_level: string; vocational_level: string }>(
      'select admin_post, tech_title_level, vocational_level from persons where id = $1',
      [personId],
    )
  )[0];

/** The application the result's 查看办件 opens: its id from the review page's address. */
async function openApplication(page: Page): Promise<number> {
  await page.getByRole('link', { name: '查看办件' }).click();
  await page.waitForURL(/\/window\/applications\/\d+$/);
  return Number(new URL(page.url()).pathname.split('/').pop());
}

/** clerk01 passes 复核初审; the reviewer then decides 复核复审 (pass or fail with a reason). */
async function review(clerk: Page, reviewer: Page, id: number, fail: string | null, shot: string) {
  await clerk.getByRole('button', { name: '审核通过' }).click();
  await clerk.getByRole('dialog').getByRole('button', { name: '确认通过' }).click();
  await clerk.locator('.review-facts').getByText('复核复审').waitFor();
  await reviewer.goto(`${base()}/window/applications/${id}`);
  await reviewer.locator('.review-facts').getByText('复核复审').waitFor();
  await settled(reviewer);
  await screenshot(reviewer, shot);
  if (fail === null) {
    await reviewer.getByRole('button', { name: '审核通过' }).click();
    await reviewer.getByRole('dialog').getByRole('button', { name: '确认通过' }).click();
    await reviewer
      .locator('.review-facts .application-status-tag', { hasText: '审核通过' })
      .waitFor();
    return;
  }
  await reviewer.getByRole('button', { name: '审核不通过' }).click();
  const dialog = reviewer.getByRole('dialog');
  await dialog.getByPlaceholder('请输入不通过原因').fill(fail);
  await dialog.getByRole('button', { name: '确认不通过' }).click();
  await reviewer
    .locator('.review-facts .application-status-tag', { hasText: '复核不通过已撤销' })
    .waitFor();
}

describe('window: 职务职级职称变更, 缴费基数变更 and 缴费基数申报书面稽核 (guide 002)', () => {
  let browser: Browser;
  let clerk: Page;
  let reviewer: Page;
  let unit: DemoUnit;
  let employee: DemoEmployee;

  const received = (page: Page, name: string) =>
    page.getByRole('checkbox', { name: `${name}：已收取纸质原件` });

  beforeAll(async () => {
    browser = await launchBrowser();
    unit = await demoUnit();
    employee = await employeeOf(unit.id);
    clerk = await (await browser.newContext({ viewport })).newPage();
    reviewer = await (await browser.newContext({ viewport })).newPage();
    await signIn(reviewer, 'reviewer01');
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return;
    await screenshot(clerk, 'failed-window-contribution-base-clerk');
    await screenshot(reviewer, 'failed-window-contribution-base-reviewer');
  });
  afterAll(async () => {
    await browser.close();
  });

  it('人员重要信息维护: finds the employee and changes 行政职务 and 专业技术职务等级', async () => {
    await signIn(clerk, 'clerk01');
    await openMenuItem(clerk, '参保管理', '人员重要信息维护');
    await clerk.waitForURL(/\/window\/employee-post$/);
    await clerk.getByText('请输入证件类型和证件号码，查询要维护职务职级职称的职工').waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-employee-post-empty');

    const certInput = clerk.getByLabel('证件号码', { exact: true });
    await certInput.fill(employee.cert_no);
    await certInput.press('Enter');
    const form = clerk.locator('.employee-post-form');
    await form.locator('.ant-card-head-title', { hasText: '人员基本信息' }).waitFor();
    await form.locator('.employee-post-facts').getByText(employee.cert_no).waitFor();
    await form.locator('.employee-post-facts').getByText(employee.name).waitFor();
    await form.getByText('首次参工日期').waitFor();
    // nothing changed yet: nothing to save
    await expect(button(clerk, '保存').isDisabled()).resolves.toBe(true);
    await settled(clerk);
    await screenshot(clerk, 'window-employee-post-found');

    await choose(clerk, '行政职务', '县处级正职');
    await choose(clerk, '专业技术职务等级', '中级');
    await expect.poll(() => button(clerk, '保存').isEnabled()).toBe(true);
    await button(clerk, '保存').click();
    await fieldError(
      clerk,
      '请确认已收取纸质原件：《医疗保险参保人员职务职级或职称信息备案表》、任职或聘任或降职或解聘等职务职级职称变更证明文件复印件',
    ).waitFor();
    await received(clerk, '《医疗保险参保人员职务职级或职称信息备案表》').check();
    await received(clerk, '任职或聘任或降职或解聘等职务职级职称变更证明文件复印件').check();
    await settled(clerk);
    await screenshot(clerk, 'window-employee-post-filled');
    await button(clerk, '保存').click();
    const dialog = clerk.getByRole('dialog');
    await dialog
      .locator('.ant-modal-confirm-title', { hasText: '确认保存职务职级职称变更吗？' })
      .waitFor();
    await dialog.locator('tr', { hasText: '行政职务' }).getByText('县处级正职').waitFor();
    await dialog.locator('tr', { hasText: '专业技术职务等级' }).getByText('中级').waitFor();
    await screenshot(clerk, 'window-employee-post-confirm');
    await button(dialog, '确认保存').click();

    const result = clerk.locator('.employee-post-result');
    await result.getByText('单位职工职务职级职称变更成功').waitFor();
    await result.locator('.application-status-tag', { hasText: '已办结待复核' }).waitFor();
    await result.getByText('复核初审', { exact: true }).waitFor();
    expect(await personPosts(employee.person_id)).toEqual({
      admin_post: '4A',
      tech_title_level: '3',
      vocational_level: '',
    });
    await settled(clerk);
    await screenshot(clerk, 'window-employee-post-result');
  });

  it('人员综合查询 shows the change in 变更历史信息', async () => {
    await clerk.goto(`${base()}/window/person-query`);
    const certNo = clerk.getByLabel('证件号码', { exact: true });
    await certNo.fill(employee.cert_no);
    await certNo.press('Enter');
    await clerk.locator('.pq-person-header').getByText(employee.name, { exact: true }).waitFor();
    await clerk.getByRole('tab', { name: '变更历史信息', exact: true }).click();
    const pane = clerk.locator('.pq-tabs').getByRole('tabpanel');
    await pane.locator('tr', { hasText: '行政职务' }).getByText('县处级正职').waitFor();
    await pane.locator('tr', { hasText: '专业技术职务等级' }).getByText('中级').waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-employee-post-history');
  });

  it('a failed 复核 restores the 职务职级职称 from before', async () => {
    const [app] = await query<{ id: number }>(
      `select id from applications where business_code = 'employee-post-change'
         and subject_person_id = $1 order by id desc limit 1`,
      [employee.person_id],
    );
    const id = Number(app!.id);
    await clerk.goto(`${base()}/window/applications/${id}`);
    const section = clerk.locator('.payload-section', { hasText: '人员基本信息' });
    await section.getByText('县处级正职').waitFor();
    await section.getByText(employee.cert_no).waitFor();
    await review(clerk, reviewer, id, '任职文件与备案表不一致', 'window-employee-post-review');
    await settled(reviewer);
    await screenshot(reviewer, 'window-employee-post-revoked');
    expect(await personPosts(employee.person_id)).toEqual({
      admin_post: '',
      tech_title_level: '',
      vocational_level: '',
    });
  });

  it('缴费工资变更核定: 单位编号+enter, 个人信息列表, a base under the floor is refused', async () => {
    await openMenuItem(clerk, '参保管理', '缴费工资变更核定');
    await clerk.waitForURL(/\/window\/contribution-base$/);
    await clerk.getByText('请输入单位编号，查询要变更缴费基数的单位').waitFor();
    const unitNo = clerk.getByPlaceholder('单位编号+enter或点击搜索查询');
    await unitNo.fill('NOSUCHUNIT');
    await unitNo.press('Enter');
    await clerk.getByText('未找到该单位编号的单位').waitFor();
    await unitNo.fill(unit.unit_no);
    await unitNo.press('Enter');
    const facts = clerk.locator('.base-change-unit');
    await facts.getByText(unit.name).waitFor();
    await clerk.getByText(/下限6,000.00 元、上限30,000.00 元（示例参数）/).waitFor();
    const table = clerk.locator('.server-table');
    await table.getByText(`总共 ${unit.heads} 条`).waitFor();
    // certificate numbers are masked in the list
    const masked = `${employee.cert_no.slice(0, 2)}*****${employee.cert_no.slice(-2)}`;
    const row = table.locator('tr', { hasText: masked }).filter({ hasText: employee.name });
    await row.waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-contribution-base-list');

    await clerk.getByLabel('姓名', { exact: true }).fill(employee.name);
    await button(clerk, '查询').click();
    await table.getByText('总共 1 条').waitFor();
    await row.getByRole('button', { name: '变更' }).click();
    const form = clerk.locator('.base-change-form');
    await form.locator('.base-change-facts').getByText(employee.name).waitFor();
    const base = clerk.getByLabel('变更后缴费基数', { exact: true });
    await base.fill('5999.99');
    await base.blur();
    await fieldError(clerk, '缴费基数不能低于缴费基数下限6000.00元').waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-contribution-base-too-low');
  });

  it('a good base is saved 即时办结, applies from the next month; 复核 passes', async () => {
    const newFen = employee.base === 888_888 ? 777_777 : 888_888;
    const base = clerk.getByLabel('变更后缴费基数', { exact: true });
    await base.fill((newFen / 100).toFixed(2));
    await expect.poll(() => fieldError(clerk, '缴费基数').count()).toBe(0);
    for (const name of [
      '《城镇职工医疗保险参保人员变动表》（加盖单位公章）',
      '情况说明（稽核科签字盖章）',
      '工资待遇审批表',
    ]) {
      await received(clerk, name).check();
    }
    await settled(clerk);
    await screenshot(clerk, 'window-contribution-base-filled');
    await button(clerk, '保存').click();
    const dialog = clerk.getByRole('dialog');
    await dialog
      .locator('.ant-modal-confirm-title', { hasText: '确认变更该职工的缴费基数吗？' })
      .waitFor();
    await dialog.getByText(/新缴费基数自\d{4}年\d{2}月起生效/).waitFor();
    await screenshot(clerk, 'window-contribution-base-confirm');
    await button(dialog, '确认保存').click();

    const result = clerk.locator('.base-change-result');
    await result.getByText('单位职工缴费基数变更成功').waitFor();
    await result.locator('.application-status-tag', { hasText: '已办结待复核' }).waitFor();
    const [enrolment] = await query<{ base: string; from: number }>(
      `select contribution_base_fen as base, contribution_base_from as from
         from enrolments where id = $1`,
      [employee.enrolment_id],
    );
    expect(Number(enrolment!.base)).toBe(newFen);
    // 次月生效: the month after today in Beijing time (the server's clock is the real one here)
    const beijing = new Date(Date.now() + 8 * 3600_000);
    const next = new Date(Date.UTC(beijing.getUTCFullYear(), beijing.getUTCMonth() + 1, 1));
    expect(enrolment!.from).toBe(next.getUTCFullYear() * 100 + next.getUTCMonth() + 1);
    await settled(clerk);
    await screenshot(clerk, 'window-contribution-base-result');

    const id = await openApplication(clerk);
    await clerk.locator('.payload-section', { hasText: '缴费基数变更' }).waitFor();
    await review(clerk, reviewer, id, null, 'window-contribution-base-review');
    const [after] = await query<{ base: string }>(
      'select contribution_base_fen as base from enrolments where id = $1',
      [employee.enrolment_id],
    );
    expect(Number(after!.base)).toBe(newFen);
  });

  it('单位缴费基数申报书面稽核: the declared figures, the audited ones and the result', async () => {
    const [declared] = await query<{ heads: number; total: string; retirees: number }>(
      `select count(*) filter (where person_type = '11')::int as heads,
              coalesce(sum(contribution_base_fen) filter (where person_type = '11'), 0) as total,
              count(*) filter (where person_type = '12')::int as retirees
         from enrolments
        where unit_id = $1 and insurance_type = '310' and status = '正常参保'`,
      [unit.id],
    );
    const total = Number(declared!.total);
    await openMenuItem(clerk, '参保管理', '单位缴费基数申报书面稽核');
    await clerk.waitForURL(/\/window\/unit-base-audit$/);
    await settled(clerk);
    const unitNo = clerk.getByPlaceholder('单位编号+enter或点击搜索查询');
    await unitNo.fill(unit.unit_no);
    await unitNo.press('Enter');
    const facts = clerk.locator('.unit-audit-declared');
    await facts.getByText(unit.name).waitFor();
    await facts.getByText(`${declared!.heads}人`, { exact: true }).first().waitFor();
    const category =
      /^1[12]/.test(unit.uscc) || unit.unit_type === 'institution' ? '财政全额拨款' : '企业单位';
    await clerk.locator('.unit-audit-records .ant-alert-title', { hasText: category }).waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-unit-base-audit-declared');

    await clerk.getByLabel('核定在职职工人数', { exact: true }).fill(String(declared!.heads));
    await clerk
      .getByLabel('核定缴费基数总额', { exact: true })
      .fill(((total + 100_000) / 100).toFixed(2));
    await clerk.getByLabel('核定退休人员人数', { exact: true }).fill(String(declared!.retirees));
    await clerk.locator('.unit-audit-verdict').getByText('申报偏低').waitFor();
    await clerk
      .locator('.unit-audit-verdict')
      .getByText(/相差1,000.00 元（少报）/)
      .waitFor();
    for (const c of await clerk.locator('.window-paper-material .ant-checkbox-input').all()) {
      await c.check();
    }
    await button(clerk, '保存').click();
    await fieldError(clerk, '稽核结果与申报不符，请填写稽核意见').waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-unit-base-audit-no-opinion');
    await clerk
      .getByLabel('稽核意见', { exact: true })
      .fill('工资发放花名册显示申报偏低，需办理差额补收');
    await button(clerk, '保存').click();
    const dialog = clerk.getByRole('dialog');
    await dialog
      .locator('.ant-modal-confirm-title', { hasText: '确认保存书面稽核结果吗？' })
      .waitFor();
    await screenshot(clerk, 'window-unit-base-audit-confirm');
    await button(dialog, '确认保存').click();

    const result = clerk.locator('.unit-audit-result');
    await result.getByText('单位缴费基数申报书面稽核已保存').waitFor();
    await result.getByText('申报偏低').waitFor();
    const [audit] = await query<{ result: string; difference_fen: string; status: string }>(
      'select result, difference_fen, status from unit_base_audits where unit_id = $1',
      [unit.id],
    );
    expect(audit).toMatchObject({ result: 'under', status: '有效' });
    expect(Number(audit!.difference_fen)).toBe(100_000);
    await settled(clerk);
    await screenshot(clerk, 'window-unit-base-audit-result');

    // once on record, the year's audit is not done twice
    await button(result, '继续办理').click();
    await clerk
      .locator('.unit-audit-existing')
      .getByText(/缴费基数申报已书面稽核，不能重复办理/)
      .waitFor();
  });

  it('a failed 复核 revokes the audit record', async () => {
    const [audit] = await query<{ application_id: number }>(
      'select application_id from unit_base_audits where unit_id = $1',
      [unit.id],
    );
    const id = Number(audit!.application_id);
    await clerk.goto(`${base()}/window/applications/${id}`);
    await clerk.locator('.payload-section', { hasText: '稽核信息' }).waitFor();
    await review(clerk, reviewer, id, '工资发放花名册未加盖公章', 'window-unit-base-audit-review');
    const [revoked] = await query<{ status: string }>(
      'select status from unit_base_audits where unit_id = $1',
      [unit.id],
    );
    expect(revoked!.status).toBe('已撤销');
  });
});
