import { accountMovements, auditLog, eq, personalAccounts } from '@yibao/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, verifiedPerson } from '../../../test/applications';
import {
  buildTestApp,
  createPerson,
  createStaff,
  seedRegions,
  staffCookie,
  type TestApp,
} from '../../../test/helpers';

/**
 * W05 个人账户收入支出查询 at the window: staff with 人员综合查询 find a person of their regions
 * by certificate, read income and expense by month with the totals and a month's movements,
 * and print or export them; staff of another region, staff without the right and persons may not.
 */

const at = (local: string) => new Date(`${local}+08:00`);

describe('W05 个人账户收入支出查询', () => {
  let app: TestApp;
  let clerk: string;
  let yuxiClerk: string;
  let plainStaff: string;
  let personCookie: string;
  let holder: Awaited<ReturnType<typeof createPerson>>;
  let user: Awaited<ReturnType<typeof createPerson>>;
  let yuxiPerson: Awaited<ReturnType<typeof createPerson>>;

  beforeAll(async () => {
    app = await buildTestApp();
    app.clock.set(new Date('2026-11-08T10:00:00+08:00'));
    await seedRegions(app);
    await createStaff(app, 'lclerk01', { roles: ['clerk'] });
    await createStaff(app, 'lclerk02', { roles: ['clerk'], regions: ['530400'] });
    await createStaff(app, 'lnorights', { roles: [] });
    clerk = await staffCookie(app, 'lclerk01');
    yuxiClerk = await staffCookie(app, 'lclerk02');
    plainStaff = await staffCookie(app, 'lnorights');
    personCookie = (await verifiedPerson(app, '窗口查询人')).cookie;
    holder = await createPerson(app, { name: '收支甲' });
    user = await createPerson(app, { name: '收支乙', birth: '20100101' });
    yuxiPerson = await createPerson(app, { name: '玉溪丙', regionCode: '530400' });

    const [account] = await app.db
      .insert(personalAccounts)
      .values({ personId: holder.id, regionCode: '110000' })
      .returning({ id: personalAccounts.id });
    // 2026-02: in 40000 (one allocation); 2026-03: nothing; 2026-04: 12 movements
    const specs: [string, number, string, number | null][] = [
      ['2026-01-31T23:59:59', 10_000, '个人账户划入', null], // 2026-01 in Beijing
      ['2026-02-15T10:00:00', 40_000, '个人账户划入', null],
      ...Array.from({ length: 12 }, (_, i): [string, number, string, number | null] => [
        `2026-04-${String(i + 1).padStart(2, '0')}T09:00:00`,
        -1_000,
        '医疗消费(门诊)',
        i % 2 ? user.id : null,
      ]),
      ['2026-05-01T00:00:00', 5_000, '个人账户划入', null], // 2026-05 in Beijing, 04-30 in UTC
    ];
    let balance = 0;
    for (const [i, [when, fen, text, userId]] of specs.entries()) {
      balance += fen;
      await app.db.insert(accountMovements).values({
        accountId: account!.id,
        kind: fen > 0 ? '账户分配' : '消费',
        amountFen: fen,
        balanceAfterFen: balance,
        description: text,
        userPersonId: userId,
        idempotencyKey: `w05:${i}`,
        occurredAt: at(when),
      });
    }
    await app.db
      .update(personalAccounts)
      .set({ balanceFen: balance })
      .where(eq(personalAccounts.id, account!.id));
  });

  afterAll(async () => {
    await app.close();
  });

  const lookup = (certNo: string, cookie = clerk) =>
    app.inject({
      method: 'GET',
      url: `/api/accounts/ledger-person?certType=01&certNo=${certNo}`,
      headers: { cookie },
    });

  it('finds the person by certificate with their account, and audits the read', async () => {
    const res = await lookup(holder.certNo);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      id: holder.id,
      name: '收支甲',
      certNo: holder.certNo,
      account: { balanceFen: 43_000, status: '正常' },
    });
    const audits = await app.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'account-ledger.view'));
    expect(audits.map((a) => a.entityId)).toContain(String(holder.id));
    // a person without an account is found, with none
    expect((await lookup(user.certNo)).json()).toMatchObject({ name: '收支乙', account: null });
  });

  it('answers 400 for a wrong certificate number and 404 outside the clerk’s regions', async () => {
    const bad = await lookup('110105198503151234');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ field: 'certNo' });
    expect((await lookup(yuxiPerson.certNo)).statusCode).toBe(404);
    expect((await lookup(holder.certNo, yuxiClerk)).statusCode).toBe(404);
    const months = await app.inject({
      method: 'GET',
      url: `/api/accounts/persons/${holder.id}/ledger-months?from=202601&to=202612`,
      headers: { cookie: yuxiClerk },
    });
    expect(months.statusCode).toBe(404);
  });

  it('is for staff holding 人员综合查询 only', async () => {
    expect((await lookup(holder.certNo, plainStaff)).statusCode).toBe(403);
    expect((await lookup(holder.certNo, personCookie)).statusCode).toBe(401);
    expect(
      (await app.inject(`/api/accounts/persons/${holder.id}/ledger-movements?period=202604`))
        .statusCode,
    ).toBe(401);
  });

  it('sums income and expense by Beijing month, with the closing balance', async () => {
    const reply = await getJson(
      app,
      clerk,
      `/api/accounts/persons/${holder.id}/ledger-months?from=202601&to=202605`,
    );
    expect(reply.items).toEqual([
      { period: 202601, count: 1, incomeFen: 10_000, expenseFen: 0, closingBalanceFen: 10_000 },
      { period: 202602, count: 1, incomeFen: 40_000, expenseFen: 0, closingBalanceFen: 50_000 },
      { period: 202604, count: 12, incomeFen: 0, expenseFen: -12_000, closingBalanceFen: 38_000 },
      { period: 202605, count: 1, incomeFen: 5_000, expenseFen: 0, closingBalanceFen: 43_000 },
    ]);
    expect(reply.totals).toEqual({ count: 15, incomeFen: 55_000, expenseFen: -12_000 });
    const narrow = await getJson(
      app,
      clerk,
      `/api/accounts/persons/${holder.id}/ledger-months?from=202602&to=202604`,
    );
    expect(narrow.items.map((r: { period: number }) => r.period)).toEqual([202602, 202604]);
    const backwards = await app.inject({
      method: 'GET',
      url: `/api/accounts/persons/${holder.id}/ledger-months?from=202605&to=202601`,
      headers: { cookie: clerk },
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json()).toMatchObject({ field: 'to' });
  });

  it('lists a month’s movements, paged, with the user', async () => {
    const url = `/api/accounts/persons/${holder.id}/ledger-movements?period=202604`;
    const first = await getJson(app, clerk, url);
    expect(first.total).toBe(12);
    expect(first.items).toHaveLength(10);
    expect(first.items[0]).toMatchObject({
      amountFen: -1_000,
      summary: '消费-医疗消费(门诊)',
      balanceAfterFen: 38_000,
      userName: '收支乙',
    });
    expect(first.items[1]).toMatchObject({ userName: null });
    expect((await getJson(app, clerk, `${url}&page=2`)).items).toHaveLength(2);
  });

  it('prints (PDF) and exports (Excel) the table and a month', async () => {
    for (const [url, type] of [
      [
        `/api/accounts/persons/${holder.id}/ledger-months?from=202601&to=202612&format=pdf`,
        'application/pdf',
      ],
      [
        `/api/accounts/persons/${holder.id}/ledger-months?from=202601&to=202612&format=xlsx`,
        'spreadsheetml',
      ],
      [
        `/api/accounts/persons/${holder.id}/ledger-movements?period=202604&format=xlsx`,
        'spreadsheetml',
      ],
    ] as const) {
      const res = await app.inject({ method: 'GET', url, headers: { cookie: clerk } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toContain(type);
      expect(res.rawPayload.length).toBeGreaterThan(1000);
    }
  });
});
