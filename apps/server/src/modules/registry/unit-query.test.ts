import { contributions, enrolments } from '@yibao/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson } from '../../../test/applications';
import {
  buildTestApp,
  createPerson,
  createStaff,
  createUnit,
  staffCookie,
  type TestApp,
  seedRegions,
} from '../../../test/helpers';

describe('W24 单位综合查询: 基本信息, 缴费明细 (欠费核对) and 职工/居民列表', () => {
  let app: TestApp;
  let clerk: string;
  let yuxiClerk: string;
  let unitId: number;
  let unitNo: string;

  beforeAll(async () => {
    app = await buildTestApp();
    await seedRegions(app);
    await createStaff(app, 'uqclerk01', { roles: ['clerk'] });
    await createStaff(app, 'uqclerk02', { roles: ['clerk'], regions: ['530400'] });
    clerk = await staffCookie(app, 'uqclerk01');
    yuxiClerk = await staffCookie(app, 'uqclerk02');
    const unit = await createUnit(app, { name: '综合查询单位' });
    unitId = unit.id;
    unitNo = unit.unitNo;
    for (const [name, status] of [
      ['在职甲', '正常参保'],
      ['在职乙', '正常参保'],
      ['离职丙', '终止参保'],
    ] as const) {
      const p = await createPerson(app, { name });
      await app.db.insert(enrolments).values({
        personId: p.id,
        unitId,
        regionCode: '110000',
        insuranceType: '310',
        personType: '11',
        status,
        startDate: '2025-01-01',
        contributionBaseFen: 700_000,
      });
      await app.db.insert(contributions).values(
        [202509, 202510].map((period) => ({
          personId: p.id,
          unitId,
          regionCode: '110000',
          insuranceType: '310',
          period,
          baseFen: 700_000,
          unitAmountFen: 68_600,
          personalAmountFen: 14_000,
          status: name === '在职乙' && period === 202510 ? '欠费' : '已到账',
        })),
      );
    }
  });
  afterAll(async () => {
    await app.close();
  });

  it('finds the unit by 单位编号 in the clerk’s regions and shows 基本信息 with its figures', async () => {
    const found = await getJson(app, clerk, `/api/registry/units?unitNo=${unitNo}`);
    expect(found).toMatchObject({ total: 1, items: [{ id: unitId, name: '综合查询单位' }] });
    expect((await getJson(app, yuxiClerk, `/api/registry/units?unitNo=${unitNo}`)).total).toBe(0);
    const profile = await getJson(app, clerk, `/api/registry/units/${unitId}`);
    expect(profile).toMatchObject({ unitNo, activeMembers: 2, arrearsMonths: 1, status: '正常' });
    const none = await app.inject({ url: '/api/registry/units', headers: { cookie: clerk } });
    expect(none.json().message).toBe('请输入单位编号、统一社会信用代码或单位名称');
  });

  it('sums 缴费明细 by month, and 欠费核对 keeps the months owed', async () => {
    const months = await getJson(app, clerk, `/api/registry/units/${unitId}/contributions`);
    expect(months.items).toEqual([
      {
        period: 202510,
        persons: 3,
        baseFen: 2_100_000,
        unitAmountFen: 205_800,
        personalAmountFen: 42_000,
        arrearsPersons: 1,
      },
      {
        period: 202509,
        persons: 3,
        baseFen: 2_100_000,
        unitAmountFen: 205_800,
        personalAmountFen: 42_000,
        arrearsPersons: 0,
      },
    ]);
    const owed = await getJson(
      app,
      clerk,
      `/api/registry/units/${unitId}/contributions?only=arrears`,
    );
    expect(owed).toMatchObject({ total: 1, items: [{ period: 202510 }] });
  });

  it('lists the 职工/居民 enrolled through the unit, by status', async () => {
    const all = await getJson(app, clerk, `/api/registry/units/${unitId}/members`);
    expect(all.total).toBe(3);
    const active = await getJson(
      app,
      clerk,
      `/api/registry/units/${unitId}/members?status=${encodeURI('正常参保')}`,
    );
    expect(active.items.map((m: { name: string }) => m.name).sort()).toEqual(
      ['在职乙', '在职甲'].sort(),
    );
    expect(
      (
        await app.inject({
          url: `/api/registry/units/${unitId}/members`,
          headers: { cookie: yuxiClerk },
        })
      ).statusCode,
    ).toBe(404);
  });
});
