import { persons } from '@yibao/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  enrol,
  getJson,
  staffPost,
  submit,
  upload,
  verifiedPerson,
} from '../../../test/applications';
import { buildTestApp, createStaff, staffCookie, type TestApp } from '../../../test/helpers';
import type { BusinessDefinition } from './index';

/**
 * Two businesses defined by the test itself, one per policy the registry has no real business
 * for yet: their effect writes the person's e-mail, so applying and undoing it can be seen.
 */
const emailPayload = z.object({ email: z.email(), personId: z.number().int().optional() });
type EmailPayload = z.infer<typeof emailPayload>;
const emailBusiness = (
  code: string,
  review: 'two-level' | 'immediate',
): BusinessDefinition<EmailPayload> => ({
  code,
  name: code,
  channels: ['personal', 'window'],
  applicants: ['person', 'staff'],
  payload: emailPayload,
  review,
  materials: [
    {
      code: 'form',
      name: '申请表',
      required: true,
      types: ['application/pdf'],
      maxBytes: 1024 * 1024,
    },
  ],
  timeLimitDays: 3,
  async subject(ctx, payload) {
    const [p] = await ctx.tx
      .select()
      .from(persons)
      .where(eq(persons.id, payload.personId ?? ctx.actor.personId ?? 0));
    if (!p) throw new Error('no person');
    return {
      personId: p.id,
      unitId: null,
      name: p.name,
      certType: '01',
      certNo: p.certNo,
      regionCode: p.regionCode,
    };
  },
  async apply(ctx, app) {
    await ctx.tx
      .update(persons)
      .set({ email: app.payload.email })
      .where(eq(persons.id, app.subjectPersonId ?? 0));
    return { email: app.payload.email };
  },
  async compensate(ctx, app) {
    await ctx.tx
      .update(persons)
      .set({ email: '' })
      .where(eq(persons.id, app.subjectPersonId ?? 0));
  },
});

describe('review policies: 系统自助审核, 初审/复审, 即时办结 with 复核', () => {
  let app: TestApp;
  let clerk: string;
  let reviewer: string;

  beforeAll(async () => {
    app = await buildTestApp({}, (a) => {
      a.businesses.define(emailBusiness('test-two-level', 'two-level'));
      a.businesses.define(emailBusiness('test-immediate', 'immediate'));
    });
    await createStaff(app, 'clerk01', { roles: ['clerk'] });
    await createStaff(app, 'reviewer01', { roles: ['reviewer'] });
    clerk = await staffCookie(app, 'clerk01');
    reviewer = await staffCookie(app, 'reviewer01');
  });
  afterAll(async () => {
    await app.close();
  });

  const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  async function withForm(cookie: string, code: string, payload: Record<string, unknown>) {
    const file = await upload(app, cookie, code, 'form', PDF, '申请表.pdf');
    expect(file.statusCode, file.body).toBe(200);
    return submit(app, cookie, code, payload, [file.json().id]);
  }

  const emailOf = async (id: number) =>
    (await app.db.select({ email: persons.email }).from(persons).where(eq(persons.id, id)))[0]
      ?.email;

  const p10 = {
    name: '职工甲',
    ethnicity: '01',
    phone: '13711112222',
    education: '20',
    householdDivisionCode: '110106',
    householdAddress: '北京市丰台区大红门海户',
    householdPostcode: '100077',
    residenceDivisionCode: '110106',
    residenceAddress: '北京市丰台区大红门海户',
    residencePostcode: '100077',
    bankCode: '104',
    bankAccount: '6216600000001234567',
    email: 'aa@163.com',
  };

  it('P10 职工个人基本信息变更 takes effect at once, with the person’s history', async () => {
    const who = await verifiedPerson(app, '职工甲');
    await enrol(app.db, who.person.id, '310');
    const res = await submit(app, who.cookie, 'person-info-change', p10);
    expect(res.json()).toMatchObject({
      status: 'approved',
      statusLabel: '审核通过',
      nextLevel: null,
    });
    const [row] = await app.db.select().from(persons).where(eq(persons.id, who.person.id));
    expect(row).toMatchObject({ bankAccount: '6216600000001234567', householdPostcode: '100077' });
    const history = await app.database.pool.query(
      `select action, reason from person_history where entity_id = $1`,
      [who.person.id],
    );
    expect(history.rows).toEqual([
      { action: 'update', reason: `办件 ${res.json().applicationNo}` },
    ]);
  });

  it('P10 refuses a bad field with its name, and a person who is not an employee', async () => {
    const who = await verifiedPerson(app, '居民乙');
    const bad = await submit(app, who.cookie, 'person-info-change', {
      ...p10,
      householdPostcode: '1000',
    });
    expect(bad.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: '户口所在地邮政编码应为6位数字',
      field: 'payload.householdPostcode',
    });
    const notEmployee = await submit(app, who.cookie, 'person-info-change', p10);
    expect(notEmployee.statusCode).toBe(403);
    expect(notEmployee.json().message).toBe('您不是职工参保人员，不能办理职工个人基本信息变更');
  });

  it('needs 初审 and 复审 by two different people before the effect', async () => {
    const who = await verifiedPerson(app, '职工丙');
    const res = await withForm(who.cookie, 'test-two-level', { email: 'two@example.com' });
    const id = res.json().id;
    const first = await staffPost(app, clerk, `/api/review/${id}/approve`);
    expect(first.json()).toMatchObject({
      status: 'in-review',
      statusLabel: '审核中',
      nextLevel: '复审',
    });
    expect(await emailOf(who.person.id)).toBe('');
    const queue = await getJson(app, reviewer, '/api/review/queue?level=2');
    expect(queue.items.map((i: { id: number }) => i.id)).toContain(id);
    const same = await staffPost(app, clerk, `/api/review/${id}/approve`);
    expect(same.json().message).toBe('复审须由未参与本办件审核的其他经办人员办理');
    const second = await staffPost(app, reviewer, `/api/review/${id}/approve`);
    expect(second.json()).toMatchObject({ status: 'approved' });
    expect(second.json().steps.map((s: { level: number | null }) => s.level)).toEqual([null, 1, 2]);
    expect(await emailOf(who.person.id)).toBe('two@example.com');
  });

  it('即时办结: applies at submission; a failed 复核 undoes it, a passed one keeps it', async () => {
    const kept = await verifiedPerson(app, '职工丁');
    const a = (await withForm(kept.cookie, 'test-immediate', { email: 'kept@example.com' })).json();
    expect(a).toMatchObject({
      status: 'applied',
      statusLabel: '已办结待复核',
      nextLevel: '复核初审',
    });
    expect(await emailOf(kept.person.id)).toBe('kept@example.com');
    await staffPost(app, clerk, `/api/review/${a.id}/approve`);
    const passed = await staffPost(app, reviewer, `/api/review/${a.id}/approve`);
    expect(passed.json()).toMatchObject({ status: 'approved' });
    expect(await emailOf(kept.person.id)).toBe('kept@example.com');

    const undone = await verifiedPerson(app, '职工戊');
    const b = (
      await withForm(undone.cookie, 'test-immediate', { email: 'gone@example.com' })
    ).json();
    await staffPost(app, clerk, `/api/review/${b.id}/approve`);
    const failed = await staffPost(app, reviewer, `/api/review/${b.id}/reject`, {
      reason: '材料不符',
    });
    expect(failed.json()).toMatchObject({ status: 'revoked', statusLabel: '复核不通过已撤销' });
    expect(await emailOf(undone.person.id)).toBe('');
    const returned = await staffPost(app, clerk, `/api/review/${b.id}/return`, { reason: 'x' });
    expect(returned.statusCode).toBe(409);
  });

  it('窗口受理: a clerk records the paper originals received and starts the clock', async () => {
    const who = await verifiedPerson(app, '职工己');
    const missing = await app.inject({
      method: 'POST',
      url: '/api/applications',
      headers: { cookie: clerk },
      payload: {
        businessCode: 'test-two-level',
        channel: 'window',
        payload: { email: 'desk@example.com', personId: who.person.id },
      },
    });
    expect(missing.json()).toMatchObject({ message: '请上传申请表' });
    const res = await app.inject({
      method: 'POST',
      url: '/api/applications',
      headers: { cookie: clerk },
      payload: {
        businessCode: 'test-two-level',
        channel: 'window',
        payload: { email: 'desk@example.com', personId: who.person.id },
        paperItems: ['form'],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      channel: 'window',
      status: 'submitted',
      applicantName: 'clerk01',
      subjectName: '职工己',
    });
    expect(res.json().dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(res.json().materials).toMatchObject([{ itemCode: 'form', onPaper: true, bytes: 0 }]);
    const byPerson = await app.inject({
      method: 'POST',
      url: '/api/applications',
      headers: { cookie: who.cookie },
      payload: {
        businessCode: 'test-two-level',
        channel: 'personal',
        payload: { email: 'x@example.com' },
        paperItems: ['form'],
      },
    });
    expect(byPerson.json().message).toBe('只有窗口经办人员可以登记纸质材料');
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
