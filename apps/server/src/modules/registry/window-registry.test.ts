import {
  contributions,
  deemedContributions,
  enrolments,
  persons,
  retirements,
  units,
} from '@yibao/db';
import { makeCertNo18 } from '@yibao/domain';
import { asc, eq } from 'drizzle-orm';
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

/** The originals each business needs, as received on paper. */
const PAPER: Record<string, string[]> = {
  'unit-deregistration': ['deregistration-form', 'dissolution-document'],
  'employee-enrolment': ['change-form', 'employment-proof', 'wage-proof'],
  'employee-reduction': ['change-form', 'termination-proof'],
  'employee-retirement': [
    'change-form',
    'retirement-certificate',
    'retirement-approval',
    'deemed-years',
    'pension-proof',
  ],
  'resident-suspension': ['stop-request'],
  'special-identity': ['identity-proof'],
  'resident-enrolment-window': ['id-document', 'enrolment-form'],
};

let certSeq = 0;
const freshCertNo = () =>
  makeCertNo18('110105', '19900506', String(600 + (certSeq++ % 300)).padStart(3, '0'));

describe('window registry: 单位注销, 职工新参保/减少/在职转退休, 居民停保, 特殊身份登记', () => {
  let app: TestApp;
  let clerk: string;
  let reviewer: string;

  beforeAll(async () => {
    app = await buildTestApp();
    await seedRegions(app);
    await createStaff(app, 'wclerk01', { roles: ['clerk'] });
    await createStaff(app, 'wreviewer01', { roles: ['reviewer'] });
    clerk = await staffCookie(app, 'wclerk01');
    reviewer = await staffCookie(app, 'wreviewer01');
  });
  afterAll(async () => {
    await app.close();
  });

  const file = (businessCode: string, payload: Record<string, unknown>) =>
    app.inject({
      method: 'POST',
      url: '/api/applications',
      headers: { cookie: clerk },
      payload: {
        businessCode,
        channel: 'window',
        payload,
        materialIds: [],
        paperItems: PAPER[businessCode],
      },
    });
  const filed = async (businessCode: string, payload: Record<string, unknown>) => {
    const res = await file(businessCode, payload);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('applied');
    return res.json();
  };
  /** 复核初审 by the clerk, then a failed 复核复审: the effect is undone. */
  const failReview = async (id: number) => {
    expect((await staffPost(app, clerk, `/api/review/${id}/approve`)).statusCode).toBe(200);
    const res = await staffPost(app, reviewer, `/api/review/${id}/reject`, { reason: '材料不符' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('revoked');
  };
  const enrolmentsOf = (personId: number) =>
    app.db
      .select()
      .from(enrolments)
      .where(eq(enrolments.personId, personId))
      .orderBy(asc(enrolments.id));
  const personOf = async (id: number) =>
    (await app.db.select().from(persons).where(eq(persons.id, id)))[0]!;
  const unitOf = async (id: number) =>
    (await app.db.select().from(units).where(eq(units.id, id)))[0]!;

  const employeeOf = (unitNo: string, overrides: Record<string, unknown> = {}) => ({
    unitNo,
    name: '职工新',
    certType: '01',
    certNo: freshCertNo(),
    sex: '1',
    ethnicity: '01',
    birthDate: '1990-05-06',
    workStartDate: '2012-07-01',
    phone: '13700004444',
    startDate: '2026-11-01',
    wageFen: 850_000,
    ...overrides,
  });

  it('W12 (一) enrols an employee into the unit; a failed 复核 ends it and frees the person', async () => {
    const unit = await createUnit(app, { name: '职工参保单位' });
    const detail = await filed('employee-enrolment', employeeOf(unit.unitNo));
    const personId = Number(detail.effectResult.personId);
    expect(await personOf(personId)).toMatchObject({ unitId: unit.id, personCategory: '11' });
    expect(await enrolmentsOf(personId)).toMatchObject([
      { insuranceType: '310', status: '正常参保', unitId: unit.id, contributionBaseFen: 850_000 },
    ]);
    await failReview(detail.id);
    expect((await enrolmentsOf(personId))[0]).toMatchObject({ status: '终止参保' });
    expect((await personOf(personId)).unitId).toBeNull();
  });

  it('W12 (一) stores the new employee’s 政治面貌 and 婚姻状态, checked by their dictionaries', async () => {
    const unit = await createUnit(app, { name: '政治面貌单位' });
    const detail = await filed(
      'employee-enrolment',
      employeeOf(unit.unitNo, { politicalStatus: '01', maritalStatus: '20' }),
    );
    const personId = Number(detail.effectResult.personId);
    expect(await personOf(personId)).toMatchObject({ politicalStatus: '01', maritalStatus: '20' });
    const wrong = await file(
      'employee-enrolment',
      employeeOf(unit.unitNo, { politicalStatus: '00' }),
    );
    expect(wrong.json()).toMatchObject({
      message: '请选择正确的政治面貌',
      field: 'payload.politicalStatus',
    });
  });

  it('W12 (一) keeps one basic scheme at a time', async () => {
    const unit = await createUnit(app, { name: '重复参保单位' });
    const resident = await createPerson(app, { name: '居民甲' });
    await enrol(app.db, resident.id, '390');
    const refused = await file(
      'employee-enrolment',
      employeeOf(unit.unitNo, { name: '居民甲', certNo: resident.certNo }),
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      message: '该人员正在参加城乡居民基本医疗保险，请先办理城乡居民停保',
      field: 'payload.certNo',
    });
    const noUnit = await file('employee-enrolment', employeeOf('NOSUCHUNIT'));
    expect(noUnit.json()).toMatchObject({
      message: '未找到该单位编号的单位',
      field: 'payload.unitNo',
    });
    const notFirst = await file(
      'employee-enrolment',
      employeeOf(unit.unitNo, { startDate: '2026-11-15' }),
    );
    expect(notFirst.json()).toMatchObject({
      message: '参保日期应为某月1日',
      field: 'payload.startDate',
    });
  });

  it('W12 (二) ends the employee’s enrolment, W11 (二) then deregisters the empty unit', async () => {
    const unit = await createUnit(app, { name: '注销测试单位' });
    const joined = await filed('employee-enrolment', employeeOf(unit.unitNo));
    const personId = Number(joined.effectResult.personId);
    const person = await personOf(personId);

    const deregistration = {
      unitNo: unit.unitNo,
      cancelledOn: '2026-11-20',
      cancelReason: 'dissolved',
      remark: '',
    };
    const blocked = await file('unit-deregistration', deregistration);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().message).toBe('该单位尚有正常参保人员1人，请先办理单位职工减少');

    const reduction = {
      unitNo: unit.unitNo,
      certType: '01',
      certNo: person.certNo,
      reason: 'contract-ended',
      endDate: '2026-11-30',
    };
    const reduced = await filed('employee-reduction', reduction);
    expect((await enrolmentsOf(personId))[0]).toMatchObject({
      status: '终止参保',
      endDate: '2026-11-30',
    });
    expect((await personOf(personId)).unitId).toBeNull();

    const cancelled = await filed('unit-deregistration', deregistration);
    expect(await unitOf(unit.id)).toMatchObject({
      status: '注销',
      cancelledOn: '2026-11-20',
      cancelReason: 'dissolved',
    });
    await failReview(cancelled.id);
    expect(await unitOf(unit.id)).toMatchObject({
      status: '正常',
      cancelledOn: null,
      cancelReason: null,
    });

    // the reduction's 复核 fails too: the employee is back in the unit
    await failReview(reduced.id);
    expect((await enrolmentsOf(personId))[0]).toMatchObject({ status: '正常参保', endDate: null });
    expect((await personOf(personId)).unitId).toBe(unit.id);
  });

  it('W12 (二) records a death', async () => {
    const unit = await createUnit(app, { name: '死亡减员单位' });
    const joined = await filed('employee-enrolment', employeeOf(unit.unitNo));
    const person = await personOf(Number(joined.effectResult.personId));
    await filed('employee-reduction', {
      unitNo: unit.unitNo,
      certType: '01',
      certNo: person.certNo,
      reason: 'death',
      endDate: '2026-11-10',
    });
    expect(await personOf(person.id)).toMatchObject({ status: '死亡', deathDate: '2026-11-10' });
  });

  it('W12 (三) refuses arrears and missing months, then retires from the next month', async () => {
    const unit = await createUnit(app, { name: '退休测试单位' });
    const joined = await filed(
      'employee-enrolment',
      employeeOf(unit.unitNo, { sex: '2', certNo: makeCertNo18('110105', '19700506', '682') }),
    );
    const person = await personOf(Number(joined.effectResult.personId));
    const retirement = {
      certType: '01',
      certNo: person.certNo,
      retirementType: 'retired',
      retiredOn: '2026-11-01',
      pensionFen: 520_000,
    };
    const months = (from: number, n: number, status: string) =>
      Array.from({ length: n }, (_, k) => {
        const m = from + k;
        return {
          personId: person.id,
          unitId: unit.id,
          regionCode: '110000',
          insuranceType: '310',
          period: (2001 + Math.floor(m / 12)) * 100 + (m % 12) + 1,
          baseFen: 500_000,
          unitAmountFen: 49_000,
          personalAmountFen: 10_003,
          status,
        };
      });
    await app.db.insert(contributions).values(months(0, 200, '已到账'));
    const short = await file('employee-retirement', retirement);
    expect(short.statusCode).toBe(409);
    expect(short.json().message).toBe(
      '视同缴费月数与实缴月数合计200个月，不足240个月，差额40个月；请先办理医保退休不满足年限一次性缴清',
    );
    await app.db.insert(deemedContributions).values({
      personId: person.id,
      regionCode: '110000',
      startPeriod: 199601,
      endPeriod: 200012,
      months: 60,
    });
    await app.db.insert(contributions).values(months(200, 2, '欠费'));
    const figures = await getJson(
      app,
      clerk,
      `/api/registry/retirement-figures?certType=01&certNo=${person.certNo}`,
    );
    expect(figures).toMatchObject({
      unitName: '退休测试单位',
      deemedMonths: 60,
      paidMonths: 200,
      requiredMonths: 240,
      shortfallMonths: 0,
      arrearsMonths: 2,
    });
    const owing = await file('employee-retirement', retirement);
    expect(owing.json().message).toBe('该人员存在欠费2个月，请补缴后再办理在职转退休');
    await app.database.pool.query(
      `update contributions set status = '已到账' where person_id = $1`,
      [person.id],
    );

    const retired = await filed('employee-retirement', retirement);
    expect(retired.effectResult.effectiveFrom).toMatch(/^\d{4}-\d{2}-01$/);
    expect(await personOf(person.id)).toMatchObject({
      personCategory: '12',
      retiredOn: '2026-11-01',
    });
    expect((await enrolmentsOf(person.id))[0]).toMatchObject({
      personType: '12',
      status: '正常参保',
    });
    const [row] = await app.db
      .select()
      .from(retirements)
      .where(eq(retirements.personId, person.id));
    expect(row).toMatchObject({
      deemedMonths: 60,
      paidMonths: 202,
      requiredMonths: 240,
      pensionFen: 520_000,
      status: '正常',
    });

    await failReview(retired.id);
    expect(await personOf(person.id)).toMatchObject({ personCategory: '11', retiredOn: null });
    expect((await enrolmentsOf(person.id))[0]!.personType).toBe('11');
    const [undone] = await app.db
      .select()
      .from(retirements)
      .where(eq(retirements.personId, person.id));
    expect(undone!.status).toBe('已撤销');
  });

  it('W13 (二) suspends a resident; 续保 ends the suspension and starts anew', async () => {
    const resident = await createPerson(app, { name: '停保居民' });
    await enrol(app.db, resident.id, '390');
    const stop = {
      certType: '01',
      certNo: resident.certNo,
      reason: 'employee',
      stopDate: '2026-11-30',
    };
    const first = await filed('resident-suspension', stop);
    expect((await enrolmentsOf(resident.id))[0]).toMatchObject({
      status: '暂停参保',
      endDate: '2026-11-30',
    });
    await failReview(first.id);
    expect((await enrolmentsOf(resident.id))[0]).toMatchObject({
      status: '正常参保',
      endDate: null,
    });

    await filed('resident-suspension', stop);
    const again = await file('resident-suspension', stop);
    expect(again.json().message).toBe('该人员没有正常参保的城乡居民基本医疗保险');
    await filed('resident-enrolment-window', {
      regionCode: '110000',
      name: '停保居民',
      certType: '01',
      certNo: resident.certNo,
      localHousehold: true,
      admissionCategory: '21',
      sex: resident.sex,
      birthDate: resident.birthDate,
      ethnicity: '01',
      householdType: '20',
      householdDivisionCode: '110105',
      residenceDivisionCode: '110105',
      residenceAddress: '北京市朝阳区续保路1号',
      phone: '13700005555',
    });
    expect((await enrolmentsOf(resident.id)).map((e) => [e.status, e.endDate])).toEqual([
      ['终止参保', '2026-11-30'],
      ['正常参保', null],
    ]);
  });

  it('W13 (三) registers a special identity once per period; a failed 复核 voids it', async () => {
    const resident = await createPerson(app, { name: '低保居民' });
    await enrol(app.db, resident.id, '390');
    const identity = {
      certType: '01',
      certNo: resident.certNo,
      identityType: '12',
      startDate: '2026-01-01',
      endDate: '',
      source: '朝阳区民政局',
    };
    const done = await filed('special-identity', identity);
    const overlap = await file('special-identity', { ...identity, startDate: '2026-06-01' });
    expect(overlap.json()).toMatchObject({
      message: '该人员在此期间已有相同的特殊身份',
      field: 'payload.identityType',
    });
    const listed = await getJson(
      app,
      clerk,
      `/api/registry/persons/${resident.id}/special-identities`,
    );
    expect(listed.items).toMatchObject([
      { identityType: '12', status: '有效', source: '朝阳区民政局' },
    ]);
    await failReview(done.id);
    const after = await getJson(
      app,
      clerk,
      `/api/registry/persons/${resident.id}/special-identities`,
    );
    expect(after.items[0].status).toBe('无效');
    const employee = await createPerson(app, { name: '职工非居民' });
    await enrol(app.db, employee.id, '310');
    const notResident = await file('special-identity', { ...identity, certNo: employee.certNo });
    expect(notResident.json().message).toBe('该人员不是城乡居民参保人员');
  });
});
