import {
  accountMovements,
  eq,
  familyRelations,
  institutions,
  mutualAidLinks,
  personalAccounts,
  settlements,
} from '@yibao/db';
import { maskCertNo } from '@yibao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, verifiedPerson } from '../../../test/applications';
import { buildTestApp, createPerson, seedRegions, type TestApp } from '../../../test/helpers';

/**
 * P35 个人账户明细查询, P36 使用本人账户情况查询, P37 使用他人账户情况查询, 详情 and 消费信息 against
 * a real database: 王一 holds an account his daughter (共济 link) and father (family relation
 * only) use; he uses his wife's account and his mother's (a link where he is the member).
 * Today is 2026-11-08 (Beijing).
 */

const TODAY = new Date('2026-11-08T10:00:00+08:00');
const at = (local: string) => new Date(`${local}+08:00`);

type Spec = {
  at: string;
  kind: '账户分配' | '缴费' | '消费' | '退费' | '清算';
  fen: number;
  text: string;
  user?: number;
  institution?: number;
  settlement?: number;
};

describe('the insured person’s ledger queries', () => {
  let app: TestApp;
  let cookie: string;
  let stranger: string;
  let me: { id: number; certNo: string };
  let wife: { id: number; certNo: string };
  let daughter: { id: number; certNo: string };
  let father: { id: number; certNo: string };
  let mother: { id: number };
  let hospital: number;
  let pharmacy: number;
  const ids = new Map<string, number>();

  /** Writes movements on an account in time order with their running balance. */
  async function post(accountId: number, specs: Spec[], tag: string) {
    let balance = 0;
    for (const [i, s] of specs.entries()) {
      balance += s.fen;
      const [row] = await app.db
        .insert(accountMovements)
        .values({
          accountId,
          kind: s.kind,
          amountFen: s.fen,
          balanceAfterFen: balance,
          description: s.text,
          userPersonId: s.user ?? null,
          institutionId: s.institution ?? null,
          settlementId: s.settlement ?? null,
          idempotencyKey: `${tag}:${i}`,
          occurredAt: at(s.at),
        })
        .returning({ id: accountMovements.id });
      ids.set(`${tag}:${i}`, row!.id);
    }
    // the account's balance is the last balance after
    await app.db
      .update(personalAccounts)
      .set({ balanceFen: balance })
      .where(eq(personalAccounts.id, accountId));
    return balance;
  }

  const get = (url: string, as = cookie) =>
    app.inject({ method: 'GET', url, headers: { cookie: as } });
  const page = (url: string) => getJson(app, cookie, url);

  beforeAll(async () => {
    app = await buildTestApp();
    app.clock.set(TODAY);
    await seedRegions(app);
    const signedIn = await verifiedPerson(app, '王一');
    cookie = signedIn.cookie;
    me = signedIn.person;
    stranger = (await verifiedPerson(app, '路人甲')).cookie;
    wife = await createPerson(app, { name: '李二', birth: '19860101' });
    daughter = await createPerson(app, { name: '王三', birth: '20120101' });
    father = await createPerson(app, { name: '王四', birth: '19550101' });
    mother = await createPerson(app, { name: '赵五', birth: '19570101' });

    const [h, p] = await app.db
      .insert(institutions)
      .values([
        {
          code: 'H11000000091',
          name: '中日友好医院',
          kind: 'hospital',
          level: '31',
          regionCode: '110000',
          divisionCode: '110105',
        },
        {
          code: 'P11000000091',
          name: '鑫心堂盈康药店',
          kind: 'pharmacy',
          regionCode: '110000',
          divisionCode: '110113',
        },
      ])
      .returning({ id: institutions.id });
    hospital = h!.id;
    pharmacy = p!.id;

    await app.db.insert(familyRelations).values([
      { personId: me.id, relativeId: wife.id, relation: '10', validFrom: '2010-01-01' },
      { personId: me.id, relativeId: daughter.id, relation: '20', validFrom: '2012-01-01' },
      { personId: me.id, relativeId: father.id, relation: '51', validFrom: '1985-03-15' },
    ]);
    await app.db.insert(mutualAidLinks).values([
      {
        holderPersonId: me.id,
        memberPersonId: daughter.id,
        relation: '20',
        effectiveFrom: '2024-01-01',
      },
      // his mother's account: he is her 子女 in her link, so she is his 父母
      {
        holderPersonId: mother.id,
        memberPersonId: me.id,
        relation: '20',
        effectiveFrom: '2024-01-01',
      },
    ]);
    const [mine, hers, mums] = await app.db
      .insert(personalAccounts)
      .values([
        { personId: me.id, regionCode: '110000' },
        { personId: wife.id, regionCode: '110000' },
        { personId: mother.id, regionCode: '110000' },
      ])
      .returning({ id: personalAccounts.id });

    const [settlement] = await app.db
      .insert(settlements)
      .values({
        institutionId: hospital,
        txnNo: 'ZY20261005001',
        requestHash: 'x',
        personId: father.id,
        regionCode: '110000',
        personClass: '退休',
        medType: '21',
        visitClass: '住院',
        tier: 'tertiary',
        visitDate: '2026-10-05',
        totalFen: 200_000,
        inCatalogueFen: 180_000,
        outCatalogueFen: 20_000,
        deductibleFen: 10_000,
        fundFen: 110_000,
        accountFen: 60_000,
        cashFen: 30_000,
        settledAt: at('2026-10-05T10:00:00'),
      })
      .returning({ id: settlements.id });

    const june = Array.from({ length: 11 }, (_, i): Spec => ({
      at: `2026-06-${String(i + 1).padStart(2, '0')}T12:00:00`,
      kind: '消费',
      fen: -100,
      text: '定点药店购药',
      institution: pharmacy,
    }));
    await post(
      mine!.id,
      [
        { at: '2025-10-15T10:00:00', kind: '账户分配', fen: 1_000, text: '个人账户划入' },
        { at: '2026-05-15T10:00:00', kind: '账户分配', fen: 300_000, text: '个人账户划入' },
        ...june,
        {
          at: '2026-08-25T14:37:53',
          kind: '消费',
          fen: -200,
          text: '医疗消费(门诊)',
          institution: hospital,
        },
        {
          at: '2026-08-25T15:41:15',
          kind: '退费',
          fen: 200,
          text: '医疗退费(门诊)',
          institution: hospital,
        },
        {
          at: '2026-09-10T09:00:00',
          kind: '消费',
          fen: -12_000,
          text: '定点药店购药',
          institution: pharmacy,
          user: daughter.id,
        },
        {
          at: '2026-10-05T10:00:00',
          kind: '消费',
          fen: -60_000,
          text: '医疗消费(住院)',
          institution: hospital,
          user: father.id,
          settlement: settlement!.id,
        },
        { at: '2026-10-15T10:00:00', kind: '账户分配', fen: 42_110, text: '个人账户划入' },
        {
          at: '2026-11-01T08:30:00',
          kind: '消费',
          fen: -150_000,
          text: '医疗消费(门诊)',
          institution: hospital,
        },
      ],
      'mine',
    );
    await post(
      hers!.id,
      [
        { at: '2026-05-15T10:00:00', kind: '账户分配', fen: 100_000, text: '个人账户划入' },
        {
          at: '2026-10-20T16:11:11',
          kind: '消费',
          fen: -3_000,
          text: '定点药店购药',
          institution: pharmacy,
          user: me.id,
        },
        {
          at: '2026-10-20T16:12:00',
          kind: '退费',
          fen: 3_000,
          text: '定点药店退费',
          institution: pharmacy,
          user: me.id,
        },
      ],
      'wife',
    );
    await post(
      mums!.id,
      [
        { at: '2026-05-15T10:00:00', kind: '账户分配', fen: 50_000, text: '退休人员个人账户划入' },
        {
          at: '2026-09-02T09:00:00',
          kind: '消费',
          fen: -5_738,
          text: '医疗消费(门诊)',
          institution: hospital,
          user: me.id,
        },
      ],
      'mother',
    );
  });

  afterAll(async () => {
    await app.close();
  });

  const movements = (query = '') => page(`/api/me/account-ledger/movements?${query}`);

  it('个人账户余额: the balance and the whole income and expense', async () => {
    const summary = await page('/api/me/account-ledger');
    expect(summary).toEqual({
      hasAccount: true,
      status: '正常',
      balanceFen: 120_010,
      incomeFen: 343_310,
      expenseFen: -223_300,
    });
    // a person without an account sees an empty account, not an error
    const none = await getJson(app, stranger, '/api/me/account-ledger');
    expect(none).toMatchObject({ hasAccount: false, balanceFen: 0 });
  });

  it('pages newest first, 10 a page, with the totals of the whole filtered set', async () => {
    const first = await movements();
    expect(first.total).toBe(19);
    expect(first.items).toHaveLength(10);
    expect(first.items[0]).toMatchObject({
      kind: '消费',
      summary: '消费-医疗消费(门诊)',
      amountFen: -150_000,
      balanceAfterFen: 120_010,
      occurredAt: '2026-11-01T00:30:00.000Z',
    });
    expect(first.totals).toEqual({ count: 19, incomeFen: 343_310, expenseFen: -223_300 });
    const second = await movements('page=2');
    expect(second.items).toHaveLength(9);
    expect(second.items.at(-1)).toMatchObject({
      amountFen: 1_000,
      summary: '账户分配-个人账户划入',
    });
    const times = [...first.items, ...second.items].map(
      (r: { occurredAt: string }) => r.occurredAt,
    );
    expect(times).toEqual([...times].sort().reverse());
  });

  it('filters by 交易时间 presets and 自定义', async () => {
    expect((await movements('time=m1')).total).toBe(2);
    expect((await movements('time=m3')).total).toBe(6);
    expect((await movements('time=m6')).total).toBe(18);
    expect((await movements('time=m9')).total).toBe(18);
    expect((await movements('time=m12')).total).toBe(18);
    const day = await movements('time=custom&from=2026-08-25&to=2026-08-25');
    expect(day.totals).toEqual({ count: 2, incomeFen: 200, expenseFen: -200 });
    const bad = await get('/api/me/account-ledger/movements?time=custom&from=2026-08-25');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'to' });
    const backwards = await get(
      '/api/me/account-ledger/movements?time=custom&from=2026-08-26&to=2026-08-25',
    );
    expect(backwards.json()).toMatchObject({ field: 'to', message: '结束日期不能早于开始日期' });
  });

  it('filters by 交易类型, 交易金额 and 业务类型', async () => {
    expect((await movements('direction=income')).totals).toEqual({
      count: 4,
      incomeFen: 343_310,
      expenseFen: 0,
    });
    expect((await movements('direction=expense')).total).toBe(15);
    expect((await movements('amount=lt100')).total).toBe(14);
    expect((await movements('amount=100to500')).total).toBe(2);
    expect((await movements('amount=500to1000')).total).toBe(1);
    expect((await movements('amount=gte1000')).total).toBe(2);
    // 自定义 ¥100–¥600, both ends included
    const custom = await movements('amount=custom&minYuan=100&maxYuan=600');
    expect(custom.items.map((r: { amountFen: number }) => r.amountFen)).toEqual([
      42_110, -60_000, -12_000,
    ]);
    expect((await get('/api/me/account-ledger/movements?amount=custom')).json()).toMatchObject({
      field: 'minYuan',
    });
    expect(
      (await get('/api/me/account-ledger/movements?amount=custom&minYuan=1.234')).statusCode,
    ).toBe(400);
    expect((await movements('kind=退费')).total).toBe(1);
    expect((await movements('kind=账户分配')).total).toBe(3);
    expect((await movements('kind=清算')).total).toBe(0);
    expect((await get('/api/me/account-ledger/movements?kind=转账')).statusCode).toBe(400);
    const combined = await movements('time=m3&direction=expense&amount=gte1000&kind=消费');
    expect(combined.totals).toEqual({ count: 1, incomeFen: 0, expenseFen: -150_000 });
  });

  it('打印明细 gives a PDF of the filtered movements', async () => {
    const res = await get('/api/me/account-ledger/movements?time=m3&format=pdf');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('详情 shows every field, the user, the institution and the settlement’s split', async () => {
    const detail = await page(`/api/me/account-ledger/movements/${ids.get('mine:16')}`);
    expect(detail).toMatchObject({
      kind: '消费',
      summary: '消费-医疗消费(住院)',
      amountFen: -60_000,
      balanceAfterFen: 227_900,
      direction: 'expense',
      expenseType: '住院',
      ownAccount: true,
      holder: { id: me.id, name: '王一', relation: null },
      user: { id: father.id, name: '王四', certNo: maskCertNo(father.certNo), relation: '51' },
      institution: { code: 'H11000000091', name: '中日友好医院', kind: 'hospital' },
      settlement: {
        txnNo: 'ZY20261005001',
        totalFen: 200_000,
        fundFen: 110_000,
        accountFen: 60_000,
        cashFen: 30_000,
        visitClass: '住院',
      },
    });
    // his own use of his wife's account: she is the holder, his 配偶
    const onHers = await page(`/api/me/account-ledger/movements/${ids.get('wife:1')}`);
    expect(onHers).toMatchObject({
      ownAccount: false,
      holder: { name: '李二', relation: '10' },
      user: { id: me.id },
      settlement: null,
    });
  });

  it('shows nobody a movement that is neither on their account nor theirs', async () => {
    expect((await get(`/api/me/account-ledger/movements/${ids.get('wife:0')}`)).statusCode).toBe(
      404,
    );
    expect(
      (await get(`/api/me/account-ledger/movements/${ids.get('mine:0')}`, stranger)).statusCode,
    ).toBe(404);
    const empty = await getJson(app, stranger, '/api/me/account-ledger/movements');
    expect(empty).toMatchObject({ total: 0, items: [] });
    expect((await app.inject('/api/me/account-ledger/movements')).statusCode).toBe(401);
  });

  const range = 'from=2026-09-01&to=2026-11-08';

  it('P36: who used my account, relation by the 共济 link else the family', async () => {
    const persons = await page('/api/me/account-ledger/used-by-others/persons');
    expect(persons.items).toEqual([
      {
        id: daughter.id,
        name: '王三',
        certType: '01',
        certNo: maskCertNo(daughter.certNo),
        relation: '20',
      },
      {
        id: father.id,
        name: '王四',
        certType: '01',
        certNo: maskCertNo(father.certNo),
        relation: '51',
      },
    ]);
    const all = await page(`/api/me/account-ledger/used-by-others?${range}`);
    expect(all.total).toBe(2);
    expect(all.items[0]).toMatchObject({
      person: { name: '王四', certNo: maskCertNo(father.certNo), relation: '51' },
      amountFen: -60_000,
      summary: '消费-医疗消费(住院)',
      direction: 'expense',
      institutionName: '中日友好医院',
      expenseType: '住院',
    });
    expect(all.items[1]).toMatchObject({
      person: { name: '王三' },
      expenseType: '药店',
      institutionName: '鑫心堂盈康药店',
    });
    const q = (extra: string) => page(`/api/me/account-ledger/used-by-others?${range}&${extra}`);
    expect((await q(`personId=${daughter.id}`)).total).toBe(1);
    expect((await q('relation=51')).total).toBe(1);
    expect(
      (await q(`certType=01&certNo=${father.certNo.toLowerCase()}`)).items[0].person.name,
    ).toBe('王四');
    expect((await q('certNo=110105000000000000')).total).toBe(0);
    expect((await q('direction=income')).total).toBe(0);
    expect((await q('kind=消费')).total).toBe(2);
    expect((await q(`personId=${wife.id}`)).total).toBe(0);
    // a range before the uses
    expect(
      (await page('/api/me/account-ledger/used-by-others?from=2026-01-01&to=2026-08-31')).total,
    ).toBe(0);
  });

  it('P36/P37 require 查询起止日期', async () => {
    for (const path of ['used-by-others', 'use-of-others']) {
      const res = await get(`/api/me/account-ledger/${path}?from=2026-09-01`);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ field: 'to', message: '请选择查询起止日期' });
      const backwards = await get(`/api/me/account-ledger/${path}?from=2026-09-02&to=2026-09-01`);
      expect(backwards.json()).toMatchObject({ field: 'to' });
    }
  });

  it('P37: my use of others’ accounts, with the holder and their relation to me', async () => {
    const persons = await page('/api/me/account-ledger/use-of-others/persons');
    expect(
      persons.items.map((p: { name: string; relation: string }) => [p.name, p.relation]),
    ).toEqual([
      ['李二', '10'],
      ['赵五', '50'],
    ]);
    const all = await page(`/api/me/account-ledger/use-of-others?${range}`);
    expect(all.total).toBe(3);
    expect(
      all.items.map((r: { amountFen: number; person: { name: string } }) => [
        r.person.name,
        r.amountFen,
      ]),
    ).toEqual([
      ['李二', 3_000],
      ['李二', -3_000],
      ['赵五', -5_738],
    ]);
    expect(all.items[0]).toMatchObject({
      summary: '退费-定点药店退费',
      direction: 'income',
      expenseType: '药店',
    });
    const q = (extra: string) => page(`/api/me/account-ledger/use-of-others?${range}&${extra}`);
    expect((await q('relation=50')).total).toBe(1);
    expect((await q(`personId=${wife.id}&direction=expense`)).total).toBe(1);
    expect((await q('kind=退费')).total).toBe(1);
    // nobody used anything of the stranger's, and he used nobody's
    expect(
      await getJson(app, stranger, `/api/me/account-ledger/use-of-others?${range}`),
    ).toMatchObject({ total: 0 });
    expect(await getJson(app, stranger, '/api/me/account-ledger/used-by-others/persons')).toEqual({
      items: [],
    });
  });

  it('P36/P37 打印明细 give PDFs', async () => {
    for (const path of ['used-by-others', 'use-of-others']) {
      const res = await get(`/api/me/account-ledger/${path}?${range}&format=pdf`);
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it('消费信息: my own 消费 and 退费 of a year, whichever account paid', async () => {
    const year = await page('/api/me/consumption?year=2026&pageSize=20');
    // 11 in June, two in August, one in November on mine; two on my wife's; one on my mother's
    expect(year.total).toBe(17);
    expect(year.totals).toEqual({
      count: 17,
      consumptionFen: -(1_100 + 200 + 150_000 + 3_000 + 5_738),
      refundFen: 3_200,
    });
    expect(year.items[0]).toMatchObject({
      amountFen: -150_000,
      familyHolderName: null,
      institutionName: '中日友好医院',
    });
    const family = year.items.filter(
      (r: { familyHolderName: string | null }) => r.familyHolderName,
    );
    expect(family.map((r: { familyHolderName: string }) => r.familyHolderName)).toEqual([
      '李二',
      '李二',
      '赵五',
    ]);
    expect((await page('/api/me/consumption?year=2025')).total).toBe(0);
    expect(await page('/api/me/consumption/years')).toEqual({ years: [2026] });
    expect((await get('/api/me/consumption')).statusCode).toBe(400);
  });
});
