import pg from 'pg';
import { request, type APIRequestContext, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import {
  DEMO_PASSWORD,
  DEMO_RESIDENT,
  newResident,
  onePagePdf,
  personLogin,
  qrSignIn,
  scannedPagePng,
  submitResidentEnrolment,
} from './fixtures-applications';

/**
 * The window console's 办件审核 (guide 002): 13800000003 applies for 居民参保登记 (P21) for a
 * child of her household after a QR sign-in, with 户口簿 pages as a picture and a PDF. clerk01
 * opens 待办工作台, sees the counts (已超期 in red, 今日到期 in orange) and the row, claims it,
 * opens 办件审核, enlarges the picture, opens the PDF, approves with confirmation; a second one
 * is returned with a reason; a third, claimed meanwhile by reviewer01, shows the server's 409.
 */

const base = () => inject('baseUrl');
const viewport = { width: 1366, height: 900 };
const DAY = 86_400_000;

const clock = async (body: unknown) => {
  const res = await fetch(`${base()}/api/dev/clock`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { now: string }).now;
};
const beijingDate = (iso: string) =>
  new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const dueDate = async (from: string, days: number) =>
  (
    (await (await fetch(`${base()}/api/calendar/due-date?from=${from}&days=${days}`)).json()) as {
      dueDate: string;
    }
  ).dueDate;
const dayBefore = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - n * DAY).toISOString().slice(0, 10);

/** Fresh identities the registry does not hold (so a 居民参保登记 for them is allowed). */
async function unusedResidents(count: number) {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    const names = ['王小雨', '王小雪', '王小云', '王小风', '王小星', '王小月'];
    const found: ReturnType<typeof newResident>[] = [];
    for (let seq = 0; found.length < count; seq++) {
      const candidate = newResident(seq, names[found.length % names.length]!);
      const { rowCount } = await client.query('select 1 from persons where cert_no = $1', [
        candidate.certNo,
      ]);
      if (!rowCount) found.push(candidate);
    }
    return found;
  } finally {
    await client.end();
  }
}

const files = () => [
  {
    itemCode: 'household',
    name: '户口簿首页.png',
    mimeType: 'image/png',
    buffer: scannedPagePng(),
  },
  {
    itemCode: 'household',
    name: '户口簿本人页.pdf',
    mimeType: 'application/pdf',
    buffer: onePagePdf(),
  },
];

/** The resident signs in on the phone, then on the portal by QR, as 为他人办理 requires. */
async function applicant(): Promise<APIRequestContext> {
  const phone = await request.newContext({ baseURL: base() });
  const portal = await request.newContext({ baseURL: base() });
  await personLogin(phone, base(), DEMO_RESIDENT);
  await qrSignIn(phone, portal);
  await phone.dispose();
  return portal;
}

async function staffApi(username: string) {
  const api = await request.newContext({ baseURL: base() });
  const res = await api.post('/api/auth/staff/login', {
    data: { username, password: DEMO_PASSWORD },
  });
  expect(res.status()).toBe(200);
  return api;
}

/** A two-character antd button: antd puts a space between the characters. */
const button = (scope: Page | ReturnType<Page['locator']>, twoChars: string) =>
  scope.getByRole('button', { name: new RegExp(`^(loading )?${twoChars[0]}\\s*${twoChars[1]}$`) });

describe('window console 办件审核 (guide 002)', () => {
  let browser: Browser;
  let page: Page;
  let residents: Awaited<ReturnType<typeof unusedResidents>>;
  type Submitted = Awaited<ReturnType<typeof submitResidentEnrolment>>;
  let approveMe: Submitted;
  let returnMe: Submitted;
  let contested: Submitted;
  let overdue: Submitted;
  let dueToday: Submitted;
  let today = '';
  let portal: APIRequestContext;

  beforeAll(async () => {
    browser = await launchBrowser();
    residents = await unusedResidents(5);
    // a working day, early enough that the date does not turn meanwhile; the clock moves only
    // forward here, as the sign-in by QR code needs a cookie that has not lapsed
    const now = await clock({ reset: true });
    today = beijingDate(now);
    const working = (await dueDate(dayBefore(today, 1), 1)) === today;
    if (!working || new Date(now).getUTCHours() + 8 >= 22) {
      today = await dueDate(today, 1);
      await clock({ now: `${today}T10:00:00+08:00` });
    }
    const [early, lately] = [await applicant(), await applicant()];
    portal = await applicant();

    // filed 20 days ago: overdue; filed five working days before today: due today
    await clock({ advanceMs: -20 * DAY });
    overdue = await submitResidentEnrolment(early, residents[3]!, files());
    await clock({ advanceMs: 20 * DAY });
    let back = 1;
    while ((await dueDate(dayBefore(today, back), 5)) !== today) back++;
    await clock({ advanceMs: -back * DAY });
    dueToday = await submitResidentEnrolment(lately, residents[4]!, files());
    await clock({ advanceMs: back * DAY });

    approveMe = await submitResidentEnrolment(portal, residents[0]!, files());
    returnMe = await submitResidentEnrolment(portal, residents[1]!, files());
    contested = await submitResidentEnrolment(portal, residents[2]!, files());
    expect(approveMe.status).toBe('submitted');

    page = await (await browser.newContext({ viewport })).newPage();
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') await screenshot(page, `failed-window-review`);
  });
  afterAll(async () => {
    await clock({ reset: true });
    await browser.close();
  });

  const row = (no: string) => page.locator('tr.ant-table-row', { hasText: no });
  /** Waits for the tables and the dialogs to settle, so the screenshot shows the result. */
  const settled = async () => {
    await expect.poll(() => page.locator('.ant-spin-spinning').count()).toBe(0);
    await expect.poll(() => page.locator('.ant-modal-wrap:visible').count()).toBe(0);
  };

  it('signs clerk01 in and shows 待办工作台 with the counts and the highlighted rows', async () => {
    await page.goto(`${base()}/window/login`);
    await page.getByPlaceholder('请输入用户名').fill('clerk01');
    await page.getByPlaceholder('请输入密码').fill(DEMO_PASSWORD);
    await button(page, '登录').click();
    await page.waitForURL((url) => !url.pathname.endsWith('/login'));
    await page.getByRole('navigation', { name: '综窗经办菜单' }).getByText('待办工作台').click();
    await page.waitForURL(/\/window\/queue$/);
    await page.getByText('当前位置：').waitFor();

    const counts = (await (await page.request.get(`${base()}/api/review/counts`)).json()) as {
      items: { businessName: string; levelName: string; waiting: number; overdue: number }[];
    };
    const p21 = counts.items.find((c) => c.businessName === '居民参保登记')!;
    expect(p21.levelName).toBe('审核');
    expect(p21.waiting).toBeGreaterThanOrEqual(5);
    const sum = (k: 'waiting' | 'overdue') => counts.items.reduce((s, c) => s + c[k], 0);
    const statistic = (key: string) =>
      page.locator(`.queue-summary-${key} .ant-statistic-content-value`);
    await expect.poll(() => statistic('waiting').textContent()).toBe(String(sum('waiting')));
    await expect.poll(() => statistic('overdue').textContent()).toBe(String(sum('overdue')));
    const countsRow = page.locator('.queue-counts-table tr', { hasText: '居民参保登记' });
    await countsRow
      .getByRole('button', { name: `居民参保登记审核待审核 ${p21.waiting}` })
      .waitFor();

    await row(approveMe.applicationNo).waitFor();
    await expect(row(overdue.applicationNo).getAttribute('class')).resolves.toContain(
      'queue-row-overdue',
    );
    await row(overdue.applicationNo).getByText('已超期').waitFor();
    await expect(row(dueToday.applicationNo).getAttribute('class')).resolves.toContain(
      'queue-row-due-today',
    );
    await row(dueToday.applicationNo).getByText('今日到期').waitFor();
    await expect(
      row(approveMe.applicationNo).locator('.application-status-tag').textContent(),
    ).resolves.toBe('未审核');
    await settled();
    await screenshot(page, 'window-queue');

    // the red count narrows the queue to the overdue ones
    await page.locator('.queue-summary-overdue').click();
    await expect.poll(() => row(approveMe.applicationNo).count()).toBe(0);
    await row(overdue.applicationNo).waitFor();
    await page.locator('.ant-select', { hasText: '已超期' }).waitFor();
    await button(page, '重置').click();
    await row(approveMe.applicationNo).waitFor();
  });

  it('claims the application, then 我领取的 lists it with 释放', async () => {
    await button(row(approveMe.applicationNo), '领取').click();
    await page.getByText(`${approveMe.applicationNo} 领取成功`).waitFor();
    await row(approveMe.applicationNo).getByText('窗口经办员一').waitFor();
    await page.getByText('我领取的', { exact: true }).click();
    await button(page, '查询').click();
    await expect.poll(() => row(returnMe.applicationNo).count()).toBe(0);
    await button(row(approveMe.applicationNo), '释放').waitFor();
    await settled();
    await screenshot(page, 'window-queue-claimed');
  });

  it('opens 办件审核 with the 申办单, the materials and the steps', async () => {
    await row(approveMe.applicationNo)
      .getByRole('link', { name: /^审\s*核$/ })
      .click();
    await page.waitForURL(new RegExp(`/window/applications/${approveMe.id}$`));
    const facts = page.locator('.review-facts');
    await facts.getByText(approveMe.applicationNo).waitFor();
    await facts.getByText('居民参保登记').waitFor();
    await facts.getByText('陈晓燕').waitFor();
    await facts.getByText('窗口经办员一').waitFor();
    await page.getByText('北京市城乡居民基本医疗保险增员申办单').waitFor();
    const basics = page.locator('.payload-section', { hasText: '参保人基本信息' });
    await basics.getByText(residents[0]!.certNo).waitFor();
    await basics.getByText('居民身份证(户口簿)').waitFor();
    await basics.getByText('非农业户口(城镇)').waitFor();
    await basics.getByText('朝阳区 北京市朝阳区建国路88号院3号楼2单元501').waitFor();
    await page.locator('.payload-section', { hasText: '参保信息' }).getByText('学生儿童').waitFor();
    await page.locator('.materials-item[data-item="household"]').getByText('必须').waitFor();
    await page.locator('.steps-timeline-item[data-action="claim"]').waitFor();
    await expect(button(page, '领取').count()).resolves.toBe(0);
    await screenshot(page, 'window-review');

    // the picture enlarges in place
    await page.getByRole('img', { name: '户口簿首页.png' }).click();
    const preview = page.locator('.ant-image-preview');
    await preview.locator('img').waitFor();
    await page.waitForTimeout(500); // the zoom-in animation
    await screenshot(page, 'window-review-preview');
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'hidden' });

    // the PDF opens in a new tab, inline
    const pdf = page.getByRole('link', { name: '户口簿本人页.pdf', exact: true });
    await expect(pdf.getAttribute('target')).resolves.toBe('_blank');
    const href = (await pdf.getAttribute('href'))!;
    const res = await page.request.get(`${base()}${href}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    expect(res.headers()['content-disposition']).toMatch(/^inline/);
  });

  it('approves after confirmation: 审核通过, with the opinion in the timeline', async () => {
    await page.getByRole('button', { name: '审核通过' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('确认该办件审核通过吗？').waitFor();
    await dialog.getByPlaceholder('请输入审核意见（选填）').fill('材料齐全，同意参保');
    await screenshot(page, 'window-review-approve-confirm');
    await dialog.getByRole('button', { name: '确认通过' }).click();
    await page
      .locator('.review-result')
      .getByText(`办件${approveMe.applicationNo}审核通过`)
      .waitFor();
    await expect(page.locator('.review-facts .application-status-tag').textContent()).resolves.toBe(
      '审核通过',
    );
    const step = page.locator('.steps-timeline-item[data-action="approve"]');
    await step.getByText('审核通过（审核）').waitFor();
    await step.getByText('审核意见：材料齐全，同意参保').waitFor();
    await expect(page.getByRole('button', { name: '审核通过' }).count()).resolves.toBe(0);
    await settled();
    await screenshot(page, 'window-review-approved');
    const detail = (await (
      await page.request.get(`${base()}/api/applications/${approveMe.id}`)
    ).json()) as { status: string; statusLabel: string };
    expect(detail).toMatchObject({ status: 'approved', statusLabel: '审核通过' });
  });

  it('shows the applicant 审核通过 in 办件进度查询, and the registry holds the new enrolment', async () => {
    const mine = await browser.newContext({ viewport, storageState: await portal.storageState() });
    const own = await mine.newPage();
    await own.goto(`${base()}/personal/applications`);
    await own
      .locator('tr.ant-table-row', { hasText: residents[0]!.name })
      .getByText('审核通过')
      .first()
      .waitFor();
    await screenshot(own, 'personal-applications-approved');
    await mine.close();
    const client = new pg.Client({ connectionString: inject('databaseUrl') });
    await client.connect();
    try {
      const { rows } = await client.query(
        `select e.insurance_type, e.status from enrolments e join persons p on p.id = e.person_id
          where p.cert_no = $1`,
        [residents[0]!.certNo],
      );
      expect(rows).toEqual([{ insurance_type: '390', status: '正常参保' }]);
    } finally {
      await client.end();
    }
  });

  it('returns another one with a reason, which is required', async () => {
    await page.goto(`${base()}/window/applications/${returnMe.id}`);
    await page.locator('.review-facts').getByText(returnMe.applicationNo).waitFor();
    await button(page, '回退').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('确认将该办件回退给申办人吗？').waitFor();
    // on a busy machine the first click can land while the dialog is still opening
    await expect
      .poll(
        async () => {
          await dialog.getByRole('button', { name: '确认回退' }).click();
          return dialog.getByText('请填写原因').isVisible();
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    await screenshot(page, 'window-review-return-reason');
    await dialog.getByPlaceholder('请输入回退原因').fill('户口簿照片不清晰，请重新上传');
    await dialog.getByRole('button', { name: '确认回退' }).click();
    await page.locator('.review-result').getByText(`办件${returnMe.applicationNo}已回退`).waitFor();
    await expect(page.locator('.review-facts .application-status-tag').textContent()).resolves.toBe(
      '已回退',
    );
    const step = page.locator('.steps-timeline-item[data-action="return"]');
    await step.getByText('回退（审核）').waitFor();
    await step.getByText('回退原因：户口簿照片不清晰，请重新上传').waitFor();
    await settled();
    await screenshot(page, 'window-review-returned');
  });

  it('shows the server refusing a decision when someone else claimed the application meanwhile', async () => {
    await page.goto(`${base()}/window/applications/${contested.id}`);
    await page.locator('.review-facts').getByText(contested.applicationNo).waitFor();
    const reviewer = await staffApi('reviewer01');
    expect((await reviewer.post(`/api/review/${contested.id}/claim`)).status()).toBe(200);
    await page.getByRole('button', { name: '审核通过' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '确认通过' }).click();
    await dialog.getByText('该办件已由其他经办人员领取').waitFor();
    await expect
      .poll(() => dialog.getByRole('button', { name: '确认通过' }).isDisabled())
      .toBe(true);
    await screenshot(page, 'window-review-conflict');
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    // reloaded: no decision buttons for a clerk who does not hold it
    await expect.poll(() => page.getByRole('button', { name: '审核通过' }).count()).toBe(0);
    await page.locator('.review-facts').getByText('审核员一').waitFor();
    await reviewer.dispose();
  });

  it('looks right in elder mode', async () => {
    await page.goto(`${base()}/window/queue`);
    await row(overdue.applicationNo).waitFor();
    await page.getByRole('switch', { name: '长者模式（适老化）' }).click();
    await expect
      .poll(() => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)))
      .toBeGreaterThanOrEqual(18);
    await settled();
    await screenshot(page, 'window-queue-elder');
    await page.goto(`${base()}/window/applications/${approveMe.id}`);
    await page.getByText('北京市城乡居民基本医疗保险增员申办单').waitFor();
    await settled();
    await screenshot(page, 'window-review-elder');
    await page.getByRole('switch', { name: '长者模式（适老化）' }).click();
  });
});
