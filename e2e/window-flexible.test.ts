import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { choose, launchBrowser, screenshot } from './browser';
import {
  confirmSave,
  demoUnit,
  firstDayOfNextMonth,
  insertDeemedMonths,
  openApplication,
  pick,
  requiredMonths,
  thisMonth,
  today,
  unusedCertNo,
} from './fixtures-registry';
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
 * The window's flexible-employment businesses (guide 002 十二 (四)–(六)), each 即时办结 with 复核:
 * clerk01 enrols a new worker through the demo 灵活就业代管机构 (310, 人员类型 灵活就业), then
 * 停保 them (暂停参保 with 中断日期, 中断原因 and 备注) — reviewer01 fails that 复核 and the
 * enrolment is 正常参保 again — and finally 在职转退休: refused while the months fall short and
 * while a month is owed, saved once neither holds (人员类别 灵活就业退休人员, 次月生效).
 */

interface Enrolment {
  status: string;
  person_type: string;
  end_date: string | null;
  stop_reason: string | null;
  stop_remark: string | null;
  contribution_base_fen: number;
}

const enrolmentOf = async (certNo: string) =>
  (
    await query<Enrolment>(
      `select e.status, e.person_type, to_char(e.end_date, 'YYYY-MM-DD') as end_date,
              e.stop_reason, e.stop_remark, e.contribution_base_fen::int as contribution_base_fen
         from enrolments e join persons p on p.id = e.person_id
        where p.cert_no = $1 and e.insurance_type = '310' order by e.id desc limit 1`,
      [certNo],
    )
  )[0];

const personOf = async (certNo: string) =>
  (
    await query<{ id: number; sex: string; person_category: string }>(
      'select id::int, sex, person_category from persons where cert_no = $1',
      [certNo],
    )
  )[0]!;

/** The demo 灵活就业代管机构 of 北京市. */
const demoAgency = async () =>
  (
    await query<{ unit_no: string; name: string }>(
      `select unit_no, name from units where region_code = '110000' and status = '正常'
          and unit_type = 'agency-flex' order by id limit 1`,
    )
  )[0]!;

describe('window: 灵活就业人员新参保/续保, 停保, 在职转退休 (guide 002 十二 (四)–(六))', () => {
  let browser: Browser;
  let clerk: Page;
  let reviewer: Page;
  let agency: { unit_no: string; name: string };
  let employer: { unit_no: string };
  let certNo = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    agency = await demoAgency();
    employer = await demoUnit();
    certNo = await unusedCertNo();
    clerk = await (await browser.newContext({ viewport })).newPage();
    reviewer = await (await browser.newContext({ viewport })).newPage();
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return;
    const n = ctx.task.suite?.tasks.indexOf(ctx.task) ?? 0;
    await screenshot(clerk, `failed-window-flexible-${n}-clerk`);
    await screenshot(reviewer, `failed-window-flexible-${n}-reviewer`);
  });
  afterAll(async () => {
    await browser.close();
  });

  /** 人员查询 by 证件号码 on a flexible page. */
  const lookUp = async (page: Page, cert: string) => {
    const input = page.getByLabel('证件号码', { exact: true });
    await input.fill(cert);
    await input.press('Enter');
  };

  it('(四) 灵活就业人员新参保/续保: the form checks what is missing before 保存', async () => {
    await signIn(clerk, 'clerk01');
    await openMenuItem(clerk, '参保管理', '灵活就业人员新参保/续保');
    await clerk.waitForURL(/\/window\/flexible-enrolment$/);
    for (const title of ['单位信息', '人员基本信息', '联系信息', '参保信息', '申办资料']) {
      await clerk.locator('.ant-card-head-title', { hasText: title }).waitFor();
    }
    await button(clerk, '保存').click();
    await fieldError(clerk, '请输入单位编号').waitFor();
    await fieldError(clerk, '请输入证件号码').waitFor();
    await fieldError(clerk, '请输入缴费基数').waitFor();
    await fieldError(clerk, '请确认已收取纸质原件').first().waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-flexible-enrolment-errors');
  });

  it('(四) enrols a new worker through the agency only: 310 灵活就业, the base in fen', async () => {
    await clerk.goto(`${base()}/window/flexible-enrolment?paper=id-document,declaration-form`);
    await clerk.getByLabel('单位编号', { exact: true }).fill(employer.unit_no);
    await clerk.getByLabel('证件号码', { exact: true }).fill(certNo);
    await expect(clerk.getByLabel('出生日期', { exact: true }).inputValue()).resolves.toBe(
      '1988-03-12',
    );
    await clerk.getByLabel('姓名', { exact: true }).fill('林晓雨');
    await pick(clerk, '首次参工日期', '2010-09-01');
    await choose(clerk, '学历', '大学本科');
    await clerk.getByLabel('移动电话', { exact: true }).fill('13788880002');
    await clerk.getByLabel('缴费基数', { exact: true }).fill('6,200');
    await settled(clerk);
    await screenshot(clerk, 'window-flexible-enrolment-filled');

    // an ordinary employer is no agency: the refusal lands on 单位编号
    await button(clerk, '保存').click();
    await confirmSave(clerk);
    await fieldError(clerk, '该单位不是灵活就业代管机构').waitFor();
    await clerk.getByLabel('单位编号', { exact: true }).fill(agency.unit_no);
    await button(clerk, '保存').click();
    await clerk.getByRole('dialog').getByText('6,200.00 元').waitFor();
    await confirmSave(clerk);

    const result = clerk.locator('.flexible-enrolment-result');
    await result.getByText('灵活就业人员新参保登记成功').waitFor();
    await result.locator('.application-status-tag', { hasText: '已办结待复核' }).waitFor();
    expect(await enrolmentOf(certNo)).toMatchObject({
      status: '正常参保',
      person_type: '14',
      contribution_base_fen: 620_000,
    });
    expect((await personOf(certNo)).person_category).toBe('14');
    await settled(clerk);
    await screenshot(clerk, 'window-flexible-enrolment-result');

    await openApplication(clerk);
    await clerk
      .locator('.payload-section', { hasText: '参保信息' })
      .getByText('6,200.00 元')
      .waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-flexible-enrolment-review');
  });

  it('(五) 灵活就业人员停保: 暂停参保 with its reason; a failed 复核 resumes it', async () => {
    await openMenuItem(clerk, '参保管理', '灵活就业人员停保');
    await clerk.waitForURL(/\/window\/flexible-suspension$/);
    await clerk.getByText('请输入证件类型和证件号码，查询要办理停保的灵活就业人员').waitFor();
    await lookUp(clerk, certNo);
    await clerk.locator('.flexible-person').getByText('林晓雨').waitFor();
    await clerk.locator('.flexible-unit').getByText(agency.name).waitFor();
    await clerk.locator('.flexible-enrolments').getByText('正常参保').waitFor();
    await expect(clerk.getByLabel('中断日期', { exact: true }).inputValue()).resolves.toBe(today());
    await choose(clerk, '中断原因', '其他');
    await button(clerk, '保存').click();
    await fieldError(clerk, '中断原因为其他时，请在备注中说明').waitFor();
    await fieldError(clerk, '请确认已收取纸质原件').waitFor();
    await clerk.getByLabel('备注', { exact: true }).fill('外出务工，暂停缴费');
    await clerk.locator('.window-paper-material[data-item="stop-request"] input').check();
    await settled(clerk);
    await screenshot(clerk, 'window-flexible-suspension-filled');
    await button(clerk, '保存').click();
    await confirmSave(clerk);
    const result = clerk.locator('.flexible-suspension-result');
    await result.getByText('灵活就业人员停保成功').waitFor();
    await result.getByText('外出务工，暂停缴费').waitFor();
    expect(await enrolmentOf(certNo)).toMatchObject({
      status: '暂停参保',
      end_date: today(),
      stop_reason: 'other',
      stop_remark: '外出务工，暂停缴费',
    });
    await settled(clerk);
    await screenshot(clerk, 'window-flexible-suspension-result');

    // 复核初审 passes, 复核复审 fails: the enrolment is 正常参保 again
    const id = await openApplication(clerk);
    await clerk.getByRole('button', { name: '审核通过' }).click();
    await clerk.getByRole('dialog').getByRole('button', { name: '确认通过' }).click();
    await clerk.locator('.review-facts').getByText('复核复审').waitFor();
    await signIn(reviewer, 'reviewer01');
    await reviewer.goto(`${base()}/window/applications/${id}`);
    const section = reviewer.locator('.payload-section', { hasText: '中断信息' });
    await section.getByText('外出务工，暂停缴费').waitFor();
    await settled(reviewer);
    await screenshot(reviewer, 'window-flexible-suspension-review');
    await reviewer.getByRole('button', { name: '审核不通过' }).click();
    const dialog = reviewer.getByRole('dialog');
    await dialog.getByPlaceholder('请输入不通过原因').fill('停保申请未经本人签字');
    await dialog.getByRole('button', { name: '确认不通过' }).click();
    await reviewer
      .locator('.review-facts .application-status-tag', { hasText: '复核不通过已撤销' })
      .waitFor();
    expect(await enrolmentOf(certNo)).toMatchObject({
      status: '正常参保',
      end_date: null,
      stop_reason: null,
    });
  });

  it('(六) 在职转退休: refused while months fall short or a month is owed, then saved', async () => {
    const person = await personOf(certNo);
    const required = requiredMonths(person.sex);
    await openMenuItem(clerk, '参保管理', '灵活就业人员在职转退休');
    await clerk.waitForURL(/\/window\/flexible-retirement$/);
    await settled(clerk);
    await lookUp(clerk, certNo);
    const figures = clerk.locator('.retirement-figures');
    await figures.getByText(`${required} 个月`).first().waitFor();
    await clerk.locator('.retirement-refusal').getByText(`差额${required}个月`).waitFor();
    await clerk.locator('.flexible-enrolments').getByText('灵活就业').waitFor();
    await expect(button(clerk, '保存').isDisabled()).resolves.toBe(true);
    await settled(clerk);
    await screenshot(clerk, 'window-flexible-retirement-short');

    // the 视同缴费年限认定表 recorded, but one month owed
    await insertDeemedMonths(person.id, required);
    const owed = Number(thisMonth().replace('-', ''));
    await query(
      `insert into contributions (person_id, region_code, insurance_type, period, base_fen,
          unit_amount_fen, personal_amount_fen, status)
       values ($1, '110000', '310', $2, 620000, 0, 62000, '欠费')`,
      [person.id, owed],
    );
    await lookUp(clerk, certNo);
    await clerk
      .locator('.retirement-refusal')
      .getByText('该人员存在欠费1个月，请补缴后再办理在职转退休')
      .waitFor();
    await expect(button(clerk, '保存').isDisabled()).resolves.toBe(true);
    await settled(clerk);
    await screenshot(clerk, 'window-flexible-retirement-arrears');

    await query(`update contributions set status = '已到账' where person_id = $1`, [person.id]);
    await clerk.goto(
      `${base()}/window/flexible-retirement?paper=retirement-certificate,retirement-approval,deemed-years`,
    );
    await lookUp(clerk, certNo);
    await figures.waitFor();
    await expect.poll(() => clerk.locator('.retirement-refusal').count()).toBe(0);
    await expect(button(clerk, '保存').isDisabled()).resolves.toBe(false);
    await choose(clerk, '社保离退类型', '退休');
    await pick(clerk, '社保离退时间', `${thisMonth()}-01`);
    await clerk.getByLabel('离退休工资', { exact: true }).fill('3280');
    await button(clerk, '保存').click();
    await fieldError(clerk, '请确认已收取纸质原件').waitFor();
    for (const item of ['contribution-record', 'pension-proof']) {
      await clerk.locator(`.window-paper-material[data-item="${item}"] input`).check();
    }
    await settled(clerk);
    await screenshot(clerk, 'window-flexible-retirement-filled');
    await button(clerk, '保存').click();
    await clerk.getByRole('dialog').getByText('3,280.00 元').waitFor();
    await confirmSave(clerk);
    const result = clerk.locator('.flexible-retirement-result');
    await result.getByText('灵活就业人员在职转退休办理成功').waitFor();
    await result.getByText(`${firstDayOfNextMonth()}（次月生效）`).waitFor();
    expect((await personOf(certNo)).person_category).toBe('15');
    expect((await enrolmentOf(certNo))?.person_type).toBe('12');
    await settled(clerk);
    await screenshot(clerk, 'window-flexible-retirement-result');
    await openApplication(clerk);
    await clerk
      .locator('.payload-section', { hasText: '退休信息' })
      .getByText('3,280.00 元')
      .waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-flexible-retirement-review');
  });

  it('W25 变更历史信息 shows the 停保 with its 中断原因, its undoing and the 退休', async () => {
    await clerk.goto(`${base()}/window/person-query`);
    const certInput = clerk.getByLabel('证件号码', { exact: true });
    await certInput.fill(certNo);
    await certInput.press('Enter');
    await clerk.locator('.pq-person-header').getByText('林晓雨', { exact: true }).waitFor();
    await clerk.getByRole('tab', { name: '变更历史信息', exact: true }).click();
    await settled(clerk);
    const changes = clerk.locator('.pq-tabs').getByRole('tabpanel');
    await changes.getByText('外出务工，暂停缴费').first().waitFor();
    await changes.locator('tr', { hasText: '中断原因' }).getByText('其他').first().waitFor();
    await changes.getByText('暂停参保', { exact: true }).first().waitFor();
    await changes.getByText('恢复', { exact: true }).first().waitFor();
    await changes.getByText('退休', { exact: true }).first().waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-flexible-person-changes');
  });
});
