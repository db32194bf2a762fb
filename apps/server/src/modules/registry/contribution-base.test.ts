import { enrolments, unitBaseAudits } from '@yibao/db';
import { addMonths, beijingDateOf, periodOf } from '@yibao/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffPost } from '../../../test/applications';
import {
  buildTestApp,
  createPerson,
  createStaff,
  createUnit,
  seedRegions,
  staffCookie,
  type TestApp,
} from '../../../test/helpers';

const W15_BASE = 'contribution-base-change';
const W11_AUDIT = 'unit-base-audit';
const PAPER: Record<string, string[]> = {
  [W15_BASE]: ['change-form', 'audit-statement', 'wage-approval'],
  [W11_AUDIT]: ['active-wages', 'retiree-statement', 'uscc'],
};

describe('window: W15 (三) 单位职工缴费基数变更 and W11 (三) 缴费基数申报书面稽核', () => {
  let app: TestApp;
  let clerk: string;
  let reviewer: string;
  let yuxiClerk: string;
  let plainStaff: string;

  beforeAll(async () => {
    app = await buildTestApp();
    await seedRegions(app);
    await createStaff(app, 'baseclerk01', { roles: ['clerk'] });
    await createStaff(app, 'basereviewer01', { roles: ['reviewer'] });
    await createStaff(app, 'baseclerk02', { roles: ['clerk'], regions: ['530400'] });
    await createStaff(app, 'basenorights01', { roles: [] });
    clerk = await staffCookie(app, 'baseclerk01');
    reviewer = await staffCookie(app, 'basereviewer01');
    yuxiClerk = await staffCookie(app, 'baseclerk02');
    plainStaff = await staffCookie(app, 'basenorights01');
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
        paperItems: PAPER[businessCode],
      },
    });
  const get = (cookie: string, url: string) => app.inject({ url, headers: { cookie } });

  /** An employee of the unit in service, 正常参保 with a base in fen. */
  async function employee(
    unitId: number,
    name: string,
    baseFen: number,
    overrides: Partial<typeof enrolments.$inferInsert> = {},
  ) {
    const person = await createPerson(app, { name });
    const [row] = await app.db
      .insert(enrolments)
      .values({
        personId: person.id,
        unitId,
        regionCode: '110000',
        insuranceType: '310',
        personType: '11',
        status: '正常参保',
        startDate: '2020-01-01',
        contributionBaseFen: baseFen,
        ...overrides,
      })
      .returning();
    return { person, enrolment: row! };
  }
  const enrolmentOf = async (id: number) =>
    (await app.db.select().from(enrolments).where(eq(enrolments.id, id)))[0]!;
  const nextPeriod = () => addMonths(periodOf(beijingDateOf(app.clock.now())), 1);

  it('缴费工资变更核定 finds the unit, its limit and its employees (certificates masked)', async () => {
    const unit = await createUnit(app, { name: '基数查询单位' });
    const { person, enrolment } = await employee(unit.id, '基数甲', 800_000);
    await employee(unit.id, '基数退休', 0, { personType: '12' });
    const found = await get(clerk, `/api/registry/contribution-base/unit?unitNo=${unit.unitNo}`);
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json()).toEqual({
      unitNo: unit.unitNo,
      name: '基数查询单位',
      unitType: 'enterprise',
      regionCode: '110000',
      limit: { floorFen: 600_000, capFen: 3_000_000, source: '示例参数' },
      effectivePeriod: nextPeriod(),
    });
    const list = await get(clerk, `/api/registry/contribution-base/members?unitNo=${unit.unitNo}`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, page: 1, pageSize: 10 });
    expect(list.json().items[0]).toMatchObject({
      enrolmentId: enrolment.id,
      name: '基数甲',
      certNo: `${person.certNo.slice(0, 2)}*****${person.certNo.slice(-2)}`,
      contributionBaseFen: 800_000,
      contributionBaseFrom: null,
    });
    const byCert = await get(
      clerk,
      `/api/registry/contribution-base/members?unitNo=${unit.unitNo}&certType=01&certNo=${person.certNo}`,
    );
    expect(byCert.json().total).toBe(1);
    const byName = await get(
      clerk,
      `/api/registry/contribution-base/members?unitNo=${unit.unitNo}&name=${encodeURIComponent('无此人')}`,
    );
    expect(byName.json().total).toBe(0);
    expect(
      (await get(yuxiClerk, `/api/registry/contribution-base/unit?unitNo=${unit.unitNo}`))
        .statusCode,
    ).toBe(404);
    expect(
      (await get(plainStaff, `/api/registry/contribution-base/unit?unitNo=${unit.unitNo}`))
        .statusCode,
    ).toBe(403);
  });

  it('changes the base from the next month; the history keeps the old; a failed 复核 restores it', async () => {
    const unit = await createUnit(app, { name: '基数变更单位' });
    const { person, enrolment } = await employee(unit.id, '基数乙', 800_000);
    const res = await file(clerk, W15_BASE, {
      unitNo: unit.unitNo,
      enrolmentId: enrolment.id,
      beforeFen: 800_000,
      baseFen: 1_234_556,
    });
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json();
    expect(detail).toMatchObject({
      businessName: '单位职工缴费基数变更',
      status: 'applied',
      nextLevel: '复核初审',
      subjectName: '基数乙',
      effectResult: {
        personId: person.id,
        enrolmentId: enrolment.id,
        beforeFen: 800_000,
        baseFen: 1_234_556,
        effectivePeriod: nextPeriod(),
      },
    });
    expect(await enrolmentOf(enrolment.id)).toMatchObject({
      contributionBaseFen: 1_234_556,
      contributionBaseFrom: nextPeriod(),
    });

    // W25's 变更历史信息: the enrolment's change with the old base and the month it applies from
    const changes = await get(clerk, `/api/registry/persons/${person.id}/changes`);
    expect(changes.statusCode, changes.body).toBe(200);
    const [entry] = changes.json().items;
    expect(entry).toMatchObject({ entity: 'enrolment', reason: `办件 ${detail.applicationNo}` });
    expect(entry.changes).toEqual(
      expect.arrayContaining([
        { field: 'contributionBaseFen', before: 800_000, after: 1_234_556 },
        { field: 'contributionBaseFrom', before: null, after: nextPeriod() },
      ]),
    );

    const failed = await staffPost(app, reviewer, `/api/review/${detail.id}/reject`, {
      reason: '工资待遇审批表不符',
    });
    expect(failed.statusCode, failed.body).toBe(200);
    expect(await enrolmentOf(enrolment.id)).toMatchObject({
      contributionBaseFen: 800_000,
      contributionBaseFrom: null,
    });
    const history = await app.database.pool.query(
      `select action, reason from enrolment_history where entity_id = $1 order by id`,
      [enrolment.id],
    );
    expect(history.rows).toEqual([
      { action: 'update', reason: `办件 ${detail.applicationNo}` },
      {
        action: 'restore',
        reason: `办件 ${detail.applicationNo} 复核不通过，恢复变更前的缴费基数`,
      },
    ]);
  });

  it('refuses a base outside the region’s floor and cap, the same base, others’ employees', async () => {
    const unit = await createUnit(app, { name: '基数拒绝单位' });
    const other = await createUnit(app, { name: '别的单位' });
    const { enrolment } = await employee(unit.id, '基数丙', 800_000);
    const { enrolment: stranger } = await employee(other.id, '别人', 800_000);
    const change = (payload: Record<string, unknown>, cookie = clerk) =>
      file(cookie, W15_BASE, {
        unitNo: unit.unitNo,
        enrolmentId: enrolment.id,
        beforeFen: 800_000,
        ...payload,
      });

    const low = await change({ baseFen: 599_999 });
    expect(low.statusCode).toBe(400);
    expect(low.json()).toMatchObject({
      message: '缴费基数不能低于缴费基数下限6000.00元',
      field: 'payload.baseFen',
    });
    const high = await change({ baseFen: 3_000_001 });
    expect(high.json()).toMatchObject({
      message: '缴费基数不能高于缴费基数上限30000.00元',
      field: 'payload.baseFen',
    });
    expect((await change({ baseFen: 600_000 })).statusCode).toBe(200);
    const stale = await change({ baseFen: 700_000 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().message).toBe('该职工的缴费基数已变化，请重新查询后再变更');
    const same = await change({ baseFen: 600_000, beforeFen: 600_000 });
    expect(same.json()).toMatchObject({
      message: '变更后缴费基数与原缴费基数相同',
      field: 'payload.baseFen',
    });
    const fraction = await change({ baseFen: 700_000.5, beforeFen: 600_000 });
    expect(fraction.statusCode).toBe(400);
    expect(fraction.json().field).toBe('payload.baseFen');
    const notOurs = await change({ enrolmentId: stranger.id, baseFen: 900_000 });
    expect(notOurs.json()).toMatchObject({
      message: '该职工不是本单位的参保职工',
      field: 'payload.enrolmentId',
    });
    const { enrolment: stopped } = await employee(unit.id, '已减员', 800_000, {
      status: '终止参保',
      endDate: '2024-12-31',
    });
    const ended = await change({ enrolmentId: stopped.id, baseFen: 900_000 });
    expect(ended.statusCode).toBe(409);
    expect(ended.json().message).toBe('该职工终止参保，不能变更缴费基数');
    expect((await change({ baseFen: 900_000 }, yuxiClerk)).statusCode).toBe(403);
    expect((await change({ baseFen: 900_000 }, plainStaff)).statusCode).toBe(403);
    expect((await enrolmentOf(stranger.id)).contributionBaseFen).toBe(800_000);
  });

  it('the audit records the declared and the audited figures and the result', async () => {
    const unit = await createUnit(app, { name: '稽核单位', unitType: 'institution' });
    await employee(unit.id, '稽核甲', 800_000);
    await employee(unit.id, '稽核乙', 700_000);
    await employee(unit.id, '稽核退', 0, { personType: '12' });
    const year = Number(beijingDateOf(app.clock.now()).slice(0, 4));
    const before = await get(clerk, `/api/registry/unit-base-audit?unitNo=${unit.unitNo}`);
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json()).toMatchObject({
      name: '稽核单位',
      category: 'public',
      auditYear: year,
      declaredHeadcount: 2,
      declaredTotalFen: 1_500_000,
      declaredRetirees: 1,
      existing: null,
    });

    const audit = (payload: Record<string, unknown>) =>
      file(clerk, W11_AUDIT, {
        unitNo: unit.unitNo,
        auditedHeadcount: 2,
        auditedTotalFen: 1_500_000,
        auditedRetirees: 1,
        opinion: '',
        ...payload,
      });
    const noOpinion = await audit({ auditedTotalFen: 1_800_000 });
    expect(noOpinion.statusCode).toBe(400);
    expect(noOpinion.json()).toMatchObject({
      message: '稽核结果与申报不符，请填写稽核意见',
      field: 'payload.opinion',
    });

    const res = await audit({
      auditedTotalFen: 1_800_000,
      opinion: '工资花名册显示申报偏低，需差额补收',
    });
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json();
    expect(detail).toMatchObject({
      businessName: '单位缴费基数申报书面稽核',
      status: 'applied',
      subjectName: '稽核单位',
      effectResult: {
        auditYear: year,
        declaredTotalFen: 1_500_000,
        auditedTotalFen: 1_800_000,
        result: 'under',
        differenceFen: 300_000,
      },
    });
    const [row] = await app.db
      .select()
      .from(unitBaseAudits)
      .where(eq(unitBaseAudits.unitId, unit.id));
    expect(row).toMatchObject({
      unitCategory: 'public',
      declaredHeadcount: 2,
      auditedHeadcount: 2,
      declaredRetirees: 1,
      result: 'under',
      status: '有效',
      applicationId: detail.id,
    });
    const again = await audit({});
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe(`该单位${year}年度的缴费基数申报已书面稽核，不能重复办理`);

    // a failed 复核 revokes the record; the audit can then be done again
    const failed = await staffPost(app, reviewer, `/api/review/${detail.id}/reject`, {
      reason: '花名册未盖章',
    });
    expect(failed.statusCode, failed.body).toBe(200);
    const [revoked] = await app.db
      .select()
      .from(unitBaseAudits)
      .where(eq(unitBaseAudits.id, row!.id));
    expect(revoked!.status).toBe('已撤销');
    const history = await app.database.pool.query(
      `select action, reason from unit_base_audit_history where entity_id = $1 order by id`,
      [row!.id],
    );
    expect(history.rows.map((r) => r.action)).toEqual(['create', 'cancel']);
    const redo = await audit({});
    expect(redo.statusCode, redo.body).toBe(200);
    expect(redo.json().effectResult).toMatchObject({ result: 'match', differenceFen: 0 });
    expect(
      (await get(clerk, `/api/registry/unit-base-audit?unitNo=${unit.unitNo}`)).json().existing,
    ).toMatchObject({ result: 'match', applicationId: redo.json().id });
  });

  it('the audit is for staff with the right, in the unit’s region', async () => {
    const unit = await createUnit(app, { name: '稽核范围单位' });
    const payload = {
      unitNo: unit.unitNo,
      auditedHeadcount: 0,
      auditedTotalFen: 0,
      auditedRetirees: 0,
      opinion: '',
    };
    expect((await file(yuxiClerk, W11_AUDIT, payload)).statusCode).toBe(403);
    const noRight = await file(plainStaff, W11_AUDIT, payload);
    expect(noRight.statusCode).toBe(403);
    const unknown = await file(clerk, W11_AUDIT, { ...payload, unitNo: 'NOSUCHUNIT' });
    expect(unknown.json()).toMatchObject({ field: 'payload.unitNo' });
    expect(
      (await get(yuxiClerk, `/api/registry/unit-base-audit?unitNo=${unit.unitNo}`)).statusCode,
    ).toBe(404);
  });
});
