import { makeCertNo18 } from '@yibao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrol, getJson, verifiedPerson } from '../../../test/applications';
import { buildTestApp, type TestApp } from '../../../test/helpers';
import { personFlows, qrSignIn } from '../../../test/person';

describe('registry: the person’s own record and 参保人员新参保申报信息查询', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  const check = (cookie: string, body: Record<string, unknown>) =>
    app.inject({
      method: 'POST',
      url: '/api/resident-enrolment/check',
      headers: { cookie },
      payload: body,
    });

  it('answers the verified person’s current basic information, unmasked, with the schemes in force', async () => {
    const who = await verifiedPerson(app, '职工甲');
    await app.database.pool.query(
      `update persons set email = 'a@example.com', bank_code = '104', bank_account = '6222000011112222',
              household_postcode = '100077' where id = $1`,
      [who.person.id],
    );
    await enrol(app.db, who.person.id, '310');
    const me = await getJson(app, who.cookie, '/api/me/person');
    expect(me).toMatchObject({
      name: '职工甲',
      certType: '01',
      certNo: who.person.certNo,
      phone: who.phone,
      email: 'a@example.com',
      bankCode: '104',
      bankAccount: '6222000011112222',
      householdPostcode: '100077',
      regionCode: '110000',
      activeInsuranceTypes: ['310'],
    });
  });

  it('answers the person’s own 参保信息 and 职工参保缴费信息 from a start month', async () => {
    const who = await verifiedPerson(app, '职工查缴费');
    await enrol(app.db, who.person.id, '310');
    await app.database.pool.query(
      `insert into contributions (person_id, region_code, insurance_type, period, base_fen,
         unit_amount_fen, personal_amount_fen, status)
       select $1, '110000', '310', p, 600000, 58800, 12000, '已到账'
       from unnest(array[202501, 202502, 202503]) p`,
      [who.person.id],
    );
    const enrolments = await getJson(app, who.cookie, '/api/me/enrolments');
    expect(enrolments.items).toMatchObject([{ insuranceType: '310', status: '正常参保' }]);
    const paid = await getJson(app, who.cookie, '/api/me/contributions?from=202502');
    expect(paid).toMatchObject({
      total: 2,
      totals: { months: 2, unitAmountFen: 117_600, personalAmountFen: 24_000 },
    });
    expect(paid.items.map((c: { period: number }) => c.period)).toEqual([202503, 202502]);
    const none = await app.inject({
      url: '/api/me/contributions',
      headers: { cookie: who.cookie },
    });
    expect(none.statusCode).toBe(400);
    const me = await getJson(app, who.cookie, '/api/me/person');
    expect(me).toMatchObject({ personNo: who.person.personNo, nationality: 'CHN', unitName: null });
  });

  it('refuses a person not yet verified', async () => {
    const flows = personFlows(app);
    await flows.register('13760000001');
    const cookie = flows.cookieOf(await flows.login('13760000001'));
    const res = await app.inject({ method: 'GET', url: '/api/me/person', headers: { cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toBe('请先完成实名认证');
  });

  it('checks 为自己办理: one’s own identity, and not insured yet', async () => {
    const who = await verifiedPerson(app, '居民甲');
    const self = { forWhom: 'self', name: '居民甲', certType: '01', certNo: who.person.certNo };
    const ok = await check(who.cookie, self);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ certNo: who.person.certNo });

    const other = await check(who.cookie, { ...self, name: '别人' });
    expect(other.statusCode).toBe(400);
    expect(other.json()).toMatchObject({
      message: '为自己办理时，姓名和证件须与本人实名信息一致',
      field: 'certNo',
    });

    await enrol(app.db, who.person.id, '390');
    const insured = await check(who.cookie, self);
    expect(insured.statusCode).toBe(409);
    expect(insured.json()).toMatchObject({
      message: '该人员已参加基本医疗保险，不能重复参保',
      field: 'certNo',
    });
  });

  it('allows 为他人办理 only after an e-voucher QR sign-in, and checks the number', async () => {
    const who = await verifiedPerson(app, '家长乙');
    const child = {
      forWhom: 'other',
      name: '孩子乙',
      certType: '01',
      certNo: makeCertNo18('110105', '20190301', '456'),
    };
    const byPassword = await check(who.cookie, child);
    expect(byPassword.statusCode).toBe(403);
    expect(byPassword.json().message).toBe('通过医保电子凭证扫码方式登录才可以选择【为他人办理】');

    const portal = await qrSignIn(app, who.cookie);
    const ok = await check(portal, { ...child, certNo: child.certNo.toLowerCase() });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ certNo: child.certNo });

    const wrongDigit = child.certNo.slice(0, 17) + (child.certNo.endsWith('0') ? '1' : '0');
    const bad = await check(portal, { ...child, certNo: wrongDigit });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('certNo');

    // a person the registry knows must be named as the registry names them
    const known = await check(portal, { ...child, name: '别名', certNo: who.person.certNo });
    expect(known.statusCode).toBe(400);
    expect(known.json()).toMatchObject({ message: '姓名与证件号码不一致', field: 'name' });
  });
});
