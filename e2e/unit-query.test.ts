import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatYuan } from '@yibao/domain';
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
 * W24 单位综合查询 (guide 002 二十四, 综合查询 › 单位综合查询): clerk01 finds a demo unit of 北京市
 * by 单位编号 (Enter searches) and reads its tabs — 基本信息 with 正常参保人数, 缴费明细 summed by
 * month with 只看欠费月份 (欠费核对), 职工/居民列表 by 参保状态 whose 姓名 opens 人员综合查询; a
 * name no unit has finds none, a name two units share offers both. The page fits 1366 px, in elder
 * mode too, and 打印 prints 基本信息 alone.
 */

/** Two units of this name are added to the registry for the search that finds several. */
const SHARED_NAME = '综合查询同名单位';

interface DemoUnit {
  id: string;
  unit_no: string;
  uscc: string;
  name: string;
  region_code: string;
  division_code: string;
  unit_type: string;
  /** 正常参保 enrolments through the unit */
  active: number;
  /** months owed (欠费 rows) */
  owed: number;
  /** months with something owed */
  owed_months: number;
}

/**
 * A demo unit of 北京市 in force with contributions: one with months owed, with members no longer
 * 正常参保 and paying a unit share first, so that 欠费核对, the 参保状态 filter and the sums have
 * something to tell apart.
 */
async function demoUnit() {
  const [row] = await query<DemoUnit>(
    `with paid as (
       select c.unit_id, count(*) filter (where c.status = '欠费')::int as owed,
              count(distinct c.period) filter (where c.status = '欠费')::int as owed_months,
              sum(c.unit_amount_fen) as unit_fen
         from contributions c join units u on u.id = c.unit_id
        where u.region_code = '110000' and u.status = '正常'
        group by c.unit_id),
     members as (
       select e.unit_id, count(*) filter (where e.status = '正常参保')::int as active,
              count(*) filter (where e.status <> '正常参保')::int as others
         from enrolments e join paid on paid.unit_id = e.unit_id
        group by e.unit_id)
     select u.id, u.unit_no, u.uscc, u.name, u.region_code, u.division_code, u.unit_type,
            m.active, paid.owed, paid.owed_months
       from paid join units u on u.id = paid.unit_id join members m on m.unit_id = u.id
      where m.active > 0
      order by paid.owed > 0 desc, m.others > 0 desc, paid.unit_fen > 0 desc, u.id
      limit 1`,
  );
  return row!;
}

/** The unit's newest month as 缴费明细 sums it. */
async function newestMonth(unitId: string) {
  const [row] = await query<{
    period: number;
    persons: number;
    base: string;
    unit: string;
    personal: string;
    owed: number;
  }>(
    `select period, count(distinct person_id)::int as persons, sum(base_fen) as base,
            sum(unit_amount_fen) as unit, sum(personal_amount_fen) as personal,
            (count(*) filter (where status = '欠费'))::int as owed
       from contributions where unit_id = $1
      group by period order by period desc limit 1`,
    [unitId],
  );
  return row!;
}

/** A demo unit of 北京市 with members 正常参保 and members who have left (终止参保). */
async function unitWithLeavers() {
  const [row] = await query<{
    unit_no: string;
    total: number;
    active: number;
    ended: number;
  }>(
    `select u.unit_no, count(*)::int as total,
            (count(*) filter (where e.status = '正常参保'))::int as active,
            (count(*) filter (where e.status = '终止参保'))::int as ended
       from units u join enrolments e on e.unit_id = u.id
      where u.region_code = '110000' and u.status = '正常'
      group by u.id
     having count(*) filter (where e.status = '正常参保') > 0
        and count(*) filter (where e.status = '终止参保') > 0
      order by u.id limit 1`,
  );
  return row!;
}

/** Two units of one name in the demo unit's region (added once: demo names are unique). */
async function twoOfOneName(like: DemoUnit) {
  for (const n of [1, 2]) {
    await query(
      `insert into units (unit_no, uscc, name, unit_type, region_code, division_code)
       values ($1, $2, $3, $4, $5, $6)
       on conflict do nothing`,
      [
        `U11009999000${n}`,
        `91110000E2E00000${n}X`,
        SHARED_NAME,
        like.unit_type,
        like.region_code,
        like.division_code,
      ],
    );
  }
  return query<{ unit_no: string }>('select unit_no from units where name = $1 order by id', [
    SHARED_NAME,
  ]);
}

const yuan = (fen: number | string) => formatYuan(Number(fen), { grouping: true });
const ym = (p: number) => `${String(p).slice(0, 4)}-${String(p).slice(4)}`;

describe('W24 单位综合查询 at the window (guide 002 二十四)', () => {
  let browser: Browser;
  let clerk: Page;
  let unit: DemoUnit;

  const field = (label: string) => clerk.getByLabel(label, { exact: true });
  const header = () => clerk.locator('.pq-person-header');
  /** the open tab's panel (the others are hidden) */
  const activePane = () => clerk.locator('.pq-tabs').getByRole('tabpanel');
  const openTab = async (name: string) => {
    await clerk.getByRole('tab', { name, exact: true }).click();
    await settled(clerk);
    return activePane();
  };
  const rows = (scope: Locator) => scope.locator('tr.ant-table-row');
  /** 重置, then a search by 单位编号 (the guide's: 单位编号+enter). */
  const searchUnitNo = async (unitNo: string) => {
    await button(clerk, '重置').click();
    await field('单位编号').fill(unitNo);
    await field('单位编号').press('Enter');
    await header().getByText(unitNo, { exact: true }).waitFor();
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    clerk = await (await browser.newContext({ viewport })).newPage();
    unit = await demoUnit();
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return;
    await screenshot(clerk, 'failed-unit-query');
  });
  afterAll(async () => {
    await browser.close();
  });

  it('opens 单位综合查询 from the menu and says so when no unit matches', async () => {
    await signIn(clerk, 'clerk01');
    // 综合查询 › 单位综合查询, before 人员综合查询
    const menu = clerk.getByRole('navigation', { name: '综窗经办菜单' });
    // the menu shows the pages of the session's rights once the session is known
    await menu.getByRole('menuitem', { name: '单位综合查询' }).waitFor();
    const items = await menu.getByRole('menuitem').allInnerTexts();
    const at = (label: string) => items.findIndex((t) => t.trim() === label);
    expect(at('单位综合查询')).toBeGreaterThan(-1);
    expect(at('单位综合查询')).toBeLessThan(at('人员综合查询'));
    await menu.getByRole('menuitem', { name: '单位综合查询' }).click();
    await clerk.waitForURL(/\/window\/unit-query$/);
    for (const label of ['单位编号', '统一社会信用代码', '单位名称']) await field(label).waitFor();

    // nothing to search by
    await button(clerk, '查询').click();
    await clerk
      .locator('.ant-form-item-explain-error', {
        hasText: '请输入单位编号、统一社会信用代码或单位名称',
      })
      .waitFor();

    await field('单位名称').fill('查无此单位有限公司');
    await field('单位名称').press('Enter');
    await clerk.getByText('未查询到符合条件的单位').waitFor();
    await settled(clerk);
    await fitsWidth(clerk);
    await screenshot(clerk, 'unit-query-none');
  });

  it('finds a unit by 单位编号 + Enter: the header and 基本信息', async () => {
    await searchUnitNo(unit.unit_no);
    const facts = header();
    await facts.getByText(unit.name, { exact: true }).waitFor();
    await facts.getByText(unit.uscc, { exact: true }).waitFor();
    await facts.getByText('北京市', { exact: true }).waitFor();
    const fact = (label: string) => facts.locator('.pq-person-fact', { hasText: label });
    await fact('正常参保人数').getByText(`${unit.active} 人`, { exact: true }).waitFor();
    const owed = fact('欠费月数');
    await owed.getByText(`${unit.owed} 个月`).waitFor();
    // months owed are a warning, with 欠费核对
    if (unit.owed > 0) await owed.getByRole('button', { name: '欠费核对' }).waitFor();

    const basic = activePane();
    for (const title of [
      '单位基本信息',
      '单位联系信息',
      '单位注册信息',
      '银行信息',
      '参保登记信息',
    ]) {
      await basic.locator('.pq-section', { hasText: title }).first().waitFor();
    }
    const section = basic.locator('.pq-section', { hasText: '单位基本信息' });
    await section.getByText(unit.name, { exact: true }).waitFor();
    // codes by their names
    const unitTypes = (await (await fetch(`${base()}/api/dictionaries/unit-types`)).json()) as {
      items: { code: string; name: string }[];
    };
    const typeName = unitTypes.items.find((i) => i.code === unit.unit_type)!.name;
    await section.getByText(typeName, { exact: true }).waitFor();
    await basic
      .locator('.pq-section', { hasText: '参保登记信息' })
      .getByText(`${unit.active} 人`, { exact: true })
      .waitFor();
    await settled(clerk);
    await fitsWidth(clerk);
    await screenshot(clerk, 'unit-query-basic');
  });

  it('sums 缴费明细 by month, and 只看欠费月份 keeps the months owed', async () => {
    const newest = await newestMonth(unit.id);
    const [{ months }] = (await query<{ months: number }>(
      'select count(distinct period)::int as months from contributions where unit_id = $1',
      [unit.id],
    )) as [{ months: number }];
    const pane = await openTab('缴费明细');
    await pane.getByText(`总共 ${months} 条`).waitFor();
    // newest first, its sums as the database holds them
    const first = rows(pane).first();
    await first.getByText(ym(newest.period), { exact: true }).waitFor();
    const cells = await first.locator('td').allInnerTexts();
    expect(cells.map((c) => c.trim())).toEqual([
      ym(newest.period),
      String(newest.persons),
      yuan(newest.base),
      yuan(newest.unit),
      yuan(newest.personal),
      yuan(Number(newest.unit) + Number(newest.personal)),
      String(newest.owed),
      newest.owed > 0 ? '欠费' : '已到账',
    ]);
    await fitsWidth(clerk);
    await screenshot(clerk, 'unit-query-contributions');

    // a 费款所属期 range of the newest month alone
    await pane.getByPlaceholder('开始年月').click();
    await pane.getByPlaceholder('开始年月').fill(ym(newest.period));
    await pane.getByPlaceholder('开始年月').press('Enter');
    await pane.getByPlaceholder('结束年月').fill(ym(newest.period));
    await pane.getByPlaceholder('结束年月').press('Enter');
    await pane.getByText('总共 1 条').waitFor();
    await pane.locator('.ant-picker-range').hover();
    await pane.locator('.ant-picker-clear').click();
    await pane.getByText(`总共 ${months} 条`).waitFor();

    // 欠费核对: the months something is owed, marked red
    await pane.getByRole('switch', { name: '只看欠费月份（欠费核对）' }).click();
    if (unit.owed_months > 0) {
      await pane.getByText(`总共 ${unit.owed_months} 条`).waitFor();
      await settled(clerk);
      const shown = await rows(pane).count();
      expect(shown).toBe(Math.min(unit.owed_months, 10));
      await expect.poll(() => pane.locator('tr.uq-arrears-row').count()).toBe(shown);
      await expect.poll(() => rows(pane).getByText('欠费', { exact: true }).count()).toBe(shown);
    } else {
      await pane.locator('.ant-empty-description', { hasText: '暂无数据' }).waitFor();
    }
    await settled(clerk);
    await fitsWidth(clerk);
    await screenshot(clerk, 'unit-query-arrears');
    await pane.getByRole('switch', { name: '只看欠费月份（欠费核对）' }).click();
    await pane.getByText(`总共 ${months} 条`).waitFor();
  });

  it('lists 职工/居民 by 参保状态; a 姓名 opens 人员综合查询', async () => {
    // the unit read so far: 正常参保 as many as its header says
    let pane = await openTab('职工/居民列表');
    await pane.locator('.uq-status-select').click();
    await clerk.locator('.ant-select-item-option', { hasText: '正常参保' }).click();
    await pane.getByText(`总共 ${unit.active} 条`).waitFor();

    // a unit some have left: 全部, then each 参保状态 as the database counts them
    const mixed = await unitWithLeavers();
    await searchUnitNo(mixed.unit_no);
    pane = await openTab('职工/居民列表');
    await pane.getByText(`总共 ${mixed.total} 条`).waitFor();
    await settled(clerk);
    await fitsWidth(clerk);
    await screenshot(clerk, 'unit-query-members-all');

    const filterBy = async (status: string) => {
      await pane.locator('.uq-status-select').click();
      await clerk.locator('.ant-select-item-option', { hasText: status }).click();
    };
    await filterBy('终止参保');
    await pane.getByText(`总共 ${mixed.ended} 条`).waitFor();
    await filterBy('正常参保');
    await pane.getByText(`总共 ${mixed.active} 条`).waitFor();
    await settled(clerk);
    const shown = await rows(pane).count();
    expect(shown).toBe(Math.min(mixed.active, 10));
    expect(await rows(pane).locator('.ant-tag', { hasText: /参保$/ }).allInnerTexts()).toEqual(
      Array(shown).fill('正常参保'),
    );
    await fitsWidth(clerk);
    await screenshot(clerk, 'unit-query-members');

    // 姓名 that no member has
    await pane.getByLabel('姓名').fill('查无此人');
    await pane.getByLabel('姓名').press('Enter');
    await pane.locator('.ant-empty-description', { hasText: '暂无数据' }).waitFor();
    await pane.getByLabel('姓名').fill('');
    await pane.getByLabel('姓名').press('Enter');
    await pane.getByText(`总共 ${mixed.active} 条`).waitFor();

    // the first member in 人员综合查询
    const link = rows(pane).first().getByRole('link');
    const name = (await link.innerText()).trim();
    // 证件号码 over 证件类型, masked as lists are; the link carries the 个人编号
    const masked = (
      await rows(pane).first().locator('td').nth(1).locator('.pq-nowrap').innerText()
    ).trim();
    expect(masked).toMatch(/^\w{2}\*{5}\w{2}$/);
    await link.click();
    await clerk.waitForURL(/\/window\/person-query\?personNo=/);
    const personNo = new URL(clerk.url()).searchParams.get('personNo') ?? '';
    const [whole] = await query<{ cert_no: string }>(
      'select cert_no from persons where person_no = $1',
      [personNo],
    );
    const person = clerk.locator('.pq-person-header');
    await person.getByText(name, { exact: true }).waitFor();
    await person.getByText(whole!.cert_no, { exact: true }).waitFor();
    await expect(clerk.getByLabel('个人编号', { exact: true }).inputValue()).resolves.toBe(
      personNo,
    );
    await settled(clerk);
    await screenshot(clerk, 'unit-query-person-link');
  });

  it('offers every unit of a shared name to pick from', async () => {
    const units = await twoOfOneName(unit);
    await clerk.goto(`${base()}/window/unit-query`);
    await field('单位名称').fill(SHARED_NAME);
    await button(clerk, '查询').click();
    const results = clerk.locator('.pq-results');
    await results.getByText(`总共 ${units.length} 条`).waitFor();
    for (const u of units) await results.getByText(u.unit_no).waitFor();
    await settled(clerk);
    await fitsWidth(clerk);
    await screenshot(clerk, 'unit-query-several');

    await results
      .locator('tr.ant-table-row', { hasText: units[1]!.unit_no })
      .getByRole('button', { name: '查看' })
      .click();
    await header().getByText(units[1]!.unit_no).waitFor();
    // a unit without members or months: 0 and nothing owed
    await header()
      .locator('.pq-person-fact', { hasText: '正常参保人数' })
      .getByText('0 人')
      .waitFor();
    await button(header(), '返回查询结果').click();
    await results.getByText(units[0]!.unit_no).waitFor();
  });

  it('fits 1366 px in elder mode and prints 基本信息 without the console', async () => {
    await clerk.getByRole('switch', { name: '长者模式（适老化）' }).click();
    await expect
      .poll(() => clerk.evaluate(() => document.documentElement.className))
      .toContain('elder');
    await searchUnitNo(unit.unit_no);
    await activePane().getByText('单位注册信息').waitFor();
    await settled(clerk);
    await fitsWidth(clerk);
    await screenshot(clerk, 'unit-query-elder-basic');
    await openTab('缴费明细');
    await fitsWidth(clerk);
    await screenshot(clerk, 'unit-query-elder-contributions');
    await openTab('职工/居民列表');
    await fitsWidth(clerk);
    await screenshot(clerk, 'unit-query-elder-members');
    await openTab('基本信息');

    await printsRecordOnly(clerk, activePane(), 'unit-query-print');
    await clerk.getByRole('switch', { name: '长者模式（适老化）' }).click();
  });
});
