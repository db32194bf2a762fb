import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { makeCertNo18, makeUscc } from '@yibao/domain';
import { button, query, staffApi } from './fixtures-window';

/** The registry data the window's registry walkthrough starts from, as a tester would find it. */

/** Today and this month in Beijing, as the server counts days. */
export const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
export const thisMonth = () => today().slice(0, 7);
export function lastDayOfThisMonth(): string {
  const [y, m] = thisMonth().split('-').map(Number) as [number, number];
  return `${thisMonth()}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}
export function firstDayOfNextMonth(): string {
  const [y, m] = thisMonth().split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** A citizen number (朝阳区, born 1988-03-12) the registry does not hold yet. */
export async function unusedCertNo(): Promise<string> {
  for (let seq = Date.now() % 500; ; seq++) {
    const certNo = makeCertNo18('110105', '19880312', String(100 + (seq % 800)).padStart(3, '0'));
    if ((await query('select 1 from persons where cert_no = $1', [certNo])).length === 0) {
      return certNo;
    }
  }
}

export interface Row {
  id: number;
  name: string;
  cert_no: string;
}

async function one<T extends object>(sql: string, values: unknown[] = []): Promise<T> {
  const rows = await query<T & Record<string, unknown>>(sql, values);
  expect(rows.length, sql).toBeGreaterThan(0);
  return rows[0]!;
}

/** A 北京市 enterprise of the demo data with employees insured through it. */
export const demoUnit = () =>
  one<{ id: number; unit_no: string; name: string; members: number }>(
    `select u.id, u.unit_no, u.name,
            (select count(*)::int from enrolments e where e.unit_id = u.id
               and e.status = '正常参保') as members
       from units u
      where u.region_code = '110000' and u.status = '正常' and u.unit_type = 'enterprise'
        and exists (select 1 from enrolments e where e.unit_id = u.id and e.status = '正常参保')
      order by u.id limit 1`,
  );

/** Demo residents of 北京市 (390 正常参保, 居民身份证): the `nth` of them. */
export const demoResident = (nth: number) =>
  one<Row>(
    `select p.id::int, p.name, p.cert_no from persons p
      where p.region_code = '110000' and p.cert_type = '01' and p.status = '正常'
        and exists (select 1 from enrolments e where e.person_id = p.id
                     and e.insurance_type = '390' and e.status = '正常参保')
        and not exists (select 1 from special_identities s where s.person_id = p.id)
      order by p.id offset $1 limit 1`,
    [nth],
  );

export interface RetirementCandidate extends Row {
  sex: string;
  deemed: number;
  paid: number;
}

/** A 北京市 employee in service (310, 人员类型 11) owing nothing, with the most months. */
export const retirementCandidate = () =>
  one<RetirementCandidate>(
    `select * from (
       select p.id::int, p.name, p.cert_no, p.sex,
         (select coalesce(sum(months), 0)::int from deemed_contributions d
           where d.person_id = p.id) as deemed,
         (select count(distinct period)::int from contributions c where c.person_id = p.id
           and c.insurance_type = '310' and c.status = '已到账') as paid,
         (select count(*)::int from contributions c where c.person_id = p.id
           and c.insurance_type = '310' and c.status = '欠费') as arrears
       from persons p
       where p.region_code = '110000' and p.cert_type = '01' and p.status = '正常'
         and exists (select 1 from enrolments e where e.person_id = p.id and e.status = '正常参保'
                      and e.insurance_type = '310' and e.person_type = '11')) t
     where arrears = 0 order by deemed + paid desc, id limit 1`,
  );

/** 北京市's minimum: 男满25年、女满20年 of 视同 and 实缴 months together. */
export const requiredMonths = (sex: string) => (sex === '2' ? 240 : 300);

/** 视同缴费年限认定 of the missing months, straight into the registry, from 1985-01 on. */
export async function insertDeemedMonths(personId: number, months: number) {
  const end = 1985 * 12 + months - 1;
  const endPeriod = Math.floor(end / 12) * 100 + (end % 12) + 1;
  await query(
    `insert into deemed_contributions (person_id, region_code, start_period, end_period, months, basis)
     values ($1, '110000', 198501, $2, $3, 'e2e 视同缴费年限认定表')`,
    [personId, endPeriod, months],
  );
}

/** A unit registered through the API (单位参保登记, 即时办结) with nobody insured through it. */
export async function registerFreshUnit(name: string): Promise<string> {
  const api = await staffApi('clerk01');
  for (let n = Date.now() % 9_000_000; ; n++) {
    const uscc = makeUscc(`91110105MA${String(n).padStart(7, '0')}`);
    if ((await query('select 1 from units where uscc = $1', [uscc])).length) continue;
    const res = await api.post('/api/applications', {
      data: {
        businessCode: 'unit-registration',
        channel: 'window',
        materialIds: [],
        paperItems: ['uscc-certificate', 'registration-form'],
        payload: {
          regionCode: '110000',
          unitType: 'enterprise',
          uscc,
          name,
          contactName: '韩雪',
          contactPhone: '13911223344',
          divisionCode: '110105',
          address: '北京市朝阳区光华路8号',
          legalRepName: '罗建国',
          legalRepCertType: '01',
          legalRepCertNo: makeCertNo18('110105', '19700101', '131'),
          bankUsages: ['collection'],
        },
      },
    });
    expect(res.status(), await res.text()).toBe(200);
    const body = (await res.json()) as { effectResult: { unitNo: string } };
    await api.dispose();
    return body.effectResult.unitNo;
  }
}

/**
 * Types a day (or a month) into the antd picker labelled `label` and leaves it with Tab (Enter
 * would submit the form).
 */
export async function pick(page: Page, label: string, value: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Tab');
  await expect.poll(() => input.inputValue()).toBe(value);
}

/** The application the result's 查看办件 opens: its id from the review page's address. */
export async function openApplication(page: Page): Promise<number> {
  await page.getByRole('link', { name: '查看办件' }).click();
  await page.waitForURL(/\/window\/applications\/\d+$/);
  return Number(new URL(page.url()).pathname.split('/').pop());
}

/** 确认保存 in the confirmation, once the dialog has zoomed in and stands still. */
export async function confirmSave(page: Page) {
  const dialog = page.getByRole('dialog');
  await dialog.locator('.ant-modal-confirm-title').waitFor();
  await expect
    .poll(() =>
      page.locator('.ant-modal[class*="zoom-appear"], .ant-modal[class*="zoom-enter"]').count(),
    )
    .toBe(0);
  await button(dialog, '确认保存').click();
}
