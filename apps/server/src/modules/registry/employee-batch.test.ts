import { EMPLOYEE_BATCH_COLUMNS } from '@yibao/contracts';
import { applications, enrolments, jobRuns, persons, registryBatches, sql } from '@yibao/db';
import { makeCertNo18 } from '@yibao/domain';
import { and, eq, inArray } from 'drizzle-orm';
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

const columns = EMPLOYEE_BATCH_COLUMNS.map((c) => ({ key: c.key, title: c.title }));
const PAPER = ['change-form', 'employment-proof', 'wage-proof'];

/** A template row of a fresh employee. */
const rowOf = (i: number, overrides: Record<string, string> = {}) => ({
  certType: '居民身份证(户口簿)',
  certNo: makeCertNo18('110105', '19880808', String(100 + i).padStart(3, '0')),
  name: `批量职工${i}`,
  sex: i % 2 ? '男' : '女',
  ethnicity: '汉族',
  birthDate: '1988-08-08',
  workStartDate: '2010-07-01',
  phone: `1370000${String(i).padStart(4, '0')}`,
  startDate: '2026-11-01',
  wage: '8500.00',
  ...overrides,
});

type Job = { id: number; status: string; message: string; resultUrl: string | null };

describe('W12 (一) 批量模式: template, row-by-row check, confirmed import in one job', () => {
  let app: TestApp;
  let clerk: string;
  let reviewer: string;
  let clerkId: string;

  beforeAll(async () => {
    app = await buildTestApp();
    await seedRegions(app);
    clerkId = String((await createStaff(app, 'bclerk01', { roles: ['clerk'] })).id);
    await createStaff(app, 'breviewer01', { roles: ['reviewer'] });
    clerk = await staffCookie(app, 'bclerk01');
    reviewer = await staffCookie(app, 'breviewer01');
  });
  afterAll(async () => {
    await app.close();
  });

  const upload = async (cookie: string, unitNo: string, rows: Record<string, string>[]) => {
    const bytes = await writeTableXlsx({ title: '导入', columns, rows });
    const body = multipartBody({ unitNo }, { name: '职工.xlsx', bytes });
    return app.inject({
      method: 'POST',
      url: '/api/registry/employee-batches',
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

  it('offers the template with the guide’s columns', async () => {
    const res = await app.inject({
      url: '/api/registry/employee-batches/template.xlsx',
      headers: { cookie: clerk },
    });
    expect(res.statusCode).toBe(200);
    const sheet = await readTableXlsx(res.rawPayload, columns);
    expect(sheet.missingColumns).toEqual([]);
    expect(sheet.rows).toEqual([]);
  });

  it('checks every row, writes nothing until confirmed, then imports the good rows', async () => {
    const unit = await createUnit(app, { name: '批量参保单位' });
    const insured = await createPerson(app, { name: '已参保' });
    await enrol(app.db, insured.id, '310');
    const known = await createPerson(app, { name: '老职工' });
    const other = await createPerson(app, { name: '另一人' });
    const rows = [
      rowOf(1),
      rowOf(2),
      rowOf(3, { certNo: '110105198808080000' }),
      rowOf(4, { certNo: rowOf(1).certNo }),
      rowOf(5, { certNo: insured.certNo, name: '已参保' }),
      rowOf(6, { certNo: other.certNo, name: '改了名' }),
      rowOf(7, { certNo: known.certNo, name: '老职工', birthDate: known.birthDate }),
      rowOf(8, { wage: '一万' }),
      rowOf(9, { startDate: '2026-11-15' }),
    ];
    const res = await upload(clerk, unit.unitNo, rows);
    expect(res.statusCode, res.body).toBe(200);
    const batch = res.json();
    expect(batch).toMatchObject({
      unitName: '批量参保单位',
      status: 'checked',
      total: 9,
      good: 3,
      bad: 6,
    });

    const bad = await getJson(
      app,
      clerk,
      `/api/registry/employee-batches/${batch.id}/rows?only=bad`,
    );
    expect(
      bad.items.map((r: { rowNumber: number; message: string }) => [r.rowNumber, r.message]),
    ).toEqual([
      [4, expect.stringContaining('证件号码：')],
      [5, '与第2行证件号码重复'],
      [6, '该人员已参加职工基本医疗保险，不能重复参保'],
      [7, '姓名与证件号码不一致'],
      [9, expect.stringMatching(/^缴费工资（元）：/)],
      [10, '参保日期：参保日期应为某月1日'],
    ]);
    const all = await getJson(
      app,
      clerk,
      `/api/registry/employee-batches/${batch.id}/rows?pageSize=2`,
    );
    expect(all).toMatchObject({
      total: 9,
      items: [{ rowNumber: 2, ok: true, message: '校验成功' }, {}],
    });
    // nothing written by the check
    const before = await app.db.select().from(enrolments).where(eq(enrolments.unitId, unit.id));
    expect(before).toEqual([]);

    const job = await staffPost(app, clerk, `/api/registry/employee-batches/${batch.id}/confirm`, {
      paperItems: PAPER,
    });
    expect(job.statusCode, job.body).toBe(200);
    const twice = await staffPost(
      app,
      clerk,
      `/api/registry/employee-batches/${batch.id}/confirm`,
      {
        paperItems: PAPER,
      },
    );
    expect(twice.statusCode).toBe(409);
    const done = await waitFor(job.json().id);
    expect(done).toMatchObject({ status: 'succeeded' });
    expect(done.message).toMatch(/^导入成功 3 人，未导入 6 人；办件 /);

    const written = await app.db.select().from(enrolments).where(eq(enrolments.unitId, unit.id));
    expect(written).toHaveLength(3);
    expect(written.every((e) => e.status === '正常参保' && e.contributionBaseFen === 850_000)).toBe(
      true,
    );
    const [moved] = await app.db.select().from(persons).where(eq(persons.id, known.id));
    expect(moved).toMatchObject({ unitId: unit.id, personCategory: '11' });

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
      '该人员已参加职工基本医疗保险，不能重复参保',
      '姓名与证件号码不一致',
      '导入成功',
      expect.stringContaining('缴费工资'),
      '参保日期：参保日期应为某月1日',
    ]);
    expect(sheet.rows[0]?.values.personNo).toMatch(/^110000B\d{6}00002$/);

    // the batch is one 办件, 已办结待复核; a failed 复核 undoes every row
    const view = await getJson(app, clerk, `/api/registry/employee-batches/${batch.id}`);
    expect(view).toMatchObject({ status: 'done', good: 3, bad: 6 });
    const appId = view.applicationId as number;
    expect((await staffPost(app, clerk, `/api/review/${appId}/approve`)).statusCode).toBe(200);
    const failed = await staffPost(app, reviewer, `/api/review/${appId}/reject`, {
      reason: '花名册不符',
    });
    expect(failed.statusCode, failed.body).toBe(200);
    const undone = await app.db.select().from(enrolments).where(eq(enrolments.unitId, unit.id));
    expect(undone.map((e) => e.status)).toEqual(['终止参保', '终止参保', '终止参保']);
    const [back] = await app.db.select().from(persons).where(eq(persons.id, known.id));
    expect(back).toMatchObject({ unitId: null, personCategory: '11' });
  });

  it('refuses a file that is not the template, and another operator’s batch', async () => {
    const unit = await createUnit(app, { name: '模板校验单位' });
    const wrong = await writeTableXlsx({
      title: 'x',
      columns: [{ key: 'a', title: '姓名' }],
      rows: [{ a: '张三' }],
    });
    const body = multipartBody({ unitNo: unit.unitNo }, { name: 'x.xlsx', bytes: wrong });
    const res = await app.inject({
      method: 'POST',
      url: '/api/registry/employee-batches',
      headers: { cookie: clerk, ...body.headers },
      payload: body.payload,
    });
    expect(res.json().message).toMatch(/^模板缺少列：证件类型、证件号码/);
    const notExcel = multipartBody(
      { unitNo: unit.unitNo },
      { name: 'x.xlsx', bytes: Buffer.from('hello') },
    );
    const garbage = await app.inject({
      method: 'POST',
      url: '/api/registry/employee-batches',
      headers: { cookie: clerk, ...notExcel.headers },
      payload: notExcel.payload,
    });
    expect(garbage.json().message).toBe('文件不是有效的Excel文件，请使用下载的模板填写');
    const mine = (await upload(clerk, unit.unitNo, [rowOf(20)])).json();
    const theirs = await app.inject({
      url: `/api/registry/employee-batches/${mine.id}`,
      headers: { cookie: reviewer },
    });
    expect(theirs.statusCode).toBe(403);
  });
  it('confirms a failed import again and writes each good row exactly once', async () => {
    const unit = await createUnit(app, { name: '重试导入单位' });
    const rows = [rowOf(31), rowOf(32), rowOf(33), rowOf(34, { wage: '一万' })];
    const certs = rows.slice(0, 3).map((r) => r.certNo);
    const batch = (await upload(clerk, unit.unitNo, rows)).json();
    expect(batch).toMatchObject({ good: 3, bad: 1 });
    const confirm = () =>
      staffPost(app, clerk, `/api/registry/employee-batches/${batch.id}/confirm`, {
        paperItems: PAPER,
      });
    const written = async () => ({
      persons: await app.db.select().from(persons).where(inArray(persons.certNo, certs)),
      enrolments: await app.db.select().from(enrolments).where(eq(enrolments.unitId, unit.id)),
      applications: await app.db
        .select()
        .from(applications)
        .where(
          and(
            eq(applications.businessCode, 'employee-enrolment-batch'),
            eq(applications.subjectUnitId, unit.id),
          ),
        ),
    });

    // the second row fails at write time, after the first was written in the same statement
    await app.db.execute(
      sql.raw(`
      create function batch_test_refuse() returns trigger language plpgsql as $$
      begin
        if new.cert_no = '${certs[1]}' then raise exception 'disk full'; end if;
        return new;
      end $$;
      create trigger batch_test_refuse before insert on persons
        for each row execute function batch_test_refuse();`),
    );
    const first = await confirm();
    expect(first.statusCode, first.body).toBe(200);
    const failed = await waitFor(first.json().id);
    expect(failed.status).toBe('failed');
    expect(await getJson(app, clerk, `/api/registry/employee-batches/${batch.id}`)).toMatchObject({
      status: 'failed',
    });
    // the failed run wrote nothing: its rows and its 办件 were one transaction
    expect(await written()).toEqual({ persons: [], enrolments: [], applications: [] });

    // still failing: confirmed again, it fails again and still writes nothing
    const again = await confirm();
    expect(again.statusCode, again.body).toBe(200);
    expect((await waitFor(again.json().id)).status).toBe('failed');
    expect(await written()).toEqual({ persons: [], enrolments: [], applications: [] });

    await app.db.execute(sql.raw('drop trigger batch_test_refuse on persons'));
    const retry = await confirm();
    expect(retry.statusCode, retry.body).toBe(200);
    const done = await waitFor(retry.json().id);
    expect(done, done.message).toMatchObject({ status: 'succeeded' });
    expect(done.message).toMatch(/^导入成功 3 人，未导入 1 人；办件 /);

    // 重试 of the first failed run in 后台任务, and a third 确认导入, write nothing more
    expect((await confirm()).statusCode).toBe(409);
    const rerun = await staffPost(app, clerk, `/api/jobs/${first.json().id}/retry`);
    expect(rerun.statusCode, rerun.body).toBe(200);
    expect(await waitFor(first.json().id)).toMatchObject({ status: 'succeeded' });

    const after = await written();
    expect(after.persons.map((p) => p.certNo).sort()).toEqual([...certs].sort());
    expect(after.enrolments.map((e) => e.personId).sort()).toEqual(
      after.persons.map((p) => p.id).sort(),
    );
    expect(after.enrolments.every((e) => e.status === '正常参保')).toBe(true);
    expect(after.applications).toHaveLength(1);
  });

  it('takes over an import whose process stopped, not one still running', async () => {
    const unit = await createUnit(app, { name: '中断导入单位' });
    const certs = [rowOf(41), rowOf(42)].map((r) => r.certNo);
    const batch = (await upload(clerk, unit.unitNo, [rowOf(41), rowOf(42)])).json();
    /** the batch as a process left it that stopped while importing, `ago` ms after starting */
    const stoppedWhileImporting = async (ago: number) => {
      const [run] = await app.db
        .insert(jobRuns)
        .values({
          kind: 'registry.employee-batch',
          title: '单位职工批量新参保（2人）',
          status: 'running',
          ownerType: 'staff',
          ownerId: clerkId,
          input: { batchId: batch.id, paperItems: PAPER },
          startedAt: new Date(app.clock.now().getTime() - ago),
        })
        .returning();
      await app.db
        .update(registryBatches)
        .set({ status: 'importing', jobRunId: run!.id })
        .where(eq(registryBatches.id, batch.id));
      return run!.id;
    };
    const confirm = () =>
      staffPost(app, clerk, `/api/registry/employee-batches/${batch.id}/confirm`, {
        paperItems: PAPER,
      });

    await stoppedWhileImporting(5_000);
    const early = await confirm();
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toBe('该批数据正在导入，请等待导入完成');

    const stopped = await stoppedWhileImporting(10 * 60_000);
    const taken = await confirm();
    expect(taken.statusCode, taken.body).toBe(200);
    expect(await waitFor(taken.json().id)).toMatchObject({ status: 'succeeded' });
    expect(await getJson(app, clerk, `/api/jobs/${stopped}`)).toMatchObject({
      status: 'failed',
      message: '导入中断，已重新确认导入',
    });
    const written = await app.db.select().from(enrolments).where(eq(enrolments.unitId, unit.id));
    expect(written).toHaveLength(2);
    const people = await app.db.select().from(persons).where(inArray(persons.certNo, certs));
    expect(people).toHaveLength(2);
  });
});
