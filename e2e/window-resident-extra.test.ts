import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RESIDENT_BATCH_COLUMNS, SPECIAL_IDENTITY_BATCH_COLUMNS } from '@yibao/contracts';
import { makeCertNo18 } from '@yibao/domain';
import { launchBrowser, screenshot } from './browser';
import { confirmSave, demoResident, openApplication, pick, today } from './fixtures-registry';
import {
  base,
  button,
  fieldError,
  openMenuItem,
  query,
  settled,
  signIn,
  staffApi,
  viewport,
} from './fixtures-window';

/**
 * W13 beyond 单个模式 and W33 (guide 002): clerk01 opens 无卡结算 for a newborn resident
 * (十三 (四)) and finds it in 待遇通用审批; imports residents and special identities from the
 * downloaded templates (十三 (一)(三) 批量模式: every row checked, nothing written before 确认导入,
 * one job with its progress and result file); and grants an assistance recipient's 个人缴费补贴
 * (三十三) from the region's policy, which reviewer01 approves.
 */

/** A day `days` before today in Beijing, as a certificate number spells it. */
const daysAgo = (days: number) =>
  new Date(Date.now() + 8 * 3600_000 - days * 86_400_000)
    .toISOString()
    .slice(0, 10)
    .replaceAll('-', '');

/** A 朝阳区 child born `days` ago whom the registry does not hold yet. */
async function unusedChildCertNo(days: number) {
  for (let seq = Date.now() % 400; ; seq++) {
    const certNo = makeCertNo18(
      '110105',
      daysAgo(days),
      String(100 + (seq % 800)).padStart(3, '0'),
    );
    if ((await query('select 1 from persons where cert_no = $1', [certNo])).length === 0) {
      return certNo;
    }
  }
}

/** W13 (一) at the window, through the API: the newborn enrolled as a resident of 北京市. */
async function enrolNewborn(name: string, certNo: string) {
  const api = await staffApi('clerk01');
  const born = certNo.slice(6, 14);
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
        admissionCategory: '23',
        sex: Number(certNo[16]) % 2 === 1 ? '1' : '2',
        birthDate: `${born.slice(0, 4)}-${born.slice(4, 6)}-${born.slice(6, 8)}`,
        ethnicity: '01',
        householdType: '20',
        householdDivisionCode: '110105',
        residenceDivisionCode: '110105',
        residenceAddress: '北京市朝阳区新生路1号',
        phone: '13700002601',
      },
    },
  });
  expect(res.status(), await res.text()).toBe(200);
  await api.dispose();
}

/** The downloaded template, filled in below its header as the clerk would. */
async function filledIn(
  template: Buffer,
  columns: readonly { key: string }[],
  rows: Record<string, string>[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  for (const row of rows) ws.addRow(columns.map((c) => row[c.key] ?? ''));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Clicks the link-button `label` (an antd Button with href) and reads the file it downloads. */
async function download(page: Page, label: string) {
  const link = page.getByRole('link', { name: new RegExp(`(^|\\s)${label}$`) });
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 上传并校验 of a filled-in template; answers the counts' text once 校验结果 shows. */
async function uploadChecked(page: Page, name: string, buffer: Buffer) {
  await page
    .locator('.employee-batch-upload input[type=file]')
    .setInputFiles({ name, mimeType: XLSX, buffer });
  await button(page, '上传并校验').click();
  await page.locator('.ant-steps-item-active', { hasText: '校验结果' }).waitFor();
  const counts = page.locator('.employee-batch-counts');
  await expect.poll(() => counts.innerText()).toMatch(/共计/);
  return counts;
}

/** 确认导入 with every original received; waits for the job's result. */
async function confirmImport(page: Page, counts: string, done: RegExp) {
  for (const box of await page.getByRole('checkbox', { name: /已收取纸质原件$/ }).all()) {
    await box.check();
  }
  await button(page, '确认导入').click();
  const dialog = page.locator('.ant-modal-confirm');
  await dialog.getByText(counts).waitFor();
  await page.waitForTimeout(500); // the dialog's opening animation
  await button(dialog, '确认导入').click();
  await page.locator('.ant-steps-item-active', { hasText: '导入' }).waitFor();
  const result = page.locator('.employee-batch-result');
  await result.locator('.ant-result-title', { hasText: done }).waitFor({ timeout: 30_000 });
  await result.getByText('已办结待复核').waitFor();
  return result;
}

/** 证件号码 filled in; typed again if a re-render of the form took part of it away. */
async function fillCertNo(page: Page, certNo: string) {
  const input = page.getByLabel('证件号码', { exact: true });
  await expect
    .poll(async () => {
      if ((await input.inputValue()) !== certNo) await input.fill(certNo);
      return input.inputValue();
    })
    .toBe(certNo);
}

describe('window: 开通无卡结算, 城乡居民批量模式, 救助对象个人缴费补贴 (guide 002)', () => {
  let browser: Browser;
  let clerk: Page;
  let reviewer: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    clerk = await (await browser.newContext({ viewport })).newPage();
    reviewer = await (await browser.newContext({ viewport })).newPage();
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return;
    const n = ctx.task.suite?.tasks.indexOf(ctx.task) ?? 0;
    await screenshot(clerk, `failed-window-resident-extra-${n}-clerk`);
    await screenshot(reviewer, `failed-window-resident-extra-${n}-reviewer`);
  });
  afterAll(async () => {
    await browser.close();
  });

  it('W13 (四) 开通无卡结算 for a newborn, refused for an adult; 待遇通用审批 lists it', async () => {
    const certNo = await unusedChildCertNo(15);
    await enrolNewborn('新生宝宝', certNo);
    const adult = await demoResident(3);

    await signIn(clerk, 'clerk01');
    await openMenuItem(clerk, '参保管理', '开通无卡结算');
    await clerk.waitForURL(/\/window\/cardless-settlement$/);
    await clerk.locator('.ant-card-head-title', { hasText: '待遇通用审批' }).waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-cardless-settlement');

    // an adult is no newborn: the server's refusal shows under 证件号码
    await fillCertNo(clerk, adult.cert_no);
    await pick(clerk, '开始日期', today());
    await clerk.getByRole('checkbox', { name: '户口本：已收取纸质原件' }).check();
    await clerk.getByRole('checkbox', { name: '新生儿出生证明：已收取纸质原件' }).check();
    await button(clerk, '保存').click();
    await confirmSave(clerk);
    await fieldError(clerk, '开通无卡结算的服务对象为新生儿（未满一周岁）').waitFor();

    await fillCertNo(clerk, certNo);
    await pick(clerk, '结束日期', '2020-01-01');
    await fieldError(clerk, '结束日期不能早于开始日期').waitFor();
    const endDate = new Date(Date.now() + 8 * 3600_000 + 180 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    await pick(clerk, '结束日期', endDate);
    await fillCertNo(clerk, certNo);
    await settled(clerk);
    await screenshot(clerk, 'window-cardless-settlement-filled');
    await button(clerk, '保存').click();
    await confirmSave(clerk);
    const result = clerk.locator('.cardless-settlement-result');
    await result.getByText('开通无卡结算成功').waitFor();
    await result.getByText('无卡就医审批').waitFor();
    const rows = await query<{ status: string; end_date: string | null }>(
      `select c.status, to_char(c.end_date, 'YYYY-MM-DD') as end_date from cardless_settlements c join persons p on p.id = c.person_id
        where p.cert_no = $1`,
      [certNo],
    );
    expect(rows).toMatchObject([{ status: '有效', end_date: endDate }]);

    // 待遇通用审批: 查询 by 医保电子凭证/证件号码, the row masked as lists are
    const list = clerk.locator('.cardless-list');
    await list.getByLabel('医保电子凭证/证件号码', { exact: true }).fill(certNo);
    await button(list, '查询').click();
    const row = list.locator('.ant-table-row', { hasText: '新生宝宝' });
    await row.getByText('无卡就医审批').waitFor();
    await row.getByText(`${certNo.slice(0, 2)}*****${certNo.slice(-2)}`).waitFor();
    await expect(list.locator('.ant-table-row').count()).resolves.toBe(1);
    await settled(clerk);
    await screenshot(clerk, 'window-cardless-settlement-result');
  });

  /** the two residents the batch enrols; the identity batch and W33 go on with them */
  let batchResidents: string[] = [];

  it('W13 (一) 城乡居民批量参保: the template, every row checked, one job enrols the good rows', async () => {
    batchResidents = [await unusedChildCertNo(7000), ''];
    for (let days = 7001; !batchResidents[1]; days++) {
      const certNo = await unusedChildCertNo(days);
      if (certNo !== batchResidents[0]) batchResidents[1] = certNo;
    }
    const born = (certNo: string) =>
      `${certNo.slice(6, 10)}-${certNo.slice(10, 12)}-${certNo.slice(12, 14)}`;
    const row = (certNo: string, name: string, overrides: Record<string, string> = {}) => ({
      certType: '居民身份证(户口簿)',
      certNo,
      name,
      sex: Number(certNo[16]) % 2 === 1 ? '男' : '女',
      ethnicity: '汉族',
      birthDate: born(certNo),
      localHousehold: '本市户籍',
      admissionCategory: '城乡居民(成年)',
      studentOrChild: '',
      householdType: '农业户口(农村)',
      householdDivisionCode: '110105',
      residenceDivisionCode: '110105',
      residenceAddress: '北京市朝阳区批量路8号',
      phone: '13700002602',
      ...overrides,
    });

    await openMenuItem(clerk, '参保管理', '城乡居民批量参保');
    await clerk.waitForURL(/\/window\/resident-enrolment\/batch$/);
    await clerk.locator('.ant-steps-item-active', { hasText: '选择医保区划并上传' }).waitFor();
    await clerk.locator('.ant-segmented-item-selected', { hasText: '批量模式' }).waitFor();
    await expect(clerk.locator('#resident-batch-region-no').inputValue()).resolves.toBe('110000');
    const file = await download(clerk, '下载模板');
    expect(file.name).toBe('城乡居民批量参保导入模板.xlsx');
    await settled(clerk);
    await screenshot(clerk, 'window-resident-batch-1-upload');

    const filled = await filledIn(file.bytes, RESIDENT_BATCH_COLUMNS, [
      row(batchResidents[0]!, '批量居民甲'),
      row(batchResidents[1]!, '批量居民乙'),
      row(batchResidents[0]!, '批量居民丙'),
      row(makeCertNo18('110105', '19950101', '771'), '批量居民丁', {
        residenceDivisionCode: '530402',
      }),
    ]);
    const counts = await uploadChecked(clerk, '居民名单.xlsx', filled);
    await expect.poll(() => counts.innerText()).toMatch(/共计\s*4\s*行[\s\S]*校验成功\s*2\s*行/);
    const table = clerk.locator('.employee-batch-check .ant-table-tbody');
    await table.getByText('与第2行证件号码重复').waitFor();
    await table.getByText('居住地不在所选医保区划内').waitFor();
    await clerk.getByText(/尚未写入任何数据/).waitFor();
    expect(await query('select 1 from persons where cert_no = any($1)', [batchResidents])).toEqual(
      [],
    );
    await settled(clerk);
    await screenshot(clerk, 'window-resident-batch-2-check');

    const result = await confirmImport(clerk, '2人将被导入、2行不会导入', /^导入成功2人$/);
    await result.getByText('北京市（110000）').waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-resident-batch-3-result');
    const enrolled = await query<{ status: string }>(
      `select e.status from enrolments e join persons p on p.id = e.person_id
        where p.cert_no = any($1) and e.insurance_type = '390'`,
      [batchResidents],
    );
    expect(enrolled.map((e) => e.status)).toEqual(['正常参保', '正常参保']);
    const results = await download(clerk, '下载导入结果');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(results.bytes as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getColumn(5).values.slice(2)).toEqual([
      '导入成功',
      '导入成功',
      '与第2行证件号码重复',
      '居住地不在所选医保区划内',
    ]);
  });

  it('W13 (三) 特殊身份登记 批量模式: from 单个模式 to 批量模式, the residents become 特困人员', async () => {
    await openMenuItem(clerk, '参保管理', '城乡居民特殊身份登记');
    await clerk.waitForURL(/\/window\/special-identity$/);
    // the switch navigates once the page has settled: a click while it still renders is lost
    await clerk.locator('.ant-segmented-item-selected', { hasText: '单个模式' }).waitFor();
    await settled(clerk);
    await clerk.locator('.ant-segmented-item', { hasText: '批量模式' }).click();
    await clerk.waitForURL(/\/window\/special-identity\/batch$/);
    const file = await download(clerk, '下载模板');
    expect(file.name).toBe('城乡居民特殊身份批量登记导入模板.xlsx');
    const year = today().slice(0, 4);
    const identity = (certNo: string, name: string) => ({
      certType: '',
      certNo,
      name,
      identityType: '特困人员',
      startDate: `${year}-01-01`,
      endDate: '',
      source: '北京市朝阳区民政局',
    });
    const filled = await filledIn(file.bytes, SPECIAL_IDENTITY_BATCH_COLUMNS, [
      identity(batchResidents[0]!, '批量居民甲'),
      identity(batchResidents[1]!, '批量居民乙'),
      identity(batchResidents[1]!, '别的名字'),
    ]);
    const counts = await uploadChecked(clerk, '特殊身份名单.xlsx', filled);
    await expect.poll(() => counts.innerText()).toMatch(/共计\s*3\s*行[\s\S]*校验成功\s*2\s*行/);
    await clerk.locator('.employee-batch-check').getByText('与第3行证件号码重复').waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-special-identity-batch-check');
    await confirmImport(clerk, '2人将被导入、1行不会导入', /^导入成功2人$/);
    await settled(clerk);
    await screenshot(clerk, 'window-special-identity-batch-result');
    const held = await query<{ identity_type: string; status: string }>(
      `select s.identity_type, s.status from special_identities s join persons p on p.id = s.person_id
        where p.cert_no = any($1)`,
      [batchResidents],
    );
    expect(held).toEqual([
      { identity_type: '11', status: '有效' },
      { identity_type: '11', status: '有效' },
    ]);
  });

  it('W33 个人缴费补贴 of a 特困人员: 补贴测算 from the policy, filed, reviewer01 approves', async () => {
    const year = today().slice(0, 4);
    await openMenuItem(clerk, '参保管理', '救助对象个人缴费补贴');
    await clerk.waitForURL(/\/window\/assistance-subsidy$/);
    await settled(clerk);
    // a resident without a special identity is refused by the 测算
    const plain = await demoResident(4);
    await fillCertNo(clerk, plain.cert_no);
    await button(clerk, '补贴测算').click();
    await clerk.getByText('该人员在该缴费年度没有有效的特殊身份，不符合资助条件').waitFor();
    await expect(button(clerk, '保存').isDisabled()).resolves.toBe(true);

    await fillCertNo(clerk, batchResidents[0]!);
    await button(clerk, '补贴测算').click();
    const quote = clerk.locator('.assistance-quote');
    await quote.getByText('特困人员').waitFor();
    await quote.getByText('按个人缴费标准的100%资助').waitFor();
    await expect(quote.innerText()).resolves.toMatch(
      /补贴金额\s*380\.00元[\s\S]*个人实缴金额\s*0\.00元/,
    );
    await quote.getByText('示例参数（2025-01-01起执行）').waitFor();
    await clerk.getByRole('checkbox', { name: '救助对象身份证明：已收取纸质原件' }).check();
    await settled(clerk);
    await screenshot(clerk, 'window-assistance-subsidy-quote');
    await button(clerk, '保存').click();
    await confirmSave(clerk);
    const result = clerk.locator('.assistance-subsidy-result');
    await result.getByText('个人缴费补贴申请已受理').waitFor();
    await result.getByText('380.00元').waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-assistance-subsidy-filed');
    expect(
      await query(
        `select 1 from assistance_subsidies s join persons p on p.id = s.person_id where p.cert_no = $1`,
        [batchResidents[0]],
      ),
    ).toEqual([]);
    const id = await openApplication(clerk);

    await signIn(reviewer, 'reviewer01');
    await reviewer.goto(`${base()}/window/applications/${id}`);
    await reviewer.locator('.review-facts').getByText('个人缴费补贴').waitFor();
    await reviewer
      .locator('.payload-section', { hasText: '救助对象信息' })
      .getByText(`${year}年`)
      .waitFor();
    if (await button(reviewer, '领取').count()) await button(reviewer, '领取').click();
    await reviewer.getByRole('button', { name: '审核通过' }).click();
    await reviewer.getByRole('dialog').getByRole('button', { name: '确认通过' }).click();
    await reviewer
      .locator('.review-result')
      .getByText(/^办件\d+审核通过$/)
      .waitFor();
    await settled(reviewer);
    await screenshot(reviewer, 'window-assistance-subsidy-approved');
    const granted = await query<{
      subsidy_fen: string;
      personal_fen: string;
      identity_type: string;
    }>(
      `select s.subsidy_fen, s.personal_fen, s.identity_type from assistance_subsidies s
         join persons p on p.id = s.person_id where p.cert_no = $1 and s.year = $2`,
      [batchResidents[0], Number(year)],
    );
    expect(granted).toEqual([{ subsidy_fen: '38000', personal_fen: '0', identity_type: '11' }]);

    // 个人缴费补贴信息查询 lists it, masked
    await clerk.goto(`${base()}/window/assistance-subsidy`);
    const list = clerk.locator('.assistance-list');
    const row = list.locator('.ant-table-row', { hasText: '批量居民甲' });
    await expect.poll(() => row.innerText()).toMatch(/380\.00\s+380\.00\s+0\.00/);
    await row
      .getByText(`${batchResidents[0]!.slice(0, 2)}*****${batchResidents[0]!.slice(-2)}`)
      .waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-assistance-subsidy-list');
  });
});
