import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EMPLOYEE_BATCH_COLUMNS } from '@yibao/contracts';
import { makeCertNo18 } from '@yibao/domain';
import { launchBrowser, screenshot } from './browser';
import { base, button, fieldError, query, settled, signIn, viewport } from './fixtures-window';

/**
 * W12 (一) 单位职工新参保/续保 · 批量模式 (guide 002 十二 (一), 登记信息 批量模式): clerk01 downloads
 * the template, fills it in for a demo unit of 北京市 with three new employees and three rows
 * that cannot be imported, uploads it, reads the check row by row (nothing written yet), ticks
 * the originals received and confirms; the job's progress reaches 导入成功3人, the three are
 * insured (310) through the unit, and the batch is one 办件, 已办结待复核.
 */

const PAGE = '/window/employee-enrolment/batch';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Citizen numbers (朝阳区, born 1990-03-15) the registry does not hold yet. */
async function unusedCertNos(count: number): Promise<string[]> {
  const found: string[] = [];
  for (let seq = Date.now() % 500; found.length < count; seq++) {
    const certNo = makeCertNo18('110105', '19900315', String(100 + (seq % 800)).padStart(3, '0'));
    if (found.includes(certNo)) continue;
    if ((await query('select 1 from persons where cert_no = $1', [certNo])).length === 0) {
      found.push(certNo);
    }
  }
  return found;
}

/** A demo enterprise of 北京市, open, which clerk01 (region 110000) serves. */
async function demoUnit(): Promise<{ id: number; unitNo: string; name: string }> {
  const rows = await query<{ id: string; unit_no: string; name: string }>(
    `select id, unit_no, name from units
      where region_code = '110000' and status = '正常' and unit_type = 'enterprise'
      order by id desc limit 1`,
  );
  expect(rows).toHaveLength(1);
  return { id: Number(rows[0]!.id), unitNo: rows[0]!.unit_no, name: rows[0]!.name };
}

/** The first day of this month in Beijing: a 参保日期 the check accepts. */
function thisMonth(): string {
  const day = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
  return `${day}-01`;
}

type Row = Record<(typeof EMPLOYEE_BATCH_COLUMNS)[number]['key'], string>;

/** The downloaded template, filled in below its header as a unit's clerk would. */
async function filledIn(template: Buffer, rows: Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  for (const row of rows) ws.addRow(EMPLOYEE_BATCH_COLUMNS.map((c) => row[c.key]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Clicks the link-button `label` (an antd Button with href) and reads the file it downloads. */
const download = async (page: Page, label: string) => {
  const link = page.getByRole('link', { name: new RegExp(`(^|\\s)${label}$`) });
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
};

const pick = (page: Page, name: string, buffer: Buffer) =>
  page.locator('.employee-batch-upload input[type=file]').setInputFiles({
    name,
    mimeType: XLSX,
    buffer,
  });

describe('W12 (一) 单位职工新参保/续保 · 批量模式 at the window (guide 002)', () => {
  let browser: Browser;
  let clerk: Page;
  let unit: { id: number; unitNo: string; name: string };
  let good: string[] = [];
  let template = Buffer.alloc(0);
  const month = thisMonth();
  const rowOf = (i: number, certNo: string, overrides: Partial<Row> = {}): Row => ({
    certType: '居民身份证(户口簿)',
    certNo,
    name: `批量测试${'甲乙丙丁戊己'[i]}`,
    sex: i % 2 ? '女' : '男',
    ethnicity: '汉族',
    birthDate: '1990-03-15',
    workStartDate: '2012-07-01',
    phone: `1390000${String(1000 + i)}`,
    startDate: month,
    wage: '9200.00',
    ...overrides,
  });

  beforeAll(async () => {
    browser = await launchBrowser();
    unit = await demoUnit();
    good = await unusedCertNos(3);
    clerk = await (await browser.newContext({ viewport })).newPage();
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return;
    await screenshot(clerk, 'failed-employee-batch');
  });
  afterAll(async () => {
    await browser.close();
  });

  it('opens 批量模式 and downloads the template with the guide’s columns', async () => {
    await signIn(clerk, 'clerk01');
    await clerk.goto(`${base()}${PAGE}`);
    await clerk.locator('.ant-steps-item-active', { hasText: '选择单位并上传' }).waitFor();
    await clerk.locator('.ant-segmented-item-selected', { hasText: '批量模式' }).waitFor();
    for (const title of ['单位信息', '人员名单']) {
      await clerk.locator('.ant-card-head-title', { hasText: title }).waitFor();
    }
    const file = await download(clerk, '下载模板');
    expect(file.name).toBe('单位职工新参保批量导入模板.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const header = wb.worksheets[0]!.getRow(1).values as unknown[];
    expect(header.slice(1)).toEqual(EMPLOYEE_BATCH_COLUMNS.map((c) => c.title));
    template = file.bytes;

    // nothing to send yet: both fields say what they miss
    await button(clerk, '上传并校验').click();
    await fieldError(clerk, '请输入单位编号').waitFor();
    await fieldError(clerk, '请选择要导入的Excel文件').waitFor();
    await settled(clerk);
    await screenshot(clerk, 'employee-batch-1-upload');
  });

  it('names the unit or the file it cannot take', async () => {
    const form = clerk.locator('.employee-batch-upload');
    await clerk.getByLabel('单位编号').fill('NOSUCHUNIT01');
    await pick(clerk, '职工.xlsx', await filledIn(template, [rowOf(0, good[0]!)]));
    await button(clerk, '上传并校验').click();
    await fieldError(form, '未找到该单位编号的单位').waitFor();

    await clerk.getByLabel('单位编号').fill(unit.unitNo);
    await pick(clerk, '不是表格.xlsx', Buffer.from('这不是Excel文件'));
    await button(clerk, '上传并校验').click();
    await fieldError(form, '文件不是有效的Excel文件，请使用下载的模板填写').waitFor();

    const other = new ExcelJS.Workbook();
    other.addWorksheet('名单').addRows([
      ['姓名', '电话'],
      ['张三', '13900000000'],
    ]);
    await pick(clerk, '别的表格.xlsx', Buffer.from(await other.xlsx.writeBuffer()));
    await button(clerk, '上传并校验').click();
    await fieldError(form, '模板缺少列：证件类型、证件号码、性别').waitFor();
    await settled(clerk);
    await screenshot(clerk, 'employee-batch-1-refused');
    // nothing was checked, so nothing is waiting either
    expect(new URL(clerk.url()).searchParams.get('batch')).toBeNull();
  });

  it('checks every row and shows the reasons; nothing is written yet', async () => {
    const rows = [
      rowOf(0, good[0]!),
      rowOf(1, good[1]!),
      rowOf(2, '110105199003150000'),
      rowOf(3, good[2]!),
      rowOf(4, good[0]!, { name: '重复人员' }),
      rowOf(5, makeCertNo18('110105', '19900315', '977'), { wage: '一万' }),
    ];
    await pick(clerk, '职工名单.xlsx', await filledIn(template, rows));
    await button(clerk, '上传并校验').click();
    await clerk.locator('.ant-steps-item-active', { hasText: '校验结果' }).waitFor();

    const counts = clerk.locator('.employee-batch-counts');
    await expect.poll(() => counts.innerText()).toMatch(/共计\s*6\s*行[\s\S]*校验成功\s*3\s*行/);
    await expect(counts.innerText()).resolves.toMatch(/校验失败\s*3\s*行/);
    await clerk.getByText(unit.name, { exact: true }).waitFor();
    await clerk.getByText(/尚未写入任何数据/).waitFor();
    const table = clerk.locator('.employee-batch-check .ant-table-tbody');
    await expect.poll(() => table.locator('tr.ant-table-row').count()).toBe(6);
    await settled(clerk);
    await screenshot(clerk, 'employee-batch-2-check');

    await clerk.getByRole('switch', { name: '只看校验失败' }).click();
    await expect.poll(() => table.locator('tr.ant-table-row').count()).toBe(3);
    const bad = await table.locator('tr.ant-table-row').allInnerTexts();
    expect(bad[0]).toMatch(/^4\s[\s\S]*校验失败[\s\S]*证件号码：/);
    expect(bad[1]).toMatch(/^6\s[\s\S]*与第2行证件号码重复/);
    expect(bad[2]).toMatch(/^7\s[\s\S]*缴费工资（元）：/);
    await settled(clerk);
    await screenshot(clerk, 'employee-batch-2-bad-rows');

    // the batch is in the address: a reload in elder mode shows the same check
    await clerk.evaluate(() => window.localStorage.setItem('yibao.elder', '1'));
    await clerk.reload();
    await expect.poll(() => counts.innerText()).toMatch(/校验失败\s*3\s*行/);
    await expect.poll(() => table.locator('tr.ant-table-row').count()).toBe(6);
    await settled(clerk);
    await screenshot(clerk, 'employee-batch-2-check-elder');
    await clerk.evaluate(() => window.localStorage.setItem('yibao.elder', '0'));
    await clerk.reload();
    await clerk.locator('.ant-steps-item-active', { hasText: '校验结果' }).waitFor();

    const written = await query(
      `select 1 from enrolments e join persons p on p.id = e.person_id where p.cert_no = any($1)`,
      [good],
    );
    expect(written).toEqual([]);
  });

  it('confirms with the originals received; the job’s progress reaches the result', async () => {
    // the required originals first
    await button(clerk, '确认导入').click();
    await fieldError(clerk, '请确认已收取纸质原件').waitFor();
    for (const box of await clerk.getByRole('checkbox', { name: /已收取纸质原件$/ }).all()) {
      await box.check();
    }
    await button(clerk, '确认导入').click();
    const dialog = clerk.locator('.ant-modal-confirm');
    await dialog.getByText('3人将被导入、3行不会导入').waitFor();
    await clerk.waitForTimeout(500); // the dialog's opening animation
    await screenshot(clerk, 'employee-batch-2-confirm');
    await button(dialog, '确认导入').click();

    await clerk.locator('.ant-steps-item-active', { hasText: '导入' }).waitFor();
    await expect.poll(() => clerk.locator('.ant-modal-wrap:visible').count()).toBe(0);
    // the job waits for a worker a moment; a quick one may be done before the bar is seen
    await clerk
      .locator('.employee-batch-progress .ant-progress, .employee-batch-result')
      .first()
      .waitFor();
    await screenshot(clerk, 'employee-batch-3-progress');

    const result = clerk.locator('.employee-batch-result');
    await result
      .locator('.ant-result-title', { hasText: /^导入成功3人$/ })
      .waitFor({ timeout: 30_000 });
    await result.getByText('已办结待复核').waitFor();
    await settled(clerk);
    await screenshot(clerk, 'employee-batch-3-result');
    await clerk.evaluate(() => window.localStorage.setItem('yibao.elder', '1'));
    await clerk.reload();
    await result.getByText('已办结待复核').waitFor();
    await settled(clerk);
    await screenshot(clerk, 'employee-batch-3-result-elder');
    await clerk.evaluate(() => window.localStorage.setItem('yibao.elder', '0'));
    await clerk.reload();
    await result.getByText('已办结待复核').waitFor();

    const enrolled = await query<{ cert_no: string; status: string; base: number }>(
      `select p.cert_no, e.status, e.contribution_base_fen as base
         from enrolments e join persons p on p.id = e.person_id
        where p.cert_no = any($1) and e.insurance_type = '310' and e.unit_id = $2
        order by p.cert_no`,
      [good, unit.id],
    );
    expect(enrolled.map((e) => e.cert_no)).toEqual([...good].sort());
    expect(enrolled.every((e) => e.status === '正常参保' && Number(e.base) === 920_000)).toBe(true);

    const file = await download(clerk, '下载导入结果');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const results = wb.worksheets[0]!.getColumn(5).values.slice(2);
    expect(results.filter((v) => v === '导入成功')).toHaveLength(3);

    await clerk.getByRole('link', { name: '查看办件' }).click();
    await clerk.waitForURL(/\/window\/applications\/\d+$/);
    const applicationId = Number(new URL(clerk.url()).pathname.split('/').pop());
    const [application] = await query<{ business_code: string }>(
      'select business_code from applications where id = $1',
      [applicationId],
    );
    expect(application?.business_code).toBe('employee-enrolment-batch');
  });

  it('继续导入 starts again from an empty step 1', async () => {
    await clerk.goBack();
    await button(clerk, '继续导入').click();
    await clerk.locator('.ant-steps-item-active', { hasText: '选择单位并上传' }).waitFor();
    await expect(clerk.getByLabel('单位编号').inputValue()).resolves.toBe('');
  });
});
