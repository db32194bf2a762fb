import { enrolmentHistory, enrolments, persons } from '@yibao/db';
import { makeCertNo18 } from '@yibao/domain';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrol, staffPost } from '../../../test/applications';
import {
  buildTestApp,
  createPerson,
  createStaff,
  staffCookie,
  type TestApp,
  seedRegions,
} from '../../../test/helpers';

const W13 = 'resident-enrolment-window';
const W15 = 'person-info-change-window';

let certSeq = 0;
/** A citizen the registry does not know yet, born 2001-02-03 in 朝阳区. */
const freshCertNo = () =>
  makeCertNo18('110105', '20010203', String(500 + (certSeq++ % 400)).padStart(3, '0'));

const residentOf = (overrides: Record<string, unknown> = {}) => ({
  regionCode: '110000',
  name: '居民新',
  certType: '01',
  certNo: freshCertNo(),
  localHousehold: true,
  admissionCategory: '21',
  sex: '1',
  birthDate: '2001-02-03',
  ethnicity: '01',
  householdType: '20',
  householdDivisionCode: '110105',
  residenceDivisionCode: '110105',
  residenceAddress: '北京市朝阳区测试路2号',
  phone: '13700000001',
  ...overrides,
});

const changeOf = (certNo: string, overrides: Record<string, unknown> = {}) => ({
  certType: '01',
  certNo,
  name: '职工窗口',
  ethnicity: '01',
  phone: '13711113333',
  education: '20',
  householdDivisionCode: '110106',
  householdAddress: '北京市丰台区大红门海户',
  householdPostcode: '100077',
  residenceDivisionCode: '110106',
  residenceAddress: '北京市丰台区大红门海户',
  residencePostcode: '100077',
  bankCode: '104',
  bankAccount: '6216600000001234567',
  email: '',
  ...overrides,
});

describe('window: W13 (一) 城乡居民新参保/续保 and W15 (一) 职工基本信息变更 (即时办结, 复核)', () => {
  let app: TestApp;
  let clerk: string;
  let reviewer: string;
  let yuxiClerk: string;
  let plainStaff: string;

  beforeAll(async () => {
    app = await buildTestApp();
    await seedRegions(app);
    await createStaff(app, 'pclerk01', { roles: ['clerk'] });
    await createStaff(app, 'previewer01', { roles: ['reviewer'] });
    await createStaff(app, 'pclerk02', { roles: ['clerk'], regions: ['530400'] });
    await createStaff(app, 'pnorights01', { roles: [] });
    clerk = await staffCookie(app, 'pclerk01');
    reviewer = await staffCookie(app, 'previewer01');
    yuxiClerk = await staffCookie(app, 'pclerk02');
    plainStaff = await staffCookie(app, 'pnorights01');
  });
  afterAll(async () => {
    await app.close();
  });

  const file = (cookie: string, businessCode: string, payload: Record<string, unknown>) =>
    app.inject({
      method: 'POST',
      url: '/api/applications',
      headers: { cookie },
      payload: {
        businessCode,
        channel: 'window',
        payload,
        materialIds: [],
        paperItems:
          businessCode === W13
            ? ['id-document', 'enrolment-form']
            : ['change-form', 'change-proof'],
      },
    });
  const enrolmentsOf = (personId: number) =>
    app.db
      .select()
      .from(enrolments)
      .where(eq(enrolments.personId, personId))
      .orderBy(asc(enrolments.id));
  const personOf = async (id: number) =>
    (await app.db.select().from(persons).where(eq(persons.id, id)))[0]!;

  it('W13 enrols a new resident at once; 复核初审 and 复核复审 confirm it', async () => {
    const payload = residentOf();
    const res = await file(clerk, W13, payload);
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json();
    expect(detail).toMatchObject({
      businessName: '城乡居民新参保/续保',
      status: 'applied',
      nextLevel: '复核初审',
      subjectName: '居民新',
      subjectCertNo: payload.certNo,
      regionCode: '110000',
    });
    const personId = Number(detail.effectResult.personId);
    expect(await personOf(personId)).toMatchObject({ name: '居民新', regionCode: '110000' });
    const [enrolment] = await enrolmentsOf(personId);
    expect(enrolment).toMatchObject({
      insuranceType: '390',
      status: '正常参保',
      personType: '21',
    });
    expect(detail.effectResult).toEqual({
      personId,
      enrolmentId: enrolment!.id,
      renewal: false,
    });
    expect((await staffPost(app, clerk, `/api/review/${detail.id}/approve`)).statusCode).toBe(200);
    const second = await staffPost(app, reviewer, `/api/review/${detail.id}/approve`);
    expect(second.json()).toMatchObject({ status: 'approved' });

    // the same person again: already insured
    const twice = await file(clerk, W13, payload);
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({
      message: '该人员已参加基本医疗保险，不能重复参保',
      field: 'payload.certNo',
    });
  });

  it('W13 ends the enrolment when 复核 fails; the person may then renew (续保)', async () => {
    const payload = residentOf({ name: '居民续' });
    const detail = (await file(clerk, W13, payload)).json();
    const personId = Number(detail.effectResult.personId);
    const failed = await staffPost(app, reviewer, `/api/review/${detail.id}/reject`, {
      reason: '户籍信息与登记表不一致',
    });
    expect(failed.json()).toMatchObject({ status: 'revoked' });
    const [ended] = await enrolmentsOf(personId);
    expect(ended).toMatchObject({ status: '终止参保', endDate: ended!.startDate });
    const history = await app.db
      .select()
      .from(enrolmentHistory)
      .where(eq(enrolmentHistory.entityId, ended!.id))
      .orderBy(asc(enrolmentHistory.id));
    expect(history.map((h) => h.action)).toEqual(['create', 'cancel']);

    await app.database.pool.query(
      `update enrolments set first_enrolled_on = '2020-01-01' where id = $1`,
      [ended!.id],
    );
    const renewed = await file(clerk, W13, payload);
    expect(renewed.statusCode, renewed.body).toBe(200);
    expect(renewed.json().effectResult).toMatchObject({ personId, renewal: true });
    const rows = await enrolmentsOf(personId);
    expect(rows.map((r) => r.status)).toEqual(['终止参保', '正常参保']);
    expect(rows[1]!.firstEnrolledOn).toBe('2020-01-01');
  });

  it('W13 stores 政治面貌, 婚姻状态 and 学籍编号; W25 shows them; wrong ones are refused', async () => {
    const payload = residentOf({
      politicalStatus: '03',
      maritalStatus: '10',
      studentNo: ' G110105200102035001 ',
    });
    const detail = (await file(clerk, W13, payload)).json();
    const personId = Number(detail.effectResult.personId);
    expect(await personOf(personId)).toMatchObject({
      politicalStatus: '03',
      maritalStatus: '10',
      studentNo: 'G110105200102035001',
    });
    const profile = await app.inject({
      url: `/api/registry/persons/${personId}`,
      headers: { cookie: clerk },
    });
    expect(profile.json()).toMatchObject({
      politicalStatus: '03',
      maritalStatus: '10',
      studentNo: 'G110105200102035001',
    });
    const party = await file(clerk, W13, residentOf({ politicalStatus: '14' }));
    expect(party.json()).toMatchObject({
      message: '请选择正确的政治面貌',
      field: 'payload.politicalStatus',
    });
    const married = await file(clerk, W13, residentOf({ maritalStatus: '50' }));
    expect(married.json()).toMatchObject({
      message: '请选择正确的婚姻状态',
      field: 'payload.maritalStatus',
    });
    const longNo = await file(clerk, W13, residentOf({ studentNo: 'G'.repeat(31) }));
    expect(longNo.statusCode).toBe(400);
    expect(longNo.json().message).toBe('学籍编号不能超过30个字符');
  });

  it('W13 refuses what the form gets wrong, other regions and staff without the right', async () => {
    const wrongName = await createPerson(app, { name: '真名' });
    const named = await file(
      clerk,
      W13,
      residentOf({ name: '假名', certNo: wrongName.certNo, birthDate: wrongName.birthDate }),
    );
    expect(named.json()).toMatchObject({ message: '姓名与证件号码不一致', field: 'payload.name' });
    const badCert = await file(clerk, W13, residentOf({ certNo: '110105200102030000' }));
    expect(badCert.statusCode).toBe(400);
    expect(badCert.json().field).toBe('payload.certNo');
    const elsewhere = await file(clerk, W13, residentOf({ residenceDivisionCode: '530402' }));
    expect(elsewhere.json()).toMatchObject({
      message: '居住地不在所选医保区划内',
      field: 'payload.residenceDivisionCode',
    });
    const outOfScope = await file(yuxiClerk, W13, residentOf());
    expect(outOfScope.statusCode).toBe(403);
    const noRight = await file(plainStaff, W13, residentOf());
    expect(noRight.statusCode).toBe(403);
    expect(noRight.json().message).toBe('您没有人员参保登记的权限');
    const fromPortal = await app.inject({
      method: 'POST',
      url: '/api/applications',
      headers: { cookie: clerk },
      payload: { businessCode: W13, channel: 'personal', payload: residentOf(), materialIds: [] },
    });
    expect(fromPortal.statusCode).toBe(403);
  });

  it('人员查询 answers an employee of the clerk’s regions by certificate', async () => {
    const p = await createPerson(app, { name: '职工查询' });
    const lookup = (cookie: string, certNo: string) =>
      app.inject({
        url: `/api/registry/person?certType=01&certNo=${certNo}`,
        headers: { cookie },
      });
    const found = await lookup(clerk, p.certNo.toLowerCase());
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json()).toMatchObject({
      name: '职工查询',
      certNo: p.certNo,
      regionCode: '110000',
    });
    expect((await lookup(yuxiClerk, p.certNo)).statusCode).toBe(404);
    expect((await lookup(plainStaff, p.certNo)).statusCode).toBe(403);
    expect((await lookup(clerk, '123')).json().field).toBe('certNo');
    expect(
      (await app.inject(`/api/registry/person?certType=01&certNo=${p.certNo}`)).statusCode,
    ).toBe(401);
  });

  it('W15 changes an employee at once; a failed 复核 restores the values before it', async () => {
    const p = await createPerson(app, { name: '职工窗口', phone: '13700002222' });
    await enrol(app.db, p.id, '310');
    const res = await file(clerk, W15, changeOf(p.certNo));
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json();
    expect(detail).toMatchObject({
      businessName: '职工基本信息变更',
      status: 'applied',
      subjectName: '职工窗口',
      effectResult: { personId: p.id },
    });
    expect(await personOf(p.id)).toMatchObject({
      phone: '13711113333',
      bankAccount: '6216600000001234567',
      householdPostcode: '100077',
    });
    const failed = await staffPost(app, reviewer, `/api/review/${detail.id}/reject`, {
      reason: '变更证明不符',
    });
    expect(failed.statusCode, failed.body).toBe(200);
    expect(await personOf(p.id)).toMatchObject({
      phone: '13700002222',
      bankAccount: '',
      householdPostcode: '',
    });
    const history = await app.database.pool.query(
      `select action, reason from person_history where entity_id = $1 order by id`,
      [p.id],
    );
    expect(history.rows).toEqual([
      { action: 'update', reason: `办件 ${detail.applicationNo}` },
      { action: 'update', reason: `办件 ${detail.applicationNo} 复核不通过，恢复变更前的信息` },
    ]);
  });

  it('W15 changes 政治面貌 and 婚姻状态 with history; a failed 复核 restores them', async () => {
    const p = await createPerson(app, { name: '职工窗口' });
    await enrol(app.db, p.id, '310');
    const found = await app.inject({
      url: `/api/registry/person?certType=01&certNo=${p.certNo}`,
      headers: { cookie: clerk },
    });
    expect(found.json()).toMatchObject({ politicalStatus: '', maritalStatus: '' });
    const detail = (
      await file(clerk, W15, changeOf(p.certNo, { politicalStatus: '01', maritalStatus: '20' }))
    ).json();
    expect(detail.status).toBe('applied');
    expect(await personOf(p.id)).toMatchObject({ politicalStatus: '01', maritalStatus: '20' });
    const history = await app.database.pool.query<{ before: object; after: object }>(
      `select before, after from person_history where entity_id = $1 order by id`,
      [p.id],
    );
    expect(history.rows[0]).toMatchObject({
      before: { politicalStatus: '', maritalStatus: '' },
      after: { politicalStatus: '01', maritalStatus: '20' },
    });
    const changes = await app.inject({
      url: `/api/registry/persons/${p.id}/changes`,
      headers: { cookie: clerk },
    });
    expect(JSON.stringify(changes.json())).toContain('politicalStatus');
    await staffPost(app, reviewer, `/api/review/${detail.id}/reject`, { reason: '证明不符' });
    expect(await personOf(p.id)).toMatchObject({ politicalStatus: '', maritalStatus: '' });
    const bad = await file(clerk, W15, changeOf(p.certNo, { maritalStatus: '99' }));
    expect(bad.json()).toMatchObject({ field: 'payload.maritalStatus' });
  });

  it('W15 refuses to undo a change that a later change has built on', async () => {
    const p = await createPerson(app, { name: '职工窗口' });
    await enrol(app.db, p.id, '310');
    const first = (await file(clerk, W15, changeOf(p.certNo))).json();
    const later = await file(clerk, W15, changeOf(p.certNo, { phone: '13799998888' }));
    expect(later.json().status).toBe('applied');
    const failed = await staffPost(app, reviewer, `/api/review/${first.id}/reject`, {
      reason: '材料不全',
    });
    expect(failed.statusCode).toBe(409);
    expect(failed.json().message).toContain('不能撤销本次变更');
    expect((await personOf(p.id)).phone).toBe('13799998888');
  });

  it('W15 is for employees of the registry only', async () => {
    const resident = await createPerson(app, { name: '居民非职工' });
    const notEmployee = await file(clerk, W15, changeOf(resident.certNo));
    expect(notEmployee.statusCode).toBe(409);
    expect(notEmployee.json().message).toBe('该人员不是职工参保人员，不能办理职工基本信息变更');
    const unknown = await file(clerk, W15, changeOf(freshCertNo()));
    expect(unknown.json()).toMatchObject({
      message: '未找到该证件号码的参保人员',
      field: 'payload.certNo',
    });
  });
});
