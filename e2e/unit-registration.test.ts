import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeCertNo18, makeUscc } from '@yibao/domain';
import { cascade, choose, launchBrowser, screenshot } from './browser';
import {
  base,
  button,
  fieldError,
  query,
  settled,
  signIn,
  staffApi,
  viewport,
  openMenuItem,
} from './fixtures-window';

/**
 * W11 单位参保登记 · 新参保 (guide 002 十一 (一)): clerk01 registers a unit at the window with the
 * originals received on paper; 即时办结, the unit exists at once and the 办件 is 已办结待复核.
 * clerk01 does the 复核初审, reviewer01 the 复核复审 → 审核通过; clerk01 may not do both. A second
 * registration fails its 复核复审 → 复核不通过已撤销, and the unit is 注销 again.
 */

/** A valid USCC (enterprise, 朝阳区) that no unit holds yet. */
async function unusedUscc(): Promise<string> {
  for (let n = Date.now() % 9_000_000; ; n++) {
    const uscc = makeUscc(`91110105MA${String(n).padStart(7, '0')}`);
    if ((await query('select 1 from units where uscc = $1', [uscc])).length === 0) return uscc;
  }
}

const unitByUscc = async (uscc: string) =>
  (
    await query<{ unit_no: string; status: string; name: string }>(
      'select unit_no, status, name from units where uscc = $1',
      [uscc],
    )
  )[0];

describe('W11 单位参保登记 · 新参保 at the window (guide 002)', () => {
  let browser: Browser;
  let clerk: Page;
  let reviewer: Page;
  let uscc = '';
  let applicationId = 0;
  let applicationNo = '';
  const legalRepCertNo = makeCertNo18('110105', '19780612', '215');

  beforeAll(async () => {
    browser = await launchBrowser();
    uscc = await unusedUscc();
    clerk = await (await browser.newContext({ viewport })).newPage();
    reviewer = await (await browser.newContext({ viewport })).newPage();
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return;
    await screenshot(clerk, 'failed-unit-registration-clerk');
    await screenshot(reviewer, 'failed-unit-registration-reviewer');
  });
  afterAll(async () => {
    await browser.close();
  });

  it('opens 参保管理 › 单位参保登记 with the guide’s sections and checks the form', async () => {
    await signIn(clerk, 'clerk01');
    await openMenuItem(clerk, '参保管理', '单位参保登记');
    await clerk.waitForURL(/\/window\/unit-registration$/);
    for (const title of ['单位基本信息', '单位联系信息', '单位注册信息', '银行信息', '申办资料']) {
      await clerk.locator('.ant-card-head-title', { hasText: title }).waitFor();
    }
    // the guide's defaults: 北京市, 普通单位, 企业, 居民身份证(户口簿), 征缴费号
    const form = clerk.locator('.unit-reg-form');
    await form.locator('.ant-select', { hasText: '北京市' }).waitFor();
    await form.locator('.ant-select', { hasText: '普通单位' }).waitFor();
    await form.locator('.ant-select', { hasText: '企业' }).waitFor();
    await form.locator('.ant-select', { hasText: '居民身份证(户口簿)' }).waitFor();
    await expect(clerk.getByRole('checkbox', { name: '征缴费号' }).isChecked()).resolves.toBe(true);
    await settled(clerk);
    await screenshot(clerk, 'unit-registration-form');

    // nothing filled: the shared schema's messages next to the fields
    await button(clerk, '保存').click();
    await fieldError(clerk, '统一社会信用代码不能为空').waitFor();
    await fieldError(clerk, '请输入单位名称').waitFor();
    await fieldError(clerk, '请选择所属行政区').waitFor();
    await fieldError(clerk, '请输入法定代表人证件号码').waitFor();
    await fieldError(
      clerk,
      '请确认已收取纸质原件：统一社会信用代码证书或单位批准成立的文件、基本医疗保险单位参保信息登记表',
    ).waitFor();

    // a USCC with a wrong check character is refused by the GB 32100 check
    const wrong = uscc.slice(0, 17) + (uscc.endsWith('0') ? '1' : '0');
    await clerk.getByLabel('统一社会信用代码', { exact: true }).fill(wrong);
    await fieldError(clerk, '统一社会信用代码校验位不正确').waitFor();
    await clerk
      .getByLabel('法定代表人证件号码', { exact: true })
      .fill(`${legalRepCertNo.slice(0, 17)}${legalRepCertNo.endsWith('0') ? '1' : '0'}`);
    await fieldError(clerk, '证件号码校验位不正确').waitFor();
    await settled(clerk);
    await screenshot(clerk, 'unit-registration-errors');
  });

  it('saves after confirmation: 即时办结, the unit exists and the 办件 is 已办结待复核', async () => {
    await clerk.getByLabel('统一社会信用代码', { exact: true }).fill(uscc.toLowerCase());
    // written in capitals as typed
    await expect(clerk.getByLabel('统一社会信用代码', { exact: true }).inputValue()).resolves.toBe(
      uscc,
    );
    await clerk.getByLabel('单位名称', { exact: true }).fill('北京云杉数据科技有限公司');
    await clerk.getByLabel('联系人姓名', { exact: true }).fill('周敏');
    await clerk.getByLabel('联系电话', { exact: true }).fill('13911112222');
    await clerk.getByLabel('电子邮箱', { exact: true }).fill('hr@yunshan.example.cn');
    await cascade(clerk, '所属行政区', ['朝阳区', '建外街道']);
    await clerk
      .getByLabel('单位详细地址', { exact: true })
      .fill('北京市朝阳区建国门外大街1号国贸大厦A座12层');
    await clerk.getByLabel('邮政编码', { exact: true }).fill('100020');
    await clerk.getByLabel('单位联系电话(座机)', { exact: true }).fill('010-65051234');
    await clerk.getByLabel('法定代表人姓名', { exact: true }).fill('孙立新');
    await clerk.getByLabel('法定代表人证件号码', { exact: true }).fill(legalRepCertNo);
    await clerk.getByLabel('法定代表人移动电话', { exact: true }).fill('13822223333');
    await clerk.getByLabel('批准成立日期', { exact: true }).click();
    await clerk.getByLabel('批准成立日期', { exact: true }).fill('2019-03-18');
    await clerk.keyboard.press('Enter');
    await clerk.getByLabel('批准成立文号', { exact: true }).fill('京朝工商〔2019〕第1024号');
    await choose(clerk, '注册证件类型', '营业执照');
    await clerk.getByLabel('注册证件号码', { exact: true }).fill('110105019876543');
    await clerk.getByLabel('税号', { exact: true }).fill(uscc);
    await clerk.getByRole('checkbox', { name: '全部选中' }).check();
    await expect(
      clerk.getByRole('checkbox', { name: '待遇拨付/发放账号' }).isChecked(),
    ).resolves.toBe(true);
    await choose(clerk, '开户银行', '中国工商银行');
    await clerk.getByLabel('银行户名', { exact: true }).fill('北京云杉数据科技有限公司');
    await clerk.getByLabel('银行账号', { exact: true }).fill('0200004509201234567');
    await clerk
      .getByRole('checkbox', { name: '统一社会信用代码证书或单位批准成立的文件：已收取纸质原件' })
      .check();
    await clerk
      .getByRole('checkbox', { name: '基本医疗保险单位参保信息登记表：已收取纸质原件' })
      .check();
    await expect.poll(() => clerk.locator('.ant-form-item-explain-error').count()).toBe(0);
    await settled(clerk);
    await screenshot(clerk, 'unit-registration-filled');

    await button(clerk, '保存').click();
    const dialog = clerk.getByRole('dialog');
    await dialog
      .locator('.ant-modal-confirm-title', { hasText: '确认保存单位参保登记信息吗？' })
      .waitFor();
    await dialog.getByText(uscc).waitFor();
    await screenshot(clerk, 'unit-registration-confirm');
    await button(dialog, '确认保存').click();

    const result = clerk.locator('.unit-reg-result');
    await result.getByText('单位参保登记成功').waitFor();
    await result.locator('.application-status-tag', { hasText: '已办结待复核' }).waitFor();
    await result.getByText('复核初审', { exact: true }).waitFor();
    const unit = await unitByUscc(uscc);
    expect(unit).toMatchObject({ status: '正常', name: '北京云杉数据科技有限公司' });
    expect(unit!.unit_no).toMatch(/^110000\d{5}$/);
    await result.getByText(unit!.unit_no).waitFor();
    const facts = result.locator('.window-result-facts');
    applicationNo = (await facts.locator('td').first().textContent()) ?? '';
    expect(applicationNo).toMatch(/^11\d{16}$/);
    await settled(clerk);
    await screenshot(clerk, 'unit-registration-result');

    await result.getByRole('link', { name: '查看办件' }).click();
    await clerk.waitForURL(/\/window\/applications\/\d+$/);
    applicationId = Number(new URL(clerk.url()).pathname.split('/').pop());
    await clerk.locator('.review-facts').getByText(applicationNo).waitFor();
  });

  it('shows the 办件 in 待办工作台 waiting for 复核初审; clerk01 passes the 初审', async () => {
    const menu = clerk.getByRole('navigation', { name: '综窗经办菜单' });
    await menu.getByText('待办工作台').click();
    await clerk.waitForURL(/\/window\/queue$/);
    // other walkthroughs leave 办件 waiting too: 待办统计's count narrows the list to this business
    await clerk.getByRole('button', { name: /^单位参保登记复核初审待审核 \d+$/ }).click();
    const row = clerk.locator('tr.ant-table-row', { hasText: applicationNo });
    await row.getByText('单位参保登记', { exact: true }).first().waitFor();
    await row.getByText('复核初审', { exact: true }).first().waitFor();
    await row.locator('.application-status-tag', { hasText: '已办结待复核' }).waitFor();
    await settled(clerk);
    await screenshot(clerk, 'unit-registration-queue');

    await row.getByRole('link', { name: /^审\s*核$/ }).click();
    await clerk.waitForURL(new RegExp(`/window/applications/${applicationId}$`));
    const basics = clerk.locator('.payload-section', { hasText: '单位基本信息' });
    await basics.getByText(uscc).waitFor();
    await basics.getByText('北京云杉数据科技有限公司').waitFor();
    await clerk
      .locator('.payload-section', { hasText: '单位联系信息' })
      .getByText('建外街道')
      .waitFor();
    await clerk
      .locator('.payload-section', { hasText: '单位注册信息' })
      .getByText('2019-03-18')
      .waitFor();
    await clerk
      .locator('.payload-section', { hasText: '银行信息' })
      .getByText('征缴费号、待遇拨付/发放账号')
      .waitFor();
    await clerk
      .locator('.materials-item[data-item="registration-form"]')
      .getByText('已收纸质材料')
      .waitFor();
    await settled(clerk);
    await screenshot(clerk, 'unit-registration-review');

    await clerk.getByRole('button', { name: '审核通过' }).click();
    const dialog = clerk.getByRole('dialog');
    await dialog.getByPlaceholder('请输入审核意见（选填）').fill('登记信息与原件一致');
    await dialog.getByRole('button', { name: '确认通过' }).click();
    await clerk.locator('.review-result').getByText(`办件${applicationNo}审核通过`).waitFor();
    const facts = clerk.locator('.review-facts');
    await facts.locator('.application-status-tag', { hasText: '已办结待复核' }).waitFor();
    await facts.getByText('复核复审').waitFor();
    // the unit is named by its 统一社会信用代码, not by the type's internal code
    await facts
      .getByText(/（统一社会信用代码 /)
      .first()
      .waitFor();
    // the one who did the 初审 may not do the 复审: no button, and the server refuses too
    await expect.poll(() => clerk.getByRole('button', { name: '审核通过' }).count()).toBe(0);
    const refused = await clerk.request.post(`${base()}/api/review/${applicationId}/approve`, {
      data: {},
    });
    expect(refused.status()).toBe(409);
    expect(((await refused.json()) as { message: string }).message).toBe(
      '复核复审须由未参与本办件审核的其他经办人员办理',
    );
    await settled(clerk);
    await screenshot(clerk, 'unit-registration-first-review');
  });

  it('reviewer01 passes the 复审 in another browser: 审核通过', async () => {
    await signIn(reviewer, 'reviewer01');
    // registering units is the clerks' work
    const menu = reviewer.getByRole('navigation', { name: '综窗经办菜单' });
    await menu.getByText('待办工作台').waitFor();
    await expect(menu.getByText('单位参保登记').count()).resolves.toBe(0);
    await reviewer.goto(`${base()}/window/applications/${applicationId}`);
    await reviewer.locator('.review-facts').getByText('复核复审').waitFor();
    await reviewer.getByRole('button', { name: '审核通过' }).click();
    const dialog = reviewer.getByRole('dialog');
    await dialog.getByRole('button', { name: '确认通过' }).click();
    await reviewer.locator('.review-result').getByText(`办件${applicationNo}审核通过`).waitFor();
    await reviewer
      .locator('.review-facts .application-status-tag', { hasText: '审核通过' })
      .waitFor();
    await reviewer.locator('.steps-timeline-item[data-action="approve"]').nth(1).waitFor();
    await settled(reviewer);
    await screenshot(reviewer, 'unit-registration-approved');
    expect((await unitByUscc(uscc))?.status).toBe('正常');
  });

  it('a failed 复核 undoes the registration: 复核不通过已撤销, the unit 注销', async () => {
    const second = await unusedUscc();
    const clerkApi = await staffApi('clerk01');
    const res = await clerkApi.post('/api/applications', {
      data: {
        businessCode: 'unit-registration',
        channel: 'window',
        payload: {
          regionCode: '110000',
          unitType: 'enterprise',
          uscc: second,
          name: '北京青禾文化传播有限公司',
          contactName: '钱芳',
          contactPhone: '13933334444',
          divisionCode: '110108',
          address: '北京市海淀区中关村大街27号',
          legalRepName: '赵青',
          legalRepCertType: '01',
          legalRepCertNo: makeCertNo18('110108', '19850301', '326'),
          bankUsages: ['collection'],
        },
        materialIds: [],
        paperItems: ['uscc-certificate', 'registration-form'],
      },
    });
    expect(res.status(), await res.text()).toBe(200);
    const filed = (await res.json()) as { id: number; applicationNo: string; status: string };
    expect(filed.status).toBe('applied');
    expect((await unitByUscc(second))?.status).toBe('正常');
    expect((await clerkApi.post(`/api/review/${filed.id}/approve`, { data: {} })).status()).toBe(
      200,
    );
    await clerkApi.dispose();

    await reviewer.goto(`${base()}/window/applications/${filed.id}`);
    await reviewer.locator('.review-facts').getByText('复核复审').waitFor();
    // 即时办结 cannot be sent back: only 通过 or 不通过
    await expect(button(reviewer, '回退').count()).resolves.toBe(0);
    await reviewer.getByRole('button', { name: '审核不通过' }).click();
    const dialog = reviewer.getByRole('dialog');
    await dialog.getByPlaceholder('请输入不通过原因').fill('法定代表人与营业执照不一致');
    await dialog.getByRole('button', { name: '确认不通过' }).click();
    await reviewer
      .locator('.review-facts .application-status-tag', { hasText: '复核不通过已撤销' })
      .waitFor();
    await reviewer.locator('.review-facts').getByText('法定代表人与营业执照不一致').waitFor();
    await settled(reviewer);
    await screenshot(reviewer, 'unit-registration-revoked');
    expect((await unitByUscc(second))?.status).toBe('注销');
    const history = await query<{ action: string }>(
      `select h.action from unit_history h join units u on u.id = h.entity_id
        where u.uscc = $1 order by h.id`,
      [second],
    );
    expect(history.map((h) => h.action)).toEqual(['create', 'cancel']);
  });

  it('ticks the materials the 办事指南 received already (?paper=)', async () => {
    await clerk.goto(`${base()}/window/unit-registration?paper=registration-form,unknown-item`);
    await clerk.locator('.ant-card-head-title', { hasText: '申办资料' }).waitFor();
    const received = (name: string) =>
      clerk.getByRole('checkbox', { name: `${name}：已收取纸质原件` }).isChecked();
    await expect(received('基本医疗保险单位参保信息登记表')).resolves.toBe(true);
    await expect(received('统一社会信用代码证书或单位批准成立的文件')).resolves.toBe(false);
  });

  it('looks right in elder mode', async () => {
    await clerk.goto(`${base()}/window/unit-registration`);
    await clerk.locator('.ant-card-head-title', { hasText: '单位注册信息' }).waitFor();
    await clerk.getByRole('switch', { name: '长者模式（适老化）' }).click();
    await expect
      .poll(() => clerk.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)))
      .toBeGreaterThanOrEqual(18);
    await settled(clerk);
    await screenshot(clerk, 'unit-registration-elder');
    await clerk.goto(`${base()}/window/applications/${applicationId}`);
    await clerk.locator('.payload-section', { hasText: '单位注册信息' }).waitFor();
    await settled(clerk);
    await screenshot(clerk, 'unit-registration-review-elder');
    await clerk.getByRole('switch', { name: '长者模式（适老化）' }).click();
  });
});
