import { contributions, enrolments, persons } from '@yibao/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson } from '../../../test/applications';
import {
  boundOperatorCookie,
  buildTestApp,
  createPerson,
  createUnit,
  type TestApp,
  seedRegions,
} from '../../../test/helpers';

describe('U06 灵活就业人员信息查询 and U07 灵活就业人员缴费明细查询', () => {
  let app: TestApp;
  let agency: string;
  let employer: string;
  let flexId: number;

  beforeAll(async () => {
    app = await buildTestApp();
    await seedRegions(app);
    const unit = await createUnit(app, { name: '朝阳区人才服务中心', unitType: 'agency-flex' });
    const company = await createUnit(app, { name: '普通公司' });
    agency = await boundOperatorCookie(app, unit.id);
    employer = await boundOperatorCookie(app, company.id);
    const flex = await createPerson(app, { name: '灵活甲', phone: '13700006666' });
    flexId = flex.id;
    await app.db
      .update(persons)
      .set({ unitId: unit.id, personCategory: '14' })
      .where(eq(persons.id, flex.id));
    await app.db.insert(enrolments).values({
      personId: flex.id,
      unitId: unit.id,
      regionCode: '110000',
      insuranceType: '310',
      personType: '14',
      status: '正常参保',
      startDate: '2024-01-01',
      contributionBaseFen: 560_000,
    });
    await app.db.insert(contributions).values(
      [202401, 202402, 202403].map((period) => ({
        personId: flex.id,
        unitId: unit.id,
        regionCode: '110000',
        insuranceType: '310',
        period,
        baseFen: 560_000,
        unitAmountFen: 0,
        personalAmountFen: 56_000,
        status: '已到账',
      })),
    );
    await createPerson(app, { name: '不相干' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('lists the agency’s persons and shows one with every field of the detail', async () => {
    const list = await getJson(app, agency, '/api/unit/flexible-persons');
    expect(list).toMatchObject({
      total: 1,
      items: [{ id: flexId, name: '灵活甲', personCategory: '14' }],
    });
    const byName = await getJson(
      app,
      agency,
      `/api/unit/flexible-persons?name=${encodeURI('不相干')}`,
    );
    expect(byName.total).toBe(0);
    const detail = await getJson(app, agency, `/api/unit/flexible-persons/${flexId}`);
    expect(detail).toMatchObject({
      unitName: '朝阳区人才服务中心',
      phone: '13700006666',
      contributionBaseFen: 560_000,
      designatedHospitals: [1, 2, 3, 4, 5].map((slot) => ({ slot, name: null })),
    });
    const denied = await app.inject({
      url: '/api/unit/flexible-persons',
      headers: { cookie: employer },
    });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().message).toBe('本单位不是灵活就业代管机构');
  });

  it('answers 缴费明细 only within a required month range', async () => {
    const url = '/api/unit/flexible-contributions';
    const ranged = await getJson(app, agency, `${url}?from=202402&to=202412`);
    expect(ranged.items.map((c: { period: number }) => c.period)).toEqual([202403, 202402]);
    expect(ranged.items[0]).toMatchObject({
      name: '灵活甲',
      unitName: '朝阳区人才服务中心',
      personalAmountFen: 56_000,
    });
    const missing = await app.inject({ url, headers: { cookie: agency } });
    expect(missing.statusCode).toBe(400);
    const reversed = await app.inject({
      url: `${url}?from=202403&to=202401`,
      headers: { cookie: agency },
    });
    expect(reversed.json().message).toBe('开始月份不能晚于结束月份');
  });
});
