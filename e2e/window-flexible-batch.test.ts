import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FLEXIBLE_BATCH_COLUMNS } from '@yibao/contracts';
import { makeCertNo18 } from '@yibao/domain';
import { launchBrowser, screenshot } from './browser';
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
 * W12 (四) 灵活就业人员新参保/续保 · 批量模式 (guide 002 十二 (四), 登记信息 单个模式 / 批量模式):
 * clerk01 opens the business from 参保管理, switches to 批量模式, downloads the template, fills
 * it in for the demo 灵活就业代管机构 of 北京市 with three new workers and two rows that cannot
 * be imported, reads the check row by row (nothing written yet), ticks the originals received
 * and confirms; the job reaches 导入成功3人 as one 办件, 已办结待复核. A second batch whose import
 * fails at write time is confirmed again from the failure and writes each row once.
 */

const PAGE = '/window/flexible-enrolment/batch';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Citizen numbers (朝阳区, born 1986-07-21) the registry does not hold yet. */
async function unusedCertNos(count: number): Promise<string[]> {
  const found: string[] = [];
  for (let seq = Date.now() % 500; found.length < count; seq++) {
    const certNo = makeCertNo18('110105', '19860721', String(100 + (seq % 800)).padStart(3, '0'));
    if (found.includes(certNo)) continue;
    if ((await query('select 1 from persons where cert_no = $1', [certNo])).length === 0) {
      found.push(certNo);
    }
  }
  return found;
}

/** The demo 灵活就业代管机构 of 北京市. */
async function demoAgency(): Promise<{ id: number; unitNo: string; name: string }> {
  const rows = await query<{ id: string; unit_no: string; name: string }>(
    `select id, unit_no, name from units where region_code = '110000' and status = '正常'
        and unit_type = 'agency-flex' order by id limit 1`,
  );
  expect(rows).toHaveLength(1);
  return { id: Number(rows[0]!.id), unitNo: rows[0]!.unit_no, name: rows[0]!.name };
}

/** The first day of this month in Beijing: a 参保日期 the check accepts. */
function thisMonth(): string {
  return `${new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7)}-01`;
}

type Row = Record<(typeof FLEXIBLE_BATCH_COLUMNS)[number]['key'], string>;

async function filledIn(template: Buffer, rows: Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  for (const row of rows) ws.addRow(FLEXIBLE_BATCH_COLUMNS.map((c) => row[c.key]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

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

/** Ticks every original received on paper, then 确认导入 and its dialog. */
async function confirmImport(page: Page, summary: string, shot?: string) {
  for (const box of await page.getByRole('checkbox', { name: /已收取纸质原件$/ }).all()) {
    await box.check();
  }
  await button(page, '确认导入').click();
  const dialog = page.locator('.ant-modal-confirm');
  await dialog.getByText(summary).waitFor();
  await page.waitForTimeout(500); // the dialog's opening animation
  if (shot) await screenshot(page, shot);
  await button(dialog, '确认导入').click();
  await page.locator('.ant-steps-item-active', { hasText: '导入' }).waitFor();
}

const enrolledOf = (certNos: string[], unitId: number) =>
  query<{ cert_no: string; status: string; base: string; person_type: string }>(
    `select p.cert_no, e.status, e.contribution_base_fen as base, e.person_type
       from enrolments e join persons p on p.id = e.person_id
      where p.cert_no = any($1) and e.insurance_type = '310' and e.unit_id = $2
      order by p.cert_no, e.id`,
    [certNos, unitId],
  );

describe('W12 (四) 灵活就业人员新参保/续保 · 批量模式 at the window (guide 002)', () => {
  let browser: Browser;
  let clerk: Page;
  let agency: { id: number; unitNo: string; name: string };
  let certs: string[] = [];
  let template = Buffer.alloc(0);
  const month = thisMonth();
  const rowOf = (i: number, certNo: string, overrides: Partial<Row> = {}): Row => ({
    certType: '居民身份证(户口簿)',
    certNo,
    name: `灵活批量${'甲乙丙丁戊己庚辛'[i]}`,
    sex: i % 2 ? '女' : '男',
    ethnicity: '汉族',
    birthDate: '1986-07-21',
    workStartDate: '2008-07-01',
    phone: `1380000${String(2000 + i)}`,
    startDate: month,
    base: '5600.00',
    ...overrides,
  });

  beforeAll(async () => {
    browser = await launchBrowser();
    agency = await demoAgency();
    certs = await unusedCertNos(5);
    clerk = await (await browser.newContext({ viewport })).newPage();
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return;
    await screenshot(clerk, 'failed-window-flexible-batch');
  });
  afterAll(async () => {
    await query('drop trigger if exists e2e_flexible_batch_refuse on persons');
    await browser.close();
  });

  it('switches from 单个模式 to 批量模式 and downloads the template', async () => {
    await signIn(clerk, 'clerk01');
    await openMenuItem(clerk, '参保管理', '灵活就业人员新参保/续保');
    await clerk.waitForURL(/\/window\/flexible-enrolment$/);
    await clerk.locator('.ant-segmented-item-selected', { hasText: '单个模式' }).waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-flexible-batch-0-single');
    await clerk.locator('.ant-segmented-item', { hasText: '批量模式' }).click();
    await clerk.waitForURL(new RegExp(`${PAGE}$`));
    await clerk.locator('.ant-steps-item-active', { hasText: '选择单位并上传' }).waitFor();
    for (const title of ['登记信息', '单位信息', '人员名单']) {
      await clerk.locator('.ant-card-head-title', { hasText: title }).waitFor();
    }
    const file = await download(clerk, '下载模板');
    expect(file.name).toBe('灵活就业人员新参保批量导入模板.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const header = wb.worksheets[0]!.getRow(1).values as unknown[];
    expect(header.slice(1)).toEqual(FLEXIBLE_BATCH_COLUMNS.map((c) => c.title));
    template = file.bytes;

    await button(clerk, '上传并校验').click();
    await fieldError(clerk, '请输入单位编号').waitFor();
    await fieldError(clerk, '请选择要导入的Excel文件').waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-flexible-batch-1-upload');
  });

  it('takes an agency only, then checks every row by the single form’s rules', async () => {
    const form = clerk.locator('.employee-batch-upload');
    const [employer] = await query<{ unit_no: string }>(
      `select unit_no from units where region_code = '110000' and status = '正常'
          and unit_type = 'enterprise' order by id limit 1`,
    );
    await clerk.getByLabel('单位编号').fill(employer!.unit_no);
    const rows = [
      rowOf(0, certs[0]!),
      rowOf(1, certs[1]!),
      rowOf(2, '110105198607210000'),
      rowOf(3, certs[2]!),
      rowOf(4, certs[0]!, { name: '重复人员' }),
    ];
    await pick(clerk, '灵活就业人员.xlsx', await filledIn(template, rows));
    await button(clerk, '上传并校验').click();
    await fieldError(form, '该单位不是灵活就业代管机构，不能办理灵活就业人员参保').waitFor();

    await clerk.getByLabel('单位编号').fill(agency.unitNo);
    await button(clerk, '上传并校验').click();
    await clerk.locator('.ant-steps-item-active', { hasText: '校验结果' }).waitFor();
    const counts = clerk.locator('.employee-batch-counts');
    await expect.poll(() => counts.innerText()).toMatch(/共计\s*5\s*行[\s\S]*校验成功\s*3\s*行/);
    await clerk.getByText(agency.name, { exact: true }).waitFor();
    await clerk.getByText(/尚未写入任何数据/).waitFor();
    const table = clerk.locator('.employee-batch-check .ant-table-tbody');
    await expect.poll(() => table.locator('tr.ant-table-row').count()).toBe(5);
    await settled(clerk);
    await screenshot(clerk, 'window-flexible-batch-2-check');

    await clerk.getByRole('switch', { name: '只看校验失败' }).click();
    await expect.poll(() => table.locator('tr.ant-table-row').count()).toBe(2);
    const bad = await table.locator('tr.ant-table-row').allInnerTexts();
    expect(bad[0]).toMatch(/^4\s[\s\S]*校验失败[\s\S]*证件/);
    expect(bad[1]).toMatch(/^6\s[\s\S]*与第2行证件号码重复/);
    await settled(clerk);
    await screenshot(clerk, 'window-flexible-batch-2-bad-rows');
    expect(await enrolledOf(certs, agency.id)).toEqual([]);
  });

  it('confirms with the originals received: one job, 导入成功3人, one 办件 待复核', async () => {
    await button(clerk, '确认导入').click();
    await fieldError(clerk, '请确认已收取纸质原件').first().waitFor();
    await confirmImport(clerk, '3人将被导入、2行不会导入', 'window-flexible-batch-2-confirm');
    await clerk
      .locator('.employee-batch-progress .ant-progress, .employee-batch-result')
      .first()
      .waitFor();
    const result = clerk.locator('.employee-batch-result');
    await result
      .locator('.ant-result-title', { hasText: /^导入成功3人$/ })
      .waitFor({ timeout: 30_000 });
    await result.getByText('已办结待复核').waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-flexible-batch-3-result');

    const enrolled = await enrolledOf(certs, agency.id);
    expect(enrolled.map((e) => e.cert_no)).toEqual(certs.slice(0, 3).sort());
    expect(
      enrolled.every(
        (e) => e.status === '正常参保' && e.person_type === '14' && Number(e.base) === 560_000,
      ),
    ).toBe(true);
    const file = await download(clerk, '下载导入结果');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getColumn(5).values.slice(2)).toEqual([
      '导入成功',
      '导入成功',
      expect.stringContaining('证件'),
      '导入成功',
      '与第2行证件号码重复',
    ]);

    await clerk.getByRole('link', { name: '查看办件' }).click();
    await clerk.waitForURL(/\/window\/applications\/\d+$/);
    const applicationId = Number(new URL(clerk.url()).pathname.split('/').pop());
    const [application] = await query<{ business_code: string; status: string }>(
      'select business_code, status from applications where id = $1',
      [applicationId],
    );
    expect(application).toEqual({ business_code: 'flexible-enrolment-batch', status: 'applied' });
  });

  it('confirms a failed import again from its failure, writing each row once', async () => {
    const rows = [rowOf(5, certs[3]!), rowOf(6, certs[4]!)];
    await clerk.goto(`${base()}${PAGE}`);
    await clerk.getByLabel('单位编号').fill(agency.unitNo);
    await pick(clerk, '第二批.xlsx', await filledIn(template, rows));
    await button(clerk, '上传并校验').click();
    await clerk.locator('.ant-steps-item-active', { hasText: '校验结果' }).waitFor();

    // the second worker cannot be written (the database refuses it) once confirmed
    await query(`
      create or replace function e2e_flexible_batch_refuse() returns trigger language plpgsql as $$
      begin
        if new.cert_no = '${certs[4]}' then raise exception 'disk full'; end if;
        return new;
      end $$`);
    await query(`create trigger e2e_flexible_batch_refuse before insert on persons
      for each row execute function e2e_flexible_batch_refuse()`);
    await confirmImport(clerk, '2人将被导入');
    const failed = clerk.locator('.employee-batch-result');
    await failed.locator('.ant-result-title', { hasText: '导入失败' }).waitFor({ timeout: 30_000 });
    await failed.getByText(/本批人员均未写入，可重新确认导入/).waitFor();
    // what the database said stays in the log: the page says what it means
    await failed.getByText('导入时写入数据出错').waitFor();
    await expect(failed.innerText()).resolves.not.toMatch(/insert into|persons/);
    await settled(clerk);
    await screenshot(clerk, 'window-flexible-batch-4-failed');
    expect(await enrolledOf(certs.slice(3), agency.id)).toEqual([]);

    await query('drop trigger e2e_flexible_batch_refuse on persons');
    await button(clerk, '重新确认导入').click();
    await clerk.locator('.ant-steps-item-active', { hasText: '校验结果' }).waitFor();
    await settled(clerk);
    await screenshot(clerk, 'window-flexible-batch-4-confirm-again');
    await confirmImport(clerk, '2人将被导入');
    await clerk
      .locator('.employee-batch-result .ant-result-title', { hasText: /^导入成功2人$/ })
      .waitFor({ timeout: 30_000 });
    await settled(clerk);
    await screenshot(clerk, 'window-flexible-batch-4-result');
    const enrolled = await enrolledOf(certs.slice(3), agency.id);
    expect(enrolled.map((e) => e.cert_no)).toEqual(certs.slice(3).sort());
    const [filed] = await query<{ n: string }>(
      `select count(*) as n from persons where cert_no = any($1)`,
      [certs.slice(3)],
    );
    expect(Number(filed!.n)).toBe(2);
  });
});
