import { accountMovements, auditLog, contributions, personalAccounts } from '@yibao/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, staffPost } from '../../../test/applications';
import { buildTestApp, createStaff, staffCookie, type TestApp } from '../../../test/helpers';
import { insuredWithAccount } from '../../../test/settlement';

interface Job {
  id: number;
  status: string;
  message: string;
}

let app: TestApp;
let admin: string;
let clerk: string;

beforeAll(async () => {
  app = await buildTestApp();
  await createStaff(app, 'admin01', { roles: ['admin'], regions: ['*'] });
  await createStaff(app, 'clerk01', { roles: ['clerk'], regions: ['110000'] });
  admin = await staffCookie(app, 'admin01');
  clerk = await staffCookie(app, 'clerk01');
});
afterAll(async () => app.close());

const waitFor = async (id: number): Promise<Job> => {
  for (let i = 0; i < 200; i++) {
    const job = (await getJson(app, admin, `/api/jobs/${id}`)) as Job;
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`job ${id} did not finish`);
};
const run = async (period: number, regionCode = '110000') => {
  const res = await staffPost(app, admin, '/api/accounts/allocations', { period, regionCode });
  expect(res.statusCode, res.body).toBe(200);
  return waitFor((res.json() as Job).id);
};
const balanceOf = async (id: number) =>
  (await app.db.select().from(personalAccounts).where(eq(personalAccounts.id, id)))[0]?.balanceFen;

describe('个人账户划入', () => {
  it('credits employees their share of a paid month and retirees the fixed sum, once per month', async () => {
    const employee = await insuredWithAccount(app, '划入在职', { balanceFen: 5_000 });
    const unpaid = await insuredWithAccount(app, '划入欠费');
    const retiree = await insuredWithAccount(app, '划入退休', { personType: '12' });
    const yuxi = await insuredWithAccount(app, '划入玉溪', {
      personType: '12',
      regionCode: '530400',
    });
    await app.db.insert(contributions).values([
      {
        personId: employee.person.id,
        regionCode: '110000',
        insuranceType: '310',
        period: 202610,
        baseFen: 1_234_567,
        unitAmountFen: 120_987,
        personalAmountFen: 24_691,
        status: '已到账',
      },
      {
        personId: unpaid.person.id,
        regionCode: '110000',
        insuranceType: '310',
        period: 202610,
        baseFen: 1_000_000,
        unitAmountFen: 98_000,
        personalAmountFen: 20_000,
        status: '欠费',
      },
    ]);

    const job = await run(202610);
    expect(job, job.message).toMatchObject({ status: 'succeeded' });
    // 北京 示例参数: 2 % of 12345.67 元 = 246.91 元 (half up); retirees 100 元
    expect(await balanceOf(employee.account.id)).toBe(5_000 + 24_691);
    expect(await balanceOf(retiree.account.id)).toBe(10_000);
    expect(await balanceOf(unpaid.account.id)).toBe(0);
    expect(await balanceOf(yuxi.account.id)).toBe(0);

    const again = await run(202610);
    expect(again.status).toBe('succeeded');
    expect(again.message).toContain('已划入 0 个账户');
    const moved = await app.db
      .select()
      .from(accountMovements)
      .where(eq(accountMovements.accountId, employee.account.id));
    expect(moved.filter((m) => m.kind === '账户分配' && m.period === 202610)).toHaveLength(1);
    expect(moved.at(-1)).toMatchObject({ balanceAfterFen: 29_691, amountFen: 24_691 });
    const audited = await app.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'account-movement.post'), eq(auditLog.regionCode, '110000')));
    expect(audited.length).toBeGreaterThanOrEqual(2);

    await run(202610, '530400');
    expect(await balanceOf(yuxi.account.id)).toBe(7_000);
  });

  it('credits once when several runs are started together', async () => {
    const retiree = await insuredWithAccount(app, '并发划入', { personType: '12' });
    const starts = await Promise.all(
      [1, 2, 3].map(() =>
        staffPost(app, admin, '/api/accounts/allocations', {
          period: 202609,
          regionCode: '110000',
        }),
      ),
    );
    for (const s of starts) await waitFor((s.json() as Job).id);
    expect(await balanceOf(retiree.account.id)).toBe(10_000);
  });

  it('refuses future months, other regions’ staff and staff without the right', async () => {
    const future = await staffPost(app, admin, '/api/accounts/allocations', {
      period: 209901,
      regionCode: '110000',
    });
    expect(future.statusCode).toBe(400);
    const clerkRun = await staffPost(app, clerk, '/api/accounts/allocations', {
      period: 202610,
      regionCode: '110000',
    });
    expect(clerkRun.statusCode).toBe(403);
  });
});
