import {
  contributions,
  deemedContributions,
  enrolmentHistory,
  enrolments,
  persons,
  retirements,
} from '@yibao/db';
import { beijingDateOf, firstDayOfNextMonth, makeCertNo18 } from '@yibao/domain';
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
  'flexible-enrolment-window': ['id-document', 'declaration-form'],
  'flexible-suspension': ['stop-request'],
  'flexible-retirement': [
    'retirement-certificate',
    'retirement-approval',
    'deemed-years',
    'contribution-record',
    'pension-proof',
  ],
};

let certSeq = 0;
const freshCertNo = (birth = '19800506') =>
  makeCertNo18('110105', birth, String(300 + (certSeq++ % 300)).padStart(3, '0'));

describe('window: 灵活就业人员新参保/续保, 停保, 在职转退休 (002 十二 (四)–(六))', () => {
  let app: TestApp;
  let clerk: string;
  let reviewer: string;
  let agency: { id: number; unitNo: string };
  let today = '';
  let thisMonth = '';

  beforeAll(async () => {
    app = await buildTestApp();
    await seedRegions(app);
    await createStaff(app, 'fwclerk01', { roles: ['clerk'] });
    await createStaff(app, 'fwreviewer01', { roles: ['reviewer'] });
    clerk = await staffCookie(app, 'fwclerk01');
    reviewer = await staffCookie(app, 'fwreviewer01');
    agency = await createUnit(app, { name: '灵活就业服务中心', unitType: 'agency-flex' });
    today = beijingDateOf(app.clock.now());
    thisMonth = `${today.slice(0, 7)}-01`;
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

  const workerOf = (overrides: Record<string, unknown> = {}) => ({
    unitNo: agency.unitNo,
    name: '灵活甲',
    certType: '01',
    certNo: freshCertNo(),
    sex: '1',
    ethnicity: '01',
    birthDate: '1980-05-06',
    workStartDate: '2001-07-01',
    phone: '13700006666',
    startDate: thisMonth,
    baseFen: 620_000,
    ...overrides,
  });

  it('(四) enrols through an agency only, one basic scheme at a time; a failed 复核 undoes it', async () => {
    const employer = await createUnit(app, { name: '普通企业' });
    const notAgency = await file(
      'flexible-enrolment-window',
      workerOf({ unitNo: employer.unitNo }),
    );
    expect(notAgency.statusCode).toBe(409);
    expect(notAgency.json()).toMatchObject({
      message: '该单位不是灵活就业代管机构，不能办理灵活就业人员参保',
      field: 'payload.unitNo',
    });
    const resident = await createPerson(app, { name: '居民乙' });
    await enrol(app.db, resident.id, '390');
    const twice = await file(
      'flexible-enrolment-window',
      workerOf({ name: '居民乙', certNo: resident.certNo }),
    );
    expect(twice.json()).toMatchObject({
      message: '该人员正在参加城乡居民基本医疗保险，请先办理城乡居民停保',
      field: 'payload.certNo',
    });
    const noBase = await file('flexible-enrolment-window', workerOf({ baseFen: 0 }));
    expect(noBase.statusCode).toBe(400);
    expect(noBase.json().field).toBe('payload.baseFen');

    const detail = await filed('flexible-enrolment-window', workerOf({ maritalStatus: '10' }));
    expect(detail.effectResult.renewal).toBe(false);
    const personId = Number(detail.effectResult.personId);
    expect(await personOf(personId)).toMatchObject({
      unitId: agency.id,
      personCategory: '14',
      maritalStatus: '10',
    });
    expect(await enrolmentsOf(personId)).toMatchObject([
      {
        insuranceType: '310',
        personType: '14',
        status: '正常参保',
        unitId: agency.id,
        startDate: thisMonth,
        contributionBaseFen: 620_000,
      },
    ]);
    await failReview(detail.id);
    expect((await enrolmentsOf(personId))[0]).toMatchObject({
      status: '终止参保',
      endDate: thisMonth,
    });
    expect((await personOf(personId)).unitId).toBeNull();
  });

  it('(五) 停保 records 中断日期, 中断原因 and 备注; (四) 续保 ends it and starts anew', async () => {
    const joined = await filed('flexible-enrolment-window', workerOf({ name: '灵活丙' }));
    const personId = Number(joined.effectResult.personId);
    const person = await personOf(personId);
    const stop = {
      certType: '01',
      certNo: person.certNo,
      interruptedOn: today,
      interruptReason: 'other',
      remark: '',
    };
    const noRemark = await file('flexible-suspension', stop);
    expect(noRemark.statusCode).toBe(400);
    expect(noRemark.json()).toMatchObject({
      message: '中断原因为其他时，请在备注中说明',
      field: 'payload.remark',
    });
    const early = await file('flexible-suspension', {
      ...stop,
      interruptedOn: '2001-01-01',
      remark: '外出务工',
    });
    expect(early.json()).toMatchObject({
      message: `中断日期不能早于参保日期${thisMonth}`,
      field: 'payload.interruptedOn',
    });

    const first = await filed('flexible-suspension', { ...stop, remark: '外出务工' });
    expect((await enrolmentsOf(personId))[0]).toMatchObject({
      status: '暂停参保',
      endDate: today,
      stopReason: 'other',
      stopRemark: '外出务工',
    });
    const [change] = await app.db
      .select()
      .from(enrolmentHistory)
      .where(eq(enrolmentHistory.entityId, Number(first.effectResult.enrolmentId)))
      .orderBy(asc(enrolmentHistory.id))
      .offset(1);
    expect(change).toMatchObject({
      action: 'suspend',
      reason: `办件 ${first.applicationNo}`,
      after: { status: '暂停参保', stopReason: 'other', stopRemark: '外出务工' },
    });
    await failReview(first.id);
    expect((await enrolmentsOf(personId))[0]).toMatchObject({
      status: '正常参保',
      endDate: null,
      stopReason: null,
      stopRemark: null,
    });

    await filed('flexible-suspension', { ...stop, interruptReason: 'unpaid' });
    const again = await file('flexible-suspension', { ...stop, interruptReason: 'unpaid' });
    expect(again.json().message).toBe('该人员不是正常参保的灵活就业人员');
    const looked = await getJson(
      app,
      clerk,
      `/api/registry/flexible-window/person?certType=01&certNo=${person.certNo}`,
    );
    expect(looked).toMatchObject({
      name: '灵活丙',
      personCategory: '14',
      unitName: '灵活就业服务中心',
      enrolments: [{ status: '暂停参保', endDate: today, stopReason: 'unpaid' }],
    });

    const renewal = workerOf({ name: '灵活丙', certNo: person.certNo });
    const tooEarly = await file('flexible-enrolment-window', renewal);
    expect(tooEarly.json()).toMatchObject({
      message: `续保的参保日期应晚于中断日期${today}`,
      field: 'payload.startDate',
    });
    const next = firstDayOfNextMonth(today);
    const renewed = await filed('flexible-enrolment-window', { ...renewal, startDate: next });
    expect(renewed.effectResult.renewal).toBe(true);
    expect(
      (await enrolmentsOf(personId)).map((e) => [e.status, e.endDate, e.firstEnrolledOn]),
    ).toEqual([
      ['终止参保', today, thisMonth],
      ['正常参保', null, thisMonth],
    ]);
    // the 续保's 复核 fails: the new enrolment ends, the 停保 is as it was
    await failReview(renewed.id);
    expect((await enrolmentsOf(personId)).map((e) => e.status)).toEqual(['暂停参保', '终止参保']);
    expect((await personOf(personId)).unitId).toBe(agency.id);
  });

  it('(六) refuses a non-flexible person, missing months and arrears, then retires', async () => {
    const employee = await createPerson(app, { name: '职工丁' });
    await enrol(app.db, employee.id, '310');
    const notFlexible = await file('flexible-retirement', {
      certType: '01',
      certNo: employee.certNo,
      retirementType: 'retired',
      retiredOn: thisMonth,
      pensionFen: 300_000,
    });
    expect(notFlexible.json()).toMatchObject({
      message: '该人员不是正常参保的灵活就业人员',
      field: 'payload.certNo',
    });

    const joined = await filed(
      'flexible-enrolment-window',
      workerOf({
        name: '灵活戊',
        sex: '2',
        certNo: freshCertNo('19700506'),
        birthDate: '1970-05-06',
      }),
    );
    const person = await personOf(Number(joined.effectResult.personId));
    const retirement = {
      certType: '01',
      certNo: person.certNo,
      retirementType: 'retired',
      retiredOn: thisMonth,
      pensionFen: 310_000,
    };
    const veteran = await file('flexible-retirement', { ...retirement, retirementType: 'veteran' });
    expect(veteran.json()).toMatchObject({
      message: '请选择社保离退类型',
      field: 'payload.retirementType',
    });
    const months = (n: number, status: string) =>
      Array.from({ length: n }, (_, k) => ({
        personId: person.id,
        unitId: agency.id,
        regionCode: '110000',
        insuranceType: '310',
        period: (2005 + Math.floor(k / 12)) * 100 + (k % 12) + 1,
        baseFen: 500_000,
        unitAmountFen: 0,
        personalAmountFen: 50_000,
        status,
      }));
    await app.db.insert(contributions).values(months(150, '已到账'));
    const short = await file('flexible-retirement', retirement);
    expect(short.statusCode).toBe(409);
    expect(short.json().message).toBe(
      '视同缴费月数与实缴月数合计150个月，不足240个月，差额90个月；请先办理医保退休不满足年限一次性缴清',
    );
    await app.db.insert(deemedContributions).values({
      personId: person.id,
      regionCode: '110000',
      startPeriod: 199001,
      endPeriod: 199706,
      months: 90,
    });
    await app.db.insert(contributions).values({ ...months(151, '欠费')[150]! });
    const figures = await getJson(
      app,
      clerk,
      `/api/registry/retirement-figures?certType=01&certNo=${person.certNo}`,
    );
    expect(figures).toMatchObject({
      deemedMonths: 90,
      paidMonths: 150,
      requiredMonths: 240,
      shortfallMonths: 0,
      arrearsMonths: 1,
    });
    const owing = await file('flexible-retirement', retirement);
    expect(owing.json().message).toBe('该人员存在欠费1个月，请补缴后再办理在职转退休');
    await app.database.pool.query(
      `update contributions set status = '已到账' where person_id = $1`,
      [person.id],
    );

    const retired = await filed('flexible-retirement', retirement);
    expect(retired.effectResult.effectiveFrom).toBe(firstDayOfNextMonth(today));
    expect(await personOf(person.id)).toMatchObject({
      personCategory: '15',
      retiredOn: thisMonth,
      unitId: agency.id,
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
      unitId: agency.id,
      deemedMonths: 90,
      paidMonths: 151,
      requiredMonths: 240,
      pensionFen: 310_000,
      status: '正常',
    });
    // a retiree is no flexible worker in service any more
    const twice = await file('flexible-retirement', retirement);
    expect(twice.json().message).toBe('该人员不是正常参保的灵活就业人员');

    await failReview(retired.id);
    expect(await personOf(person.id)).toMatchObject({ personCategory: '14', retiredOn: null });
    expect((await enrolmentsOf(person.id))[0]!.personType).toBe('14');
    const [undone] = await app.db
      .select()
      .from(retirements)
      .where(eq(retirements.personId, person.id));
    expect(undone!.status).toBe('已撤销');
  });
});
