import { enrolments, persons } from '@yibao/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrol, staffPost } from '../../../test/applications';
import {
  buildTestApp,
  createPerson,
  createStaff,
  seedRegions,
  staffCookie,
  type TestApp,
} from '../../../test/helpers';

const W15_POST = 'employee-post-change';

const postOf = (certNo: string, overrides: Record<string, unknown> = {}) => ({
  certType: '01',
  certNo,
  adminPost: '4B',
  techTitleLevel: '3',
  vocationalLevel: '',
  ...overrides,
});

describe('window: W15 (二) 单位职工职务职级职称变更 (人员重要信息维护, 即时办结, 复核)', () => {
  let app: TestApp;
  let clerk: string;
  let reviewer: string;
  let yuxiClerk: string;
  let plainStaff: string;

  beforeAll(async () => {
    app = await buildTestApp();
    await seedRegions(app);
    await createStaff(app, 'postclerk01', { roles: ['clerk'] });
    await createStaff(app, 'postreviewer01', { roles: ['reviewer'] });
    await createStaff(app, 'postclerk02', { roles: ['clerk'], regions: ['530400'] });
    await createStaff(app, 'postnorights01', { roles: [] });
    clerk = await staffCookie(app, 'postclerk01');
    reviewer = await staffCookie(app, 'postreviewer01');
    yuxiClerk = await staffCookie(app, 'postclerk02');
    plainStaff = await staffCookie(app, 'postnorights01');
  });
  afterAll(async () => {
    await app.close();
  });

  const file = (cookie: string, payload: Record<string, unknown>) =>
    app.inject({
      method: 'POST',
      url: '/api/applications',
      headers: { cookie },
      payload: {
        businessCode: W15_POST,
        channel: 'window',
        payload,
        materialIds: [],
        paperItems: ['post-form', 'post-proof'],
      },
    });
  const personOf = async (id: number) =>
    (await app.db.select().from(persons).where(eq(persons.id, id)))[0]!;
  const lookup = (cookie: string, certNo: string) =>
    app.inject({
      url: `/api/registry/employee-posts?certType=01&certNo=${certNo}`,
      headers: { cookie },
    });

  it('人员查询 shows the three fields and whether the person is an employee in service', async () => {
    const p = await createPerson(app, { name: '职称查询' });
    await enrol(app.db, p.id, '310');
    await app.db
      .update(persons)
      .set({ politicalStatus: '01', maritalStatus: '20' })
      .where(eq(persons.id, p.id));
    const found = await lookup(clerk, p.certNo);
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json()).toMatchObject({
      name: '职称查询',
      politicalStatus: '01',
      maritalStatus: '20',
      inService: true,
      adminPost: '',
      techTitleLevel: '',
      vocationalLevel: '',
    });
    const resident = await createPerson(app, { name: '非职工' });
    expect((await lookup(clerk, resident.certNo)).json().inService).toBe(false);
    expect((await lookup(yuxiClerk, p.certNo)).statusCode).toBe(404);
    expect((await lookup(plainStaff, p.certNo)).statusCode).toBe(403);
  });

  it('changes the fields at once, writes the history; a failed 复核 restores them', async () => {
    const p = await createPerson(app, { name: '职称变更' });
    await enrol(app.db, p.id, '310');
    const res = await file(clerk, postOf(p.certNo));
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json();
    expect(detail).toMatchObject({
      businessName: '单位职工职务职级职称变更',
      status: 'applied',
      nextLevel: '复核初审',
      effectResult: { personId: p.id },
    });
    expect(await personOf(p.id)).toMatchObject({ adminPost: '4B', techTitleLevel: '3' });
    expect((await lookup(clerk, p.certNo)).json()).toMatchObject({ adminPost: '4B' });

    // W25 的变更历史信息 reads the person's history: the change and its values before
    const changes = await app.inject({
      url: `/api/registry/persons/${p.id}/changes`,
      headers: { cookie: clerk },
    });
    expect(changes.statusCode, changes.body).toBe(200);
    const [entry] = changes.json().items;
    expect(entry).toMatchObject({ entity: 'person', reason: `办件 ${detail.applicationNo}` });
    expect(entry.changes).toEqual(
      expect.arrayContaining([
        { field: 'adminPost', before: '', after: '4B' },
        { field: 'techTitleLevel', before: '', after: '3' },
      ]),
    );

    const failed = await staffPost(app, reviewer, `/api/review/${detail.id}/reject`, {
      reason: '备案表与任职文件不符',
    });
    expect(failed.statusCode, failed.body).toBe(200);
    expect(failed.json()).toMatchObject({ status: 'revoked' });
    expect(await personOf(p.id)).toMatchObject({
      adminPost: '',
      techTitleLevel: '',
      vocationalLevel: '',
    });
    const history = await app.database.pool.query(
      `select reason from person_history where entity_id = $1 order by id`,
      [p.id],
    );
    expect(history.rows.map((r) => r.reason)).toEqual([
      `办件 ${detail.applicationNo}`,
      `办件 ${detail.applicationNo} 复核不通过，恢复变更前的职务职级职称`,
    ]);
  });

  it('复核初审 and 复核复审 confirm a change; a later change may clear a field (解聘)', async () => {
    const p = await createPerson(app, { name: '职称确认' });
    await enrol(app.db, p.id, '310');
    const detail = (await file(clerk, postOf(p.certNo, { vocationalLevel: '2' }))).json();
    expect((await staffPost(app, clerk, `/api/review/${detail.id}/approve`)).statusCode).toBe(200);
    const second = await staffPost(app, reviewer, `/api/review/${detail.id}/approve`);
    expect(second.json()).toMatchObject({ status: 'approved' });
    const cleared = await file(
      clerk,
      postOf(p.certNo, { techTitleLevel: '', vocationalLevel: '2' }),
    );
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(await personOf(p.id)).toMatchObject({
      adminPost: '4B',
      techTitleLevel: '',
      vocationalLevel: '2',
    });
  });

  it('refuses nothing changed, unknown codes, non-employees, retirees and the wrong staff', async () => {
    const p = await createPerson(app, { name: '职称拒绝' });
    await enrol(app.db, p.id, '310');
    const same = await file(clerk, postOf(p.certNo, { adminPost: '', techTitleLevel: '' }));
    expect(same.statusCode).toBe(400);
    expect(same.json()).toMatchObject({
      message: '职务职级职称信息未变更',
      field: 'payload.adminPost',
    });
    const badCode = await file(clerk, postOf(p.certNo, { techTitleLevel: '9' }));
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().field).toBe('payload.techTitleLevel');

    const resident = await createPerson(app, { name: '居民非职工' });
    await enrol(app.db, resident.id, '390');
    const notEmployee = await file(clerk, postOf(resident.certNo));
    expect(notEmployee.statusCode).toBe(409);
    expect(notEmployee.json().message).toBe('该人员不是在职职工，不能办理单位职工职务职级职称变更');
    const retiree = await createPerson(app, { name: '退休职工' });
    await enrol(app.db, retiree.id, '310');
    await app.db
      .update(enrolments)
      .set({ personType: '12' })
      .where(eq(enrolments.personId, retiree.id));
    expect((await file(clerk, postOf(retiree.certNo))).statusCode).toBe(409);

    expect((await file(yuxiClerk, postOf(p.certNo))).statusCode).toBe(403);
    const noRight = await file(plainStaff, postOf(p.certNo));
    expect(noRight.statusCode).toBe(403);
    expect(noRight.json().message).toBe('您没有人员信息维护的权限');
    const noPaper = await app.inject({
      method: 'POST',
      url: '/api/applications',
      headers: { cookie: clerk },
      payload: {
        businessCode: W15_POST,
        channel: 'window',
        payload: postOf(p.certNo),
        materialIds: [],
        paperItems: ['post-form'],
      },
    });
    expect(noPaper.statusCode).toBe(400);
    expect(await personOf(p.id)).toMatchObject({ adminPost: '', techTitleLevel: '' });
  });
});
