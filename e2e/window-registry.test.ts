import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { choose, launchBrowser, screenshot } from './browser';
import {
  confirmSave,
  demoResident,
  demoUnit,
  firstDayOfNextMonth,
  insertDeemedMonths,
  lastDayOfThisMonth,
  openApplication,
  pick,
  registerFreshUnit,
  requiredMonths,
  retirementCandidate,
  thisMonth,
  today,
  unusedCertNo,
  type RetirementCandidate,
  type Row,
} from './fixtures-registry';
import {
  base,
  button,
  fieldError,
  query,
  settled,
  signIn,
  viewport,
  openMenuItem,
} from './fixtures-window';

/**
 * The window's registry businesses after 新参保 (guide 002), each 即时办结 with 复核:
 * W12 (一) clerk01 enrols a new employee into a demo unit (310 正常参保), W12 (二) reduces them
 * again (终止参保); W13 (三) registers a special identity and W13 (二) suspends a demo resident
 * (暂停参保) — reviewer01 fails that 复核 and the enrolment is 正常参保 again; W11 (二) 注销 a unit
 * registered for the test; W12 (三) 在职转退休 of a demo employee, refused while the months fall
 * short, then — with the 视同缴费 months recorded — saved: 人员类别 12, 次月生效.
 */

const personCategoryOf = async (certNo: string) =>
  (
    await query<{ person_category: string }>(
      'select person_category from persons where cert_no = $1',
      [certNo],
    )
  )[0]?.person_category;

const enrolmentOf = async (certNo: string, insuranceType: string) =>
  (
    await query<{ status: string; end_date: string | null; contribution_base_fen: number }>(
      `select e.status, to_char(e.end_date, 'YYYY-MM-DD') as end_date, e.contribution_base_fen::int as contribution_base_fen
         from enrolments e join persons p on p.id = e.person_id
        where p.cert_no = $1 and e.insurance_type = $2 order by e.id desc limit 1`,
      [certNo, insuranceType],
    )
  )[0];

describe('window: 单位注销, 职工新参保/减少/在职转退休, 居民停保, 特殊身份登记 (guide 002)', () => {
  let browser: Browser;
  let clerk: Page;
  let reviewer: Page;
  let unit: { unit_no: string; name: string; members: number };
  let certNo = '';
  let identityResident: Row;
  let stoppedResident: Row;
  let retiree: RetirementCandidate;
  const menu = () => clerk.getByRole('navigation', { name: '综窗经办菜单' });

  beforeAll(async () => {
    browser = await launchBrowser();
    unit = await demoUnit();
    certNo = await unusedCertNo();
    identityResident = await demoResident(0);
    stoppedResident = await demoResident(1);
    retiree = await retirementCandidate();
    clerk = await (await browser.newContext({ viewport })).newPage();
    reviewer = await (await browser.newContext({ viewport })).newPage();
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return;
    const n = ctx.task.suite?.tasks.indexOf(ctx.task) ?? 0;
    await screenshot(clerk, `failed-window-registry-${n}-clerk`);
    await screenshot(reviewer, `failed-window-registry-${n}-reviewer`);
  });
  afterAll(async () => {
    await browser.close();
  });

  it('W12 (一) 单位职工新参保/续保: the form checks what is missing before 保存', async () => {
    await signIn(clerk, 'clerk01');
    await openMenuItem(clerk, '参保管理', '单位职工新参保/续保');
    await clerk.waitForURL(/\/window\/employee-enrolment$/);
    for (const title of ['单位信息', '人员基本信息', '联系信息', '参保信息', '申办资料']) {
      await clerk.locator('.ant-card-head-title', { hasText: title }).waitFor();
    }
    await expect(clerk.getByLabel('参保日期', { exact: true }).inputValue()).resolves.toBe(
      thisMonth(),
    );
    await button(clerk, '保存').click();
    await fieldError(clerk, '请输入单位编号').waitFor();
    await fieldError(clerk, '请输入证件号码').waitFor();
    await fieldError(clerk, '请输入姓名').waitFor();
    await fieldError(clerk, '请输入正确的11位手机号').waitFor();
    await fieldError(clerk, '请输入缴费工资').waitFor();
    await fieldError(clerk, '请确认已收取纸质原件').first().waitFor();
    await clerk.getByLabel('缴费工资', { exact: true }).fill('8500.123');
    await fieldError(clerk, '缴费工资格式不正确，最多两位小数').waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-employee-enrolment-errors');
  });

  it('W12 (一) enrols a new employee into a demo unit: 310 正常参保, the wage in fen', async () => {
    await clerk.goto(
      `${base()}/window/employee-enrolment?paper=change-form,employment-proof,wage-proof`,
    );
    await clerk.getByLabel('单位编号', { exact: true }).fill('11099999999');
    await clerk.getByLabel('证件号码', { exact: true }).fill(certNo);
    // a 居民身份证 states 性别 and 出生日期
    await expect(clerk.getByLabel('出生日期', { exact: true }).inputValue()).resolves.toBe(
      '1988-03-12',
    );
    await clerk.getByLabel('姓名', { exact: true }).fill('周文博');
    await pick(clerk, '首次参工日期', '2010-07-01');
    await choose(clerk, '学历', '大学本科');
    await choose(clerk, '政治面貌', '中共党员');
    await choose(clerk, '婚姻状态', '已婚');
    await choose(clerk, '户口性质', '本市城镇');
    await clerk.getByLabel('移动电话', { exact: true }).fill('13788880001');
    await clerk.getByLabel('电子邮箱', { exact: true }).fill('zhou.wenbo@example.cn');
    await clerk.getByLabel('缴费工资', { exact: true }).fill('8,500');
    await expect.poll(() => clerk.locator('.ant-form-item-explain-error').count()).toBe(0);
    await settled(clerk);
    await screenshot(clerk, 'window-employee-enrolment-filled');

    // the server's refusal of the unit lands on 单位编号
    await button(clerk, '保存').click();
    await confirmSave(clerk);
    await fieldError(clerk, '未找到该单位编号的单位').waitFor();
    await clerk.getByLabel('单位编号', { exact: true }).fill(unit.unit_no);
    await button(clerk, '保存').click();
    const dialog = clerk.getByRole('dialog');
    await dialog.getByText('8,500.00 元').waitFor();
    await screenshot(clerk, 'window-employee-enrolment-confirm');
    await confirmSave(clerk);

    const result = clerk.locator('.employee-enrolment-result');
    await result.getByText('单位职工新参保登记成功').waitFor();
    await result.locator('.application-status-tag', { hasText: '已办结待复核' }).waitFor();
    await result.getByText('8,500.00 元').waitFor();
    expect(await enrolmentOf(certNo, '310')).toMatchObject({
      status: '正常参保',
      contribution_base_fen: 850_000,
    });
    expect(
      await query('select political_status, marital_status from persons where cert_no = $1', [
        certNo,
      ]),
    ).toEqual([{ political_status: '01', marital_status: '20' }]);
    await settled(clerk);
    await screenshot(clerk, 'window-employee-enrolment-result');

    await openApplication(clerk);
    const basics = clerk.locator('.payload-section', { hasText: '人员基本信息' });
    await basics.getByText('大学本科').waitFor();
    await basics.getByText('中共党员').waitFor();
    await clerk.locator('.payload-section').getByText('8,500.00 元').waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-employee-enrolment-review');
  });

  it('W12 (二) 单位职工减少: the employee’s 310 ends on the last day of the month', async () => {
    await menu().getByText('单位职工减少').click();
    await clerk.waitForURL(/\/window\/employee-reduction$/);
    await button(clerk, '保存').click();
    await fieldError(clerk, '请选择减少原因').waitFor();
    await fieldError(clerk, '请选择停保日期').waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-employee-reduction-errors');

    await clerk.getByLabel('单位编号', { exact: true }).fill(unit.unit_no);
    await clerk.getByLabel('证件号码', { exact: true }).fill(certNo);
    await choose(clerk, '减少原因', '解除或终止劳动合同');
    await pick(clerk, '停保日期', thisMonth());
    await clerk.getByText(`停保于 ${lastDayOfThisMonth()}（所选月份最后一天）`).waitFor();
    await clerk.getByRole('checkbox', { name: /参保人员变动表.*已收取纸质原件/ }).check();
    await clerk.getByRole('checkbox', { name: /解除劳动合同证明书.*已收取纸质原件/ }).check();
    await settled(clerk);
    await screenshot(clerk, 'window-employee-reduction-filled');
    await button(clerk, '保存').click();
    await confirmSave(clerk);
    await clerk.locator('.employee-reduction-result').getByText('单位职工减少成功').waitFor();
    expect(await enrolmentOf(certNo, '310')).toMatchObject({
      status: '终止参保',
      end_date: lastDayOfThisMonth(),
    });
    await settled(clerk);
    await screenshot(clerk, 'window-employee-reduction-result');
  });

  it('W13 (三) 城乡居民特殊身份登记 of a demo resident', async () => {
    await clerk.goto(`${base()}/window/special-identity?paper=identity-proof`);
    await clerk.locator('.ant-card-head-title', { hasText: '人员特殊身份信息' }).waitFor();
    await clerk.getByLabel('证件号码', { exact: true }).fill(identityResident.cert_no);
    await choose(clerk, '特殊身份类型', '低保对象');
    await pick(clerk, '开始日期', `${thisMonth()}-01`);
    await pick(clerk, '结束日期', '2020-12-31');
    await fieldError(clerk, '结束日期不能早于开始日期').waitFor();
    await pick(clerk, '结束日期', '2027-12-31');
    await button(clerk, '保存').click();
    await fieldError(clerk, '请输入认定部门').waitFor();
    await clerk.getByLabel('认定部门', { exact: true }).fill('北京市朝阳区民政局');
    await settled(clerk);
    await screenshot(clerk, 'window-special-identity-filled');
    await button(clerk, '保存').click();
    await confirmSave(clerk);
    const result = clerk.locator('.special-identity-result');
    await result.getByText('城乡居民特殊身份登记成功').waitFor();
    await result.getByText('低保对象').waitFor();
    const rows = await query<{ identity_type: string; status: string }>(
      'select identity_type, status from special_identities where person_id = $1',
      [identityResident.id],
    );
    expect(rows).toMatchObject([{ identity_type: '12', status: '有效' }]);
    await settled(clerk);
    await screenshot(clerk, 'window-special-identity-result');

    // 继续办理: an empty form, none of the next one's originals received yet
    await button(clerk, '继续办理').click();
    await expect(clerk.getByLabel('证件号码', { exact: true }).inputValue()).resolves.toBe('');
    await expect(
      clerk.getByRole('checkbox', { name: '特殊人员资料证明：已收取纸质原件' }).isChecked(),
    ).resolves.toBe(false);
    expect(new URL(clerk.url()).search).toBe('');
  });

  it('W13 (二) 城乡居民停保: 暂停参保; reviewer01 fails the 复核 and it is 正常参保 again', async () => {
    await clerk.goto(`${base()}/window/resident-suspension?paper=stop-request`);
    await clerk.getByLabel('证件号码', { exact: true }).fill(stoppedResident.cert_no);
    await choose(clerk, '停保原因', '参加职工基本医疗保险');
    await pick(clerk, '停保日期', today());
    await settled(clerk);
    await screenshot(clerk, 'window-resident-suspension-filled');
    await button(clerk, '保存').click();
    await confirmSave(clerk);
    await clerk.locator('.resident-suspension-result').getByText('城乡居民停保成功').waitFor();
    expect((await enrolmentOf(stoppedResident.cert_no, '390'))?.status).toBe('暂停参保');
    await settled(clerk);
    await screenshot(clerk, 'window-resident-suspension-result');

    const id = await openApplication(clerk);
    await clerk.getByRole('button', { name: '审核通过' }).click();
    await clerk.getByRole('dialog').getByRole('button', { name: '确认通过' }).click();
    await clerk.locator('.review-facts').getByText('复核复审').waitFor();
    await signIn(reviewer, 'reviewer01');
    await reviewer.goto(`${base()}/window/applications/${id}`);
    const section = reviewer.locator('.payload-section', { hasText: '停保信息' });
    await section.getByText('参加职工基本医疗保险').waitFor();
    await settled(reviewer);
    await screenshot(reviewer, 'window-resident-suspension-review');
    await reviewer.getByRole('button', { name: '审核不通过' }).click();
    const dialog = reviewer.getByRole('dialog');
    await dialog.getByPlaceholder('请输入不通过原因').fill('停保申请未经本人签字');
    await dialog.getByRole('button', { name: '确认不通过' }).click();
    await reviewer
      .locator('.review-facts .application-status-tag', { hasText: '复核不通过已撤销' })
      .waitFor();
    expect((await enrolmentOf(stoppedResident.cert_no, '390'))?.status).toBe('正常参保');
  });

  it('W11 (二) 单位注销: refused with members, done for a unit nobody is insured through', async () => {
    const fresh = await registerFreshUnit('北京青禾文化传播有限公司');
    await menu().getByText('单位注销').click();
    await clerk.waitForURL(/\/window\/unit-deregistration$/);
    for (const title of ['单位信息', '变更信息', '申办资料']) {
      await clerk.locator('.ant-card-head-title', { hasText: title }).waitFor();
    }
    await button(clerk, '保存').click();
    await fieldError(clerk, '请输入单位编号').waitFor();
    await fieldError(clerk, '请选择注销日期').waitFor();
    await fieldError(clerk, '请选择注销原因').waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-unit-deregistration-errors');

    await clerk.getByLabel('单位编号', { exact: true }).fill(unit.unit_no);
    await pick(clerk, '注销日期', today());
    await choose(clerk, '注销原因', '依法解散');
    await clerk.getByLabel('备注', { exact: true }).fill('股东会决议解散');
    for (const name of ['《社会保险注销登记表》', '注销或解散等文件复印件']) {
      await clerk.getByRole('checkbox', { name: new RegExp(`${name}.*已收取纸质原件`) }).check();
    }
    await button(clerk, '保存').click();
    await confirmSave(clerk);
    await fieldError(clerk, '请先办理单位职工减少').waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-unit-deregistration-refused');

    await clerk.getByLabel('单位编号', { exact: true }).fill(fresh);
    await button(clerk, '保存').click();
    await confirmSave(clerk);
    const result = clerk.locator('.unit-dereg-result');
    await result.getByText('单位注销成功').waitFor();
    await result.getByText('北京青禾文化传播有限公司').waitFor();
    const [row] = await query<{ status: string }>('select status from units where unit_no = $1', [
      fresh,
    ]);
    expect(row?.status).toBe('注销');
    await settled(clerk);
    await screenshot(clerk, 'window-unit-deregistration-result');
  });

  it('W12 (三) 在职转退休: refused while the months fall short, saved once they suffice', async () => {
    await menu().getByText('单位职工在职转退休').click();
    await clerk.waitForURL(/\/window\/employee-retirement$/);
    await clerk.getByText('请输入证件类型和证件号码，查询要办理在职转退休的职工').waitFor();
    const certInput = clerk.getByLabel('证件号码', { exact: true });
    await certInput.fill(await unusedCertNo());
    await certInput.press('Enter');
    await clerk.getByText('未找到该证件号码的参保人员').waitFor();

    const missing = requiredMonths(retiree.sex) - retiree.deemed - retiree.paid;
    expect(missing).toBeGreaterThan(0);
    await certInput.fill(retiree.cert_no);
    await certInput.press('Enter');
    const figures = clerk.locator('.retirement-figures');
    await figures.getByText(`${missing} 个月`).waitFor();
    await clerk.locator('.retirement-refusal').getByText(`差额${missing}个月`).waitFor();
    await expect(button(clerk, '保存').isDisabled()).resolves.toBe(true);
    await settled(clerk);
    await screenshot(clerk, 'window-employee-retirement-short');

    // the 视同缴费年限认定表 recorded: the guide's page links here with the originals it ticked
    await insertDeemedMonths(retiree.id, missing);
    await clerk.goto(`${base()}/window/employee-retirement?paper=change-form,deemed-years`);
    await certInput.fill(retiree.cert_no);
    await certInput.press('Enter');
    await figures.getByText(`${retiree.deemed + missing} 个月`).waitFor();
    await expect(clerk.locator('.retirement-refusal').count()).resolves.toBe(0);
    await choose(clerk, '社保离退类型', '退休');
    await pick(clerk, '社保离退时间', `${thisMonth()}-01`);
    await clerk.getByLabel('离退休工资', { exact: true }).fill('6321.5');
    await button(clerk, '保存').click();
    await fieldError(clerk, '请确认已收取纸质原件：《退休证》复印件').waitFor();
    for (const item of ['retirement-certificate', 'retirement-approval', 'pension-proof']) {
      await clerk.locator(`.window-paper-material[data-item="${item}"] input`).check();
    }
    await settled(clerk);
    await screenshot(clerk, 'window-employee-retirement-filled');
    await button(clerk, '保存').click();
    await clerk.getByRole('dialog').getByText('6,321.50 元').waitFor();
    await confirmSave(clerk);
    const result = clerk.locator('.employee-retirement-result');
    await result.getByText('在职转退休办理成功').waitFor();
    await result.getByText(`${firstDayOfNextMonth()}（次月生效）`).waitFor();
    expect(await personCategoryOf(retiree.cert_no)).toBe('12');
    await settled(clerk);
    await screenshot(clerk, 'window-employee-retirement-result');
    await openApplication(clerk);
    await clerk
      .locator('.payload-section', { hasText: '退休信息' })
      .getByText('6,321.50 元')
      .waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-employee-retirement-review');
  });

  it('looks right in elder mode', async () => {
    await clerk.goto(`${base()}/window/employee-enrolment`);
    await clerk.locator('.ant-card-head-title', { hasText: '参保信息' }).waitFor();
    await clerk.getByRole('switch', { name: '长者模式（适老化）' }).click();
    await settled(clerk);
    await screenshot(clerk, 'window-employee-enrolment-elder');
    await clerk.goto(`${base()}/window/employee-retirement`);
    const certInput = clerk.getByLabel('证件号码', { exact: true });
    await certInput.fill(retiree.cert_no);
    await certInput.press('Enter');
    await clerk.locator('.retirement-figures').waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-employee-retirement-elder');
    await clerk.getByRole('switch', { name: '长者模式（适老化）' }).click();
  });
});
