import {
  evouchers,
  accountMovements,
  auditLog,
  benefitAccumulators,
  personalAccounts,
  settlements,
} from '@yibao/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifiedPerson } from '../../../test/applications';
import { buildTestApp, type TestApp } from '../../../test/helpers';
import {
  accountsWithDriftingTotals,
  bill,
  designatedInstitution,
  insuredResident,
  insuredWithAccount,
  issueKey,
  linkMutualAid,
  signedCall,
  signedHeaders,
  type ApiKey,
} from '../../../test/settlement';
import { securityMessages } from './account-security';

const URL = '/api/settlement/v1/settlements';
let app: TestApp;
let key: ApiKey;
let hospitalId: number;

const balanceOf = async (accountId: number) =>
  (await app.db.select().from(personalAccounts).where(eq(personalAccounts.id, accountId)))[0]!
    .balanceFen;
const settle = (payload: unknown, k = key) => signedCall(app, k, 'POST', URL, payload);
let txn = 0;
const nextTxn = () => `T${Date.now().toString(36)}${txn++}`;

beforeAll(async () => {
  app = await buildTestApp();
  const h = await designatedInstitution(app, { level: '31' });
  hospitalId = h.institution.id;
  key = await issueKey(app, h.cookie, h.institution.code);
});
afterAll(async () => app.close());

describe('signed requests', () => {
  it('refuses unsigned, forged, stale, replayed and revoked requests', async () => {
    const { person } = await insuredWithAccount(app, '签名测试');
    const body = JSON.stringify(bill(person.certNo, nextTxn(), 1000));
    const unsigned = await app.inject({
      method: 'POST',
      url: URL,
      payload: body,
      headers: { 'content-type': 'application/json' },
    });
    expect(unsigned.statusCode).toBe(401);

    const forged = await app.inject({
      method: 'POST',
      url: URL,
      payload: body,
      headers: signedHeaders({ ...key, secret: 'not-the-secret' }, 'POST', URL, body),
    });
    expect(forged.statusCode).toBe(401);
    expect(forged.json().message).toBe('请求签名不正确');

    const stale = await app.inject({
      method: 'POST',
      url: URL,
      payload: body,
      headers: signedHeaders(key, 'POST', URL, body, {
        timestamp: Math.floor(Date.now() / 1000) - 301,
      }),
    });
    expect(stale.statusCode).toBe(401);

    // the body changed after signing
    const headers = signedHeaders(key, 'POST', URL, body, { nonce: 'nonce-once-0000001' });
    const tampered = await app.inject({
      method: 'POST',
      url: URL,
      payload: body.replace('1000', '1001'),
      headers,
    });
    expect(tampered.statusCode).toBe(401);

    const fresh = signedHeaders(key, 'POST', URL, body, { nonce: 'nonce-once-0000002' });
    expect(
      (await app.inject({ method: 'POST', url: URL, payload: body, headers: fresh })).statusCode,
    ).toBe(200);
    const replay = await app.inject({ method: 'POST', url: URL, payload: body, headers: fresh });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().message).toContain('重放');
  });

  it('stops answering a key once its operator revokes it', async () => {
    const h = await designatedInstitution(app, { kind: 'pharmacy' });
    const k = await issueKey(app, h.cookie, h.institution.code);
    const { person } = await insuredWithAccount(app, '吊销测试');
    expect(
      (await settle(bill(person.certNo, nextTxn(), 500, 0, { medType: '41' }), k)).statusCode,
    ).toBe(200);
    const revoked = await app.inject({
      method: 'POST',
      url: `/api/unit/api-keys/${k.id}/revoke`,
      headers: { cookie: h.cookie },
    });
    expect(revoked.json()).toMatchObject({ status: '已吊销' });
    const after = await settle(bill(person.certNo, nextTxn(), 500, 0, { medType: '41' }), k);
    expect(after.statusCode).toBe(401);
    const list = await app.inject({ url: '/api/unit/api-keys', headers: { cookie: h.cookie } });
    expect(JSON.stringify(list.json())).not.toContain(k.secret);
  });
});

describe('the split', () => {
  it('applies the deductible, the ratio of the hospital level and draws the account with the password', async () => {
    const { person, account } = await insuredWithAccount(app, '拆分测试', {
      balanceFen: 1_000_000,
    });
    const first = await settle(
      bill(person.certNo, nextTxn(), 300_000, 20_000, { accountPassword: '000000' }),
    );
    expect(first.statusCode).toBe(200);
    // 北京 在职 门诊 三级: 1800 元 deductible, 70 %
    expect(first.json()).toMatchObject({
      totalFen: 320_000,
      deductibleFen: 180_000,
      fundFen: 84_000,
      accountFen: 236_000,
      cashFen: 0,
      accountPayments: [{ relation: '本人', amountFen: 236_000 }],
      policy: { deductibleFen: 180_000, ratioBp: 7_000, source: '示例参数' },
    });
    expect(await balanceOf(account.id)).toBe(764_000);

    // the deductible is used up for the year: the next visit gets 70 % of all of it
    const second = await settle(
      bill(person.certNo, nextTxn(), 100_000, 0, { accountPassword: '000000' }),
    );
    expect(second.json()).toMatchObject({ deductibleFen: 0, fundFen: 70_000, accountFen: 30_000 });
  });

  it('leaves the account alone without the password or 免密支付, and refuses a wrong password', async () => {
    const { person, account } = await insuredWithAccount(app, '密码测试', { balanceFen: 50_000 });
    const cash = await settle(bill(person.certNo, nextTxn(), 10_000));
    expect(cash.json()).toMatchObject({ accountFen: 0, cashFen: 10_000 });
    const wrong = await settle(
      bill(person.certNo, nextTxn(), 10_000, 0, { accountPassword: '123456' }),
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ field: 'accountPassword' });
    await app.db
      .update(personalAccounts)
      .set({ passwordFreeLocal: true })
      .where(eq(personalAccounts.id, account.id));
    const free = await settle(bill(person.certNo, nextTxn(), 10_000));
    expect(free.json()).toMatchObject({ accountFen: 10_000, cashFen: 0 });
  });

  it('counts wrong passwords at the counter toward the lockout P18 keeps', async () => {
    const { person } = await insuredWithAccount(app, '锁定测试', { balanceFen: 50_000 });
    const withPassword = (accountPassword: string) =>
      settle(bill(person.certNo, nextTxn(), 1_000, 0, { accountPassword }));
    for (const left of [4, 3, 2, 1]) {
      expect((await withPassword('123456')).json()).toMatchObject({
        field: 'accountPassword',
        message: securityMessages.wrongPassword(left),
      });
    }
    const fifth = await withPassword('123456');
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().message).toBe(securityMessages.locked(10));
    // locked: even the right password waits, and nothing was posted
    expect((await withPassword('000000')).statusCode).toBe(429);
    const [row] = await app.db
      .select({ balanceFen: personalAccounts.balanceFen })
      .from(personalAccounts)
      .where(eq(personalAccounts.personId, person.id));
    expect(row?.balanceFen).toBe(50_000);
  });

  it('validates the bill at the edge', async () => {
    const { person } = await insuredWithAccount(app, '校验测试');
    const bad = await settle({ ...bill(person.certNo, nextTxn(), 100), totalFen: 99 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ field: 'totalFen' });
    const fraction = await settle({
      ...bill(person.certNo, nextTxn(), 100),
      inCatalogueFen: 1.5,
      totalFen: 1.5,
    });
    expect(fraction.statusCode).toBe(400);
    const unknown = await settle(bill('110105199001011234', nextTxn(), 100));
    expect(unknown.statusCode).toBe(400);
    const future = await settle(
      bill(person.certNo, nextTxn(), 100, 0, { visitDate: '2099-01-01' }),
    );
    expect(future.json()).toMatchObject({ field: 'visitDate' });
  });

  it('uses family accounts in the member’s order, only from the link’s effective date', async () => {
    const child = await insuredResident(app, '共济子女');
    const father = await insuredWithAccount(app, '共济父亲', { balanceFen: 3_000 });
    const mother = await insuredWithAccount(app, '共济母亲', { balanceFen: 50_000 });
    const grandma = await insuredWithAccount(app, '共济祖母', { balanceFen: 50_000 });
    await linkMutualAid(app, mother.person.id, child.id, { drawOrder: 1 });
    await linkMutualAid(app, father.person.id, child.id, { drawOrder: 2 });
    await linkMutualAid(app, grandma.person.id, child.id, {
      drawOrder: 3,
      effectiveFrom: '2099-01-01',
      relation: '40',
    });
    // 居民 门诊 三级: 100 元 deductible, 50 %; 600 元 in catalogue → fund 250, the rest 350 元
    const res = await settle(bill(child.certNo, nextTxn(), 60_000));
    expect(res.json()).toMatchObject({
      fundFen: 25_000,
      accountFen: 35_000,
      cashFen: 0,
      accountPayments: [{ holderName: '共济母亲', amountFen: 35_000 }],
    });
    const big = await settle(bill(child.certNo, nextTxn(), 0, 20_000));
    expect(big.json().accountPayments).toEqual([
      { holderName: '共济母亲', relation: '子女', amountFen: 15_000 },
      { holderName: '共济父亲', relation: '子女', amountFen: 3_000 },
    ]);
    expect(big.json().cashFen).toBe(2_000);
    expect(await balanceOf(grandma.account.id)).toBe(50_000);
    const used = await app.db
      .select()
      .from(accountMovements)
      .where(eq(accountMovements.accountId, mother.account.id));
    expect(used.filter((m) => m.kind === '消费').every((m) => m.userPersonId === child.id)).toBe(
      true,
    );
  });

  it('uses an account at a hospital of another region only when remote use is on', async () => {
    const remoteHospital = await designatedInstitution(app, { regionCode: '530400', level: '21' });
    const k = await issueKey(app, remoteHospital.cookie, remoteHospital.institution.code);
    const { person, account } = await insuredWithAccount(app, '异地测试', { balanceFen: 100_000 });
    await app.db
      .update(personalAccounts)
      .set({ passwordFreeLocal: true })
      .where(eq(personalAccounts.id, account.id));
    const off = await settle(bill(person.certNo, nextTxn(), 0, 10_000), k);
    expect(off.json()).toMatchObject({ remote: true, accountFen: 0, cashFen: 10_000 });
    await app.db
      .update(personalAccounts)
      .set({ remoteUse: true })
      .where(eq(personalAccounts.id, account.id));
    const on = await settle(bill(person.certNo, nextTxn(), 0, 10_000), k);
    expect(on.json()).toMatchObject({ accountFen: 10_000 });
  });
});

describe('retries and refunds', () => {
  it('posts a retried transaction once and refuses the number for another bill', async () => {
    const { person, account } = await insuredWithAccount(app, '幂等测试', { balanceFen: 100_000 });
    const body = bill(person.certNo, nextTxn(), 5_000, 0, { accountPassword: '000000' });
    const results = await Promise.all([settle(body), settle(body), settle(body)]);
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(results.filter((r) => r.json().replayed === false)).toHaveLength(1);
    expect(await balanceOf(account.id)).toBe(100_000 - results[0]!.json().accountFen);
    const rows = await app.db.select().from(settlements).where(eq(settlements.txnNo, body.txnNo));
    expect(rows).toHaveLength(1);
    const other = await settle({ ...body, inCatalogueFen: 6_000, totalFen: 6_000 });
    expect(other.statusCode).toBe(409);
  });

  it('refunds a settlement exactly once and gives the year its deductible back', async () => {
    const child = await insuredResident(app, '退费子女');
    const { person, account } = await insuredWithAccount(app, '退费测试', { balanceFen: 500_000 });
    await linkMutualAid(app, person.id, child.id);
    const before = await balanceOf(account.id);
    const txnNo = nextTxn();
    const paid = await settle(bill(child.certNo, txnNo, 200_000, 5_000));
    expect(paid.json().accountFen).toBeGreaterThan(0);
    const refundUrl = `${URL}/${txnNo}/refund`;
    const refunded = await signedCall(app, key, 'POST', refundUrl, { refundTxnNo: `R${txnNo}` });
    expect(refunded.json()).toMatchObject({ status: '已退费', refundTxnNo: `R${txnNo}` });
    expect(await balanceOf(account.id)).toBe(before);
    const [acc] = await app.db
      .select()
      .from(benefitAccumulators)
      .where(eq(benefitAccumulators.personId, child.id));
    expect(acc).toMatchObject({ deductibleUsedFen: 0, fundPaidFen: 0 });
    const movements = await app.db
      .select()
      .from(accountMovements)
      .where(eq(accountMovements.accountId, account.id));
    expect(movements.find((m) => m.kind === '退费')).toMatchObject({
      userPersonId: child.id,
      institutionId: hospitalId,
    });

    const again = await signedCall(app, key, 'POST', refundUrl, { refundTxnNo: `R${txnNo}` });
    expect(again.statusCode).toBe(200);
    const second = await signedCall(app, key, 'POST', refundUrl, { refundTxnNo: `X${txnNo}` });
    expect(second.statusCode).toBe(409);
    expect(await balanceOf(account.id)).toBe(before);
    const looked = await signedCall(app, key, 'GET', `${URL}/${txnNo}`);
    expect(looked.json()).toMatchObject({ status: '已退费', accountFen: paid.json().accountFen });
    expect(await accountsWithDriftingTotals(app, [account.id])).toEqual([]);
    const [kept] = await app.db
      .select()
      .from(personalAccounts)
      .where(eq(personalAccounts.id, account.id));
    // the opening credit and the refund in, the payment out
    expect(kept).toMatchObject({
      incomeFen: 500_000 + paid.json().accountFen,
      expenseFen: -paid.json().accountFen,
      movementCount: 3,
    });
  });

  it('audits the settlement and every movement it posts', async () => {
    const { person } = await insuredWithAccount(app, '审计测试', { balanceFen: 10_000 });
    const res = await settle(
      bill(person.certNo, nextTxn(), 1_000, 0, { accountPassword: '000000' }),
    );
    expect(res.statusCode).toBe(200);
    const rows = await app.db
      .select()
      .from(auditLog)
      .where(
        sql`${auditLog.action} in ('settlement.settle', 'account-movement.post') and ${auditLog.actorType} = 'institution'`,
      );
    expect(rows.some((r) => r.action === 'account-movement.post')).toBe(true);
    expect(rows.some((r) => r.action === 'settlement.settle')).toBe(true);
  });
});

describe('医保码', () => {
  it('names the person for two minutes', async () => {
    const { person, cookie } = await verifiedPerson(app, '医保码测试');
    const { enrolments } = await import('@yibao/db');
    await app.db.insert(enrolments).values({
      personId: person.id,
      regionCode: '110000',
      insuranceType: '390',
      personType: '21',
      status: '正常参保',
      startDate: '2020-01-01',
    });
    const askCode = () =>
      app.inject({ method: 'POST', url: '/api/me/voucher-code', headers: { cookie } });
    const before = await askCode();
    expect(before.json()).toMatchObject({ message: '请先激活医保电子凭证' });
    await app.db.insert(evouchers).values({
      personId: person.id,
      passwordHash: 'x',
      activatedAt: new Date(),
    });
    const { token } = (await askCode()).json() as { token: string };
    const body = { ...bill('', nextTxn(), 1_000), certNo: undefined, voucherToken: token };
    const ok = await settle(body);
    expect(ok.json()).toMatchObject({ person: { name: '医保码测试' } });
    const forged = await settle({
      ...body,
      txnNo: nextTxn(),
      voucherToken: token.slice(0, -2) + 'AA',
    });
    expect(forged.json()).toMatchObject({ field: 'voucherToken' });
    app.clock.advance(3 * 60_000);
    try {
      const late = JSON.stringify({ ...body, txnNo: nextTxn() });
      const headers = signedHeaders(key, 'POST', URL, late, {
        timestamp: Math.floor(app.clock.now().getTime() / 1000),
      });
      const expired = await app.inject({ method: 'POST', url: URL, payload: late, headers });
      expect(expired.json()).toMatchObject({
        field: 'voucherToken',
        message: expect.stringContaining('已过期'),
      });
    } finally {
      app.clock.reset();
    }
  });
});

describe('concurrency', () => {
  it('200 settlements at once against one family leave every balance equal to its movements', async () => {
    const child = await insuredResident(app, '并发子女');
    const a = await insuredWithAccount(app, '并发甲', { balanceFen: 400_000 });
    const b = await insuredWithAccount(app, '并发乙', { balanceFen: 250_000 });
    for (const x of [a, b]) {
      await app.db
        .update(personalAccounts)
        .set({ passwordFreeLocal: true })
        .where(eq(personalAccounts.id, x.account.id));
    }
    await linkMutualAid(app, a.person.id, child.id, { drawOrder: 1 });
    await linkMutualAid(app, b.person.id, child.id, { drawOrder: 2 });
    await linkMutualAid(app, b.person.id, a.person.id, { drawOrder: 1, relation: '10' });
    await linkMutualAid(app, a.person.id, b.person.id, { drawOrder: 1, relation: '10' });
    const people = [child, a.person, b.person];
    const calls = Array.from({ length: 200 }, (_, i) =>
      settle(
        bill(people[i % 3]!.certNo, nextTxn(), 1_000 + ((i * 7919) % 9_000), (i * 31) % 2_000),
      ),
    );
    const results = await Promise.all(calls);
    expect(results.filter((r) => r.statusCode !== 200).map((r) => r.body)).toEqual([]);
    for (const account of [a.account, b.account]) {
      const [sum] = await app.db
        .select({ total: sql<string>`coalesce(sum(${accountMovements.amountFen}), 0)` })
        .from(accountMovements)
        .where(eq(accountMovements.accountId, account.id));
      const balance = await balanceOf(account.id);
      expect(balance).toBe(Number(sum!.total));
      expect(balance).toBeGreaterThanOrEqual(0);
    }
    expect(await accountsWithDriftingTotals(app, [a.account.id, b.account.id])).toEqual([]);
    const totals = results.map(
      (r) => r.json() as { totalFen: number; fundFen: number; accountFen: number; cashFen: number },
    );
    for (const t of totals) expect(t.fundFen + t.accountFen + t.cashFen).toBe(t.totalFen);
    // the family's money ran out part way: the last settlements were paid in cash
    expect(totals.some((t) => t.cashFen > 0 && t.accountFen === 0)).toBe(true);
  });
});
