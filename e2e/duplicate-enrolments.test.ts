import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { base, query, settled, signIn, viewport } from './fixtures-window';

/**
 * 人员重复参保数据查询: a demo employee given a second basic scheme in force (as imported data
 * might) is listed with both; the name opens the person in 人员综合查询.
 */
describe('window console 人员重复参保数据查询', () => {
  let browser: Browser;
  let page: Page;
  let person: { id: string; name: string; cert_no: string; person_no: string };

  beforeAll(async () => {
    const [row] = await query<{ id: string; name: string; cert_no: string; person_no: string }>(
      `select p.id, p.name, p.cert_no, p.person_no from persons p
        join enrolments e on e.person_id = p.id
       where p.region_code = '110000' and e.insurance_type = '310' and e.status = '正常参保'
         and not exists (select 1 from enrolments r where r.person_id = p.id and r.insurance_type = '390')
       order by p.id desc limit 1`,
    );
    person = row!;
    await query(
      `insert into enrolments (person_id, region_code, insurance_type, person_type, status, start_date)
       values ($1, '110000', '390', '21', '正常参保', '2025-01-01')`,
      [person.id],
    );
    browser = await launchBrowser();
    page = await browser.newPage({ viewport });
    await signIn(page, 'clerk01');
  });
  afterAll(async () => {
    await query(
      `delete from enrolments where person_id = $1 and insurance_type = '390' and start_date = '2025-01-01'`,
      [person.id],
    );
    await browser.close();
  });

  it('lists the person with both enrolments and opens them in 人员综合查询', async () => {
    await page.goto(`${base()}/window/duplicate-enrolments`);
    await settled(page);
    const row = page.locator('.duplicate-enrolments tr', { hasText: person.person_no });
    await row.waitFor();
    await row.getByText('城乡居民基本医疗保险').waitFor();
    await row.getByText('职工基本医疗保险').first().waitFor();
    await screenshot(page, 'duplicate-enrolments');
    await row.getByRole('link', { name: person.name }).click();
    await page.waitForURL(/\/window\/person-query\?/);
    // the list masks the certificate number; the person's own record shows it whole
    expect(await row.textContent()).not.toContain(person.cert_no);
    await page.getByText(person.cert_no).first().waitFor();
    expect(page.url()).toContain(person.person_no);
  });
});
