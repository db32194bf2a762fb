import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeCertNo18, maskCertNo, maskName } from '@yibao/domain';
import { launchBrowser, screenshot } from './browser';
import { base, button, fitsWidth, query, settled, signIn, viewport } from './fixtures-window';

/**
 * W02 参保证明开具 (guide 002 二, 参保证明打印 and 无户籍人员参保证明打印): clerk01 issues a
 * 参保证明 for a demo person of 北京市 — a wrong 姓名 is refused on its field, the right one shows
 * 人员基本信息, the enrolments, the 证明编号 and 验证码, and 打印参保证明 answers the PDF. Then anyone,
 * signed out, checks the paper at /verify-certificate (a link fills and checks at once): the
 * masked name and number and the enrolments; a wrong 验证码 finds nothing. Both pages fit 1366 px,
 * the public one a phone too.
 */

const phone = { width: 390, height: 844 };
/** the public page's own client address (the server trusts X-Forwarded-For): its own rate limit */
const headers = { 'X-Forwarded-For': '198.51.100.21' };

interface Insured {
  id: string;
  name: string;
  cert_no: string;
  insurance_types: string[];
}

/** A demo person of 北京市 with enrolments a certificate states (not only 待参保 ones). */
async function insuredPerson(): Promise<Insured> {
  const [row] = await query<Insured>(
    `select p.id, p.name, p.cert_no,
            array_agg(e.insurance_type order by e.start_date desc, e.id desc) as insurance_types
       from persons p join enrolments e on e.person_id = p.id
      where p.region_code = '110000' and p.cert_type = '01' and p.status = '正常'
        and e.status in ('正常参保', '暂停参保', '终止参保')
      group by p.id order by p.id limit 1`,
  );
  return row!;
}

/** A demo resident of 北京市 (城乡居民基本医疗保险) whose 户籍 is in 北京市. */
async function localResident() {
  const [row] = await query<{ name: string; cert_no: string }>(
    `select p.name, p.cert_no from persons p
      where p.region_code = '110000' and p.cert_type = '01' and p.status = '正常'
        and p.household_division_code ~ '^11[0-9]{4}([0-9]{3})?$'
        and exists (select 1 from enrolments e where e.person_id = p.id
                     and e.insurance_type = '390' and e.status in ('正常参保', '暂停参保'))
      order by p.id limit 1`,
  );
  return row!;
}

const elderMode = (page: Page, on: boolean) =>
  page.evaluate((v) => window.localStorage.setItem('yibao.elder', v ? '1' : '0'), on);

describe('W02 参保证明开具 and 参保证明查验 (guide 002 二)', () => {
  let browser: Browser;
  let clerk: Page;
  let publicContext: BrowserContext | undefined;
  let visitor: Page | undefined;
  let insuranceNames: Map<string, string>;
  const person = { serialNo: '', code: '' };
  let insured: Insured;

  const field = (label: string) => clerk.getByLabel(label, { exact: true });
  /** a 证明类型 button (antd hides the radio input under its label) */
  const kind = (label: string) => clerk.locator('.ant-radio-button-wrapper', { hasText: label });
  const fieldError = (page: Page, text: string) =>
    page.locator('.ant-form-item-explain-error', { hasText: text });

  beforeAll(async () => {
    browser = await launchBrowser();
    clerk = await (await browser.newContext({ viewport })).newPage();
    const dict = (await (await fetch(`${base()}/api/dictionaries/insurance-types`)).json()) as {
      items: { code: string; name: string }[];
    };
    insuranceNames = new Map(dict.items.map((i) => [i.code, i.name]));
    insured = await insuredPerson();
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return;
    await screenshot(clerk, 'failed-certificate-clerk');
    if (visitor) await screenshot(visitor, 'failed-certificate-public');
  });
  afterAll(async () => {
    await browser.close();
  });

  it('refuses a wrong 姓名 on its field, then issues the certificate with its numbers', async () => {
    await signIn(clerk, 'clerk01');
    await clerk.goto(`${base()}/window/certificate`);
    const queryCard = clerk.locator('.cert-query');
    // the guide's default 证件类型, and both kinds of certificate
    await queryCard.locator('.ant-select', { hasText: '居民身份证(户口簿)' }).waitFor();
    await kind('职工/居民参保证明')
      .and(clerk.locator('.ant-radio-button-wrapper-checked'))
      .waitFor();
    await kind('无户籍人员参保证明').waitFor();
    await clerk.locator('.portal-breadcrumb', { hasText: '参保证明打印' }).waitFor();

    // nothing typed: the form says what is missing
    await button(clerk, '开具参保证明').click();
    await fieldError(clerk, '请输入证件号码').waitFor();
    await fieldError(clerk, '请输入姓名').waitFor();

    // a number nobody of the region has: said on the number's field
    await field('医保电子凭证/证件号码').fill(makeCertNo18('110105', '19000101', '999'));
    await field('姓名').fill('不是本人');
    await button(clerk, '开具参保证明').click();
    await fieldError(clerk, '未找到该证件号码的参保人员').waitFor();

    await field('医保电子凭证/证件号码').fill(insured.cert_no.toLowerCase());
    await expect.poll(() => fieldError(clerk, '未找到该证件号码的参保人员').count()).toBe(0);
    await button(clerk, '开具参保证明').click();
    await fieldError(clerk, '姓名与证件号码不一致').waitFor();
    await settled(clerk);
    await fitsWidth(clerk);
    await screenshot(clerk, 'certificate-wrong-name');

    // typing clears the refusal; the right name issues the certificate
    await field('姓名').fill(insured.name);
    await expect.poll(() => fieldError(clerk, '姓名与证件号码不一致').count()).toBe(0);
    await button(clerk, '开具参保证明').click();

    const serial = clerk.getByTestId('cert-serial');
    await serial.waitFor();
    person.serialNo = (await serial.textContent())!.trim();
    person.code = (await clerk.getByTestId('cert-code').textContent())!.trim();
    expect(person.serialNo).toMatch(/^110000\d{8}\d{8}$/);
    expect(person.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    await clerk.locator('.cert-issued', { hasText: '已开具职工/居民参保证明' }).waitFor();

    const basic = clerk.locator('.cert-person');
    await basic.getByText(insured.name, { exact: true }).waitFor();
    await basic.getByText(insured.cert_no, { exact: true }).waitFor();
    await basic.getByText('北京市', { exact: true }).waitFor();
    await basic.getByText('居民身份证(户口簿)', { exact: true }).waitFor();

    // every enrolment as the certificate states it, codes by their names
    const rows = clerk.locator('.cert-enrolments tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(insured.insurance_types.length);
    for (const [i, code] of insured.insurance_types.entries()) {
      await rows.nth(i).getByText(insuranceNames.get(code)!, { exact: true }).waitFor();
    }
    // the query is locked on the certificate shown; 重新查询 starts again
    await expect(field('姓名').isDisabled()).resolves.toBe(true);
    await settled(clerk);
    await fitsWidth(clerk);
    await screenshot(clerk, 'certificate-issued');
  });

  it('打印参保证明 opens the PDF', async () => {
    const print = clerk.getByRole('link', { name: /打印参保证明/ });
    await expect(print.getAttribute('target')).resolves.toBe('_blank');
    const href = (await print.getAttribute('href'))!;
    expect(href).toMatch(/^\/api\/registry\/certificates\/\d+\/pdf$/);
    const pdf = await clerk.request.get(`${base()}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('shows the page in elder mode within 1366 px', async () => {
    await elderMode(clerk, true);
    await clerk.reload();
    await field('姓名').fill(insured.name);
    await field('医保电子凭证/证件号码').fill(insured.cert_no);
    await button(clerk, '开具参保证明').click();
    await clerk.getByTestId('cert-serial').waitFor();
    await settled(clerk);
    await fitsWidth(clerk);
    await screenshot(clerk, 'certificate-issued-elder');
    await elderMode(clerk, false);
  });

  it('refuses 无户籍人员参保证明 for a person of the region’s own 户籍', async () => {
    const resident = await localResident();
    await clerk.reload();
    await button(clerk, '重新查询').click();
    await kind('无户籍人员参保证明').click();
    await field('医保电子凭证/证件号码').fill(resident.cert_no);
    await field('姓名').fill(resident.name);
    await button(clerk, '开具参保证明').click();
    await clerk
      .locator('.cert-refused', { hasText: '该人员为本统筹区户籍，请开具职工/居民参保证明' })
      .waitFor();
    await screenshot(clerk, 'certificate-no-household-refused');
    // choosing the other kind clears the refusal
    await kind('职工/居民参保证明').click();
    await expect.poll(() => clerk.locator('.cert-refused').count()).toBe(0);
  });

  it('checks the certificate signed out: a link fills and checks at once, a wrong code finds nothing', async () => {
    publicContext = await browser.newContext({ viewport, extraHTTPHeaders: headers });
    visitor = await publicContext.newPage();
    // the code as someone might type it off the paper: in small letters
    await visitor.goto(
      `${base()}/verify-certificate?serialNo=${person.serialNo}&code=${person.code.toLowerCase()}`,
    );
    await visitor.getByText('该参保证明真实有效').waitFor();
    const facts = visitor.locator('.vc-facts');
    await facts.getByText(maskName(insured.name), { exact: true }).waitFor();
    await facts.getByText(maskCertNo(insured.cert_no), { exact: true }).waitFor();
    await facts.getByText(person.serialNo, { exact: true }).waitFor();
    await facts.getByText('职工/居民参保证明', { exact: true }).waitFor();
    await facts.getByText('北京市', { exact: true }).waitFor();
    const rows = visitor.locator('.cert-enrolments tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(insured.insurance_types.length);
    await rows
      .first()
      .getByText(insuranceNames.get(insured.insurance_types[0]!)!, { exact: true })
      .waitFor();
    // nothing more of the person than the masked name and number
    const text = (await visitor.locator('body').textContent()) ?? '';
    expect(text).not.toContain(insured.cert_no);
    if ([...insured.name].length > 1) expect(text).not.toContain(insured.name);
    await expect(visitor.getByLabel('证明编号').inputValue()).resolves.toBe(person.serialNo);
    await settled(visitor);
    await fitsWidth(visitor);
    await screenshot(visitor, 'verify-certificate-valid');

    await visitor.getByLabel('验证码').fill('AAAAAAAA');
    await button(visitor, '查验').click();
    await visitor.getByText('未找到该参保证明，请核对证明编号和验证码').waitFor();
    await expect.poll(() => visitor!.locator('.vc-facts').count()).toBe(0);
    await settled(visitor);
    await screenshot(visitor, 'verify-certificate-not-found');
  });

  it('fits a phone, in elder mode too', async () => {
    const page = await publicContext!.newPage();
    await page.setViewportSize(phone);
    await page.goto(`${base()}/verify-certificate?serialNo=${person.serialNo}&code=${person.code}`);
    await page.getByText('该参保证明真实有效').waitFor();
    await page.locator('.cert-enrolment-item').first().waitFor();
    await settled(page);
    await fitsWidth(page);
    await screenshot(page, 'verify-certificate-phone');

    await page.goto(`${base()}/verify-certificate`);
    await page.getByLabel('证明编号').waitFor();
    await settled(page);
    await fitsWidth(page);
    await screenshot(page, 'verify-certificate-phone-empty');

    await elderMode(page, true);
    await page.goto(`${base()}/verify-certificate?serialNo=${person.serialNo}&code=${person.code}`);
    await page.getByText('该参保证明真实有效').waitFor();
    await settled(page);
    await fitsWidth(page);
    await screenshot(page, 'verify-certificate-phone-elder');
    await elderMode(page, false);
    await page.close();
  });
});
