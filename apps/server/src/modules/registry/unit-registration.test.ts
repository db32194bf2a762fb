import { enrolments, unitHistory, units } from '@yibao/db';
import { makeCertNo18, makeUscc } from '@yibao/domain';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffPost } from '../../../test/applications';
import {
  buildTestApp,
  createPerson,
  createStaff,
  staffCookie,
  type TestApp,
  seedRegions,
} from '../../../test/helpers';

const BUSINESS = 'unit-registration';
const PAPER = ['uscc-certificate', 'registration-form'];

let usccSeq = 0;
/** A valid USCC no one has registered: enterprise (91), 朝阳区, a sequence in the body. */
const freshUscc = () =>
  makeUscc(
    `91110105MA${String(process.pid % 1000).padStart(3, '0')}${String(usccSeq++).padStart(4, '0')}`,
  );

const payloadOf = (overrides: Record<string, unknown> = {}) => ({
  regionCode: '110000',
  managementType: 'normal',
  unitType: 'enterprise',
  uscc: freshUscc(),
  name: '北京测试科技有限公司',
  contactName: '张联系',
  contactPhone: '13912345678',
  email: 'hr@example.com',
  divisionCode: '110105',
  address: '北京市朝阳区建国路1号',
  postcode: '100020',
  officePhone: '010-65001234',
  legalRepName: '李法人',
  legalRepCertType: '01',
  legalRepCertNo: makeCertNo18('110105', '19800101', '123'),
  legalRepPhone: '13812345678',
  establishedOn: '2020-05-01',
  approvalDocNo: '京工商字〔2020〕1号',
  regCertType: 'business-licence',
  regCertNo: '110105000000001',
  taxNo: '',
  bankUsages: ['collection'],
  bankCode: '102',
  bankAccountName: '北京测试科技有限公司',
  bankAccount: '0200001234567890123',
  ...overrides,
});

describe('W11 单位参保登记 · 新参保 (即时办结, 复核初审 and 复核复审)', () => {
  let app: TestApp;
  let clerk: string;
  let reviewer: string;
  let yuxiClerk: string;
  let plainStaff: string;

  beforeAll(async () => {
    app = await buildTestApp();
    await seedRegions(app);
    await createStaff(app, 'uclerk01', { roles: ['clerk'] });
    await createStaff(app, 'ureviewer01', { roles: ['reviewer'] });
    await createStaff(app, 'uclerk02', { roles: ['clerk'], regions: ['530400'] });
    await createStaff(app, 'unorights01', { roles: [] });
    clerk = await staffCookie(app, 'uclerk01');
    reviewer = await staffCookie(app, 'ureviewer01');
    yuxiClerk = await staffCookie(app, 'uclerk02');
    plainStaff = await staffCookie(app, 'unorights01');
  });
  afterAll(async () => {
    await app.close();
  });

  const register = (cookie: string, payload: Record<string, unknown>, paperItems = PAPER) =>
    app.inject({
      method: 'POST',
      url: '/api/applications',
      headers: { cookie },
      payload: { businessCode: BUSINESS, channel: 'window', payload, materialIds: [], paperItems },
    });
  const unitOf = async (uscc: string) =>
    (await app.db.select().from(units).where(eq(units.uscc, uscc)))[0];
  const historyOf = (unitId: number) =>
    app.db
      .select()
      .from(unitHistory)
      .where(eq(unitHistory.entityId, unitId))
      .orderBy(asc(unitHistory.id));

  it('is offered at the window only, 即时办结, with the guide’s materials', async () => {
    const { items } = (await app.inject('/api/businesses')).json() as {
      items: { code: string; name: string; channels: string[]; review: string }[];
    };
    expect(items.find((b) => b.code === BUSINESS)).toMatchObject({
      name: '单位参保登记',
      channels: ['window'],
      review: 'immediate',
      timeLimitDays: null,
      serviceItemNo: 11,
      materials: [
        { code: 'uscc-certificate', name: '统一社会信用代码证书或单位批准成立的文件' },
        { code: 'registration-form', name: '基本医疗保险单位参保信息登记表' },
      ],
    });
  });

  it('registers the unit at once; 复核初审 and 复核复审 by two others approve it', async () => {
    const payload = payloadOf({ uscc: freshUscc().toLowerCase() });
    const res = await register(clerk, payload);
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json();
    expect(detail).toMatchObject({
      businessCode: BUSINESS,
      channel: 'window',
      status: 'applied',
      statusLabel: '已办结待复核',
      nextLevel: '复核初审',
      subjectName: '北京测试科技有限公司',
      subjectCertType: 'uscc',
      subjectCertNo: String(payload.uscc).toUpperCase(),
      dueOn: null,
    });
    const unit = await unitOf(String(payload.uscc).toUpperCase());
    expect(unit).toMatchObject({
      name: '北京测试科技有限公司',
      status: '正常',
      regionCode: '110000',
      divisionCode: '110105',
      unitType: 'enterprise',
      managementType: 'normal',
      officePhone: '010-65001234',
      approvalDocNo: '京工商字〔2020〕1号',
      regCertType: 'business-licence',
      bankUsages: ['collection'],
      establishedOn: '2020-05-01',
    });
    expect(unit!.unitNo).toMatch(/^110000\d{5}$/);
    expect(detail.effectResult).toEqual({ unitId: unit!.id, unitNo: unit!.unitNo });
    expect(await historyOf(unit!.id)).toMatchObject([
      { action: 'create', actorType: 'staff', reason: `办件 ${detail.applicationNo}` },
    ]);
    expect(detail.materials.map((m: { itemCode: string }) => m.itemCode).sort()).toEqual(
      [...PAPER].sort(),
    );

    // the queue shows it waiting for 复核初审
    const queue = (
      await app.inject({
        url: `/api/review/queue?businessCode=${BUSINESS}`,
        headers: { cookie: reviewer },
      })
    ).json() as { items: { id: number; nextLevel: string }[] };
    expect(queue.items.find((i) => i.id === detail.id)?.nextLevel).toBe('复核初审');

    const first = await staffPost(app, clerk, `/api/review/${detail.id}/approve`);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ status: 'applied', nextLevel: '复核复审' });

    // the same person cannot do both levels
    const again = await staffPost(app, clerk, `/api/review/${detail.id}/approve`);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('复核复审须由未参与本办件审核的其他经办人员办理');
    const shown = (
      await app.inject({ url: `/api/applications/${detail.id}`, headers: { cookie: clerk } })
    ).json();
    expect(shown.can.review).toBe(false);

    const second = await staffPost(app, reviewer, `/api/review/${detail.id}/approve`);
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json()).toMatchObject({ status: 'approved', statusLabel: '审核通过' });
    expect((await unitOf(unit!.uscc))?.status).toBe('正常');
  });

  it('numbers new units one above the highest of the region', async () => {
    const a = (await register(clerk, payloadOf())).json();
    const b = (await register(clerk, payloadOf())).json();
    const noA = String(a.effectResult.unitNo);
    const noB = String(b.effectResult.unitNo);
    expect(Number(noB.slice(6))).toBe(Number(noA.slice(6)) + 1);
  });

  it('undoes the registration when 复核 fails: the unit is 注销, and may be registered again', async () => {
    const payload = payloadOf();
    const detail = (await register(clerk, payload)).json();
    expect(detail.status).toBe('applied');
    const unit = (await unitOf(String(payload.uscc)))!;
    expect((await staffPost(app, clerk, `/api/review/${detail.id}/approve`)).statusCode).toBe(200);
    const failed = await staffPost(app, reviewer, `/api/review/${detail.id}/reject`, {
      reason: '单位名称与营业执照不一致',
    });
    expect(failed.statusCode, failed.body).toBe(200);
    expect(failed.json()).toMatchObject({
      status: 'revoked',
      statusLabel: '复核不通过已撤销',
      decisionReason: '单位名称与营业执照不一致',
    });
    expect((await unitOf(unit.uscc))?.status).toBe('注销');
    expect((await historyOf(unit.id)).map((h) => h.action)).toEqual(['create', 'cancel']);

    // registered again with the corrected name: the same unit comes back
    const redo = await register(clerk, { ...payload, name: '北京测试科技股份有限公司' });
    expect(redo.statusCode, redo.body).toBe(200);
    expect(redo.json().effectResult).toEqual({ unitId: unit.id, unitNo: unit.unitNo });
    expect(await unitOf(unit.uscc)).toMatchObject({
      status: '正常',
      name: '北京测试科技股份有限公司',
    });
    expect((await historyOf(unit.id)).map((h) => h.action)).toEqual(['create', 'cancel', 'reopen']);
  });

  it('refuses to undo a unit that already has members', async () => {
    const payload = payloadOf();
    const detail = (await register(clerk, payload)).json();
    const unit = (await unitOf(String(payload.uscc)))!;
    const person = await createPerson(app, { name: '单位职工' });
    await app.db.insert(enrolments).values({
      personId: person.id,
      unitId: unit.id,
      regionCode: '110000',
      insuranceType: '310',
      personType: '11',
      status: '正常参保',
      startDate: '2026-01-01',
    });
    const failed = await staffPost(app, reviewer, `/api/review/${detail.id}/reject`, {
      reason: '材料不全',
    });
    expect(failed.statusCode).toBe(409);
    expect(failed.json().message).toContain('该单位已有参保登记1条，不能撤销单位参保登记');
    expect((await unitOf(unit.uscc))?.status).toBe('正常');
    const still = (
      await app.inject({ url: `/api/applications/${detail.id}`, headers: { cookie: clerk } })
    ).json();
    expect(still.status).toBe('applied');
  });

  it('answers 400 with the field for a bad USCC and a bad legal representative certificate', async () => {
    const bad = await register(clerk, payloadOf({ uscc: '91110105MA00000010' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'payload.uscc' });
    const cert = await register(clerk, payloadOf({ legalRepCertNo: '110105198001011230' }));
    expect(cert.statusCode).toBe(400);
    expect(cert.json()).toMatchObject({ field: 'payload.legalRepCertNo' });
    const division = await register(clerk, payloadOf({ divisionCode: '530402' }));
    expect(division.json()).toMatchObject({
      message: '所属行政区不在所选医保区划内',
      field: 'payload.divisionCode',
    });
    const usage = await register(clerk, payloadOf({ bankUsages: [] }));
    expect(usage.json()).toMatchObject({ message: '请选择银行用途', field: 'payload.bankUsages' });
  });

  it('answers 409 for a USCC already registered, and writes nothing', async () => {
    const payload = payloadOf();
    expect((await register(clerk, payload)).statusCode).toBe(200);
    const before = (await app.db.select().from(units)).length;
    const dup = await register(clerk, { ...payload, name: '另一家公司' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({
      code: 'CONFLICT',
      message: '该统一社会信用代码已登记',
      field: 'payload.uscc',
    });
    expect((await app.db.select().from(units)).length).toBe(before);
  });

  it('refuses staff of another region, staff without the right, and missing originals', async () => {
    const other = await register(yuxiClerk, payloadOf());
    expect(other.statusCode).toBe(403);
    expect(other.json().message).toBe('该参保地不在您的经办范围内');
    const plain = await register(plainStaff, payloadOf());
    expect(plain.statusCode).toBe(403);
    expect(plain.json().message).toBe('您没有单位参保登记的权限');
    const reviewerOnly = await register(reviewer, payloadOf());
    expect(reviewerOnly.statusCode).toBe(403);
    const missing = await register(clerk, payloadOf(), ['uscc-certificate']);
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({
      message: '请上传基本医疗保险单位参保信息登记表',
      field: 'materialIds',
    });
    // a 玉溪市 clerk registers in 玉溪市
    const yuxi = await register(
      yuxiClerk,
      payloadOf({ regionCode: '530400', divisionCode: '530402' }),
    );
    expect(yuxi.statusCode, yuxi.body).toBe(200);
    expect(yuxi.json().effectResult.unitNo).toMatch(/^530400\d{5}$/);
  });

  it('is not open to persons or the personal channel', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/applications',
      headers: { cookie: clerk },
      payload: {
        businessCode: BUSINESS,
        channel: 'personal',
        payload: payloadOf(),
        materialIds: [],
      },
    });
    expect(res.statusCode).toBe(403);
  });
});
