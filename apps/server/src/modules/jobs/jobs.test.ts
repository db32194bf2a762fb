import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createStaff, staffCookie, type TestApp } from '../../../test/helpers';

type Job = {
  id: number;
  status: string;
  progress: number;
  message: string;
  resultUrl: string | null;
};

describe('background jobs', () => {
  let app: TestApp;
  let admin: string;
  let clerk: string;
  let flakyCalls = 0;
  beforeAll(async () => {
    app = await buildTestApp({}, (a) => {
      // fails on its first run, like a job that meets a passing outage
      a.jobs.register('test.flaky', async ({ progress }) => {
        flakyCalls++;
        await progress(1, 2, '第一步');
        if (flakyCalls === 1) throw new Error('数据源暂时不可用');
        await progress(2, 2);
        return { message: '全部完成' };
      });
    });
    await createStaff(app, 'admin01', { roles: ['admin'], regions: ['*'] });
    await createStaff(app, 'clerk01');
    admin = await staffCookie(app, 'admin01');
    clerk = await staffCookie(app, 'clerk01');
    for (let i = 0; i < 1200; i++) {
      await app.write({ actor: { type: 'system', id: null, name: '系统' } }, (_tx, audit) =>
        audit({ action: 'bulk', entity: 'thing', entityId: String(i) }),
      );
    }
  });
  afterAll(async () => {
    await app.close();
  });

  async function waitFor(id: number, cookie: string, until: (j: Job) => boolean): Promise<Job> {
    for (let i = 0; i < 100; i++) {
      const j = (await app.inject({ url: `/api/jobs/${id}`, headers: { cookie } })).json() as Job;
      if (until(j)) return j;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`job ${id} did not finish`);
  }

  it('exports a large audit query in the background with progress and a downloadable result', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/audit/exports',
      headers: { cookie: admin },
      payload: { action: 'bulk', format: 'xlsx', columns: 'at:时间,entityId:对象编号' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'queued', progress: 0 });
    const done = await waitFor(
      res.json().id,
      admin,
      (j) => j.status === 'succeeded' || j.status === 'failed',
    );
    expect(done).toMatchObject({ status: 'succeeded', progress: 100, message: '共导出 1200 条' });
    const file = await app.inject({ url: done.resultUrl!, headers: { cookie: admin } });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('shows a job only to its owner (and administrators)', async () => {
    const job = await app.jobs.enqueue(
      { type: 'staff', id: 'someone-else', name: 'x' },
      'test.flaky',
      '测试',
      {},
    );
    expect(
      (await app.inject({ url: `/api/jobs/${job.id}`, headers: { cookie: clerk } })).statusCode,
    ).toBe(403);
    expect(
      (await app.inject({ url: `/api/jobs/${job.id}`, headers: { cookie: admin } })).statusCode,
    ).toBe(200);
    expect((await app.inject({ url: `/api/jobs/${job.id}` })).statusCode).toBe(401);
    await waitFor(job.id, admin, (j) => j.status === 'failed' || j.status === 'succeeded');
  });

  it('keeps a failed job with its message and runs it again on retry', async () => {
    flakyCalls = 0;
    const me = (await app.inject({ url: '/api/session', headers: { cookie: clerk } })).json();
    const job = await app.jobs.enqueue(
      { type: 'staff', id: me.id, name: me.name },
      'test.flaky',
      '测试任务',
      {},
    );
    const failed = await waitFor(job.id, clerk, (j) => j.status === 'failed');
    expect(failed.message).toBe('数据源暂时不可用');
    const retry = await app.inject({
      method: 'POST',
      url: `/api/jobs/${job.id}/retry`,
      headers: { cookie: clerk },
    });
    expect(retry.json().status).toBe('queued');
    const ok = await waitFor(job.id, clerk, (j) => j.status === 'succeeded');
    expect(ok.message).toBe('全部完成');
    const again = await app.inject({
      method: 'POST',
      url: `/api/jobs/${job.id}/retry`,
      headers: { cookie: clerk },
    });
    expect(again.statusCode).toBe(409);
    const list = await app.inject({ url: '/api/jobs', headers: { cookie: clerk } });
    expect(list.json().items.map((j: Job) => j.id)).toEqual([job.id]);
  });
});
