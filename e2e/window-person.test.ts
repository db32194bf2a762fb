import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeCertNo18 } from '@yibao/domain';
import { cascade, choose, launchBrowser, screenshot } from './browser';
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
 * The window's person businesses (guide 002), both 即时办结 with 复核初审 and 复核复审:
 * W13 (一) 城乡居民新参保/续保 — clerk01 enrols a resident from the paper 参保登记表; the 390
 * enrolment is in force at once, clerk01 passes the 初审 and reviewer01 the 复审 → 审核通过.
 * W15 (一) 职工基本信息变更 at 人员一般信息维护 — clerk01 finds a demo employee and changes the
 * phone; reviewer01 fails the 复核 with a reason, and the old phone is back.
 */

/** A citizen number (朝阳区, born 1992-08-15) the registry does not hold yet. */
async function unusedCertNo(): Promise<string> {
  for (let seq = Date.now() % 400; ; seq++) {
    const certNo = makeCertNo18('110105', '19920815', String(100 + (seq % 800)).padStart(3, '0'));
    if ((await query('select 1 from persons where cert_no = $1', [certNo])).length === 0) {
      return certNo;
    }
  }
}

interface Employee {
  name: string;
  cert_no: string;
  phone: string;
}

/**
 * A demo employee of 北京市 (310 in force) without a portal account, whose record already
 * passes every rule of the change form, so that only the phone changes.
 */
async function demoEmployee(): Promise<Employee> {
  const rows = await query<Employee>(
    `select p.name, p.cert_no, p.phone from persons p
      where p.status = '正常' and p.region_code = '110000' and p.cert_type = '01'
        and exists (select 1 from enrolments e where e.person_id = p.id
                     and e.insurance_type = '310' and e.status = '正常参保'
                     and e.region_code = '110000')
        and not exists (select 1 from person_accounts a where a.person_id = p.id)
        and p.phone ~ '^1[3-9][0-9]{9}$' and p.ethnicity <> '' and p.marital_status = ''
        and p.household_division_code ~ '^11[0-9]{4}([0-9]{3})?$'
        and p.residence_division_code ~ '^11[0-9]{4}([0-9]{3})?$'
        and p.household_address <> '' and p.residence_address <> ''
        and p.household_postcode ~ '^[0-9]{6}$' and p.residence_postcode ~ '^[0-9]{6}$'
        and p.bank_code <> '' and p.bank_account ~ '^[0-9]{12,30}$'
        and (p.email = '' or p.email ~ '^[^@ ]+@[^@ ]+[.][^@ ]+$')
        and p.contact_phone ~ '^([0-9]{3,4}-?[0-9]{7,8}|1[3-9][0-9]{9})?$'
      order by p.id desc limit 1`,
  );
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

const phoneOf = async (certNo: string) =>
  (await query<{ phone: string }>('select phone from persons where cert_no = $1', [certNo]))[0]
    ?.phone;

/** The application the result's 查看办件 opens: its id from the review page's address. */
async function openApplication(page: Page): Promise<number> {
  await page.getByRole('link', { name: '查看办件' }).click();
  await page.waitForURL(/\/window\/applications\/\d+$/);
  return Number(new URL(page.url()).pathname.split('/').pop());
}

/** 学籍编号 of the resident enrolled here (not the certificate number: the views show both). */
const STUDENT_NO = 'G2026090112345';

describe('window: 城乡居民新参保/续保 and 人员一般信息维护 (guide 002)', () => {
  let browser: Browser;
  let clerk: Page;
  let reviewer: Page;
  let certNo = '';
  let enrolmentId = 0;
  let employee: Employee;
  const newPhone = `139${String(Date.now()).slice(-8)}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    certNo = await unusedCertNo();
    employee = await demoEmployee();
    clerk = await (await browser.newContext({ viewport })).newPage();
    reviewer = await (await browser.newContext({ viewport })).newPage();
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return;
    await screenshot(clerk, 'failed-window-person-clerk');
    await screenshot(reviewer, 'failed-window-person-reviewer');
  });
  afterAll(async () => {
    await browser.close();
  });

  it('opens 参保管理 › 城乡居民新参保/续保 with the guide’s sections and checks the form', async () => {
    await signIn(clerk, 'clerk01');
    await openMenuItem(clerk, '参保管理', '城乡居民新参保/续保');
    await clerk.waitForURL(/\/window\/resident-enrolment$/);
    for (const title of ['居民单位信息', '人员基本信息', '申办资料']) {
      await clerk.locator('.ant-card-head-title', { hasText: title }).waitFor();
    }
    const form = clerk.locator('.resident-window-form');
    await form.locator('.ant-select', { hasText: '北京市' }).waitFor();
    await expect(clerk.getByLabel('基层医保区划编号').inputValue()).resolves.toBe('110000');
    await form.locator('.ant-select', { hasText: '居民身份证(户口簿)' }).waitFor();
    await expect(clerk.getByRole('radio', { name: '参保人为本市户籍' }).isChecked()).resolves.toBe(
      true,
    );

    await button(clerk, '保存').click();
    await fieldError(clerk, '请输入证件号码').waitFor();
    await fieldError(clerk, '请输入姓名').waitFor();
    await fieldError(clerk, '请选择户籍性质').waitFor();
    await fieldError(clerk, '请选择准入人员类别').waitFor();
    await fieldError(clerk, '请选择户籍所在地').waitFor();
    await fieldError(
      clerk,
      '请确认已收取纸质原件：医保电子凭证或有效身份证件或金融社保卡、《城乡居民基本医疗保险参保登记表》',
    ).waitFor();
    // 是否为学生儿童 is asked of a 外埠 household only
    await expect(clerk.getByText('是否为学生儿童').count()).resolves.toBe(0);
    await clerk.getByRole('radio', { name: '参保人为外埠户籍' }).check();
    await clerk.getByText('是否为学生儿童').waitFor();
    await clerk.getByRole('radio', { name: '参保人为本市户籍' }).check();
    await settled(clerk);
    await screenshot(clerk, 'window-resident-enrolment-errors');
  });

  it('saves a new resident from the paper form: 即时办结, 390 正常参保, 已办结待复核', async () => {
    // the 办事指南 links here with the originals it ticked
    await clerk.goto(`${base()}/window/resident-enrolment?paper=id-document,enrolment-form`);
    const received = (name: string) =>
      clerk.getByRole('checkbox', { name: `${name}：已收取纸质原件` }).isChecked();
    await expect(received('《城乡居民基本医疗保险参保登记表》')).resolves.toBe(true);
    await expect(received('医保电子凭证或有效身份证件或金融社保卡')).resolves.toBe(true);

    await clerk.getByLabel('证件号码', { exact: true }).fill(certNo);
    // a 居民身份证 states 性别 and 出生日期
    await expect(clerk.getByLabel('出生日期', { exact: true }).inputValue()).resolves.toBe(
      '1992-08-15',
    );
    const sex = Number(certNo[16]) % 2 === 1 ? '男' : '女';
    await expect(clerk.getByRole('radio', { name: sex }).isChecked()).resolves.toBe(true);
    await clerk.getByLabel('姓名', { exact: true }).fill('林晓雨');
    await choose(clerk, '户籍性质', '本市城镇');
    await choose(clerk, '政治面貌', '共青团员');
    await choose(clerk, '婚姻状态', '未婚');
    await clerk.getByLabel('学籍编号', { exact: true }).fill(STUDENT_NO);
    await clerk.getByLabel('手机号码', { exact: true }).fill('13766668888');
    await choose(clerk, '准入人员类别', '城乡居民(成年)');
    await cascade(clerk, '户籍所在地', ['朝阳区', '建外街道']);
    await cascade(clerk, '居住地', ['朝阳区', '建外街道']);
    await clerk
      .getByLabel('居住地地址', { exact: true })
      .fill('北京市朝阳区建国门外大街2号院3号楼');
    await expect.poll(() => clerk.locator('.ant-form-item-explain-error').count()).toBe(0);
    await settled(clerk);
    await screenshot(clerk, 'window-resident-enrolment-filled');

    await button(clerk, '保存').click();
    const dialog = clerk.getByRole('dialog');
    await dialog
      .locator('.ant-modal-confirm-title', { hasText: '确认保存城乡居民参保登记信息吗？' })
      .waitFor();
    await dialog.getByText(certNo).waitFor();
    await screenshot(clerk, 'window-resident-enrolment-confirm');
    await button(dialog, '确认保存').click();

    const result = clerk.locator('.resident-window-result');
    await result.getByText('城乡居民新参保登记成功').waitFor();
    await result.locator('.application-status-tag', { hasText: '已办结待复核' }).waitFor();
    await result.getByText('复核初审', { exact: true }).waitFor();
    await result.getByText('新参保', { exact: true }).waitFor();
    await result.getByText(certNo).waitFor();
    const enrolments = await query<{ insurance_type: string; status: string; id: number }>(
      `select e.id, e.insurance_type, e.status from enrolments e
         join persons p on p.id = e.person_id where p.cert_no = $1`,
      [certNo],
    );
    expect(enrolments).toMatchObject([{ insurance_type: '390', status: '正常参保' }]);
    enrolmentId = enrolments[0]!.id;
    expect(
      await query(
        'select political_status, marital_status, student_no from persons where cert_no = $1',
        [certNo],
      ),
    ).toEqual([{ political_status: '03', marital_status: '10', student_no: STUDENT_NO }]);
    await settled(clerk);
    await screenshot(clerk, 'window-resident-enrolment-result');
  });

  it('clerk01 passes the 复核初审, reviewer01 the 复核复审: 审核通过', async () => {
    const id = await openApplication(clerk);
    const unit = clerk.locator('.payload-section', { hasText: '居民单位信息' });
    await unit.getByText('110000').waitFor();
    const person = clerk.locator('.payload-section', { hasText: '人员基本信息' });
    await person.getByText(certNo).waitFor();
    await person.getByText('本市城镇').waitFor();
    await person.getByText('共青团员').waitFor();
    await person.getByText(STUDENT_NO).waitFor();
    await person.getByText('参保人为本市户籍').waitFor();
    await clerk
      .locator('.materials-item[data-item="enrolment-form"]')
      .getByText('已收纸质材料')
      .waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-resident-enrolment-review');
    await clerk.getByRole('button', { name: '审核通过' }).click();
    await clerk.getByRole('dialog').getByRole('button', { name: '确认通过' }).click();
    await clerk.locator('.review-facts').getByText('复核复审').waitFor();

    await signIn(reviewer, 'reviewer01');
    await reviewer.goto(`${base()}/window/applications/${id}`);
    await reviewer.locator('.review-facts').getByText('复核复审').waitFor();
    await reviewer.getByRole('button', { name: '审核通过' }).click();
    await reviewer.getByRole('dialog').getByRole('button', { name: '确认通过' }).click();
    await reviewer
      .locator('.review-facts .application-status-tag', { hasText: '审核通过' })
      .waitFor();
    await settled(reviewer);
    await screenshot(reviewer, 'window-resident-enrolment-approved');
    const [enrolment] = await query<{ status: string }>(
      'select status from enrolments where id = $1',
      [enrolmentId],
    );
    expect(enrolment?.status).toBe('正常参保');
  });

  it('人员一般信息维护: 人员查询 tells who is not found and who is not an employee', async () => {
    const menu = clerk.getByRole('navigation', { name: '综窗经办菜单' });
    await menu.getByText('人员一般信息维护').click();
    await clerk.waitForURL(/\/window\/person-info$/);
    await clerk.locator('.ant-card-head-title', { hasText: '人员查询' }).waitFor();
    await clerk
      .locator('.person-lookup-form .ant-select', { hasText: '居民身份证(户口簿)' })
      .waitFor();
    await clerk.getByText('请输入证件类型和证件号码，查询要维护信息的人员').waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-person-info-empty');

    const certInput = clerk.getByLabel('证件号码', { exact: true });
    await certInput.fill(await unusedCertNo());
    await certInput.press('Enter');
    await clerk.getByText('未找到该证件号码的参保人员').waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-person-info-not-found');

    // the resident just enrolled holds 390 only
    await certInput.fill(certNo);
    await button(clerk, '查询').click();
    await clerk
      .locator('.person-info-refusal')
      .getByText('该人员不是职工参保人员，不能办理职工基本信息变更')
      .waitFor();
    await expect(clerk.locator('.person-info-form').count()).resolves.toBe(0);
    await settled(clerk);
    await screenshot(clerk, 'window-person-info-not-employee');
  });

  it('changes a demo employee’s phone after confirmation: 即时办结, the registry has it', async () => {
    await clerk.goto(`${base()}/window/person-info?paper=change-form`);
    const certInput = clerk.getByLabel('证件号码', { exact: true });
    await certInput.fill(employee.cert_no);
    await certInput.press('Enter');
    const form = clerk.locator('.person-info-form');
    for (const title of ['人员基本信息', '联系信息', '银行信息', '申办资料']) {
      await form.locator('.ant-card-head-title', { hasText: title }).waitFor();
    }
    await form.locator('.person-info-facts').getByText(employee.cert_no).waitFor();
    await expect(clerk.getByLabel('姓名', { exact: true }).inputValue()).resolves.toBe(
      employee.name,
    );
    const phone = clerk.getByLabel('移动电话', { exact: true });
    await expect(phone.inputValue()).resolves.toBe(employee.phone);
    // nothing changed yet: nothing to save
    await expect(button(clerk, '保存').isDisabled()).resolves.toBe(true);
    const received = (name: string) =>
      clerk.getByRole('checkbox', { name: `${name}：已收取纸质原件` });
    await expect(
      received('《城镇职工医疗保险参保人员信息变更登记表》（一式两份并加盖单位公章）').isChecked(),
    ).resolves.toBe(true);
    await settled(clerk);
    await screenshot(clerk, 'window-person-info-found');

    await phone.fill(newPhone);
    await choose(clerk, '婚姻状态', '已婚');
    await expect.poll(() => button(clerk, '保存').isEnabled()).toBe(true);
    await button(clerk, '保存').click();
    await fieldError(clerk, '请确认已收取纸质原件：变更信息证明复印件').waitFor();
    await received('变更信息证明复印件').check();
    await button(clerk, '保存').click();
    const dialog = clerk.getByRole('dialog');
    await dialog
      .locator('.ant-modal-confirm-title', { hasText: '确认保存人员信息变更吗？' })
      .waitFor();
    const change = dialog.locator('.person-info-changes tr', { hasText: '移动电话' });
    await change.getByText(employee.phone).waitFor();
    await change.getByText(newPhone).waitFor();
    await dialog
      .locator('.person-info-changes tr', { hasText: '婚姻状态' })
      .getByText('已婚')
      .waitFor();
    await expect(dialog.locator('.person-info-changes tbody tr').count()).resolves.toBe(2);
    await screenshot(clerk, 'window-person-info-confirm');
    await button(dialog, '确认保存').click();

    const result = clerk.locator('.person-info-result');
    await result.getByText('职工基本信息变更成功').waitFor();
    await result.locator('.application-status-tag', { hasText: '已办结待复核' }).waitFor();
    await result.getByText(employee.cert_no).waitFor();
    expect(await phoneOf(employee.cert_no)).toBe(newPhone);
    expect(
      await query('select marital_status from persons where cert_no = $1', [employee.cert_no]),
    ).toEqual([{ marital_status: '20' }]);
    await settled(clerk);
    await screenshot(clerk, 'window-person-info-result');
  });

  it('a failed 复核 restores the phone from before the change', async () => {
    const id = await openApplication(clerk);
    await clerk.locator('.payload-section', { hasText: '联系信息' }).getByText(newPhone).waitFor();
    await clerk.getByRole('button', { name: '审核通过' }).click();
    await clerk.getByRole('dialog').getByRole('button', { name: '确认通过' }).click();
    await clerk.locator('.review-facts').getByText('复核复审').waitFor();

    await reviewer.goto(`${base()}/window/applications/${id}`);
    await reviewer.locator('.review-facts').getByText('复核复审').waitFor();
    await reviewer
      .locator('.payload-section', { hasText: '人员基本信息' })
      .getByText(employee.cert_no)
      .waitFor();
    await settled(reviewer);
    await screenshot(reviewer, 'window-person-info-review');
    await reviewer.getByRole('button', { name: '审核不通过' }).click();
    const dialog = reviewer.getByRole('dialog');
    await dialog.getByPlaceholder('请输入不通过原因').fill('变更登记表未加盖单位公章');
    await dialog.getByRole('button', { name: '确认不通过' }).click();
    await reviewer
      .locator('.review-facts .application-status-tag', { hasText: '复核不通过已撤销' })
      .waitFor();
    await reviewer.locator('.review-facts').getByText('变更登记表未加盖单位公章').waitFor();
    await settled(reviewer);
    await screenshot(reviewer, 'window-person-info-revoked');
    expect(await phoneOf(employee.cert_no)).toBe(employee.phone);
    expect(
      await query('select marital_status from persons where cert_no = $1', [employee.cert_no]),
    ).toEqual([{ marital_status: '' }]);
  });

  it('继续维护 starts again from an empty 人员查询', async () => {
    await clerk.goto(`${base()}/window/person-info?paper=change-form,change-proof`);
    const certInput = clerk.getByLabel('证件号码', { exact: true });
    await certInput.fill(employee.cert_no);
    await certInput.press('Enter');
    await clerk.getByLabel('电子邮箱', { exact: true }).fill('hao.xin@example.cn');
    await button(clerk, '保存').click();
    await button(clerk.getByRole('dialog'), '确认保存').click();
    await clerk.locator('.person-info-result').getByText('职工基本信息变更成功').waitFor();
    await clerk.getByRole('button', { name: '继续维护' }).click();
    await clerk.getByText('请输入证件类型和证件号码，查询要维护信息的人员').waitFor();
    await expect(certInput.inputValue()).resolves.toBe('');
    // the guide's ticks were for the person just served
    expect(new URL(clerk.url()).search).toBe('');
  });

  it('looks right in elder mode', async () => {
    await clerk.goto(`${base()}/window/resident-enrolment`);
    await clerk.locator('.ant-card-head-title', { hasText: '人员基本信息' }).waitFor();
    await clerk.getByRole('switch', { name: '长者模式（适老化）' }).click();
    await expect
      .poll(() => clerk.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)))
      .toBeGreaterThanOrEqual(18);
    await settled(clerk);
    await screenshot(clerk, 'window-resident-enrolment-elder');
    await clerk.goto(`${base()}/window/person-info`);
    const certInput = clerk.getByLabel('证件号码', { exact: true });
    await certInput.fill(employee.cert_no);
    await certInput.press('Enter');
    await clerk.locator('.person-info-form').waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-person-info-elder');
    await clerk.getByRole('switch', { name: '长者模式（适老化）' }).click();
  });
});
