import type { MedicalConsumptionDetail, MedicalConsumptionReply } from '@yibao/contracts';
import { beijingDateOf } from '@yibao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers';
import {
  bill,
  designatedInstitution,
  insuredWithAccount,
  issueKey,
  linkMutualAid,
  signedCall,
  type ApiKey,
  insuredSignedIn,
} from '../../../test/settlement';
import { readTableXlsx } from '../documents';

/**
 * P55 个人医疗消费信息查询: the signed-in person's settlements of a year, posted through the real
 * signed interface, paged newest first with the year's totals; 详情 is the bill with its split.
 */

const URL = '/api/settlement/v1/settlements';
const LIST = '/api/me/medical-consumption';
let app: TestApp;
let hospital: ApiKey;
let hospitalName: string;
let remoteHospital: ApiKey;
let today: string;
let year: number;
let txn = 0;
const nextTxn = () => `C${Date.now().toString(36)}${txn++}`;

const settle = async (key: ApiKey, payload: ReturnType<typeof bill>) => {
  const res = await signedCall(app, key, 'POST', URL, payload);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { txnNo: string; fundFen: number; accountFen: number; cashFen: number };
};
const list = async (cookie: string, query: string) => {
  const res = await app.inject({ url: `${LIST}?${query}`, headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as MedicalConsumptionReply;
};
const detailOf = (cookie: string, id: number) =>
  app.inject({ url: `${LIST}/${id}`, headers: { cookie } });

beforeAll(async () => {
  app = await buildTestApp();
  const h = await designatedInstitution(app, { level: '31' });
  hospital = await issueKey(app, h.cookie, h.institution.code);
  hospitalName = h.institution.name;
  const r = await designatedInstitution(app, { level: '21', regionCode: '530400' });
  remoteHospital = await issueKey(app, r.cookie, r.institution.code);
  today = beijingDateOf(app.clock.now());
  year = Number(today.slice(0, 4));
});
afterAll(async () => app.close());

describe('个人医疗消费信息列表', () => {
  it('pages the year’s settlements newest first, with the totals of those in force', async () => {
    const { person, cookie } = await insuredSignedIn(app, '消费列表', { balanceFen: 30_000 });
    const posted = [];
    for (let i = 0; i < 11; i++) {
      posted.push(
        await settle(hospital, bill(person.certNo, nextTxn(), 10_000 + i, 0, { visitDate: today })),
      );
    }
    // last year's visit belongs to last year's list only
    await settle(
      hospital,
      bill(person.certNo, nextTxn(), 5_000, 0, { visitDate: `${year - 1}-06-01` }),
    );
    const refunded = posted[10]!;
    const r = await signedCall(app, hospital, 'POST', `${URL}/${refunded.txnNo}/refund`, {
      refundTxnNo: `R${refunded.txnNo}`,
    });
    expect(r.statusCode).toBe(200);

    const first = await list(cookie, `year=${year}`);
    expect(first).toMatchObject({ total: 11, page: 1, pageSize: 10 });
    expect(first.items).toHaveLength(10);
    expect(first.items[0]).toMatchObject({
      settledOn: today,
      visitDate: today,
      institutionName: hospitalName,
      medType: '11',
      visitClass: '门诊',
      totalFen: 10_010,
      status: '已退费',
    });
    expect(first.items[1]!.totalFen).toBe(10_009);
    const second = await list(cookie, `year=${year}&page=2`);
    expect(second.items.map((i) => i.totalFen)).toEqual([10_000]);

    const inForce = posted.slice(0, 10);
    const sum = (k: 'fundFen' | 'accountFen' | 'cashFen') => inForce.reduce((a, p) => a + p[k], 0);
    expect(first.totals).toEqual({
      count: 10,
      refundedCount: 1,
      totalFen: inForce.reduce((a, _p, i) => a + 10_000 + i, 0),
      fundFen: sum('fundFen'),
      accountFen: sum('accountFen'),
      cashFen: sum('cashFen'),
    });
    // the account ran out part way: some of the year was paid in cash
    expect(first.totals.accountFen).toBe(30_000);
    expect(first.totals.cashFen).toBeGreaterThan(0);

    const last = await list(cookie, `year=${year - 1}`);
    expect(last.total).toBe(1);
    expect(last.totals).toMatchObject({ count: 1, totalFen: 5_000 });
    const empty = await list(cookie, `year=${year - 2}`);
    expect(empty).toMatchObject({ items: [], total: 0, totals: { count: 0, totalFen: 0 } });
  });

  it('lists only the signed-in person’s own settlements', async () => {
    const a = await insuredSignedIn(app, '消费本人甲', { balanceFen: 0 });
    const b = await insuredSignedIn(app, '消费本人乙', { balanceFen: 0 });
    await settle(hospital, bill(a.person.certNo, nextTxn(), 1_000, 0, { visitDate: today }));
    const theirs = await list(b.cookie, `year=${year}`);
    expect(theirs.total).toBe(0);
    const mine = await list(a.cookie, `year=${year}`);
    expect(mine.total).toBe(1);
    const other = await detailOf(b.cookie, mine.items[0]!.id);
    expect(other.statusCode).toBe(404);
  });

  it('refuses a future year and anyone not signed in', async () => {
    const { cookie } = await insuredSignedIn(app, '消费校验', { balanceFen: 0 });
    const future = await app.inject({ url: `${LIST}?year=${year + 1}`, headers: { cookie } });
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({ field: 'year' });
    const noYear = await app.inject({ url: LIST, headers: { cookie } });
    expect(noYear.statusCode).toBe(400);
    expect((await app.inject({ url: `${LIST}?year=${year}` })).statusCode).toBe(401);
    expect((await app.inject({ url: `${LIST}/1` })).statusCode).toBe(401);
  });

  it('prints the year as a PDF and exports it as Excel', async () => {
    const { person, cookie } = await insuredSignedIn(app, '消费打印', { balanceFen: 100_000 });
    await settle(hospital, bill(person.certNo, nextTxn(), 12_345, 0, { visitDate: today }));
    const pdf = await app.inject({ url: `${LIST}?year=${year}&format=pdf`, headers: { cookie } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await app.inject({ url: `${LIST}?year=${year}&format=xlsx`, headers: { cookie } });
    expect(xlsx.statusCode).toBe(200);
    const sheet = await readTableXlsx(xlsx.rawPayload, [
      { key: 'institution', title: '定点医药机构' },
      { key: 'medType', title: '医疗类别' },
      { key: 'total', title: '费用总额(元)' },
      { key: 'account', title: '个人账户支付(元)' },
      { key: 'status', title: '状态' },
    ]);
    expect(sheet.missingColumns).toEqual([]);
    expect(sheet.rows.map((r) => r.values)).toEqual([
      {
        institution: hospitalName,
        medType: '普通门诊',
        total: '123.45',
        account: '123.45',
        status: '已结算',
      },
    ]);
  });
});

describe('票据信息详情', () => {
  it('shows the bill lines, the split and whose account paid', async () => {
    const child = await insuredSignedIn(app, '消费子女', { balanceFen: 2_000 });
    const parent = await insuredWithAccount(app, '消费家长', { balanceFen: 50_000 });
    await linkMutualAid(app, parent.person.id, child.person.id);
    const items = [
      { name: '血常规', category: '检查费', amountFen: 3_000, inCatalogue: true },
      { name: '阿莫西林胶囊', category: '西药费', amountFen: 7_000, inCatalogue: true },
      { name: '进口敷料', category: '材料费', amountFen: 5_000, inCatalogue: false },
    ];
    const paid = await settle(
      hospital,
      bill(child.person.certNo, nextTxn(), 10_000, 5_000, { visitDate: today, items }),
    );
    const [row] = (await list(child.cookie, `year=${year}`)).items;
    const res = await detailOf(child.cookie, row!.id);
    expect(res.statusCode).toBe(200);
    const d = res.json() as MedicalConsumptionDetail;
    expect(d).toMatchObject({
      txnNo: paid.txnNo,
      institution: { name: hospitalName, tier: 'tertiary' },
      medType: '11',
      visitClass: '门诊',
      visitDate: today,
      remote: false,
      status: '已结算',
      refundTxnNo: null,
      refundedAt: null,
      items,
      totalFen: 15_000,
      inCatalogueFen: 10_000,
      outCatalogueFen: 5_000,
      // all of it under the 1800 元 deductible
      deductibleFen: 10_000,
      fundFen: 0,
      accountFen: 15_000,
      cashFen: 0,
    });
    expect(d.accountPayments).toEqual([
      { own: true, holderName: '消费子女', amountFen: 2_000 },
      { own: false, holderName: '消费家长', amountFen: 13_000 },
    ]);
  });

  it('marks a visit elsewhere as 异地 and shows a refund’s number and time', async () => {
    const { person, cookie } = await insuredSignedIn(app, '消费异地', { balanceFen: 0 });
    const paid = await settle(
      remoteHospital,
      bill(person.certNo, nextTxn(), 0, 8_000, { visitDate: today, medType: '21' }),
    );
    const r = await signedCall(app, remoteHospital, 'POST', `${URL}/${paid.txnNo}/refund`, {
      refundTxnNo: `R${paid.txnNo}`,
    });
    expect(r.statusCode).toBe(200);
    const [row] = (await list(cookie, `year=${year}`)).items;
    const d = (await detailOf(cookie, row!.id)).json() as MedicalConsumptionDetail;
    expect(d).toMatchObject({
      remote: true,
      visitClass: '住院',
      institution: { tier: 'secondary' },
      status: '已退费',
      refundTxnNo: `R${paid.txnNo}`,
      cashFen: 8_000,
      accountPayments: [],
    });
    expect(Date.parse(d.refundedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(d.settledAt));
  });
});
