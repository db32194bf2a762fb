import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatYuan, makeCertNo18 } from '@yibao/domain';
import { launchBrowser, screenshot } from './browser';
import {
  base,
  button,
  fitsWidth,
  query,
  settled,
  printsRecordOnly,
  signIn,
  viewport,
} from './fixtures-window';

/**
 * W25 人员综合查询 (guide 002 二十五, 综合查询 › 人员综合查询): clerk01 finds demo persons by
 * 证件号码 or 姓名 and reads their tabs — 人员基本信息, 人员参保信息, 职工缴费信息 with its totals
 * and 年月 range, 变更历史信息, 视同缴费信息, 人员特殊身份认定信息; a name nobody has finds no one,
 * a name two persons share offers both to pick from. The page fits 1366 px, in elder mode too.
 */

/** Two persons of this name are added to the registry for the search that finds several. */
const SHARED_NAME = '综合查询同名';

interface DemoPerson {
  id: string;
  name: string;
  cert_no: string;
}

/** A demo employee of 北京市 insured 正常参保 in 职工基本医疗保险, with over a page of months paid. */
async function employee() {
  const [row] = await query<DemoPerson & { unit_name: string }>(
    `select p.id, p.name, p.cert_no, u.name as unit_name
       from persons p
       join enrolments e on e.person_id = p.id
       join units u on u.id = e.unit_id
      where p.region_code = '110000' and p.cert_type = '01' and p.status = '正常'
        and e.insurance_type = '310' and e.status = '正常参保' and e.region_code = '110000'
        and (select count(*) from contributions c
              where c.person_id = p.id and c.insurance_type = '310') > 24
      order by p.id limit 1`,
  );
  return row!;
}

/** A demo person of 北京市 with 视同缴费 months. */
async function deemedPerson() {
  const [row] = await query<DemoPerson & { months: string; start_period: number }>(
    `select p.id, p.name, p.cert_no, sum(d.months) as months, min(d.start_period) as start_period
       from persons p join deemed_contributions d on d.person_id = p.id
      where p.region_code = '110000' and p.cert_type = '01'
      group by p.id order by p.id limit 1`,
  );
  return row!;
}

/** A demo resident of 北京市 (城乡居民基本医疗保险) holding a 特殊身份. */
async function residentWithIdentity() {
  const [row] = await query<DemoPerson & { identity_type: string; start_date: string }>(
    `select p.id, p.name, p.cert_no, s.identity_type, s.start_date::text as start_date
       from persons p
       join special_identities s on s.person_id = p.id
       join enrolments e on e.person_id = p.id and e.insurance_type = '390'
      where p.region_code = '110000' and p.cert_type = '01'
      order by p.id limit 1`,
  );
  return row!;
}

/** Two persons of one name in 北京市 (added once; the demo data has no shared names). */
async function twoOfOneName() {
  for (const n of [1, 2]) {
    await query(
      `insert into persons (person_no, name, cert_type, cert_no, sex, birth_date, person_category,
                            region_code)
       values ($1, $2, '01', $3, '1', $4, '11', '110000')
       on conflict do nothing`,
      [
        `1100999900000${n}`,
        SHARED_NAME,
        makeCertNo18('110105', `1990010${n}`, '911'),
        `1990-01-0${n}`,
      ],
    );
  }
  return query<{ person_no: string }>('select person_no from persons where name = $1 order by id', [
    SHARED_NAME,
  ]);
}

const yuan = (fen: number) => `${formatYuan(fen, { grouping: true })} 元`;

describe('W25 人员综合查询 at the window (guide 002 二十五)', () => {
  let browser: Browser;
  let clerk: Page;

  const field = (label: string) => clerk.getByLabel(label, { exact: true });
  /** the open tab's panel (the others are hidden) */
  const activePane = () => clerk.locator('.pq-tabs').getByRole('tabpanel');
  const openTab = async (name: string) => {
    await clerk.getByRole('tab', { name, exact: true }).click();
    await settled(clerk);
    return activePane();
  };
  /** 重置, then a search by 证件号码 (Enter in the box searches). */
  const searchCertNo = async (certNo: string) => {
    await button(clerk, '重置').click();
    await field('证件号码').fill(certNo);
    await field('证件号码').press('Enter');
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    clerk = await (await browser.newContext({ viewport })).newPage();
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return;
    await screenshot(clerk, 'failed-person-query');
  });
  afterAll(async () => {
    await browser.close();
  });

  it('opens 人员综合查询 and says so when no one matches', async () => {
    await signIn(clerk, 'clerk01');
    await clerk.goto(`${base()}/window/person-query`);
    const search = clerk.locator('.pq-search');
    // the guide's default 证件类型
    await search.locator('.ant-select', { hasText: '居民身份证(户口簿)' }).waitFor();
    for (const label of ['证件号码', '个人编号', '姓名']) await field(label).waitFor();

    // nothing to search by
    await button(clerk, '查询').click();
    await clerk
      .locator('.ant-form-item-explain-error', { hasText: '请输入证件号码、个人编号或姓名' })
      .waitFor();

    await field('姓名').fill('查无此人');
    await field('姓名').press('Enter');
    await clerk.getByText('未查询到符合条件的人员').waitFor();
    await settled(clerk);
    await fitsWidth(clerk);
    await screenshot(clerk, 'person-query-none');
  });

  it('finds an employee by 证件号码: 人员基本信息, 人员参保信息, 职工缴费信息, 变更历史信息', async () => {
    const person = await employee();
    // 政治面貌 and 婚姻状态 show as the guide's 人员基本信息 has them
    await query(`update persons set political_status = '01', marital_status = '20' where id = $1`, [
      person.id,
    ]);
    await searchCertNo(person.cert_no.toLowerCase());

    // one person found: opened at once, 人员基本信息 first
    const header = clerk.locator('.pq-person-header');
    await header.getByText(person.name, { exact: true }).waitFor();
    await header.getByText(person.cert_no, { exact: true }).waitFor();
    const basic = activePane();
    await basic.locator('.pq-section', { hasText: '基本信息' }).getByText(person.name).waitFor();
    await basic.getByText('单位与银行信息').waitFor();
    const facts = basic.locator('.pq-section', { hasText: '基本信息' });
    await facts.getByText('中共党员', { exact: true }).waitFor();
    await facts.getByText('已婚', { exact: true }).waitFor();
    await settled(clerk);
    await fitsWidth(clerk);
    await screenshot(clerk, 'person-query-basic');

    const enrolments = await openTab('人员参保信息');
    const row = enrolments.locator('tr.ant-table-row', { hasText: '职工基本医疗保险' });
    await row.getByText('正常参保').waitFor();
    await row.getByText(person.unit_name).waitFor();
    await screenshot(clerk, 'person-query-enrolments');

    const paid = await query<{ months: string; unit: string; personal: string }>(
      `select count(*) as months, sum(unit_amount_fen) as unit, sum(personal_amount_fen) as personal
         from contributions where person_id = $1 and insurance_type = '310'`,
      [person.id],
    );
    const contributions = await openTab('职工缴费信息');
    await expect.poll(() => contributions.locator('tr.ant-table-row').count()).toBe(10);
    const totals = contributions.locator('.pq-totals');
    await totals.getByText(`${paid[0]!.months} 个月`).waitFor();
    await totals.getByText(yuan(Number(paid[0]!.unit))).waitFor();
    await totals.getByText(yuan(Number(paid[0]!.personal))).waitFor();
    await contributions.getByText(`总共 ${paid[0]!.months} 条`).waitFor();
    await fitsWidth(clerk);
    await screenshot(clerk, 'person-query-employee-contributions');

    // a 年月 range: the rows and the totals of those months only
    const [latest] = await query<{ period: number }>(
      `select max(period) as period from contributions
        where person_id = $1 and insurance_type = '310'`,
      [person.id],
    );
    const to = latest!.period;
    const from = to - 100; // the same month a year earlier: thirteen months
    const inRange = await query<{ months: string; unit: string }>(
      `select count(*) as months, sum(unit_amount_fen) as unit from contributions
        where person_id = $1 and insurance_type = '310' and period between $2 and $3`,
      [person.id, from, to],
    );
    const ym = (p: number) => `${String(p).slice(0, 4)}-${String(p).slice(4)}`;
    await contributions.getByPlaceholder('开始年月').click();
    await contributions.getByPlaceholder('开始年月').fill(ym(from));
    await contributions.getByPlaceholder('开始年月').press('Enter');
    await contributions.getByPlaceholder('结束年月').fill(ym(to));
    await contributions.getByPlaceholder('结束年月').press('Enter');
    await totals.getByText(`${inRange[0]!.months} 个月`).waitFor();
    await totals.getByText(yuan(Number(inRange[0]!.unit))).waitFor();
    await contributions
      .locator('tr.ant-table-row', { hasText: ym(to) })
      .first()
      .waitFor();
    await settled(clerk);
    await screenshot(clerk, 'person-query-employee-contributions-range');

    // the 参保 created with the demo data, field by field
    const changes = await openTab('变更历史信息');
    await changes.locator('tr', { hasText: '险种类型' }).first().waitFor();
    await changes.getByText('新增', { exact: true }).first().waitFor();
    await screenshot(clerk, 'person-query-changes');
  });

  it('shows 视同缴费信息 with 视同缴费月数合计', async () => {
    const person = await deemedPerson();
    await searchCertNo(person.cert_no);
    await clerk.locator('.pq-person-header').getByText(person.name, { exact: true }).waitFor();
    const deemed = await openTab('视同缴费信息');
    const start = String(person.start_period);
    await deemed
      .getByText(`${start.slice(0, 4)}-${start.slice(4)}`)
      .first()
      .waitFor();
    const summary = deemed.locator('.pq-summary');
    await summary.getByText('视同缴费月数合计').waitFor();
    await summary.getByText(String(person.months), { exact: true }).waitFor();
    await fitsWidth(clerk);
    await screenshot(clerk, 'person-query-deemed');
  });

  it('shows 人员特殊身份认定信息 of a resident', async () => {
    const person = await residentWithIdentity();
    const names = (await (
      await fetch(`${base()}/api/dictionaries/special-identity-types`)
    ).json()) as { items: { code: string; name: string }[] };
    const identity = names.items.find((i) => i.code === person.identity_type)!.name;
    await searchCertNo(person.cert_no);
    await clerk.locator('.pq-person-header').getByText(person.name, { exact: true }).waitFor();
    const identities = await openTab('人员特殊身份认定信息');
    const row = identities.locator('tr.ant-table-row', { hasText: identity });
    await row.getByText(person.start_date).waitFor();
    await row.getByText('有效').waitFor();
    await screenshot(clerk, 'person-query-special-identities');

    const enrolments = await openTab('人员参保信息');
    await enrolments.getByText('城乡居民基本医疗保险').waitFor();
    // no 职工 months: the tab says so
    const contributions = await openTab('职工缴费信息');
    await contributions.locator('.ant-empty-description', { hasText: '暂无数据' }).waitFor();
  });

  it('offers every person of a shared name to pick from', async () => {
    const persons = await twoOfOneName();
    await button(clerk, '重置').click();
    await field('姓名').fill(SHARED_NAME);
    await button(clerk, '查询').click();
    const results = clerk.locator('.pq-results');
    await results.getByText(`总共 ${persons.length} 条`).waitFor();
    for (const p of persons) await results.getByText(p.person_no).waitFor();
    await settled(clerk);
    await screenshot(clerk, 'person-query-several');

    await results
      .locator('tr.ant-table-row', { hasText: persons[1]!.person_no })
      .getByRole('button', { name: '查看' })
      .click();
    const header = clerk.locator('.pq-person-header');
    await header.getByText(persons[1]!.person_no).waitFor();
    await button(header, '返回查询结果').click();
    await results.getByText(persons[0]!.person_no).waitFor();
  });

  it('fits 1366 px in elder mode and prints 人员基本信息 without the console', async () => {
    const person = await employee();
    await clerk.getByRole('switch', { name: '长者模式（适老化）' }).click();
    await expect
      .poll(() => clerk.evaluate(() => document.documentElement.className))
      .toContain('elder');
    await searchCertNo(person.cert_no);
    await activePane().getByText('户籍与居住信息').waitFor();
    await settled(clerk);
    await fitsWidth(clerk);
    await screenshot(clerk, 'person-query-elder-basic');
    await openTab('职工缴费信息');
    await fitsWidth(clerk);
    await screenshot(clerk, 'person-query-elder-contributions');
    await openTab('人员基本信息');

    await printsRecordOnly(clerk, activePane(), 'person-query-print');
    await clerk.getByRole('switch', { name: '长者模式（适老化）' }).click();
  });
});
