import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  enrol,
  getJson,
  residentPayload,
  staffPost,
  submit,
  upload,
  verifiedPerson,
} from '../../../test/applications';
import { buildTestApp, createStaff, staffCookie, type TestApp } from '../../../test/helpers';
import { qrSignIn } from '../../../test/person';
import { beijingDateOf, makeCertNo18 } from '@yibao/domain';

describe('applications: P21 居民参保登记 from submission to the new enrolment', () => {
  let app: TestApp;
  let clerk: string;
  let reviewer: string;
  let yuxiClerk: string;

  beforeAll(async () => {
    app = await buildTestApp();
    await createStaff(app, 'clerk01', { roles: ['clerk'] });
    await createStaff(app, 'reviewer01', { roles: ['reviewer'] });
    await createStaff(app, 'clerk02', { roles: ['clerk'], regions: ['530400'] });
    clerk = await staffCookie(app, 'clerk01');
    reviewer = await staffCookie(app, 'reviewer01');
    yuxiClerk = await staffCookie(app, 'clerk02');
  });
  afterAll(async () => {
    await app.close();
  });

  const count = async (sql: string, params: unknown[]) =>
    Number((await app.database.pool.query(sql, params)).rows[0].n);

  async function p21(name: string) {
    const who = await verifiedPerson(app, name);
    const file = await upload(app, who.cookie, 'resident-enrolment', 'household');
    expect(file.statusCode, file.body).toBe(200);
    const res = await submit(app, who.cookie, 'resident-enrolment', residentPayload(who.person), [
      file.json().id,
    ]);
    expect(res.statusCode, res.body).toBe(200);
    return { ...who, application: res.json() };
  }

  it('lists the business types with their review policy and checklist', async () => {
    const { items } = await getJson(app, clerk, '/api/businesses');
    const p21Type = items.find((b: { code: string }) => b.code === 'resident-enrolment');
    expect(p21Type).toMatchObject({
      name: '居民参保登记',
      review: 'front-desk',
      reviewLabel: '需要前台经办落地审核',
      timeLimitDays: 5,
    });
    expect(p21Type.materials.map((m: { name: string }) => m.name)).toContain('户口簿或居住证明');
  });

  it('waits 未审核 in 我的待办件, with a due date five working days on', async () => {
    const { application, cookie } = await p21('居民甲');
    expect(application).toMatchObject({
      status: 'submitted',
      statusLabel: '未审核',
      nextLevel: '审核',
      businessName: '居民参保登记',
      can: { withdraw: true, resubmit: false },
    });
    expect(application.applicationNo).toMatch(/^11\d{8}\d{8}$/);
    expect(application.materials).toHaveLength(1);
    expect(application.steps.map((s: { action: string }) => s.action)).toEqual(['submit']);
    const due = await getJson(
      app,
      cookie,
      `/api/calendar/due-date?from=${beijingDateOf(new Date(application.submittedAt))}&days=5`,
    );
    expect(application.dueOn).toBe(due.dueDate);

    const mine = await getJson(app, cookie, '/api/applications?status=submitted');
    expect(mine.total).toBe(1);
    expect(mine.items[0]).toMatchObject({ statusLabel: '未审核', subjectName: '居民甲' });
    expect(mine.items[0].subjectCertNo).toMatch(/^\d{2}\*{5}\w{2}$/);
  });

  it('refuses a required material missing, a foreign upload and a file whose bytes are not a picture', async () => {
    const a = await verifiedPerson(app, '居民乙');
    const b = await verifiedPerson(app, '居民丙');
    const none = await submit(app, a.cookie, 'resident-enrolment', residentPayload(a.person));
    expect(none.json()).toMatchObject({ message: '请上传户口簿或居住证明', field: 'materialIds' });

    const others = await upload(app, b.cookie, 'resident-enrolment', 'household');
    const foreign = await submit(app, a.cookie, 'resident-enrolment', residentPayload(a.person), [
      others.json().id,
    ]);
    expect(foreign.json().message).toBe('材料不存在或已被使用，请重新上传');

    const filesDir = path.join(app.config.dataDir, 'files');
    const filesBefore = readdirSync(filesDir, { recursive: true }).length;
    const rowsBefore = await count('select count(*) as n from application_materials', []);
    const fake = await upload(
      app,
      a.cookie,
      'resident-enrolment',
      'household',
      Buffer.from('just text, named like a picture'),
      'photo.jpg',
    );
    expect(fake.statusCode).toBe(400);
    expect(fake.json()).toMatchObject({
      message: '户口簿或居住证明只能上传JPG、PNG、PDF格式的文件',
      field: 'file',
    });
    expect(readdirSync(filesDir, { recursive: true }).length).toBe(filesBefore);
    expect(await count('select count(*) as n from application_materials', [])).toBe(rowsBefore);

    const content = await app.inject({
      method: 'GET',
      url: `/api/materials/${others.json().id}/content`,
      headers: { cookie: a.cookie },
    });
    expect(content.statusCode).toBe(404);
  });

  it('shows the application to the clerks of its region only, and counts it in the queue', async () => {
    const { application } = await p21('居民丁');
    const queue = await getJson(app, clerk, '/api/review/queue?businessCode=resident-enrolment');
    expect(queue.items.map((i: { id: number }) => i.id)).toContain(application.id);
    const counts = await getJson(app, clerk, '/api/review/counts');
    expect(counts.items).toContainEqual(
      expect.objectContaining({ businessCode: 'resident-enrolment', level: 1, levelName: '审核' }),
    );
    const yuxi = await getJson(app, yuxiClerk, '/api/review/queue');
    expect(yuxi.items.map((i: { id: number }) => i.id)).not.toContain(application.id);
    const hidden = await app.inject({
      method: 'GET',
      url: `/api/applications/${application.id}`,
      headers: { cookie: yuxiClerk },
    });
    expect(hidden.statusCode).toBe(404);
    const denied = await staffPost(app, yuxiClerk, `/api/review/${application.id}/approve`);
    expect(denied.statusCode).toBe(404);
    const stranger = await verifiedPerson(app, '旁人');
    for (const url of [`/api/applications/${application.id}`]) {
      const res = await app.inject({ method: 'GET', url, headers: { cookie: stranger.cookie } });
      expect(res.statusCode).toBe(404);
    }
    const steal = await staffPost(
      app,
      stranger.cookie,
      `/api/applications/${application.id}/withdraw`,
    );
    expect(steal.statusCode).toBe(404);
    const notMine = await getJson(app, stranger.cookie, '/api/applications');
    expect(notMine.total).toBe(0);
  });

  it('creates the resident enrolment exactly once under 20 concurrent approvals', async () => {
    const { application, person, cookie } = await p21('居民戊');
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        staffPost(app, i % 2 ? clerk : reviewer, `/api/review/${application.id}/approve`),
      ),
    );
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(19);
    expect(
      await count(
        `select count(*) as n from enrolments where person_id = $1 and insurance_type = '390'`,
        [person.id],
      ),
    ).toBe(1);
    expect(
      await count(
        `select count(*) as n from application_steps where application_id = $1 and action = 'approve'`,
        [application.id],
      ),
    ).toBe(1);
    const seen = await getJson(app, cookie, `/api/applications/${application.id}`);
    expect(seen).toMatchObject({ status: 'approved', statusLabel: '审核通过' });
    expect(seen.effectResult).toMatchObject({ personId: person.id });
    expect(
      await count(
        `select count(*) as n from audit_log where entity = 'application' and entity_id = $1 and action = 'application.approve'`,
        [String(application.id)],
      ),
    ).toBe(1);
  });

  it('applies nothing when rejected or withdrawn; a returned one is edited, resubmitted and approved', async () => {
    const rejected = await p21('居民己');
    const no = await staffPost(app, clerk, `/api/review/${rejected.application.id}/reject`, {
      reason: '材料不清晰',
    });
    expect(no.json()).toMatchObject({ status: 'rejected', decisionReason: '材料不清晰' });
    const noReason = await staffPost(app, clerk, `/api/review/${rejected.application.id}/reject`);
    expect(noReason.statusCode).toBe(400);

    const withdrawn = await p21('居民庚');
    const back = await staffPost(
      app,
      withdrawn.cookie,
      `/api/applications/${withdrawn.application.id}/withdraw`,
    );
    expect(back.json()).toMatchObject({ status: 'withdrawn', statusLabel: '已撤回' });
    const late = await staffPost(app, clerk, `/api/review/${withdrawn.application.id}/approve`);
    expect(late.statusCode).toBe(409);
    for (const who of [rejected, withdrawn]) {
      expect(
        await count(`select count(*) as n from enrolments where person_id = $1`, [who.person.id]),
      ).toBe(0);
    }

    const returned = await p21('居民辛');
    const id = returned.application.id;
    const r = await staffPost(app, clerk, `/api/review/${id}/return`, { reason: '请补充居住地址' });
    expect(r.json()).toMatchObject({ status: 'returned', statusLabel: '已回退' });
    expect(
      (await staffPost(app, returned.cookie, `/api/applications/${id}/withdraw`)).statusCode,
    ).toBe(409);
    const again = await app.inject({
      method: 'POST',
      url: `/api/applications/${id}/resubmit`,
      headers: { cookie: returned.cookie },
      payload: {
        payload: { ...residentPayload(returned.person), residenceAddress: '北京市朝阳区补充路2号' },
        materialIds: returned.application.materials.map((m: { id: number }) => m.id),
      },
    });
    expect(again.json()).toMatchObject({ status: 'submitted', decisionReason: null });
    const ok = await staffPost(app, reviewer, `/api/review/${id}/approve`);
    expect(ok.json()).toMatchObject({ status: 'approved' });
    expect(ok.json().steps.map((s: { action: string }) => s.action)).toEqual([
      'submit',
      'return',
      'resubmit',
      'approve',
    ]);
  });

  it('keeps a claimed application for its claimer until released', async () => {
    const { application } = await p21('居民壬');
    const claimed = await staffPost(app, clerk, `/api/review/${application.id}/claim`);
    expect(claimed.json()).toMatchObject({ claimedByName: 'clerk01' });
    const other = await staffPost(app, reviewer, `/api/review/${application.id}/approve`);
    expect(other.json()).toMatchObject({ message: '该办件已由其他经办人员领取' });
    expect(
      (await staffPost(app, reviewer, `/api/review/${application.id}/release`)).statusCode,
    ).toBe(403);
    await staffPost(app, clerk, `/api/review/${application.id}/release`);
    expect(
      (await staffPost(app, reviewer, `/api/review/${application.id}/approve`)).statusCode,
    ).toBe(200);
  });

  it('refuses 为他人办理 unless signed in by e-voucher QR, and a person already insured', async () => {
    const a = await verifiedPerson(app, '居民癸');
    await enrol(app.db, a.person.id, '310');
    const file = await upload(app, a.cookie, 'resident-enrolment', 'household');
    const insured = await submit(app, a.cookie, 'resident-enrolment', residentPayload(a.person), [
      file.json().id,
    ]);
    expect(insured.json().message).toBe('该人员已参加基本医疗保险，不能重复参保');
    const other = await submit(
      app,
      a.cookie,
      'resident-enrolment',
      { ...residentPayload({ name: '他人', certNo: '110105201001010015' }), forWhom: 'other' },
      [file.json().id],
    );
    expect(other.json().message).toBe('通过医保电子凭证扫码方式登录才可以选择【为他人办理】');
  });

  it('registers another person, new to the registry, after an e-voucher QR sign-in', async () => {
    const parent = await verifiedPerson(app, '家长甲');
    const portal = await qrSignIn(app, parent.cookie);
    const certNo = makeCertNo18('110105', '20180601', '123');
    const file = await upload(app, portal, 'resident-enrolment', 'household');
    const res = await submit(
      app,
      portal,
      'resident-enrolment',
      {
        ...residentPayload({ name: '孩子甲', certNo }),
        forWhom: 'other',
        admissionCategory: '23',
        birthDate: '2018-06-01',
      },
      [file.json().id],
    );
    expect(res.json()).toMatchObject({ status: 'submitted', subjectName: '孩子甲' });
    const ok = await staffPost(app, clerk, `/api/review/${res.json().id}/approve`);
    expect(ok.statusCode, ok.body).toBe(200);
    const { rows } = await app.database.pool.query(
      `select p.name, e.insurance_type, e.person_type from persons p
         join enrolments e on e.person_id = p.id where p.cert_no = $1`,
      [certNo],
    );
    expect(rows).toEqual([{ name: '孩子甲', insurance_type: '390', person_type: '23' }]);
  });

  it('keeps the queue counters equal to a count of the waiting applications', async () => {
    const direct = await app.database.pool.query(
      `select region_code, business_code, review_policy, levels_passed,
              coalesce(due_on, 'infinity'::date)::text as due_key, count(*)::int as waiting
         from applications where status in ('submitted','in-review','applied')
        group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5`,
    );
    const kept = await app.database.pool.query(
      `select region_code, business_code, review_policy, levels_passed, due_key::text as due_key,
              waiting from application_queue_counts where waiting > 0 order by 1, 2, 3, 4, 5`,
    );
    expect(direct.rows.length).toBeGreaterThan(0);
    expect(kept.rows).toEqual(direct.rows);
  });
});
