import { institutions } from '@yibao/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrol, getJson, submit, verifiedPerson } from '../../../test/applications';
import {
  buildTestApp,
  createStaff,
  staffCookie,
  seedRegions,
  type TestApp,
} from '../../../test/helpers';

const hospital = (
  code: string,
  name: string,
  over: Partial<typeof institutions.$inferInsert> = {},
) => ({
  code,
  name,
  kind: 'hospital',
  level: '3',
  regionCode: '110000',
  divisionCode: '110105',
  ...over,
});

describe('P13 职工个人定点医疗机构变更 and 定点医疗机构1–5', () => {
  let app: TestApp;
  let clerk: string;

  beforeAll(async () => {
    app = await buildTestApp();
    await seedRegions(app);
    await app.db.insert(institutions).values([
      hospital('H1101TEST001', '北京测试协和医院'),
      hospital('H1101TEST002', '北京测试朝阳医院'),
      hospital('H1101TEST003', '北京测试中医医院'),
      hospital('H1101TEST004', '北京测试社区卫生服务中心', { isPrimaryCare: '1', level: '1' }),
      hospital('H1101TEST005', '北京测试暂停医院', { status: '暂停' }),
      hospital('H5304TEST001', '玉溪测试人民医院', {
        regionCode: '530400',
        divisionCode: '530402',
      }),
      hospital('P1101TEST001', '北京测试大药房', { kind: 'pharmacy', level: '' }),
    ]);
    await createStaff(app, 'hclerk01', { roles: ['clerk'] });
    clerk = await staffCookie(app, 'hclerk01');
  });
  afterAll(async () => {
    await app.close();
  });

  it('searches the region’s hospitals by name, without closed ones or pharmacies', async () => {
    const who = await verifiedPerson(app, '选医院');
    const found = await getJson(
      app,
      who.cookie,
      `/api/designated-hospitals/candidates?name=${encodeURI('测试')}`,
    );
    expect(found.items.map((h: { code: string }) => h.code)).toEqual([
      'H1101TEST001',
      'H1101TEST002',
      'H1101TEST003',
      'H1101TEST004',
    ]);
    const staffView = await getJson(
      app,
      clerk,
      '/api/designated-hospitals/candidates?regionCode=110000&name=%25',
    );
    expect(staffView.total).toBe(0);
    const noRegion = await app.inject({
      url: '/api/designated-hospitals/candidates',
      headers: { cookie: clerk },
    });
    expect(noRegion.json()).toMatchObject({ message: '请选择医保区划', field: 'regionCode' });
  });

  it('puts the chosen hospital into the slot at once, and refuses what the rules exclude', async () => {
    const who = await verifiedPerson(app, '职工选院');
    await enrol(app.db, who.person.id, '310');
    const first = await submit(app, who.cookie, 'designated-hospital-change', {
      slot: 1,
      institutionCode: 'H1101TEST001',
    });
    expect(first.json()).toMatchObject({
      status: 'approved',
      effectResult: { slot: 1, name: '北京测试协和医院' },
    });
    await submit(app, who.cookie, 'designated-hospital-change', {
      slot: 2,
      institutionCode: 'H1101TEST002',
    });
    const changed = await submit(app, who.cookie, 'designated-hospital-change', {
      slot: 2,
      institutionCode: 'H1101TEST003',
    });
    expect(changed.json().status).toBe('approved');
    const mine = await getJson(app, who.cookie, '/api/me/designated-hospitals');
    expect(mine).toMatchObject({
      requiredSlots: [1, 2],
      items: [
        { slot: 1, institutionCode: 'H1101TEST001', name: '北京测试协和医院' },
        { slot: 2, institutionCode: 'H1101TEST003', name: '北京测试中医医院' },
      ],
    });

    const refusals: [Record<string, unknown>, string][] = [
      [{ slot: 3, institutionCode: 'H1101TEST001' }, '该医院已是您的定点医疗机构1'],
      [{ slot: 3, institutionCode: 'H1101TEST005' }, '该医院暂停或终止定点服务，不能选择'],
      [{ slot: 3, institutionCode: 'H5304TEST001' }, '只能选择参保地的定点医疗机构'],
      [{ slot: 3, institutionCode: 'P1101TEST001' }, '请选择定点医院'],
      [{ slot: 3, institutionCode: 'NOSUCH' }, '医院不存在'],
    ];
    for (const [payload, reason] of refusals) {
      const res = await submit(app, who.cookie, 'designated-hospital-change', payload);
      expect(res.json(), reason).toMatchObject({ status: 'rejected', decisionReason: reason });
    }
    const history = await app.database.pool.query(
      `select action from designated_hospital_history h join designated_hospitals d on d.id = h.entity_id
       where d.person_id = $1 order by h.id`,
      [who.person.id],
    );
    expect(history.rows.map((r) => r.action)).toEqual(['create', 'create', 'update']);
    // a community health service may be chosen too
    const community = await submit(app, who.cookie, 'designated-hospital-change', {
      slot: 3,
      institutionCode: 'H1101TEST004',
    });
    expect(community.json().status).toBe('approved');
  });

  it('is for employees only', async () => {
    const who = await verifiedPerson(app, '居民选院');
    const res = await submit(app, who.cookie, 'designated-hospital-change', {
      slot: 1,
      institutionCode: 'H1101TEST001',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toBe('您不是职工参保人员，不能办理职工个人定点医疗机构变更');
  });
});
