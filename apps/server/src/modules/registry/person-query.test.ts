import { contributions, deemedContributions, enrolments, specialIdentities } from '@yibao/db';
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

describe('W25 人员综合查询: the search and its tabs', () => {
  let app: TestApp;
  let clerk: string;
  let reviewer: string;
  let yuxiClerk: string;
  let plainStaff: string;
  let person: Awaited<ReturnType<typeof createPerson>>;
  let unitName: string;

  beforeAll(async () => {
    app = await buildTestApp();
    await seedRegions(app);
    await createStaff(app, 'qclerk01', { roles: ['clerk'] });
    await createStaff(app, 'qreviewer01', { roles: ['reviewer'] });
    await createStaff(app, 'qclerk02', { roles: ['clerk'], regions: ['530400'] });
    await createStaff(app, 'qnorights01', { roles: [] });
    clerk = await staffCookie(app, 'qclerk01');
    reviewer = await staffCookie(app, 'qreviewer01');
    yuxiClerk = await staffCookie(app, 'qclerk02');
    plainStaff = await staffCookie(app, 'qnorights01');

    person = await createPerson(app, { name: '综合查询', phone: '13700003333' });
    const unit = await createUnit(app, { name: '查询测试单位' });
    unitName = unit.name;
    await app.db.insert(enrolments).values([
      {
        personId: person.id,
        unitId: unit.id,
        regionCode: '110000',
        insuranceType: '310',
        personType: '11',
        status: '正常参保',
        startDate: '2024-01-01',
        firstEnrolledOn: '2019-03-01',
        contributionBaseFen: 800_000,
      },
      {
        personId: person.id,
        regionCode: '110000',
        insuranceType: '390',
        personType: '21',
        status: '终止参保',
        startDate: '2019-03-01',
        endDate: '2023-12-31',
      },
    ]);
    await app.db.insert(contributions).values(
      [202401, 202402, 202403].map((period) => ({
        personId: person.id,
        unitId: unit.id,
        regionCode: '110000',
        insuranceType: '310',
        period,
        baseFen: 800_000,
        unitAmountFen: 78_400,
        personalAmountFen: 16_003,
        status: '已到账',
        paidAt: `${String(period).slice(0, 4)}-${String(period).slice(4)}-15`,
      })),
    );
    await app.db.insert(contributions).values({
      personId: person.id,
      regionCode: '110000',
      insuranceType: '390',
      period: 202301,
      baseFen: 0,
      unitAmountFen: 0,
      personalAmountFen: 38_000,
      status: '已到账',
    });
    await app.db.insert(deemedContributions).values([
      {
        personId: person.id,
        regionCode: '110000',
        startPeriod: 199001,
        endPeriod: 199312,
        months: 48,
        basis: '档案认定',
      },
      {
        personId: person.id,
        regionCode: '110000',
        startPeriod: 199401,
        endPeriod: 199406,
        months: 6,
        basis: '档案认定',
      },
    ]);
    await app.db.insert(specialIdentities).values({
      personId: person.id,
      regionCode: '110000',
      identityType: '12',
      startDate: '2023-01-01',
      source: '民政部门',
    });
    await app.database.pool.query(
      `insert into person_history (entity_id, action, before, after, actor_type, actor_id, reason, changed_at)
       values ($1, 'update', '{"phone":"13700000000","email":""}', '{"phone":"13700003333","email":""}',
               'staff', '1', '办件 TEST', now())`,
      [person.id],
    );
  });
  afterAll(async () => {
    await app.close();
  });

  const get = (cookie: string, url: string) => app.inject({ url, headers: { cookie } });

  it('finds a person by certificate (any case), by 个人编号 and by 姓名, in the clerk’s regions', async () => {
    const byCert = await getJson(
      app,
      clerk,
      `/api/registry/persons?certType=01&certNo=${person.certNo.toLowerCase()}`,
    );
    expect(byCert).toMatchObject({ total: 1, items: [{ id: person.id, name: '综合查询' }] });
    const byNo = await getJson(app, reviewer, `/api/registry/persons?personNo=${person.personNo}`);
    expect(byNo.items.map((p: { id: number }) => p.id)).toEqual([person.id]);
    const byName = await getJson(app, clerk, `/api/registry/persons?name=${encodeURI('综合查询')}`);
    expect(byName.total).toBe(1);
    // another region's clerk finds nobody; no criterion is refused; a right is needed
    const elsewhere = await getJson(
      app,
      yuxiClerk,
      `/api/registry/persons?certNo=${person.certNo}`,
    );
    expect(elsewhere.total).toBe(0);
    const empty = await get(clerk, '/api/registry/persons');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toBe('请输入证件号码、个人编号或姓名');
    expect(
      (await get(plainStaff, `/api/registry/persons?certNo=${person.certNo}`)).statusCode,
    ).toBe(403);
  });

  it('shows 人员基本信息 with the unit, and leaves a trace of who looked', async () => {
    const profile = await getJson(app, clerk, `/api/registry/persons/${person.id}`);
    expect(profile).toMatchObject({
      name: '综合查询',
      certNo: person.certNo,
      phone: '13700003333',
      unitName: null,
      regionCode: '110000',
    });
    const trace = await app.database.pool.query(
      `select actor_type from audit_log where action = 'person.view' and entity_id = $1`,
      [String(person.id)],
    );
    expect(trace.rows).toEqual([{ actor_type: 'staff' }]);
    expect((await get(yuxiClerk, `/api/registry/persons/${person.id}`)).statusCode).toBe(404);
    expect((await get(clerk, '/api/registry/persons/99999999')).json().message).toBe(
      '未找到该参保人员',
    );
  });

  it('splits 人员参保信息 from 历史参保信息', async () => {
    const current = await getJson(app, clerk, `/api/registry/persons/${person.id}/enrolments`);
    expect(current.items).toMatchObject([
      {
        insuranceType: '310',
        status: '正常参保',
        unitName,
        firstEnrolledOn: '2019-03-01',
        contributionBaseFen: 800_000,
      },
    ]);
    const history = await getJson(
      app,
      clerk,
      `/api/registry/persons/${person.id}/enrolments?scope=history`,
    );
    expect(history.items).toMatchObject([
      { insuranceType: '390', status: '终止参保', endDate: '2023-12-31', unitName: null },
    ]);
  });

  it('lists 变更历史信息 field by field, newest first', async () => {
    const changes = await getJson(app, clerk, `/api/registry/persons/${person.id}/changes`);
    expect(changes.total).toBe(1);
    expect(changes.items[0]).toMatchObject({
      entity: 'person',
      action: 'update',
      reason: '办件 TEST',
      changes: [{ field: 'phone', before: '13700000000', after: '13700003333' }],
    });
  });

  it('pages 职工缴费信息 and 居民缴费信息 apart, with sums over the whole range', async () => {
    const url = `/api/registry/persons/${person.id}/contributions`;
    const employee = await getJson(app, clerk, `${url}?insuranceType=310&pageSize=2`);
    expect(employee).toMatchObject({
      total: 3,
      totals: { months: 3, unitAmountFen: 235_200, personalAmountFen: 48_009 },
    });
    expect(employee.items.map((c: { period: number }) => c.period)).toEqual([202403, 202402]);
    expect(employee.items[0]).toMatchObject({ unitName, status: '已到账', paidOn: '2024-03-15' });
    const ranged = await getJson(app, clerk, `${url}?insuranceType=310&from=202402&to=202402`);
    expect(ranged.totals).toEqual({ months: 1, unitAmountFen: 78_400, personalAmountFen: 16_003 });
    const resident = await getJson(app, clerk, `${url}?insuranceType=390`);
    expect(resident.items).toMatchObject([{ period: 202301, personalAmountFen: 38_000 }]);
    const bad = await get(clerk, `${url}?insuranceType=310&from=202413`);
    expect(bad.json().message).toBe('请选择正确的年月');
  });

  it('shows 视同缴费信息 with the months summed, and 人员特殊身份认定信息', async () => {
    const deemed = await getJson(
      app,
      clerk,
      `/api/registry/persons/${person.id}/deemed-contributions`,
    );
    expect(deemed.totalMonths).toBe(54);
    expect(deemed.items.map((d: { startPeriod: number }) => d.startPeriod)).toEqual([
      199001, 199401,
    ]);
    const special = await getJson(
      app,
      clerk,
      `/api/registry/persons/${person.id}/special-identities`,
    );
    expect(special.items).toMatchObject([
      { identityType: '12', status: '有效', startDate: '2023-01-01', endDate: null },
    ]);
  });

  it('人员重复参保数据查询 lists persons with two basic schemes in force, in the clerk’s regions', async () => {
    const twice = await createPerson(app, { name: '重复参保' });
    await app.db.insert(enrolments).values(
      (['310', '390'] as const).map((insuranceType) => ({
        personId: twice.id,
        regionCode: '110000',
        insuranceType,
        personType: insuranceType === '310' ? '11' : '21',
        status: '正常参保',
        startDate: '2024-01-01',
      })),
    );
    const found = await getJson(app, clerk, '/api/registry/duplicate-enrolments');
    expect(found.total).toBe(1);
    expect(found.items[0]).toMatchObject({
      personId: twice.id,
      name: '重复参保',
      enrolments: [{ insuranceType: expect.any(String) }, { insuranceType: expect.any(String) }],
    });
    expect((await getJson(app, yuxiClerk, '/api/registry/duplicate-enrolments')).total).toBe(0);
    expect(
      (await getJson(app, yuxiClerk, '/api/registry/duplicate-enrolments?regionCode=110000')).total,
    ).toBe(0);
  });
});
