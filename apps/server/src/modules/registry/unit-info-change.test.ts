import { unitHistory, units } from '@yibao/db';
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

const W11 = 'unit-registration';
const W14 = 'unit-info-change';

let usccSeq = 0;
const freshUscc = () =>
  makeUscc(
    `91110105MB${String(process.pid % 1000).padStart(3, '0')}${String(usccSeq++).padStart(4, '0')}`,
  );

const unitOf = (overrides: Record<string, unknown> = {}) => ({
  regionCode: '110000',
  managementType: 'normal',
  unitType: 'enterprise',
  uscc: freshUscc(),
  name: '北京变更测试有限公司',
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
  approvalDocNo: '',
  regCertType: 'business-licence',
  regCertNo: '110105000000001',
  taxNo: '',
  bankUsages: ['collection'],
  bankCode: '102',
  bankAccountName: '北京变更测试有限公司',
  bankAccount: '0200001234567890123',
  ...overrides,
});

describe('W14 单位参保信息变更登记 (即时办结, 复核初审 and 复核复审)', () => {
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

  const file = (
    cookie: string,
    businessCode: string,
    payload: Record<string, unknown>,
    paperItems = businessCode === W11
      ? ['uscc-certificate', 'registration-form']
      : ['change-form', 'key-change-proof'],
  ) =>
    app.inject({
      method: 'POST',
      url: '/api/applications',
      headers: { cookie },
      payload: { businessCode, channel: 'window', payload, materialIds: [], paperItems },
    });

  /** A unit registered at the window (W11): its form and its 单位编号. */
  async function registered(overrides: Record<string, unknown> = {}) {
    const form = unitOf(overrides);
    const res = await file(clerk, W11, form);
    expect(res.statusCode, res.body).toBe(200);
    return { form, unitNo: String(res.json().effectResult.unitNo) };
  }
  const unitRow = async (unitNo: string) =>
    (await app.db.select().from(units).where(eq(units.unitNo, unitNo)))[0]!;
  const historyOf = async (id: number) =>
    app.db
      .select()
      .from(unitHistory)
      .where(eq(unitHistory.entityId, id))
      .orderBy(asc(unitHistory.id));

  it('单位编号+enter finds the unit of the clerk’s regions with its registered values', async () => {
    const { form, unitNo } = await registered();
    const lookup = (cookie: string, no: string) =>
      app.inject({ url: `/api/registry/unit-info-change/unit?unitNo=${no}`, headers: { cookie } });
    const found = await lookup(clerk, unitNo);
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json()).toMatchObject({ unitNo, uscc: form.uscc, contactName: '张联系' });
    expect((await lookup(yuxiClerk, unitNo)).statusCode).toBe(404);
    expect((await lookup(plainStaff, unitNo)).statusCode).toBe(403);
    expect((await lookup(clerk, 'NOSUCHUNIT')).json().message).toBe('未找到该单位编号的单位');
  });

  it('changes only what differs, at once; a failed 复核 restores the values before', async () => {
    const { form, unitNo } = await registered();
    const before = await unitRow(unitNo);
    const res = await file(clerk, W14, {
      ...form,
      unitNo,
      contactName: '王新联系',
      address: '北京市朝阳区建国路88号',
    });
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json();
    expect(detail).toMatchObject({
      businessName: '单位参保信息变更登记',
      status: 'applied',
      nextLevel: '复核初审',
      subjectName: form.name,
      subjectCertNo: form.uscc,
      regionCode: '110000',
    });
    expect(detail.effectResult.changes).toEqual([
      { field: 'address', before: '北京市朝阳区建国路1号', after: '北京市朝阳区建国路88号' },
      { field: 'contactName', before: '张联系', after: '王新联系' },
    ]);
    expect(await unitRow(unitNo)).toMatchObject({
      contactName: '王新联系',
      address: '北京市朝阳区建国路88号',
    });
    const [, change] = await historyOf(before.id);
    expect(change).toMatchObject({
      action: 'update',
      reason: `办件 ${detail.applicationNo}`,
      before: { contactName: '张联系', address: '北京市朝阳区建国路1号' },
      after: { contactName: '王新联系', address: '北京市朝阳区建国路88号' },
    });

    expect((await staffPost(app, clerk, `/api/review/${detail.id}/approve`)).statusCode).toBe(200);
    const failed = await staffPost(app, reviewer, `/api/review/${detail.id}/reject`, {
      reason: '变更登记表未加盖公章',
    });
    expect(failed.json()).toMatchObject({ status: 'revoked' });
    expect(await unitRow(unitNo)).toMatchObject({
      contactName: '张联系',
      address: '北京市朝阳区建国路1号',
    });
    expect((await historyOf(before.id)).map((h) => [h.action, h.reason])).toEqual([
      ['create', expect.any(String)],
      ['update', `办件 ${detail.applicationNo}`],
      ['restore', `办件 ${detail.applicationNo} 复核不通过，恢复变更前的单位信息`],
    ]);
  });

  it('a key field needs the 关键信息变更辅助材料; a USCC another unit holds is refused', async () => {
    const { form, unitNo } = await registered();
    const other = await registered();
    const renamed = { ...form, unitNo, name: '北京更名后有限公司' };
    const noProof = await file(clerk, W14, renamed, ['change-form']);
    expect(noProof.statusCode).toBe(400);
    expect(noProof.json()).toMatchObject({
      message: '变更了关键信息，请收取关键信息变更辅助材料（加盖单位公章）',
      field: 'paperItems',
    });
    expect((await unitRow(unitNo)).name).toBe(form.name);
    const withProof = await file(clerk, W14, renamed);
    expect(withProof.statusCode, withProof.body).toBe(200);
    expect((await unitRow(unitNo)).name).toBe('北京更名后有限公司');

    const taken = await file(clerk, W14, { ...form, unitNo, uscc: other.form.uscc });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({
      message: '该统一社会信用代码已登记',
      field: 'payload.uscc',
    });
    const newCode = freshUscc();
    const recoded = await file(clerk, W14, { ...renamed, uscc: newCode });
    expect(recoded.statusCode, recoded.body).toBe(200);
    expect((await unitRow(unitNo)).uscc).toBe(newCode);
  });

  it('refuses nothing changed, another region, a moved 医保区划 and staff without the right', async () => {
    const { form, unitNo } = await registered();
    const same = await file(clerk, W14, { ...form, unitNo });
    expect(same.json()).toMatchObject({ message: '单位信息没有变化，无需保存' });
    const moved = await file(clerk, W14, {
      ...form,
      unitNo,
      regionCode: '530400',
      divisionCode: '530402',
    });
    expect(moved.json()).toMatchObject({
      message: '医保区划不能变更；跨统筹区请办理转移接续',
      field: 'payload.regionCode',
    });
    const changed = { ...form, unitNo, contactName: '赵联系' };
    const elsewhere = await file(yuxiClerk, W14, changed);
    expect(elsewhere.statusCode).toBe(403);
    const noRight = await file(plainStaff, W14, changed);
    expect(noRight.statusCode).toBe(403);
    expect(noRight.json().message).toBe('您没有单位参保登记的权限');
    const badLegalRep = await file(clerk, W14, {
      ...changed,
      legalRepCertNo: '110105198001010000',
    });
    expect(badLegalRep.json().field).toBe('payload.legalRepCertNo');
  });

  it('单位管理类型 stays while anyone is insured through the unit', async () => {
    const { form, unitNo } = await registered();
    const unit = await unitRow(unitNo);
    const p = await createPerson(app, { name: '单位职工' });
    await app.database.pool.query(
      `insert into enrolments (person_id, unit_id, region_code, insurance_type, person_type, status, start_date)
       values ($1, $2, '110000', '310', '11', '正常参保', '2024-01-01')`,
      [p.id, unit.id],
    );
    const res = await file(clerk, W14, { ...form, unitNo, managementType: 'agency' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      message: '该单位尚有正常参保人员，不能变更单位管理类型',
      field: 'payload.managementType',
    });
  });
});
