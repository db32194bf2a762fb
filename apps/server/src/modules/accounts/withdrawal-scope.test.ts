import { accountMovements, enrolments, eq, mutualAidLinks, persons, roles } from '@yibao/db';
import { addDays, beijingDateOf, makeCertNo18 } from '@yibao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  createStaff,
  seedRegions,
  staffCookie,
  type TestApp,
} from '../../../test/helpers';
import {
  bill,
  designatedInstitution,
  insuredResident,
  insuredWithAccount,
  issueKey,
  linkMutualAid,
  signedCall,
  type ApiKey,
} from '../../../test/settlement';
import { withdrawalRefusal, type WithdrawalFacts } from './withdrawal.business';

/**
 * W26 beyond the happy path: staff of another region neither see nor act on a registration, the
 * 申请表 prints, and a closed account is no longer drawn by a settlement (here: a 共济 member's).
 */

let app: TestApp;
let clerk: string;
let reviewer: string;
let yuxiClerk: string;
let yuxiReviewer: string;
let key: ApiKey;

const PAPER = [
  'id-document',
  'application-form',
  'death-certificate',
  'heir-bank-card',
  'heir-id-copy',
];
const daysAgo = (n: number) => addDays(beijingDateOf(app.clock.now()), -n);
const get = (cookie: string, url: string) => app.inject({ url, headers: { cookie } });
const post = (cookie: string, url: string, payload: Record<string, unknown> = {}) =>
  app.inject({ method: 'POST', url, headers: { cookie }, payload });

/** An account holder whose death is recorded and enrolment ended. */
async function deceased(name: string, balanceFen: number) {
  const insured = await insuredWithAccount(app, name, { balanceFen });
  await app.db
    .update(enrolments)
    .set({ status: '终止参保', endDate: daysAgo(30) })
    .where(eq(enrolments.personId, insured.person.id));
  await app.db
    .update(persons)
    .set({ status: '死亡', deathDate: daysAgo(20) })
    .where(eq(persons.id, insured.person.id));
  return insured;
}

const registerDeath = (cookie: string, certNo: string) =>
  post(cookie, '/api/applications', {
    businessCode: 'account-withdrawal-death',
    channel: 'window',
    materialIds: [],
    paperItems: PAPER,
    payload: {
      certType: '01',
      certNo,
      phone: '010-65001234',
      bankCode: '105',
      bankBranch: '中国建设银行北京建国门支行',
      bankAccount: '6217000010001234567',
      deathDate: daysAgo(20),
      heirName: '李继承',
      heirCertType: '01',
      heirCertNo: makeCertNo18('110105', '19880808', '456'),
      heirRelation: '10',
      heirAddress: '北京市东城区测试胡同2号',
      remark: '代表全部继承人办理',
    },
  });

beforeAll(async () => {
  app = await buildTestApp();
  await seedRegions(app);
  await app.db
    .insert(roles)
    .values({ code: 'withdrawal-clerk', name: '清退经办', rights: ['account.withdraw'] });
  await createStaff(app, 'wsclerk', { roles: ['withdrawal-clerk'] });
  await createStaff(app, 'wsreviewer', { roles: ['reviewer'] });
  await createStaff(app, 'wsyuxiclerk', { roles: ['withdrawal-clerk'], regions: ['530400'] });
  await createStaff(app, 'wsyuxireviewer', { roles: ['reviewer'], regions: ['530400'] });
  clerk = await staffCookie(app, 'wsclerk');
  reviewer = await staffCookie(app, 'wsreviewer');
  yuxiClerk = await staffCookie(app, 'wsyuxiclerk');
  yuxiReviewer = await staffCookie(app, 'wsyuxireviewer');
  const hospital = await designatedInstitution(app, { level: '31' });
  key = await issueKey(app, hospital.cookie, hospital.institution.code);
});
afterAll(async () => app.close());

describe('region scope', () => {
  it('keeps staff of another pooling region out of the person, the list and the review', async () => {
    const { person, account } = await deceased('北京身故', 30_000);
    const lookup = `/api/accounts/withdrawal-person?certType=01&certNo=${person.certNo}`;
    expect((await get(yuxiClerk, lookup)).statusCode).toBe(404);
    const outside = await registerDeath(yuxiClerk, person.certNo);
    expect(outside.statusCode).toBe(403);
    expect(outside.json().message).toBe('该参保地不在您的经办范围内');

    const filed = (await registerDeath(clerk, person.certNo)).json();
    expect(filed.regionCode).toBe('110000');
    const ids = async (cookie: string) =>
      (await get(cookie, '/api/accounts/withdrawals?status=all'))
        .json()
        .items.map((i: { id: number }) => i.id);
    expect(await ids(reviewer)).toContain(filed.id);
    expect(await ids(yuxiReviewer)).not.toContain(filed.id);
    expect((await get(yuxiReviewer, `/api/accounts/withdrawals/${filed.id}`)).statusCode).toBe(404);
    expect((await get(yuxiReviewer, `/api/accounts/withdrawals/${filed.id}/pdf`)).statusCode).toBe(
      404,
    );
    expect((await post(yuxiReviewer, `/api/review/${filed.id}/approve`)).statusCode).toBe(404);
    expect((await get(yuxiReviewer, '/api/review/queue')).json().total).toBe(0);
    const balance = await app.db
      .select()
      .from(accountMovements)
      .where(eq(accountMovements.accountId, account.id));
    expect(balance).toHaveLength(1);
  });
});

describe('申请表', () => {
  it('prints the form of a registration, for the clerk and the reviewer', async () => {
    const { person } = await deceased('打印申请表', 88_888);
    const filed = (await registerDeath(clerk, person.certNo)).json();
    for (const cookie of [clerk, reviewer]) {
      const pdf = await get(cookie, `/api/accounts/withdrawals/${filed.id}/pdf`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(String(pdf.headers['content-disposition'])).toContain(
        encodeURIComponent(filed.applicationNo),
      );
    }
  });
});

describe('settlement after 销户', () => {
  it('no longer draws the closed account of a 共济 holder', async () => {
    const child = await insuredResident(app, '共济子女');
    const holder = await insuredWithAccount(app, '共济父亲', { balanceFen: 50_000 });
    await linkMutualAid(app, holder.person.id, child.id, { relation: '20' });
    const settle = (txnNo: string) =>
      signedCall(
        app,
        key,
        'POST',
        '/api/settlement/v1/settlements',
        bill(child.certNo, txnNo, 0, 10_000),
      );

    // before: the holder's account pays the member's bill
    const before = await settle(`WD${Date.now().toString(36)}a`);
    expect(before.json()).toMatchObject({ accountFen: 10_000 });

    await app.db
      .update(enrolments)
      .set({ status: '终止参保', endDate: daysAgo(30) })
      .where(eq(enrolments.personId, holder.person.id));
    await app.db
      .update(persons)
      .set({ status: '死亡', deathDate: daysAgo(20) })
      .where(eq(persons.id, holder.person.id));
    const filed = (await registerDeath(clerk, holder.person.certNo)).json();
    const approved = await post(reviewer, `/api/review/${filed.id}/approve`);
    expect(approved.json().effectResult).toMatchObject({ paidFen: 40_000 });

    const after = await settle(`WD${Date.now().toString(36)}b`);
    expect(after.statusCode, after.body).toBe(200);
    expect(after.json()).toMatchObject({ accountFen: 0, cashFen: 10_000, accountPayments: [] });
    const kinds = (
      await app.db
        .select()
        .from(accountMovements)
        .where(eq(accountMovements.accountId, holder.account.id))
        .orderBy(accountMovements.id)
    ).map((m) => m.kind);
    expect(kinds).toEqual(['账户分配', '消费', '清算']);
    const links = await app.db
      .select({ status: mutualAidLinks.status })
      .from(mutualAidLinks)
      .where(eq(mutualAidLinks.holderPersonId, holder.person.id));
    expect(links).toEqual([{ status: '已删除' }]);
  });
});

describe('withdrawalRefusal', () => {
  const facts = (over: Partial<WithdrawalFacts> = {}, person: { status?: string } = {}) =>
    ({
      person: { status: person.status ?? '正常' },
      account: { balanceFen: 100, status: '正常' },
      activeTypes: [],
      pending: null,
      ...over,
    }) as WithdrawalFacts;

  it('asks for an open account with money and nothing else waiting', () => {
    for (const kind of ['death', 'transfer'] as const) {
      expect(withdrawalRefusal(kind, facts({ account: null }))).toBe('该人员没有职工医保个人账户');
      expect(withdrawalRefusal(kind, facts({ account: { balanceFen: 100, status: '销户' } }))).toBe(
        '该人员的个人账户已销户',
      );
      expect(
        withdrawalRefusal(kind, facts({ account: { balanceFen: 100, status: '冻结' } })),
      ).toContain('已冻结');
      expect(
        withdrawalRefusal(kind, facts({ account: { balanceFen: 0, status: '正常' } })),
      ).toContain('余额为零');
      expect(
        withdrawalRefusal(kind, facts({ pending: { id: 1, applicationNo: 'BJ1' } })),
      ).toContain('BJ1');
    }
  });

  it('asks 死亡 for a recorded death or every enrolment ended, 转移 for the 310 gone', () => {
    expect(withdrawalRefusal('death', facts())).toBeNull();
    expect(withdrawalRefusal('death', facts({ activeTypes: ['390'] }))).toContain('请先办理停保');
    expect(
      withdrawalRefusal('death', facts({ activeTypes: ['310'] }, { status: '死亡' })),
    ).toBeNull();
    expect(withdrawalRefusal('transfer', facts())).toBeNull();
    expect(withdrawalRefusal('transfer', facts({ activeTypes: ['390'] }))).toBeNull();
    expect(withdrawalRefusal('transfer', facts({ activeTypes: ['310'] }))).toContain(
      '仍在本统筹区',
    );
    expect(withdrawalRefusal('transfer', facts({}, { status: '死亡' }))).toContain(
      '请按死亡人员清退账户办理',
    );
  });
});
