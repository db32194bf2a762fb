import {
  accountMovements,
  auditLog,
  enrolments,
  eq,
  personalAccountHistory,
  personalAccounts,
  persons,
  roles,
} from '@yibao/db';
import { addDays, beijingDateOf, makeCertNo18 } from '@yibao/domain';
import { and, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  createPerson,
  createStaff,
  seedRegions,
  staffCookie,
  type TestApp,
} from '../../../test/helpers';
import { insuredWithAccount } from '../../../test/settlement';
import { readTableXlsx } from '../documents';

/**
 * W26 参保人员个人账户一次性支取: 个人账户清退登记 (死亡, 转移) by a clerk, 审核 by another, 撤销 —
 * the payout as one 清算 movement of the whole balance and the account 销户.
 */

let app: TestApp;
let clerk: string;
let clerk2: string;
let reviewer: string;
/** holds both rights: may register and review, but not approve their own registration */
let both: string;
let plain: string;

const DEATH = 'account-withdrawal-death';
const TRANSFER = 'account-withdrawal-transfer';
const DEATH_PAPER = [
  'id-document',
  'application-form',
  'death-certificate',
  'heir-bank-card',
  'heir-id-copy',
];
const TRANSFER_PAPER = [
  'id-document',
  'application-form',
  'transfer-letter',
  'bank-card',
  'id-copy',
];
const HEIR_CERT = makeCertNo18('110105', '19900101', '321');
const bank = {
  bankCode: '102',
  bankBranch: '中国工商银行北京朝阳支行',
  bankAccount: '6222020200112233445',
};

const daysAgo = (n: number) => addDays(beijingDateOf(app.clock.now()), -n);
const deathPayload = (certNo: string, extra: Record<string, unknown> = {}) => ({
  certType: '01',
  certNo,
  phone: '13912345678',
  ...bank,
  deathDate: daysAgo(20),
  heirName: '王继承',
  heirCertType: '01',
  heirCertNo: HEIR_CERT,
  heirRelation: '20',
  heirAddress: '北京市朝阳区测试路1号',
  ...extra,
});
const transferPayload = (certNo: string, extra: Record<string, unknown> = {}) => ({
  certType: '01',
  certNo,
  ...bank,
  transferRegionCode: '530400',
  transferDate: daysAgo(5),
  ...extra,
});

const register = (
  cookie: string,
  businessCode: string,
  payload: Record<string, unknown>,
  paperItems = businessCode === DEATH ? DEATH_PAPER : TRANSFER_PAPER,
) =>
  app.inject({
    method: 'POST',
    url: '/api/applications',
    headers: { cookie },
    payload: { businessCode, channel: 'window', payload, materialIds: [], paperItems },
  });
const post = (cookie: string, url: string, payload: Record<string, unknown> = {}) =>
  app.inject({ method: 'POST', url, headers: { cookie }, payload });
const get = (cookie: string, url: string) => app.inject({ url, headers: { cookie } });

/** An employee whose 310 enrolment ended (转出), and whose death is recorded when told so. */
async function leaver(name: string, balanceFen: number, dead = false) {
  const insured = await insuredWithAccount(app, name, { balanceFen });
  await app.db
    .update(enrolments)
    .set({ status: '终止参保', endDate: daysAgo(30) })
    .where(eq(enrolments.personId, insured.person.id));
  if (dead) {
    await app.db
      .update(persons)
      .set({ status: '死亡', deathDate: daysAgo(20) })
      .where(eq(persons.id, insured.person.id));
  }
  return insured;
}

const accountOf = async (id: number) =>
  (await app.db.select().from(personalAccounts).where(eq(personalAccounts.id, id)))[0]!;
const movementsOf = (accountId: number) =>
  app.db.select().from(accountMovements).where(eq(accountMovements.accountId, accountId));

beforeAll(async () => {
  app = await buildTestApp();
  await seedRegions(app);
  await app.db.insert(roles).values([
    { code: 'withdrawal-clerk', name: '清退经办', rights: ['account.withdraw'] },
    {
      code: 'withdrawal-both',
      name: '清退经办兼审核',
      rights: ['account.withdraw', 'application.review'],
    },
  ]);
  await createStaff(app, 'wdclerk', { roles: ['withdrawal-clerk'] });
  await createStaff(app, 'wdclerk2', { roles: ['withdrawal-clerk'] });
  await createStaff(app, 'wdreviewer', { roles: ['reviewer'] });
  await createStaff(app, 'wdboth', { roles: ['withdrawal-both'] });
  await createStaff(app, 'wdplain', { roles: [] });
  clerk = await staffCookie(app, 'wdclerk');
  clerk2 = await staffCookie(app, 'wdclerk2');
  reviewer = await staffCookie(app, 'wdreviewer');
  both = await staffCookie(app, 'wdboth');
  plain = await staffCookie(app, 'wdplain');
});
afterAll(async () => app.close());

describe('个人账户清退登记', () => {
  it('shows the account and why each kind may not be registered yet', async () => {
    const { person } = await insuredWithAccount(app, '在保职工', { balanceFen: 12_345 });
    const res = await get(
      clerk,
      `/api/accounts/withdrawal-person?certType=01&certNo=${person.certNo}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      name: '在保职工',
      account: { balanceFen: 12_345, status: '正常' },
      enrolment: { status: '正常参保' },
      pending: null,
      refusals: {
        death: expect.stringContaining('请先办理停保'),
        transfer: expect.stringContaining('仍在本统筹区正常参保'),
      },
    });
    const refused = await register(clerk, DEATH, deathPayload(person.certNo));
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ field: 'payload.certNo' });
    const moved = await register(clerk, TRANSFER, transferPayload(person.certNo));
    expect(moved.statusCode).toBe(409);

    const dead = await leaver('死亡职工', 500, true);
    const ok = await get(
      clerk,
      `/api/accounts/withdrawal-person?certType=01&certNo=${dead.person.certNo}`,
    );
    expect(ok.json()).toMatchObject({
      personStatus: '死亡',
      refusals: { death: null, transfer: '该人员已登记死亡，请按死亡人员清退账户办理' },
    });
    expect(
      (await get(plain, `/api/accounts/withdrawal-person?certType=01&certNo=${dead.person.certNo}`))
        .statusCode,
    ).toBe(403);
  });

  it('refuses a person without an account, an empty account and bad fields', async () => {
    const noAccount = await createPerson(app, { name: '无账户' });
    const none = await register(clerk, TRANSFER, transferPayload(noAccount.certNo));
    expect(none.json().message).toBe('该人员没有职工医保个人账户');
    const empty = await leaver('零余额', 0, true);
    const zero = await register(clerk, DEATH, deathPayload(empty.person.certNo));
    expect(zero.json().message).toContain('余额为零');

    const { person } = await leaver('字段校验', 800, true);
    const cases: [Record<string, unknown>, string][] = [
      [{ deathDate: addDays(daysAgo(0), 1) }, 'payload.deathDate'],
      [{ bankAccount: '6222ABC' }, 'payload.bankAccount'],
      [{ heirCertNo: '110105199001013210' }, 'payload.heirCertNo'],
      [{ heirCertNo: person.certNo }, 'payload.heirCertNo'],
      [{ heirRelation: '99' }, 'payload.heirRelation'],
      [{ bankCode: '999' }, 'payload.bankCode'],
      [{ heirName: '' }, 'payload.heirName'],
    ];
    for (const [extra, field] of cases) {
      const res = await register(clerk, DEATH, deathPayload(person.certNo, extra));
      expect(res.statusCode, JSON.stringify(extra)).toBe(400);
      expect(res.json().field).toBe(field);
    }
    const missing = await register(clerk, DEATH, deathPayload(person.certNo), DEATH_PAPER.slice(1));
    expect(missing.json()).toMatchObject({ field: 'materialIds' });
    expect(missing.json().message).toContain('医保电子凭证或有效身份证件或金融社保卡');

    const moved = await leaver('转入地校验', 800);
    const home = await register(
      clerk,
      TRANSFER,
      transferPayload(moved.person.certNo, { transferRegionCode: '110000' }),
    );
    expect(home.json()).toMatchObject({ field: 'payload.transferRegionCode' });
    expect((await register(plain, TRANSFER, transferPayload(moved.person.certNo))).statusCode).toBe(
      403,
    );
    expect(await movementsOf(moved.account.id)).toHaveLength(1);
  });
});

describe('审核', () => {
  it('pays out exactly the balance as one 清算 movement and closes the account', async () => {
    const { person, account } = await leaver('身故参保人', 123_456, true);
    const res = await register(clerk, DEATH, deathPayload(person.certNo));
    expect(res.statusCode, res.body).toBe(200);
    const filed = res.json();
    expect(filed).toMatchObject({ status: 'submitted', reviewPolicy: 'front-desk' });
    expect(filed.dueOn).not.toBeNull();
    // nothing moves before the review
    expect((await accountOf(account.id)).balanceFen).toBe(123_456);

    const approved = await post(reviewer, `/api/review/${filed.id}/approve`, {
      comment: '材料齐全',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'approved',
      effectResult: { accountId: account.id, paidFen: 123_456 },
    });

    const after = await accountOf(account.id);
    expect(after).toMatchObject({ balanceFen: 0, status: '销户' });
    expect(after.closedAt).not.toBeNull();
    const withdrawals = (await movementsOf(account.id)).filter((m) => m.kind === '清算');
    expect(withdrawals).toHaveLength(1);
    expect(withdrawals[0]).toMatchObject({
      amountFen: -123_456,
      balanceAfterFen: 0,
      applicationId: filed.id,
      idempotencyKey: `withdrawal:${filed.id}`,
      description: '个人账户一次性支取(死亡)',
    });
    const history = await app.db
      .select()
      .from(personalAccountHistory)
      .where(eq(personalAccountHistory.entityId, account.id));
    expect(history.at(-1)).toMatchObject({
      action: 'close',
      before: { status: '正常', balanceFen: 123_456 },
      after: { status: '销户', balanceFen: 0 },
      reason: `办件 ${filed.applicationNo}`,
    });
    const audits = await app.db
      .select()
      .from(auditLog)
      .where(
        and(
          inArray(auditLog.action, ['account-movement.post', 'personal-account.close']),
          inArray(auditLog.entityId, [String(account.id), String(withdrawals[0]!.id)]),
        ),
      );
    expect(audits.map((a) => a.action).sort()).toEqual([
      'account-movement.post',
      'personal-account.close',
    ]);

    const detail = await get(reviewer, `/api/accounts/withdrawals/${filed.id}`);
    expect(detail.json()).toMatchObject({
      status: 'approved',
      kind: 'death',
      balanceFen: 123_456,
      paidFen: 123_456,
      accountStatus: '销户',
      certNo: person.certNo,
    });
    // the account is closed: a second withdrawal is refused
    const again = await register(clerk, DEATH, deathPayload(person.certNo));
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('该人员的个人账户已销户');
  });

  it('leaves the account untouched when refused', async () => {
    const { person, account } = await leaver('转出参保人', 40_000);
    const filed = (await register(clerk, TRANSFER, transferPayload(person.certNo))).json();
    const rejected = await post(reviewer, `/api/review/${filed.id}/reject`, {
      reason: '缺少接续联系函',
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', decisionReason: '缺少接续联系函' });
    expect(await accountOf(account.id)).toMatchObject({ balanceFen: 40_000, status: '正常' });
    expect(await movementsOf(account.id)).toHaveLength(1);
    const list = await get(clerk, '/api/accounts/withdrawals?status=rejected&kind=transfer');
    expect(list.json().items.map((i: { id: number }) => i.id)).toContain(filed.id);
    expect(list.json().items.find((i: { id: number }) => i.id === filed.id)).toMatchObject({
      paidFen: 0,
      balanceFen: 40_000,
      transferRegionName: '云南省玉溪市',
    });
  });

  it('refuses a second registration while one waits, and an approval by the clerk who registered', async () => {
    const { person, account } = await leaver('重复登记', 9_900, true);
    const first = (await register(both, DEATH, deathPayload(person.certNo))).json();
    const second = await register(clerk, DEATH, deathPayload(person.certNo));
    expect(second.statusCode).toBe(409);
    expect(second.json().message).toContain(first.applicationNo);
    const lookup = await get(
      clerk,
      `/api/accounts/withdrawal-person?certType=01&certNo=${person.certNo}`,
    );
    expect(lookup.json().pending).toEqual({ id: first.id, applicationNo: first.applicationNo });

    const own = await post(both, `/api/review/${first.id}/approve`);
    expect(own.statusCode).toBe(409);
    expect(own.json().message).toBe('个人账户清退须由登记人以外的经办人员审核');
    expect(await accountOf(account.id)).toMatchObject({ balanceFen: 9_900, status: '正常' });
    expect((await post(reviewer, `/api/review/${first.id}/approve`)).statusCode).toBe(200);
    expect((await accountOf(account.id)).balanceFen).toBe(0);
  });
});

describe('个人账户清退撤销', () => {
  it('lets the clerk who registered withdraw it before its review, and only them', async () => {
    const { person, account } = await leaver('撤销登记', 7_000);
    const filed = (await register(clerk, TRANSFER, transferPayload(person.certNo))).json();
    const mine = await get(clerk, '/api/accounts/withdrawals?mine=1');
    expect(mine.json().items[0]).toMatchObject({
      id: filed.id,
      status: 'submitted',
      balanceFen: 7_000,
      paidFen: 7_000,
      certNo: expect.stringContaining('*****'),
    });
    expect((await get(clerk2, '/api/accounts/withdrawals?mine=1')).json().total).toBe(0);
    expect((await post(clerk2, `/api/applications/${filed.id}/withdraw`)).statusCode).toBe(404);

    const withdrawn = await post(clerk, `/api/applications/${filed.id}/withdraw`);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn' });
    expect((await post(reviewer, `/api/review/${filed.id}/approve`)).statusCode).toBe(409);
    expect(await accountOf(account.id)).toMatchObject({ balanceFen: 7_000, status: '正常' });
    // withdrawn, it no longer stands in the way of a new registration
    expect((await register(clerk2, TRANSFER, transferPayload(person.certNo))).statusCode).toBe(200);
  });

  it('exports the day of registration as Beijing’s day', async () => {
    // half past midnight in Beijing on 1 December is still 30 November in UTC
    app.clock.set(new Date('2026-12-01T00:30:00+08:00'));
    try {
      // signed in at that time: a session of the real now would have lapsed by it
      const night = await staffCookie(app, 'wdclerk');
      const { person } = await leaver('导出日期', 3_000);
      const filed = await register(night, TRANSFER, transferPayload(person.certNo));
      expect(filed.statusCode, filed.body).toBe(200);
      const columns = encodeURIComponent('name:姓名,submittedAt:登记日期');
      const url = `/api/accounts/withdrawals?mine=1&format=xlsx&columns=${columns}`;
      const xlsx = await get(night, url);
      expect(xlsx.statusCode).toBe(200);
      const sheet = await readTableXlsx(xlsx.rawPayload, [
        { key: 'name', title: '姓名' },
        { key: 'submittedAt', title: '登记日期' },
      ]);
      expect(sheet.rows.map((r) => r.values)).toContainEqual({
        name: '导出日期',
        submittedAt: '2026-12-01',
      });
    } finally {
      app.clock.reset();
    }
  });
});
