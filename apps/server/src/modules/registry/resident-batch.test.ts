import { RESIDENT_BATCH_COLUMNS, SPECIAL_IDENTITY_BATCH_COLUMNS } from '@yibao/contracts';
import { enrolments, persons, specialIdentities } from '@yibao/db';
import { makeCertNo18 } from '@yibao/domain';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrol, getJson, staffPost } from '../../../test/applications';
import {
  buildTestApp,
  createPerson,
  createStaff,
  seedRegions,
  staffCookie,
  type TestApp,
} from '../../../test/helpers';
import { multipartBody } from '../../../test/person';
import { readTableXlsx, writeTableXlsx } from '../documents';

const residentColumns = RESIDENT_BATCH_COLUMNS.map((c) => ({ key: c.key, title: c.title }));
const identityColumns = SPECIAL_IDENTITY_BATCH_COLUMNS.map((c) => ({ key: c.key, title: c.title }));

/** A template row of a resident the registry does not hold, in 朝阳区. */
const residentRow = (i: number, overrides: Record<string, string> = {}) => ({
  certType: '居民身份证(户口簿)',
  certNo: makeCertNo18('110105', '20000202', String(300 + i).padStart(3, '0')),
  name: `批量居民${i}`,
  sex: i % 2 ? '男' : '女',
  ethnicity: '汉族',
  birthDate: '2000-02-02',
  localHousehold: '本市户籍',
  admissionCategory: '城乡居民(成年)',
  studentOrChild: '',
  householdType: '农业户口(农村)',
  householdDivisionCode: '110105',
  residenceDivisionCode: '110105',
  residenceAddress: '北京市朝阳区批量路1号',
  phone: `1370001${String(i).padStart(4, '0')}`,
  ...overrides,
});

type Job = { id: number; status: string; message: string; resultUrl: string | null };

describe('W13 批量模式: 城乡居民批量参保 and 特殊身份登记 on the batch machinery', () => {
  let app: TestApp;
  let clerk: string;
  let reviewer: string;
  let yuxi: string;

  beforeAll(async () => {
    app = await buildTestApp();
    await seedRegions(app);
    await createStaff(app, 'rbclerk01', { roles: ['clerk'] });
    await createStaff(app, 'rbreviewer01', { roles: ['reviewer'] });
    await createStaff(app, 'rbclerk02', { roles: ['clerk'], regions: ['530400'] });
    clerk = await staffCookie(app, 'rbclerk01');
    reviewer = await staffCookie(app, 'rbreviewer01');
    yuxi = await staffCookie(app, 'rbclerk02');
  });
  afterAll(async () => {
    await app.close();
  });

  const upload = async (
    cookie: string,
    kind: string,
    regionCode: string,
    columns: { key: string; title: string }[],
    rows: Record<string, string>[],
  ) => {
    const bytes = await writeTableXlsx({ title: '导入', columns, rows });
    const body = multipartBody({ kind, regionCode }, { name: '名单.xlsx', bytes });
    return app.inject({
      method: 'POST',
      url: '/api/registry/resident-batches',
      headers: { cookie, ...body.headers },
      payload: body.payload,
    });
  };
  const waitFor = async (id: number): Promise<Job> => {
    for (let i = 0; i < 200; i++) {
      const job = (await getJson(app, clerk, `/api/jobs/${id}`)) as Job;
      if (job.status === 'succeeded' || job.status === 'failed') return job;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`job ${id} did not finish`);
  };
  const badRows = async (id: number) =>
    (await getJson(app, clerk, `/api/registry/resident-batches/${id}/rows?only=bad`)).items.map(
      (r: { rowNumber: number; message: string }) => [r.rowNumber, r.message],
    );

  it('offers each template with the guide’s columns', async () => {
    for (const [kind, columns] of [
      ['resident-enrolment-batch', residentColumns],
      ['special-identity-batch', identityColumns],
    ] as const) {
      const res = await app.inject({
        url: `/api/registry/resident-batches/template.xlsx?kind=${kind}`,
        headers: { cookie: clerk },
      });
      expect(res.statusCode).toBe(200);
      const sheet = await readTableXlsx(res.rawPayload, columns);
      expect(sheet.missingColumns).toEqual([]);
    }
  });

  it('城乡居民批量参保: checks every row, writes nothing before 确认导入, then enrols the good ones', async () => {
    const insured = await createPerson(app, { name: '已参保居民' });
    await enrol(app.db, insured.id, '390');
    const known = await createPerson(app, { name: '老居民' });
    const other = await createPerson(app, { name: '另一人' });
    const rows = [
      residentRow(1),
      residentRow(2, { studentOrChild: '否', localHousehold: '外埠户籍' }),
      residentRow(3, { certNo: '110105200002020000' }),
      residentRow(4, { certNo: residentRow(1).certNo }),
      residentRow(5, { certNo: insured.certNo, name: '已参保居民' }),
      residentRow(6, { certNo: other.certNo, name: '改了名' }),
      residentRow(7, { localHousehold: '' }),
      residentRow(8, { residenceDivisionCode: '530402' }),
      residentRow(9, { certNo: known.certNo, name: '老居民', birthDate: known.birthDate }),
    ];
    const res = await upload(clerk, 'resident-enrolment-batch', '110000', residentColumns, rows);
    expect(res.statusCode, res.body).toBe(200);
    const batch = res.json();
    expect(batch).toMatchObject({
      kind: 'resident-enrolment-batch',
      regionCode: '110000',
      regionName: '北京市',
      status: 'checked',
      total: 9,
      good: 3,
      bad: 6,
    });
    expect(await badRows(batch.id)).toEqual([
      [4, expect.stringContaining('证件号码：')],
      [5, '与第2行证件号码重复'],
      [6, '该人员已参加基本医疗保险，不能重复参保'],
      [7, '姓名与证件号码不一致'],
      [8, '参保人户籍地：请选择参保人户籍地'],
      [9, '居住地不在所选医保区划内'],
    ]);
    const certs = [residentRow(1).certNo, residentRow(2).certNo];
    const none = await app.db.select().from(persons).where(inArray(persons.certNo, certs));
    expect(none).toEqual([]);
    // another region's clerk may neither upload for 北京市 nor see the batch
    const foreign = await upload(yuxi, 'resident-enrolment-batch', '110000', residentColumns, rows);
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json()).toMatchObject({ field: 'regionCode' });
    const peek = await app.inject({
      url: `/api/registry/resident-batches/${batch.id}`,
      headers: { cookie: yuxi },
    });
    expect(peek.statusCode).toBe(404);

    const job = await staffPost(app, clerk, `/api/registry/resident-batches/${batch.id}/confirm`, {
      paperItems: ['id-document', 'enrolment-form'],
    });
    expect(job.statusCode, job.body).toBe(200);
    const twice = await staffPost(app, clerk, `/api/registry/resident-batches/${batch.id}/confirm`);
    expect(twice.statusCode).toBe(409);
    const done = await waitFor(job.json().id);
    expect(done, done.message).toMatchObject({ status: 'succeeded' });
    expect(done.message).toMatch(/^导入成功 3 人，未导入 6 人；办件 /);

    const enrolled = await app.db
      .select({ certNo: persons.certNo, status: enrolments.status, type: enrolments.personType })
      .from(enrolments)
      .innerJoin(persons, eq(persons.id, enrolments.personId))
      .where(
        and(inArray(persons.certNo, [...certs, known.certNo]), eq(enrolments.insuranceType, '390')),
      )
      .orderBy(asc(enrolments.id));
    expect(enrolled).toEqual([
      { certNo: certs[0], status: '正常参保', type: '21' },
      { certNo: certs[1], status: '正常参保', type: '21' },
      { certNo: known.certNo, status: '正常参保', type: '21' },
    ]);

    const result = await app.inject({ url: done.resultUrl!, headers: { cookie: clerk } });
    const sheet = await readTableXlsx(result.rawPayload, [
      { key: 'rowNumber', title: '行号' },
      { key: 'result', title: '导入结果' },
      { key: 'personNo', title: '个人编号' },
    ]);
    expect(sheet.rows.map((r) => r.values.result)).toEqual([
      '导入成功',
      '导入成功',
      expect.stringContaining('证件号码：'),
      '与第2行证件号码重复',
      '该人员已参加基本医疗保险，不能重复参保',
      '姓名与证件号码不一致',
      '参保人户籍地：请选择参保人户籍地',
      '居住地不在所选医保区划内',
      '导入成功',
    ]);
    expect(sheet.rows[0]?.values.personNo).toMatch(/^110000R\d{6}00002$/);
    expect(sheet.rows[8]?.values.personNo).toBe(known.personNo);

    // one 办件, 已办结待复核; a failed 复核 ends every enrolment of the batch
    const view = await getJson(app, clerk, `/api/registry/resident-batches/${batch.id}`);
    expect(view).toMatchObject({ status: 'done', good: 3, bad: 6 });
    const appId = view.applicationId as number;
    expect((await staffPost(app, clerk, `/api/review/${appId}/approve`)).statusCode).toBe(200);
    const failed = await staffPost(app, reviewer, `/api/review/${appId}/reject`, {
      reason: '登记表不符',
    });
    expect(failed.statusCode, failed.body).toBe(200);
    const undone = await app.db
      .select({ status: enrolments.status })
      .from(enrolments)
      .innerJoin(persons, eq(persons.id, enrolments.personId))
      .where(inArray(persons.certNo, [...certs, known.certNo]));
    expect(undone.map((e) => e.status)).toEqual(['终止参保', '终止参保', '终止参保']);
  });

  it('特殊身份登记 批量模式: residents of the region only, once per period, voided by a failed 复核', async () => {
    const a = await createPerson(app, { name: '低保甲' });
    await enrol(app.db, a.id, '390');
    const b = await createPerson(app, { name: '特困乙' });
    await enrol(app.db, b.id, '390');
    const employee = await createPerson(app, { name: '职工丙' });
    await enrol(app.db, employee.id, '310');
    const yuxiResident = await createPerson(app, { name: '玉溪丁', regionCode: '530400' });
    await app.db.insert(enrolments).values({
      personId: yuxiResident.id,
      regionCode: '530400',
      insuranceType: '390',
      personType: '21',
      status: '正常参保',
      startDate: '2020-01-01',
    });
    const identity = (certNo: string, name: string, overrides: Record<string, string> = {}) => ({
      certType: '',
      certNo,
      name,
      identityType: '低保对象',
      startDate: '2026-01-01',
      endDate: '',
      source: '北京市朝阳区民政局',
      ...overrides,
    });
    const rows = [
      identity(a.certNo, '低保甲'),
      identity(b.certNo, '特困乙', { identityType: '11', endDate: '2026-12-31' }),
      identity(a.certNo, '低保甲'),
      identity(employee.certNo, '职工丙'),
      identity(yuxiResident.certNo, '玉溪丁'),
      identity(b.certNo, '特困乙', { identityType: '学霸' }),
      identity(b.certNo, '特困乙', { identityType: '12', endDate: '2025-01-01' }),
      identity(b.certNo, '特困乙', { identityType: '12', source: '' }),
      identity(a.certNo, '低保乙'),
    ];
    const res = await upload(clerk, 'special-identity-batch', '110000', identityColumns, rows);
    expect(res.statusCode, res.body).toBe(200);
    const batch = res.json();
    expect(batch).toMatchObject({ kind: 'special-identity-batch', total: 9, good: 2, bad: 7 });
    expect(await badRows(batch.id)).toEqual([
      [4, '与第2行证件号码重复'],
      [5, '该人员不是城乡居民参保人员'],
      [6, '该人员不在所选医保区划参保'],
      [7, '特殊身份：请选择特殊身份类型'],
      [8, '结束日期：结束日期不能早于开始日期'],
      [9, '认定部门：请输入认定部门'],
      [10, '与第2行证件号码重复'],
    ]);
    const job = await staffPost(app, clerk, `/api/registry/resident-batches/${batch.id}/confirm`, {
      paperItems: ['identity-proof'],
    });
    expect(job.statusCode, job.body).toBe(200);
    const done = await waitFor(job.json().id);
    expect(done, done.message).toMatchObject({ status: 'succeeded' });
    const held = await app.db
      .select()
      .from(specialIdentities)
      .where(inArray(specialIdentities.personId, [a.id, b.id]))
      .orderBy(asc(specialIdentities.id));
    expect(held).toMatchObject([
      { personId: a.id, identityType: '12', endDate: null, status: '有效', regionCode: '110000' },
      { personId: b.id, identityType: '11', endDate: '2026-12-31', status: '有效' },
    ]);
    // the same identity again is refused row by row
    const again = await upload(clerk, 'special-identity-batch', '110000', identityColumns, [
      identity(a.certNo, '低保甲', { startDate: '2026-06-01' }),
    ]);
    expect(await badRows(again.json().id)).toEqual([[2, '该人员在此期间已有相同的特殊身份']]);

    const view = await getJson(app, clerk, `/api/registry/resident-batches/${batch.id}`);
    const appId = view.applicationId as number;
    expect((await staffPost(app, clerk, `/api/review/${appId}/approve`)).statusCode).toBe(200);
    const failed = await staffPost(app, reviewer, `/api/review/${appId}/reject`, {
      reason: '证明材料不全',
    });
    expect(failed.statusCode, failed.body).toBe(200);
    const voided = await app.db
      .select({ status: specialIdentities.status })
      .from(specialIdentities)
      .where(inArray(specialIdentities.personId, [a.id, b.id]));
    expect(voided.map((v) => v.status)).toEqual(['无效', '无效']);
  });
});
