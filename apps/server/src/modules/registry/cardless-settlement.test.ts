import { cardlessSettlementHistory, cardlessSettlements } from '@yibao/db';
import { eq } from 'drizzle-orm';
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

const PAPER = ['household-register', 'birth-certificate'];

describe('W13 (四) 开通无卡结算', () => {
  let app: TestApp;
  let clerk: string;
  let reviewer: string;
  let outsider: string;

  beforeAll(async () => {
    app = await buildTestApp();
    await seedRegions(app);
    await createStaff(app, 'cclerk01', { roles: ['clerk'] });
    await createStaff(app, 'creviewer01', { roles: ['reviewer'] });
    await createStaff(app, 'cclerk02', { roles: ['clerk'], regions: ['530400'] });
    clerk = await staffCookie(app, 'cclerk01');
    reviewer = await staffCookie(app, 'creviewer01');
    outsider = await staffCookie(app, 'cclerk02');
  });
  afterAll(async () => {
    await app.close();
  });

  const today = () => new Date(app.clock.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  /** A child born `days` ago (in Beijing), as the certificate number spells the birth day. */
  const bornDaysAgo = (days: number) => {
    const d = new Date(app.clock.now().getTime() + 8 * 3600_000 - days * 86_400_000);
    return d.toISOString().slice(0, 10).replaceAll('-', '');
  };
  const file = (cookie: string, payload: Record<string, unknown>) =>
    app.inject({
      method: 'POST',
      url: '/api/applications',
      headers: { cookie },
      payload: {
        businessCode: 'cardless-settlement',
        channel: 'window',
        payload,
        materialIds: [],
        paperItems: PAPER,
      },
    });

  it('opens a newborn resident once per period, lists it, and a failed 复核 voids it', async () => {
    const baby = await createPerson(app, { name: '新生儿甲', birth: bornDaysAgo(20) });
    await enrol(app.db, baby.id, '390');
    const start = today();
    const res = await file(clerk, { certType: '01', certNo: baby.certNo, startDate: start });
    expect(res.statusCode, res.body).toBe(200);
    const done = res.json();
    expect(done.status).toBe('applied');
    const [row] = await app.db
      .select()
      .from(cardlessSettlements)
      .where(eq(cardlessSettlements.personId, baby.id));
    expect(row).toMatchObject({ startDate: start, endDate: null, status: '有效' });
    const history = await app.db
      .select()
      .from(cardlessSettlementHistory)
      .where(eq(cardlessSettlementHistory.entityId, row!.id));
    expect(history.map((h) => h.action)).toEqual(['create']);

    // the same period twice is refused
    const again = await file(clerk, { certType: '01', certNo: baby.certNo, startDate: start });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ message: '该人员在此期间已开通无卡结算' });

    // 待遇通用审批 · 无卡就医审批: masked in the list, found by the number asked for
    const list = await getJson(
      app,
      clerk,
      `/api/registry/cardless-settlements?certType=01&certNo=${baby.certNo}`,
    );
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      name: '新生儿甲',
      approvalType: '无卡就医审批',
      startDate: start,
      endDate: null,
      status: '有效',
    });
    expect(list.items[0].certNo).toMatch(/^11\*{5}\w{2}$/);
    // another region's clerk sees none of it
    const theirs = await getJson(app, outsider, '/api/registry/cardless-settlements');
    expect(theirs.total).toBe(0);

    expect((await staffPost(app, clerk, `/api/review/${done.id}/approve`)).statusCode).toBe(200);
    const rejected = await staffPost(app, reviewer, `/api/review/${done.id}/reject`, {
      reason: '出生证明不清晰',
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json().status).toBe('revoked');
    const [voided] = await app.db
      .select()
      .from(cardlessSettlements)
      .where(eq(cardlessSettlements.id, row!.id));
    expect(voided!.status).toBe('无效');
    // W25 变更历史信息 shows the period opened and voided
    const changes = await getJson(app, clerk, `/api/registry/persons/${baby.id}/changes`);
    const cardless = changes.items.filter((c: { entity: string }) => c.entity === 'cardless');
    expect(cardless.map((c: { action: string }) => c.action)).toEqual(['cancel', 'create']);
  });

  it('refuses a child of one year or more, a non-resident, a start before birth', async () => {
    const older = await createPerson(app, { name: '幼儿乙', birth: bornDaysAgo(400) });
    await enrol(app.db, older.id, '390');
    const res = await file(clerk, { certType: '01', certNo: older.certNo, startDate: today() });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      message: '开通无卡结算的服务对象为新生儿（未满一周岁）',
      field: 'payload.certNo',
    });

    const notInsured = await createPerson(app, { name: '新生儿丙', birth: bornDaysAgo(10) });
    const refused = await file(clerk, {
      certType: '01',
      certNo: notInsured.certNo,
      startDate: today(),
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toBe('该人员未参加城乡居民基本医疗保险，请先办理城乡居民新参保');

    const baby = await createPerson(app, { name: '新生儿丁', birth: bornDaysAgo(5) });
    await enrol(app.db, baby.id, '390');
    const early = await file(clerk, {
      certType: '01',
      certNo: baby.certNo,
      startDate: '2020-01-01',
    });
    expect(early.statusCode).toBe(400);
    expect(early.json()).toMatchObject({ field: 'payload.startDate' });
    const backwards = await file(clerk, {
      certType: '01',
      certNo: baby.certNo,
      startDate: today(),
      endDate: '2020-01-01',
    });
    expect(backwards.statusCode).toBe(400);
    // the Beijing clerk may not act for Yuxi's newborns, nor Yuxi's for Beijing's
    const foreign = await file(outsider, {
      certType: '01',
      certNo: baby.certNo,
      startDate: today(),
    });
    expect(foreign.statusCode).toBe(403);
  });
});
