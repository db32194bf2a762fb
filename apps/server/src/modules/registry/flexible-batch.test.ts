import { FLEXIBLE_BATCH_COLUMNS } from '@yibao/contracts';
import { applications, enrolments, persons } from '@yibao/db';
import { beijingDateOf, makeCertNo18 } from '@yibao/domain';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrol, getJson, staffPost } from '../../../test/applications';
import {
  buildTestApp,
  createPerson,
  createStaff,
  createUnit,
  staffCookie,
  type TestApp,
  seedRegions,
} from '../../../test/helpers';
import { multipartBody } from '../../../test/person';
import { readTableXlsx, writeTableXlsx } from '../documents';

const columns = FLEXIBLE_BATCH_COLUMNS.map((c) => ({ key: c.key, title: c.title }));
const PAPER = ['id-document', 'declaration-form'];
const URL = '/api/registry/flexible-batches';

type Job = { id: number; status: string; message: string; resultUrl: string | null };

describe('W12 (四) 灵活就业人员新参保/续保 · 批量模式', () => {
  let app: TestApp;
  let clerk: string;
  let reviewer: string;
  let thisMonth = '';
  let today = '';

  beforeAll(async () => {
    app = await buildTestApp();
    await seedRegions(app);
    await createStaff(app, 'fbclerk01', { roles: ['clerk'] });
    await createStaff(app, 'fbreviewer01', { roles: ['reviewer'] });
    clerk = await staffCookie(app, 'fbclerk01');
    reviewer = await staffCookie(app, 'fbreviewer01');
    today = beijingDateOf(app.clock.now());
    thisMonth = `${today.slice(0, 7)}-01`;
  });
  afterAll(async () => {
    await app.close();
  });

  /** A template row of a fresh flexible-employment worker. */
  const rowOf = (i: number, overrides: Record<string, string> = {}) => ({
    certType: '居民身份证(户口簿)',
    certNo: makeCertNo18('110105', '19820303', String(200 + i).padStart(3, '0')),
    name: `灵活批量${i}`,
    sex: i % 2 ? '男' : '女',
    ethnicity: '汉族',
    birthDate: '1982-03-03',
    workStartDate: '2003-07-01',
    phone: `1390000${String(i).padStart(4, '0')}`,
    startDate: thisMonth,
    base: '6200.00',
    ...overrides,
  });
  const upload = (unitNo: string, rows: Record<string, string>[]) =>
    writeTableXlsx({ title: '导入', columns, rows }).then((bytes) => {
      const body = multipartBody({ unitNo }, { name: '灵活就业.xlsx', bytes });
      return app.inject({
        method: 'POST',
        url: URL,
        headers: { cookie: clerk, ...body.headers },
        payload: body.payload,
      });
    });
  const confirm = (id: number) =>
    staffPost(app, clerk, `${URL}/${id}/confirm`, { paperItems: PAPER });
  const waitFor = async (id: number): Promise<Job> => {
    for (let i = 0; i < 200; i++) {
      const job = (await getJson(app, clerk, `/api/jobs/${id}`)) as Job;
      if (job.status === 'succeeded' || job.status === 'failed') return job;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`job ${id} did not finish`);
  };
  const enrolmentsOf = (personId: number) =>
    app.db
      .select()
      .from(enrolments)
      .where(eq(enrolments.personId, personId))
      .orderBy(asc(enrolments.id));
  /** A person whose 310 through the agency was stopped (暂停参保) on `endDate`. */
  const suspended = async (name: string, unitId: number, endDate: string) => {
    const person = await createPerson(app, { name });
    await app.db.insert(enrolments).values({
      personId: person.id,
      unitId,
      regionCode: '110000',
      insuranceType: '310',
      personType: '14',
      status: '暂停参保',
      startDate: '2020-01-01',
      endDate,
    });
    return person;
  };

  it('offers the template with the single form’s fields', async () => {
    const res = await app.inject({ url: `${URL}/template.xlsx`, headers: { cookie: clerk } });
    expect(res.statusCode).toBe(200);
    const sheet = await readTableXlsx(res.rawPayload, columns);
    expect(sheet.missingColumns).toEqual([]);
    expect(sheet.rows).toEqual([]);
  });

  it('takes a batch for a flexible-employment agency only', async () => {
    const employer = await createUnit(app, { name: '普通单位' });
    const res = await upload(employer.unitNo, [rowOf(1)]);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      message: '该单位不是灵活就业代管机构，不能办理灵活就业人员参保',
      field: 'unitNo',
    });
    expect((await upload('999999999', [rowOf(1)])).json().message).toBe('未找到该单位编号的单位');
  });

  it('checks every row by the single business’s rules, writes nothing before 确认导入, then enrols the good ones in one 办件 that a failed 复核 undoes', async () => {
    const agency = await createUnit(app, { name: '灵活就业批量中心', unitType: 'agency-flex' });
    const renewing = await suspended('续保人', agency.id, '2025-06-30');
    const tooSoon = await suspended('刚停保', agency.id, today);
    const insured = await createPerson(app, { name: '已参保' });
    await enrol(app.db, insured.id, '390');
    const named = await createPerson(app, { name: '原名' });
    const rows = [
      rowOf(1),
      rowOf(2),
      rowOf(3, { certNo: renewing.certNo, name: '续保人', birthDate: renewing.birthDate }),
      rowOf(4, { certNo: '110105198203030000' }),
      rowOf(5, { certNo: rowOf(1).certNo }),
      rowOf(6, { certNo: insured.certNo, name: '已参保', birthDate: insured.birthDate }),
      rowOf(7, { certNo: tooSoon.certNo, name: '刚停保', birthDate: tooSoon.birthDate }),
      rowOf(8, { certNo: named.certNo, name: '改名', birthDate: named.birthDate }),
      rowOf(9, { base: '六千' }),
      rowOf(10, { startDate: `${today.slice(0, 7)}-15` }),
    ];
    const res = await upload(agency.unitNo, rows);
    expect(res.statusCode, res.body).toBe(200);
    const batch = res.json();
    expect(batch).toMatchObject({
      unitName: '灵活就业批量中心',
      status: 'checked',
      total: 10,
      good: 3,
      bad: 7,
    });
    const bad = await getJson(app, clerk, `${URL}/${batch.id}/rows?only=bad`);
    expect(
      bad.items.map((r: { rowNumber: number; message: string }) => [r.rowNumber, r.message]),
    ).toEqual([
      [5, expect.stringContaining('证件')],
      [6, '与第2行证件号码重复'],
      [7, '该人员正在参加城乡居民基本医疗保险，请先办理城乡居民停保'],
      [8, `续保的参保日期应晚于中断日期${today}`],
      [9, '姓名与证件号码不一致'],
      [10, expect.stringMatching(/^缴费基数（元）：/)],
      [11, '参保日期：参保日期应为某月1日'],
    ]);
    const all = await getJson(app, clerk, `${URL}/${batch.id}/rows?pageSize=2`);
    expect(all).toMatchObject({
      total: 10,
      items: [
        { rowNumber: 2, ok: true, message: '校验成功' },
        { rowNumber: 3, ok: true },
      ],
    });
    // nothing written by the check
    expect(
      await app.db
        .select()
        .from(enrolments)
        .where(and(eq(enrolments.unitId, agency.id), eq(enrolments.status, '正常参保'))),
    ).toEqual([]);

    const job = await confirm(batch.id);
    expect(job.statusCode, job.body).toBe(200);
    expect((await confirm(batch.id)).statusCode).toBe(409);
    const done = await waitFor(job.json().id);
    expect(done, done.message).toMatchObject({ status: 'succeeded' });
    expect(done.message).toMatch(/^导入成功 3 人，未导入 7 人；办件 /);

    const active = await app.db
      .select()
      .from(enrolments)
      .where(and(eq(enrolments.unitId, agency.id), eq(enrolments.status, '正常参保')));
    expect(active).toHaveLength(3);
    expect(
      active.every(
        (e) =>
          e.personType === '14' && e.contributionBaseFen === 620_000 && e.startDate === thisMonth,
      ),
    ).toBe(true);
    // the 续保 ended the 停保 where it was interrupted
    expect((await enrolmentsOf(renewing.id)).map((e) => [e.status, e.endDate])).toEqual([
      ['终止参保', '2025-06-30'],
      ['正常参保', null],
    ]);
    const [fresh] = await app.db
      .select()
      .from(persons)
      .where(eq(persons.certNo, rowOf(1).certNo));
    expect(fresh).toMatchObject({ unitId: agency.id, personCategory: '14', name: '灵活批量1' });
    const filed = await app.db
      .select()
      .from(applications)
      .where(eq(applications.businessCode, 'flexible-enrolment-batch'));
    expect(filed).toHaveLength(1);
    expect(filed[0]).toMatchObject({ status: 'applied', subjectUnitId: agency.id });

    const result = await app.inject({ url: done.resultUrl!, headers: { cookie: clerk } });
    const sheet = await readTableXlsx(result.rawPayload, [
      { key: 'rowNumber', title: '行号' },
      { key: 'result', title: '导入结果' },
      { key: 'personNo', title: '个人编号' },
    ]);
    expect(sheet.rows.map((r) => r.values.result)).toEqual([
      '导入成功',
      '导入成功',
      '导入成功',
      expect.stringContaining('证件'),
      '与第2行证件号码重复',
      '该人员正在参加城乡居民基本医疗保险，请先办理城乡居民停保',
      `续保的参保日期应晚于中断日期${today}`,
      '姓名与证件号码不一致',
      expect.stringContaining('缴费基数'),
      '参保日期：参保日期应为某月1日',
    ]);
    expect(sheet.rows[0]?.values.personNo).toMatch(/^110000L\d{6}00002$/);
    expect(sheet.rows[2]?.values.personNo).toBe(renewing.personNo);

    // the batch is one 办件 待复核; a failed 复核 undoes every row, the 停保 back as it was
    const view = await getJson(app, clerk, `${URL}/${batch.id}`);
    expect(view).toMatchObject({ status: 'done', good: 3, bad: 7 });
    const appId = view.applicationId as number;
    expect((await staffPost(app, clerk, `/api/review/${appId}/approve`)).statusCode).toBe(200);
    const failed = await staffPost(app, reviewer, `/api/review/${appId}/reject`, {
      reason: '申报单不符',
    });
    expect(failed.statusCode, failed.body).toBe(200);
    expect(failed.json().status).toBe('revoked');
    const undone = await app.db
      .select()
      .from(enrolments)
      .where(and(eq(enrolments.unitId, agency.id), eq(enrolments.status, '正常参保')));
    expect(undone).toEqual([]);
    expect((await enrolmentsOf(renewing.id)).map((e) => e.status)).toEqual([
      '暂停参保',
      '终止参保',
    ]);
    const [gone] = await app.db.select().from(persons).where(eq(persons.id, fresh!.id));
    expect(gone?.unitId).toBeNull();
  });

  it('refuses at import a row the registry took since the check, and writes the rest once', async () => {
    const agency = await createUnit(app, { name: '灵活就业二中心', unitType: 'agency-flex' });
    const batch = (await upload(agency.unitNo, [rowOf(21), rowOf(22)])).json();
    expect(batch).toMatchObject({ good: 2, bad: 0 });
    // the single mode enrols row 21's worker before the batch is confirmed
    const single = await app.inject({
      method: 'POST',
      url: '/api/applications',
      headers: { cookie: clerk },
      payload: {
        businessCode: 'flexible-enrolment-window',
        channel: 'window',
        payload: {
          unitNo: agency.unitNo,
          certType: '01',
          certNo: rowOf(21).certNo,
          name: '灵活批量21',
          sex: '1',
          ethnicity: '01',
          birthDate: '1982-03-03',
          workStartDate: '',
          phone: '13900000021',
          startDate: thisMonth,
          baseFen: 620_000,
        },
        materialIds: [],
        paperItems: PAPER,
      },
    });
    expect(single.statusCode, single.body).toBe(200);
    const done = await waitFor((await confirm(batch.id)).json().id);
    expect(done.message).toMatch(/^导入成功 1 人，未导入 1 人；/);
    const rows = await getJson(app, clerk, `${URL}/${batch.id}/rows?only=bad`);
    expect(rows.items).toMatchObject([
      { rowNumber: 2, message: '该人员已参加职工基本医疗保险，不能重复参保' },
    ]);
    const active = await app.db
      .select()
      .from(enrolments)
      .where(and(eq(enrolments.unitId, agency.id), eq(enrolments.status, '正常参保')));
    expect(active).toHaveLength(2);
  });
});
