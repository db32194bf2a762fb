import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { APIRequestContext, Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { formatYuan } from '@yibao/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { DEMO_PASSWORD, personLogin } from './fixtures-applications';
import { today } from './fixtures-registry';
import { base, button, query, viewport } from './fixtures-window';
import { captchaAnswer } from './outbox-flows';

/**
 * 000 §4 个人权益 in a browser, as the demo employee: the demo hospital's operator issues an API
 * credential and the hospital's system settles visits of the employee through the signed
 * interface (门诊 with its bill lines, 住院, 急诊 then refunded, a dozen small ones); then
 * 职工医疗保险待遇查询 (P50) shows this year's 门诊 and 住院 deductible used, fund paid and cap
 * left with the 报销比例 and the policy's source, a year without policy as such, 【重置】 back to
 * this year; and 个人医疗消费信息查询 (P55) lists the year's settlements newest first, 10 a page,
 * with the year's totals, 【详情】 shows 票据信息详情 (bill lines, split, 本人账户, a refund's number),
 * and 【打印】 answers the year as a PDF.
 */

const EMPLOYEE = '13800000001';
const HOSPITAL_OPERATOR = '13900000003';
const SETTLE = '/api/settlement/v1/settlements';
/** This walkthrough's own client address, so the per-address limits count it apart. */
const headers = { 'X-Forwarded-For': '203.0.113.72' };
const menu = (page: Page) => page.getByRole('navigation', { name: '个人网厅菜单' });
const yuan = (fen: number) => `${formatYuan(fen, { grouping: true })} 元`;
/** A value cell of a Descriptions table, by its label. */
const cell = (scope: Page | Locator, label: string) =>
  scope
    .locator('.ant-descriptions-item-label', { hasText: new RegExp(`^${label}$`) })
    .locator('xpath=following-sibling::*[1]');
const settle = (page: Page) => page.waitForTimeout(400);
/** The locator's text, trimmed, once it has settled to `expected`. */
const hasText = (l: Locator, expected: string) =>
  expect.poll(async () => (await l.innerText()).trim()).toBe(expected);
const containsText = (l: Locator, expected: string) =>
  expect.poll(() => l.innerText()).toContain(expected);
const hasCount = (l: Locator, n: number) => expect.poll(() => l.count()).toBe(n);
/** An entry of P55's 年度合计 line, by its label. */
const total = (page: Page, label: string) =>
  page
    .getByLabel('年度合计')
    .locator('div')
    .filter({ has: page.locator('dt', { hasText: label }) })
    .locator('dd');

interface Key {
  keyId: string;
  secret: string;
}
interface Settled {
  txnNo: string;
  totalFen: number;
  inCatalogueFen: number;
  outCatalogueFen: number;
  deductibleFen: number;
  fundFen: number;
  accountFen: number;
  cashFen: number;
}

/** A request signed as a hospital's system signs it (the published HMAC description). */
async function signedPost<T>(key: Key, path: string, payload: unknown): Promise<T> {
  const body = JSON.stringify(payload);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = randomBytes(12).toString('hex');
  const bodyHash = createHash('sha256').update(body).digest('hex');
  const text = ['POST', path, timestamp, nonce, bodyHash].join('\n');
  const res = await fetch(`${base()}${path}`, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'x-yibao-key': key.keyId,
      'x-yibao-timestamp': timestamp,
      'x-yibao-nonce': nonce,
      'x-yibao-signature': createHmac('sha256', key.secret).update(text).digest('hex'),
    },
  });
  const answer = await res.text();
  expect(res.status, answer).toBe(200);
  return JSON.parse(answer) as T;
}

/** 单位登录 as the demo hospital's operator, then 申请接口凭证 for its institution. */
async function hospitalKey(api: APIRequestContext): Promise<Key & { institutionName: string }> {
  const { id } = (await (await api.get('/api/captcha')).json()) as { id: string };
  const login = await api.post('/api/auth/unit/login', {
    data: {
      phone: HOSPITAL_OPERATOR,
      password: DEMO_PASSWORD,
      captchaId: id,
      captcha: await captchaAnswer(id),
    },
  });
  expect(login.status(), await login.text()).toBe(200);
  const list = (await (await api.get('/api/unit/api-keys')).json()) as {
    institutions: { code: string; name: string }[];
  };
  const institution = list.institutions[0];
  if (!institution) throw new Error(`${HOSPITAL_OPERATOR} runs no designated institution`);
  const issued = await api.post('/api/unit/api-keys', {
    data: { institutionCode: institution.code, name: '个人权益走查' },
  });
  expect(issued.status(), await issued.text()).toBe(200);
  return { ...((await issued.json()) as Key), institutionName: institution.name };
}

interface Employee {
  id: string;
  cert_no: string;
  account_id: string;
  password_free_local: boolean;
}

describe('职工医疗保险待遇查询 and 个人医疗消费信息查询 (000 个人权益)', () => {
  let browser: Browser;
  let operator: BrowserContext;
  let ctx: BrowserContext;
  let page: Page;
  let employee: Employee;
  let hospitalName: string;
  let outpatient: Settled;
  let refunded: Settled;
  const year = Number(today().slice(0, 4));
  const bill = [
    { name: '诊察费', category: '诊察费', amountFen: 5_000, inCatalogue: true },
    { name: '头孢克肟分散片', category: '西药费', amountFen: 25_600, inCatalogue: true },
    { name: '胸部CT平扫', category: '检查费', amountFen: 200_000, inCatalogue: true },
    { name: '一次性医用口罩', category: '材料费', amountFen: 1_200, inCatalogue: false },
  ];

  beforeAll(async () => {
    browser = await launchBrowser();
    const [row] = await query<Employee>(
      `select p.id, p.cert_no, pa.id as account_id, pa.password_free_local
         from person_accounts a join persons p on p.id = a.person_id
         join personal_accounts pa on pa.person_id = p.id
        where a.phone = $1 and a.status = '正常'`,
      [EMPLOYEE],
    );
    if (!row) throw new Error(`${EMPLOYEE} has no personal account`);
    employee = row;
    // the hospital's system settles without the account's password when 免密支付 is on
    await query('update personal_accounts set password_free_local = true where id = $1', [
      employee.account_id,
    ]);

    operator = await browser.newContext({ baseURL: base(), extraHTTPHeaders: headers });
    const key = await hospitalKey(operator.request);
    hospitalName = key.institutionName;
    const visit = (txn: string, extra: Record<string, unknown>) => ({
      txnNo: `BEN${Date.now().toString(36)}${txn}`,
      certNo: employee.cert_no,
      medType: '11',
      visitDate: today(),
      ...extra,
    });
    for (let i = 0; i < 9; i++) {
      await signedPost(
        key,
        SETTLE,
        visit(`S${i}`, { totalFen: 1_000 + i, inCatalogueFen: 1_000 + i, outCatalogueFen: 0 }),
      );
    }
    await signedPost(
      key,
      SETTLE,
      visit('I', { medType: '21', totalFen: 200_000, inCatalogueFen: 200_000, outCatalogueFen: 0 }),
    );
    refunded = await signedPost<Settled>(
      key,
      SETTLE,
      visit('E', { medType: '13', totalFen: 8_000, inCatalogueFen: 8_000, outCatalogueFen: 0 }),
    );
    await signedPost(key, `${SETTLE}/${refunded.txnNo}/refund`, {
      refundTxnNo: `R${refunded.txnNo}`,
    });
    // past the 门诊 deductible, so the fund pays part of it
    outpatient = await signedPost<Settled>(
      key,
      SETTLE,
      visit('O', {
        totalFen: 231_800,
        inCatalogueFen: 230_600,
        outCatalogueFen: 1_200,
        items: bill,
      }),
    );

    ctx = await browser.newContext({ viewport, baseURL: base(), extraHTTPHeaders: headers });
    await personLogin(ctx.request, base(), EMPLOYEE);
    page = await ctx.newPage();
  });
  afterAll(async () => {
    await query('update personal_accounts set password_free_local = $2 where id = $1', [
      employee.account_id,
      employee.password_free_local,
    ]);
    await browser.close();
  });
  afterEach(async (t) => {
    if (t.task.result?.state !== 'fail') return;
    let n = 0;
    for (const c of browser.contexts())
      for (const p of c.pages()) await screenshot(p, `failed-account-benefits-${n++}`);
  });

  /** 点击左侧菜单栏的【个人权益】模块 (when it is not open already), then the page. */
  async function openRights(label: string) {
    const group = menu(page).getByRole('menuitem', { name: '个人权益' });
    await group.waitFor();
    await settle(page);
    const item = menu(page).getByRole('menuitem', { name: label, exact: true });
    if (!(await item.isVisible()))
      await menu(page).getByRole('menuitem', { name: '个人权益' }).click();
    await item.click();
  }

  async function chooseYear(value: number) {
    const picker = page.getByLabel('查询年度');
    await picker.click();
    await picker.fill(String(value));
    await picker.press('Enter');
    await button(page, '查询').click();
    await settle(page);
  }

  it('P50 shows this year’s 门诊 and 住院 against the policy, a year without policy, and 重置', async () => {
    await page.goto(`${base()}/personal`);
    await openRights('职工医疗保险待遇查询');
    await page.waitForURL(/\/personal\/medical-benefits$/);
    await expect.poll(() => page.getByLabel('查询年度').inputValue()).toBe(String(year));
    await page.getByText(`职工医疗保险待遇信息（${year}年度）`).waitFor();

    const [scheme] = await query<{ person_type: string }>(
      `select person_type from enrolments where person_id = $1 and insurance_type = '310'
          and status = '正常参保' limit 1`,
      [employee.id],
    );
    const personClass = ['12', '13'].includes(scheme?.person_type ?? '') ? '退休' : '在职';
    await hasText(cell(page, '人员类别'), personClass);
    for (const visitClass of ['门诊', '住院']) {
      const [used] = await query<{ deductible_used_fen: string; fund_paid_fen: string }>(
        `select deductible_used_fen, fund_paid_fen from benefit_accumulators
          where person_id = $1 and year = $2 and visit_class = $3`,
        [employee.id, year, visitClass],
      );
      const [policy] = await query<{
        deductible_fen: string;
        annual_cap_fen: string;
        ratio_tertiary_bp: number;
        source: string;
      }>(
        `select deductible_fen, annual_cap_fen, ratio_tertiary_bp, source from benefit_policies
          where region_code = '110000' and person_class = $1 and visit_class = $2
            and valid_from <= $3::date and (valid_to is null or valid_to >= $3::date)
          order by valid_from desc limit 1`,
        [personClass, visitClass, today()],
      );
      if (!used || !policy) throw new Error(`${visitClass}: no accumulator or policy`);
      const fundPaid = Number(used.fund_paid_fen);
      // this walkthrough's own settlements are in the year
      expect(fundPaid).toBeGreaterThan(0);
      const card = page.locator(`[data-visit-class="${visitClass}"]`);
      await hasText(cell(card, '起付标准'), yuan(Number(policy.deductible_fen)));
      await hasText(cell(card, '已累计起付金额'), yuan(Number(used.deductible_used_fen)));
      await hasText(cell(card, '统筹基金已支付'), yuan(fundPaid));
      await hasText(cell(card, '年度最高支付限额'), yuan(Number(policy.annual_cap_fen)));
      await hasText(
        cell(card, '剩余可支付额度'),
        yuan(Math.max(0, Number(policy.annual_cap_fen) - fundPaid)),
      );
      const ratios = card.locator('.benefits-ratios');
      await hasText(ratios.locator('thead th').nth(2), '三级');
      await hasText(ratios.locator('tbody td').nth(2), `${policy.ratio_tertiary_bp / 100}%`);
      await card.getByText(`政策来源：${policy.source}`).waitFor();
    }
    await screenshot(page, 'account-benefits-p50');

    await chooseYear(2018);
    await page.getByText('2018年度暂无待遇政策信息').waitFor();
    await screenshot(page, 'account-benefits-p50-no-policy');

    await button(page, '重置').click();
    await page.getByText(`职工医疗保险待遇信息（${year}年度）`).waitFor();
    await expect.poll(() => page.getByLabel('查询年度').inputValue()).toBe(String(year));
  });

  it('P55 lists the year newest first with its totals, 10 a page, and prints it', async () => {
    await openRights('个人医疗消费信息查询');
    await page.waitForURL(/\/personal\/medical-consumption$/);
    await page.getByText(`个人医疗消费信息列表（${year}年度，金额单位：元）`).waitFor();

    const [sums] = await query<{
      all: number;
      count: number;
      total: string;
      fund: string;
      account: string;
      cash: string;
    }>(
      `select count(*)::int as all,
              (count(*) filter (where status = '已结算'))::int as count,
              coalesce(sum(total_fen) filter (where status = '已结算'), 0) as total,
              coalesce(sum(fund_fen) filter (where status = '已结算'), 0) as fund,
              coalesce(sum(account_fen) filter (where status = '已结算'), 0) as account,
              coalesce(sum(cash_fen) filter (where status = '已结算'), 0) as cash
         from settlements where person_id = $1
          and visit_date between $2::date and $3::date`,
      [employee.id, `${year}-01-01`, `${year}-12-31`],
    );
    if (!sums) throw new Error('no totals');
    expect(sums.all).toBeGreaterThanOrEqual(12);
    await page.getByText(`总共 ${sums.all} 条`).waitFor();
    await hasText(total(page, '笔数'), `${sums.count} 笔`);
    await hasText(total(page, '费用总额'), `${yuan(Number(sums.total))}`);
    await hasText(total(page, '统筹基金支付'), `${yuan(Number(sums.fund))}`);
    await hasText(total(page, '个人账户支付'), `${yuan(Number(sums.account))}`);
    await hasText(total(page, '现金支付'), `${yuan(Number(sums.cash))}`);

    const rows = page.locator('.consumption-result tbody tr.ant-table-row');
    await hasCount(rows, 10);
    // newest first: the 门诊 with its bill lines, then the refunded 急诊, then 住院
    const first = rows.nth(0);
    await containsText(first, hospitalName);
    await containsText(first, '普通门诊');
    await containsText(first, formatYuan(outpatient.totalFen, { grouping: true }));
    await containsText(first, '已结算');
    await containsText(rows.nth(1), '急诊');
    await containsText(rows.nth(1), '已退费');
    await containsText(rows.nth(2), '普通住院');
    await screenshot(page, 'account-benefits-p55');

    const printHref = await page.getByRole('link', { name: /打\s*印/ }).getAttribute('href');
    expect(printHref).toContain(`year=${year}`);
    const pdf = await ctx.request.get(printHref ?? '');
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    await page.locator('.ant-pagination-item-2').click();
    await settle(page);
    await hasCount(rows, Math.min(10, sums.all - 10));
    await page.locator('.ant-pagination-item-1').click();
    await settle(page);
  });

  it('P55 【详情】 shows 票据信息详情: the bill lines, the split, 本人账户 and a refund', async () => {
    const rows = page.locator('.consumption-result tbody tr.ant-table-row');
    await rows
      .nth(0)
      .getByRole('button', { name: /详\s*情/ })
      .click();
    const dialog = page.getByRole('dialog', { name: '票据信息详情' });
    await dialog.getByText('头孢克肟分散片').waitFor();
    await hasText(cell(dialog, '定点医药机构'), hospitalName);
    await hasText(cell(dialog, '交易流水号'), outpatient.txnNo);
    await hasText(cell(dialog, '就诊日期'), today());
    await hasText(cell(dialog, '医疗类别'), '普通门诊');
    await hasText(cell(dialog, '是否异地就医'), '否');
    const items = dialog.locator('.consumption-items tbody tr.ant-table-row');
    await hasCount(items, 4);
    await containsText(items.nth(2), '2,000.00');
    await containsText(items.nth(3), '一次性医用口罩');
    await containsText(items.nth(3), '12.00');
    await containsText(items.nth(3), '目录外');
    await hasText(cell(dialog, '费用总额'), yuan(outpatient.totalFen));
    await hasText(cell(dialog, '目录内金额'), yuan(outpatient.inCatalogueFen));
    await hasText(cell(dialog, '目录外金额'), yuan(outpatient.outCatalogueFen));
    await hasText(cell(dialog, '起付线金额'), yuan(outpatient.deductibleFen));
    await hasText(cell(dialog, '统筹基金支付'), yuan(outpatient.fundFen));
    await hasText(cell(dialog, '现金支付'), yuan(outpatient.cashFen));
    expect(outpatient.fundFen).toBeGreaterThan(0);
    expect(outpatient.accountFen).toBeGreaterThan(0);
    await containsText(cell(dialog, '个人账户支付'), `本人账户：${yuan(outpatient.accountFen)}`);
    await screenshot(page, 'account-benefits-p55-detail');
    await button(dialog.locator('.ant-modal-footer'), '关闭').click();
    await dialog.waitFor({ state: 'hidden' });

    await rows
      .nth(1)
      .getByRole('button', { name: /详\s*情/ })
      .click();
    await dialog.getByText('退费流水号').waitFor();
    await hasText(cell(dialog, '退费流水号'), `R${refunded.txnNo}`);
    await hasText(cell(dialog, '状态'), '已退费');
    await hasText(cell(dialog, '医疗类别'), '急诊');
    await dialog.getByText('该笔结算未上传费用明细').waitFor();
    await screenshot(page, 'account-benefits-p55-refunded');
    await button(dialog.locator('.ant-modal-footer'), '关闭').click();
    await dialog.waitFor({ state: 'hidden' });

    await chooseYear(2018);
    await page.getByText('个人医疗消费信息列表（2018年度，金额单位：元）').waitFor();
    const [early] = await query<{ n: number }>(
      `select count(*)::int as n from settlements
        where person_id = $1 and visit_date between '2018-01-01' and '2018-12-31'`,
      [employee.id],
    );
    const n = early?.n ?? 0;
    // antd leaves the pager out of an empty table
    await (
      n === 0
        ? page.locator('.consumption-result .ant-empty-description', { hasText: '暂无数据' })
        : page.getByText(`总共 ${n} 条`)
    ).waitFor();
    await button(page, '重置').click();
    await page.getByText(`个人医疗消费信息列表（${year}年度，金额单位：元）`).waitFor();
  });
});
