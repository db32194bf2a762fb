import { enrolments, persons } from '@yibao/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrol, staffPost } from '../../../test/applications';
import {
  buildTestApp,
  createPerson,
  createStaff,
  staffCookie,
  type TestApp,
  seedRegions,
} from '../../../test/helpers';

const W16 = 'resident-info-change';
const PAPER = ['id-document', 'change-form'];

describe('W16 城乡居民参保信息变更登记 (即时办结, 城乡居民参保维护审核)', () => {
  let app: TestApp;
  let clerk: string;
  let reviewer: string;
  let yuxiClerk: string;
  let yuxiReviewer: string;
  let plainStaff: string;

  beforeAll(async () => {
    app = await buildTestApp();
    await seedRegions(app);
    await createStaff(app, 'rclerk01', { roles: ['clerk'] });
    await createStaff(app, 'rreviewer01', { roles: ['reviewer'] });
    await createStaff(app, 'rclerk02', { roles: ['clerk'], regions: ['530400'] });
    await createStaff(app, 'rreviewer02', { roles: ['reviewer'], regions: ['530400'] });
    await createStaff(app, 'rnorights01', { roles: [] });
    clerk = await staffCookie(app, 'rclerk01');
    reviewer = await staffCookie(app, 'rreviewer01');
    yuxiClerk = await staffCookie(app, 'rclerk02');
    yuxiReviewer = await staffCookie(app, 'rreviewer02');
    plainStaff = await staffCookie(app, 'rnorights01');
  });
  afterAll(async () => {
    await app.close();
  });

  /** A resident insured in 北京市 (城乡居民(成年), enrolment 390 正常参保). */
  async function resident(name: string) {
    const p = await createPerson(app, { name, phone: '13700001111' });
    await app.db.update(persons).set({ personCategory: '21' }).where(eq(persons.id, p.id));
    await enrol(app.db, p.id, '390');
    return { ...p, personCategory: '21' };
  }
  const formOf = (p: Awaited<ReturnType<typeof resident>>, overrides = {}) => ({
    certType: '01',
    certNo: p.certNo,
    name: p.name,
    sex: p.sex,
    birthDate: p.birthDate,
    ethnicity: '01',
    householdType: '20',
    admissionCategory: '21',
    phone: '13700001111',
    residenceDivisionCode: '110105',
    residenceAddress: '北京市朝阳区测试路2号',
    ...overrides,
  });
  const file = (cookie: string, payload: Record<string, unknown>, paperItems = PAPER) =>
    app.inject({
      method: 'POST',
      url: '/api/applications',
      headers: { cookie },
      payload: { businessCode: W16, channel: 'window', payload, materialIds: [], paperItems },
    });
  const personOf = async (id: number) =>
    (await app.db.select().from(persons).where(eq(persons.id, id)))[0]!;
  const enrolmentOf = async (personId: number) =>
    (await app.db.select().from(enrolments).where(eq(enrolments.personId, personId)))[0]!;
  const changesTab = async (personId: number) =>
    (
      await app.inject({
        url: `/api/registry/persons/${personId}/changes`,
        headers: { cookie: reviewer },
      })
    ).json();

  it('changes the resident and 参保身份 at once; W25 shows it; a failed 复核 restores both', async () => {
    const p = await resident('居民维护');
    const first = await file(clerk, formOf(p));
    expect(first.statusCode, first.body).toBe(200);
    const setUp = first.json();
    // the first 保存 fills what the registry did not hold yet
    expect(setUp.effectResult.changes.map((c: { field: string }) => c.field)).toEqual([
      'householdType',
      'residenceDivisionCode',
      'residenceAddress',
    ]);
    await staffPost(app, clerk, `/api/review/${setUp.id}/approve`);
    await staffPost(app, reviewer, `/api/review/${setUp.id}/approve`);

    const res = await file(
      clerk,
      formOf(p, { ethnicity: '03', phone: '13700002222', admissionCategory: '22' }),
    );
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json();
    expect(detail).toMatchObject({
      businessName: '城乡居民参保信息变更登记',
      status: 'applied',
      nextLevel: '复核初审',
      subjectName: '居民维护',
      regionCode: '110000',
    });
    expect(detail.effectResult.changes).toEqual([
      { field: 'ethnicity', before: '01', after: '03' },
      { field: 'personCategory', before: '21', after: '22' },
      { field: 'phone', before: '13700001111', after: '13700002222' },
    ]);
    expect(detail.effectResult.enrolmentChanged).toBe(false);
    expect(await personOf(p.id)).toMatchObject({ ethnicity: '03', personCategory: '22' });

    const child = await file(
      clerk,
      formOf(p, { ethnicity: '03', phone: '13700002222', admissionCategory: '23' }),
    );
    expect(child.statusCode, child.body).toBe(200);
    expect(child.json().effectResult).toMatchObject({ enrolmentChanged: true });
    expect((await enrolmentOf(p.id)).personType).toBe('23');

    // W25 变更历史信息 shows each change with its 办件
    const tab = await changesTab(p.id);
    const ofChild = (tab.items as { reason: string }[]).filter(
      (i) => i.reason === `办件 ${child.json().applicationNo}`,
    );
    expect(ofChild).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          entity: 'enrolment',
          changes: [{ field: 'personType', before: '21', after: '23' }],
        }),
        expect.objectContaining({
          entity: 'person',
          changes: [{ field: 'personCategory', before: '22', after: '23' }],
        }),
      ]),
    );

    // 复核 fails: both records go back
    const failed = await staffPost(app, reviewer, `/api/review/${child.json().id}/reject`, {
      reason: '学生证明不符',
    });
    expect(failed.statusCode, failed.body).toBe(200);
    expect(failed.json().status).toBe('revoked');
    expect((await personOf(p.id)).personCategory).toBe('22');
    expect((await enrolmentOf(p.id)).personType).toBe('21');
    const after = await changesTab(p.id);
    expect(after.items[0].reason).toContain('复核不通过，恢复变更前的信息');

    // the earlier change cannot be undone once a later one built on it
    const older = await staffPost(app, reviewer, `/api/review/${detail.id}/reject`, {
      reason: '材料不全',
    });
    expect(older.statusCode).toBe(409);
    expect(older.json().message).toContain('不能撤销本次变更');
  });

  it('changes 政治面貌 and 学籍编号 (no key information); W25 labels them in its history', async () => {
    const p = await resident('居民学生');
    const res = await file(
      clerk,
      formOf(p, { politicalStatus: '03', studentNo: 'G110105200102035002' }),
      PAPER,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().effectResult.changes).toEqual(
      expect.arrayContaining([
        { field: 'politicalStatus', before: '', after: '03' },
        { field: 'studentNo', before: '', after: 'G110105200102035002' },
      ]),
    );
    expect(await personOf(p.id)).toMatchObject({
      politicalStatus: '03',
      studentNo: 'G110105200102035002',
    });
    const tab = await changesTab(p.id);
    expect(JSON.stringify(tab.items)).toContain('"field":"studentNo"');
    const bad = await file(clerk, formOf(p, { politicalStatus: '99' }));
    expect(bad.json()).toMatchObject({
      message: '请选择正确的政治面貌',
      field: 'payload.politicalStatus',
    });
    const badNo = await file(clerk, formOf(p, { studentNo: '学籍#1' }));
    expect(badNo.json()).toMatchObject({ field: 'payload.studentNo' });
  });

  it('姓名 is key information: it needs the 辅助材料; 性别 and 出生日期 follow the ID number', async () => {
    const p = await resident('居民改名');
    const renamed = formOf(p, { name: '居民新名' });
    const noProof = await file(clerk, renamed);
    expect(noProof.json()).toMatchObject({
      message: '变更了关键信息，请收取关键信息变更辅助材料',
      field: 'paperItems',
    });
    expect((await personOf(p.id)).name).toBe('居民改名');
    const ok = await file(clerk, renamed, [...PAPER, 'key-change-proof']);
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await personOf(p.id)).name).toBe('居民新名');

    const wrongSex = await file(
      clerk,
      formOf(p, { name: '居民新名', sex: p.sex === '1' ? '2' : '1' }),
    );
    expect(wrongSex.json()).toMatchObject({
      message: '性别与证件号码不一致',
      field: 'payload.sex',
    });
    const wrongBirth = await file(clerk, formOf(p, { name: '居民新名', birthDate: '1990-01-01' }));
    expect(wrongBirth.json()).toMatchObject({
      message: '出生日期与证件号码不一致',
      field: 'payload.birthDate',
    });
  });

  it('is for residents of the clerk’s regions, by staff with the right', async () => {
    const p = await resident('居民范围');
    const form = formOf(p, { phone: '13700003333' });
    const nothing = await file(clerk, formOf(p, {}));
    expect(nothing.statusCode).toBe(200); // fills 户口性质 and 居住地 the first time
    const same = await file(clerk, formOf(p, {}));
    expect(same.json()).toMatchObject({ message: '参保信息没有变化，无需保存' });
    expect((await file(yuxiClerk, form)).statusCode).toBe(403);
    const noRight = await file(plainStaff, form);
    expect(noRight.json().message).toBe('您没有人员信息维护的权限');
    const far = await file(clerk, formOf(p, { residenceDivisionCode: '530402' }));
    expect(far.json()).toMatchObject({
      message: '居住地不在参保地医保区划内',
      field: 'payload.residenceDivisionCode',
    });
    const employee = await createPerson(app, { name: '职工非居民' });
    await enrol(app.db, employee.id, '310');
    const notResident = await file(clerk, formOf({ ...employee, personCategory: '11' }));
    expect(notResident.statusCode).toBe(409);
    expect(notResident.json().message).toBe(
      '该人员没有正常参保的城乡居民基本医疗保险，不能办理城乡居民参保信息变更',
    );
  });

  it('城乡居民参保维护审核 lists what waits for 复核 by 证件号码, in the reviewer’s regions', async () => {
    const a = await resident('待审居民甲');
    const b = await resident('待审居民乙');
    const filed = (await file(clerk, formOf(a, { phone: '13700004444' }))).json();
    await file(clerk, formOf(b, { phone: '13700005555' }));
    const list = (cookie: string, query = '') =>
      app.inject({
        url: `/api/registry/resident-info-change/reviews${query}`,
        headers: { cookie },
      });
    const mine = await list(reviewer, `?certNo=${a.certNo.toLowerCase()}`);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json()).toMatchObject({ total: 1, page: 1, pageSize: 10 });
    expect(mine.json().items[0]).toMatchObject({
      id: filed.id,
      businessName: '城乡居民参保信息变更登记',
      subjectKind: '个人',
      subjectName: '待审居民甲',
      subjectCertNo: `${a.certNo.slice(0, 2)}*****${a.certNo.slice(-2)}`,
      nextLevel: '复核初审',
    });
    const all = (await list(reviewer)).json();
    expect(all.total).toBeGreaterThanOrEqual(2);
    await staffPost(app, clerk, `/api/review/${filed.id}/approve`);
    expect((await list(reviewer, `?certNo=${a.certNo}`)).json().items[0].nextLevel).toBe(
      '复核复审',
    );
    await staffPost(app, reviewer, `/api/review/${filed.id}/approve`);
    expect((await list(reviewer, `?certNo=${a.certNo}`)).json().total).toBe(0);
    expect((await list(yuxiReviewer)).json().total).toBe(0);
    expect((await list(plainStaff)).statusCode).toBe(403);
  });
});
