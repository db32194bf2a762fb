import {
  assistanceSubsidies,
  assistanceSubsidyHistory,
  assistanceSubsidyPolicies,
  enrolments,
  specialIdentities,
} from '@yibao/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, staffPost } from '../../../test/applications';
import {
  buildTestApp,
  createPerson,
  createStaff,
  seedRegions,
  staffCookie,
  type TestApp,
} from '../../../test/helpers';

const PAPER = ['assistance-proof'];

describe('W33 救助对象个人缴费补贴: amounts from the dated, region-keyed policy rows', () => {
  let app: TestApp;
  let clerk: string;
  let reviewer: string;
  let beijing: string;

  beforeAll(async () => {
    app = await buildTestApp();
    await seedRegions(app);
    await createStaff(app, 'yxclerk', { roles: ['clerk'], regions: ['530400'] });
    await createStaff(app, 'yxreviewer', { roles: ['reviewer'], regions: ['530400'] });
    await createStaff(app, 'bjclerk', { roles: ['clerk'], regions: ['110000'] });
    clerk = await staffCookie(app, 'yxclerk');
    reviewer = await staffCookie(app, 'yxreviewer');
    beijing = await staffCookie(app, 'bjclerk');
  });
  afterAll(async () => {
    await app.close();
  });

  /** A resident of 玉溪市 (390 正常参保) holding the given identities from 2025. */
  async function resident(name: string, identities: { type: string; end?: string }[]) {
    const person = await createPerson(app, { name, regionCode: '530400' });
    await app.db.insert(enrolments).values({
      personId: person.id,
      regionCode: '530400',
      insuranceType: '390',
      personType: '21',
      status: '正常参保',
      startDate: '2020-01-01',
    });
    for (const i of identities) {
      await app.db.insert(specialIdentities).values({
        personId: person.id,
        regionCode: '530400',
        identityType: i.type,
        startDate: '2025-01-01',
        endDate: i.end ?? null,
        source: '玉溪市民政局',
      });
    }
    return person;
  }
  const quote = (cookie: string, certNo: string, year: number) =>
    app.inject({
      url: `/api/registry/assistance-subsidies/quote?certType=01&certNo=${certNo}&year=${year}`,
      headers: { cookie },
    });
  const file = (certNo: string, year: number) =>
    app.inject({
      method: 'POST',
      url: '/api/applications',
      headers: { cookie: clerk },
      payload: {
        businessCode: 'assistance-subsidy',
        channel: 'window',
        payload: { certType: '01', certNo, year },
        materialIds: [],
        paperItems: PAPER,
      },
    });

  it('computes each identity’s amount from the policy in force on 1 January of the year', async () => {
    const low = await resident('低保户', [{ type: '12' }]);
    // 低保对象 in 玉溪市: 70 % of 400 元 in 2025, 80 % in 2026 (示例参数)
    const y2025 = await quote(clerk, low.certNo, 2025);
    expect(y2025.statusCode, y2025.body).toBe(200);
    expect(y2025.json()).toMatchObject({
      identityType: '12',
      contributionFen: 40000,
      subsidyBp: 7000,
      subsidyFen: 28000,
      personalFen: 12000,
      policySource: '示例参数',
      policyValidFrom: '2025-01-01',
    });
    expect((await quote(clerk, low.certNo, 2026)).json()).toMatchObject({
      subsidyBp: 8000,
      subsidyFen: 32000,
      personalFen: 8000,
      policyValidFrom: '2026-01-01',
    });
    // 低保边缘家庭成员: a fixed 120 元 in 2026
    const edge = await resident('边缘户', [{ type: '14' }]);
    expect((await quote(clerk, edge.certNo, 2026)).json()).toMatchObject({
      fixedSubsidyFen: 12000,
      subsidyFen: 12000,
      personalFen: 28000,
    });
    // 特困人员 and 低保对象 at once: the identity that pays most, in full
    const both = await resident('双身份', [{ type: '12' }, { type: '11' }]);
    expect((await quote(clerk, both.certNo, 2026)).json()).toMatchObject({
      identityType: '11',
      subsidyFen: 40000,
      personalFen: 0,
    });
    // a policy row added later (重度残疾人, one third) rounds half-up to the fen
    await app.db.insert(assistanceSubsidyPolicies).values({
      regionCode: '530400',
      identityType: '15',
      contributionFen: 40001,
      subsidyBp: 3333,
      validFrom: '2026-01-01',
      source: '示例参数',
    });
    const disabled = await resident('残疾人', [{ type: '15' }]);
    expect((await quote(clerk, disabled.certNo, 2026)).json()).toMatchObject({
      contributionFen: 40001,
      subsidyFen: 13332,
      personalFen: 26669,
    });
    // before that row there was no policy for it
    const none = await quote(clerk, disabled.certNo, 2025);
    expect(none.statusCode).toBe(409);
    expect(none.json().message).toBe('该人员的特殊身份在该缴费年度没有资助政策，不符合资助条件');
  });

  it('refuses who is not eligible, and another region’s staff', async () => {
    const plain = await resident('普通居民', []);
    const res = await quote(clerk, plain.certNo, 2026);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe('该人员在该缴费年度没有有效的特殊身份，不符合资助条件');
    const ended = await resident('已脱贫', [{ type: '12', end: '2025-06-30' }]);
    expect((await quote(clerk, ended.certNo, 2026)).statusCode).toBe(409);
    expect((await quote(clerk, ended.certNo, 2025)).json().subsidyFen).toBe(28000);
    const low = await resident('低保二', [{ type: '12' }]);
    expect((await quote(beijing, low.certNo, 2026)).statusCode).toBe(404);
    const filed = await app.inject({
      method: 'POST',
      url: '/api/applications',
      headers: { cookie: beijing },
      payload: {
        businessCode: 'assistance-subsidy',
        channel: 'window',
        payload: { certType: '01', certNo: low.certNo, year: 2026 },
        materialIds: [],
        paperItems: PAPER,
      },
    });
    expect(filed.statusCode).toBe(403);
  });

  it('records the subsidy when the review approves it, once per person and year', async () => {
    const low = await resident('低保三', [{ type: '12' }]);
    const res = await file(low.certNo, 2026);
    expect(res.statusCode, res.body).toBe(200);
    const filed = res.json();
    expect(filed.status).toBe('submitted');
    // nothing is paid before the review
    expect(
      await app.db
        .select()
        .from(assistanceSubsidies)
        .where(eq(assistanceSubsidies.personId, low.id)),
    ).toEqual([]);
    expect((await staffPost(app, reviewer, `/api/review/${filed.id}/claim`)).statusCode).toBe(200);
    const approved = await staffPost(app, reviewer, `/api/review/${filed.id}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    const [row] = await app.db
      .select()
      .from(assistanceSubsidies)
      .where(eq(assistanceSubsidies.personId, low.id));
    expect(row).toMatchObject({
      year: 2026,
      identityType: '12',
      contributionFen: 40000,
      subsidyFen: 32000,
      personalFen: 8000,
      status: '有效',
      applicationId: filed.id,
    });
    const history = await app.db
      .select()
      .from(assistanceSubsidyHistory)
      .where(eq(assistanceSubsidyHistory.entityId, row!.id));
    expect(history).toHaveLength(1);
    // W25 变更历史信息 shows the subsidy with its amounts
    const changes = await getJson(app, clerk, `/api/registry/persons/${low.id}/changes`);
    const subsidy = changes.items.find((c: { entity: string }) => c.entity === 'subsidy');
    expect(subsidy.changes).toEqual(
      expect.arrayContaining([{ field: 'subsidyFen', before: null, after: 32000 }]),
    );

    const again = await file(low.certNo, 2026);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('该人员该缴费年度已享受个人缴费补贴');

    const list = await getJson(app, clerk, '/api/registry/assistance-subsidies?year=2026');
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ name: '低保三', subsidyFen: 32000, personalFen: 8000 });
    expect(list.items[0].certNo).toMatch(/^11\*{5}\w{2}$/);
    const theirs = await getJson(app, beijing, '/api/registry/assistance-subsidies');
    expect(theirs.total).toBe(0);
  });
});
