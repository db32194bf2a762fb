import type { BenefitStatusReply } from '@yibao/contracts';
import { benefitAccumulators, enrolments } from '@yibao/db';
import { beijingDateOf } from '@yibao/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifiedPerson } from '../../../test/applications';
import { buildTestApp, type TestApp } from '../../../test/helpers';
import {
  bill,
  designatedInstitution,
  issueKey,
  signedCall,
  type ApiKey,
  insuredSignedIn,
} from '../../../test/settlement';
import { capLeft, checkYear, policyDateOf } from './benefits.service';

/**
 * P50 职工医疗保险待遇查询: the year's accumulators, written by real signed settlements, beside
 * the policy of the person's scheme (the migration's 示例参数 for 北京市).
 */

const URL = '/api/settlement/v1/settlements';
let app: TestApp;
let tertiary: ApiKey;
let txn = 0;
/** Today and this year by the app's clock: the tests hold in any year. */
let today: string;
let year: number;
const nextTxn = () => `B${Date.now().toString(36)}${txn++}`;

const status = (cookie: string, year: number | string) =>
  app.inject({ url: `/api/me/benefits?year=${year}`, headers: { cookie } });

const classOf = (body: BenefitStatusReply, visitClass: string) =>
  body.classes.find((c) => c.visitClass === visitClass);

beforeAll(async () => {
  app = await buildTestApp();
  const h = await designatedInstitution(app, { level: '31' });
  tertiary = await issueKey(app, h.cookie, h.institution.code);
  today = beijingDateOf(app.clock.now());
  year = Number(today.slice(0, 4));
});
/** A bill of a visit today unless told otherwise. */
const visit = (certNo: string, txnNo: string, inFen: number, extra: Record<string, unknown> = {}) =>
  bill(certNo, txnNo, inFen, 0, { visitDate: today, ...extra });
afterAll(async () => app.close());

describe('the rules', () => {
  it('reads this year on today and a past year on its last day', () => {
    expect(policyDateOf(2026, '2026-11-29')).toBe('2026-11-29');
    expect(policyDateOf(2024, '2026-11-29')).toBe('2024-12-31');
    expect(() => checkYear(2027, '2026-11-29')).toThrow('查询年度不能晚于当前年度');
    expect(() => checkYear(2026, '2026-11-29')).not.toThrow();
  });

  it('never leaves less than nothing of the cap', () => {
    expect(capLeft(2_000_000, 84_000)).toBe(1_916_000);
    expect(capLeft(2_000_000, 2_000_000)).toBe(0);
    expect(capLeft(450_000, 500_000)).toBe(0);
  });
});

describe('GET /api/me/benefits', () => {
  it('shows the year’s deductible used, fund paid and cap left of an employee, per visit class', async () => {
    const { person, cookie } = await insuredSignedIn(app, '待遇在职', { balanceFen: 1_000_000 });
    const before = await status(cookie, year);
    expect(before.statusCode).toBe(200);
    // nothing settled yet: zeros against the policy, not an error
    expect(classOf(before.json(), '门诊')).toMatchObject({
      deductibleUsedFen: 0,
      fundPaidFen: 0,
      capLeftFen: 2_000_000,
    });

    const outpatient = await signedCall(
      app,
      tertiary,
      'POST',
      URL,
      visit(person.certNo, nextTxn(), 300_000),
    );
    const inpatient = await signedCall(
      app,
      tertiary,
      'POST',
      URL,
      visit(person.certNo, nextTxn(), 2_000_000, { medType: '21' }),
    );
    expect([outpatient.statusCode, inpatient.statusCode]).toEqual([200, 200]);
    const o = outpatient.json() as { deductibleFen: number; fundFen: number };
    const i = inpatient.json() as { deductibleFen: number; fundFen: number };

    const res = await status(cookie, year);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ year, scheme: { regionCode: '110000', personClass: '在职' } });
    expect(classOf(body, '门诊')).toEqual({
      visitClass: '门诊',
      deductibleUsedFen: o.deductibleFen,
      fundPaidFen: o.fundFen,
      capLeftFen: 2_000_000 - o.fundFen,
      policy: {
        deductibleFen: 180_000,
        annualCapFen: 2_000_000,
        ratiosBp: { primary: 9000, secondary: 7000, tertiary: 7000, pharmacy: 0 },
        validFrom: '2019-01-01',
        validTo: null,
        source: '示例参数',
      },
    });
    expect(o).toMatchObject({ deductibleFen: 180_000, fundFen: 84_000 });
    expect(classOf(body, '住院')).toMatchObject({
      deductibleUsedFen: i.deductibleFen,
      fundPaidFen: i.fundFen,
      capLeftFen: 50_000_000 - i.fundFen,
      policy: { deductibleFen: 130_000, annualCapFen: 50_000_000 },
    });
    expect(i.fundFen).toBeGreaterThan(0);
  });

  it('gives the year its deductible and fund payment back after a refund', async () => {
    const { person, cookie } = await insuredSignedIn(app, '待遇退费');
    const txnNo = nextTxn();
    await signedCall(app, tertiary, 'POST', URL, visit(person.certNo, txnNo, 250_000));
    expect(classOf((await status(cookie, year)).json(), '门诊')).toMatchObject({
      deductibleUsedFen: 180_000,
      fundPaidFen: 49_000,
    });
    const refund = await signedCall(app, tertiary, 'POST', `${URL}/${txnNo}/refund`, {
      refundTxnNo: `R${txnNo}`,
    });
    expect(refund.statusCode).toBe(200);
    expect(classOf((await status(cookie, year)).json(), '门诊')).toMatchObject({
      deductibleUsedFen: 0,
      fundPaidFen: 0,
      capLeftFen: 2_000_000,
    });
  });

  it('reads a retiree and a resident under their own policies', async () => {
    const retiree = await insuredSignedIn(app, '待遇退休', { personType: '12' });
    const r = (await status(retiree.cookie, year)).json();
    expect(r.scheme).toEqual({ regionCode: '110000', personClass: '退休' });
    expect(classOf(r, '门诊')?.policy).toMatchObject({ deductibleFen: 130_000 });
    expect(classOf(r, '住院')?.policy?.ratiosBp).toEqual({
      primary: 9700,
      secondary: 9610,
      tertiary: 9550,
      pharmacy: 0,
    });

    const resident = await insuredSignedIn(app, '待遇居民', { insuranceType: '390' });
    const c = (await status(resident.cookie, year)).json();
    expect(c.scheme).toEqual({ regionCode: '110000', personClass: '居民' });
    expect(classOf(c, '门诊')).toMatchObject({
      policy: { deductibleFen: 10_000, annualCapFen: 450_000 },
      capLeftFen: 450_000,
    });
  });

  it('reads a past year under the scheme it was settled in, even after the person retired', async () => {
    const { person, cookie } = await insuredSignedIn(app, '待遇转退休');
    const paid = await signedCall(
      app,
      tertiary,
      'POST',
      URL,
      visit(person.certNo, nextTxn(), 200_000, { visitDate: `${year - 1}-03-02` }),
    );
    expect(paid.json()).toMatchObject({ deductibleFen: 180_000 });
    await app.db
      .update(enrolments)
      .set({ personType: '12' })
      .where(eq(enrolments.personId, person.id));
    const past = (await status(cookie, year - 1)).json();
    expect(past).toMatchObject({
      policyDate: `${year - 1}-12-31`,
      scheme: { personClass: '在职' },
    });
    expect(classOf(past, '门诊')).toMatchObject({
      deductibleUsedFen: 180_000,
      fundPaidFen: 14_000,
      policy: { deductibleFen: 180_000 },
    });
    // this year has no settlement: the current enrolment, now 退休, decides
    const now = (await status(cookie, year)).json();
    expect(now.policyDate).toBe(today);
    expect(now.scheme).toMatchObject({ personClass: '退休' });
    expect(classOf(now, '门诊')).toMatchObject({ deductibleUsedFen: 0, fundPaidFen: 0 });
  });

  it('shows 0 left when the fund paid more than a lowered cap', async () => {
    const { person, cookie } = await insuredSignedIn(app, '待遇超限', { insuranceType: '390' });
    await app.db
      .insert(benefitAccumulators)
      .values({ personId: person.id, year, visitClass: '门诊', fundPaidFen: 460_000 });
    expect(classOf((await status(cookie, year)).json(), '门诊')).toMatchObject({
      fundPaidFen: 460_000,
      capLeftFen: 0,
    });
  });

  it('has no policy for a year before the policies begin, and no scheme for the uninsured', async () => {
    const { cookie } = await insuredSignedIn(app, '待遇早年');
    const early = (await status(cookie, 2018)).json();
    expect(early.scheme).toMatchObject({ personClass: '在职' });
    expect(early.classes).toEqual([
      { visitClass: '门诊', deductibleUsedFen: 0, fundPaidFen: 0, policy: null, capLeftFen: null },
      { visitClass: '住院', deductibleUsedFen: 0, fundPaidFen: 0, policy: null, capLeftFen: null },
    ]);

    const nobody = await verifiedPerson(app, '待遇未参保');
    const none = (await status(nobody.cookie, year)).json();
    expect(none.scheme).toBeNull();
    expect(none.classes.map((c: { policy: unknown }) => c.policy)).toEqual([null, null]);
  });

  it('refuses a future year, a bad year and anyone not signed in', async () => {
    const { cookie } = await insuredSignedIn(app, '待遇校验');
    const future = await status(cookie, year + 1);
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({ field: 'year', message: '查询年度不能晚于当前年度' });
    const bad = await status(cookie, 'abc');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ field: 'year' });
    const missing = await app.inject({ url: '/api/me/benefits', headers: { cookie } });
    expect(missing.statusCode).toBe(400);
    expect((await app.inject({ url: `/api/me/benefits?year=${year}` })).statusCode).toBe(401);
  });
});
