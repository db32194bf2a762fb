import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrol, getJson } from '../../../test/applications';
import {
  buildTestApp,
  createPerson,
  createStaff,
  staffCookie,
  type TestApp,
  seedRegions,
} from '../../../test/helpers';

describe('W02 参保证明开具 and the public 参保证明查验', () => {
  let app: TestApp;
  let clerk: string;
  let yuxiClerk: string;
  let reviewer: string;

  beforeAll(async () => {
    app = await buildTestApp();
    await seedRegions(app);
    await createStaff(app, 'cclerk01', { roles: ['clerk'] });
    await createStaff(app, 'cclerk02', { roles: ['clerk'], regions: ['530400'] });
    await createStaff(app, 'creviewer01', { roles: ['reviewer'] });
    clerk = await staffCookie(app, 'cclerk01');
    yuxiClerk = await staffCookie(app, 'cclerk02');
    reviewer = await staffCookie(app, 'creviewer01');
  });
  afterAll(async () => {
    await app.close();
  });

  const issue = (cookie: string, body: Record<string, unknown>) =>
    app.inject({
      method: 'POST',
      url: '/api/registry/certificates',
      headers: { cookie },
      payload: body,
    });

  it('issues a certificate with a serial number and a code, prints it, and the public page checks it', async () => {
    const p = await createPerson(app, { name: '证明人' });
    await enrol(app.db, p.id, '310');
    const res = await issue(clerk, {
      certType: '01',
      certNo: p.certNo,
      name: '证明人',
      kind: 'insured',
    });
    expect(res.statusCode, res.body).toBe(200);
    const cert = res.json();
    expect(cert.serialNo).toMatch(/^110000\d{8}\d{8}$/);
    expect(cert.verificationCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(cert.content).toMatchObject({
      name: '证明人',
      regionName: '北京市',
      enrolments: [{ insuranceType: '310', status: '正常参保', startDate: '2020-01-01' }],
    });

    const pdf = await app.inject({ url: cert.pdfUrl, headers: { cookie: clerk } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(
      (await app.inject({ url: cert.pdfUrl, headers: { cookie: yuxiClerk } })).statusCode,
    ).toBe(404);

    const checked = await app.inject(
      `/api/public/certificates/verify?serialNo=${cert.serialNo}&code=${cert.verificationCode.toLowerCase()}`,
    );
    expect(checked.statusCode, checked.body).toBe(200);
    expect(checked.json()).toMatchObject({
      serialNo: cert.serialNo,
      kind: 'insured',
      name: '证**',
      regionName: '北京市',
      enrolments: [{ insuranceType: '310' }],
    });
    expect(checked.json().certNo).not.toBe(p.certNo);
    const wrong = await app.inject(
      `/api/public/certificates/verify?serialNo=${cert.serialNo}&code=AAAAAAAA`,
    );
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().message).toBe('未找到该参保证明，请核对证明编号和验证码');

    const trace = await app.database.pool.query(
      `select action from audit_log where action = 'certificate.issue' and entity_id = $1`,
      [String(p.id)],
    );
    expect(trace.rows).toHaveLength(1);
  });

  it('refuses a wrong name, a person never insured, a local household for 无户籍, and staff without the right', async () => {
    const p = await createPerson(app, { name: '未参保人' });
    expect(
      (
        await issue(clerk, { certType: '01', certNo: p.certNo, name: '别人', kind: 'insured' })
      ).json(),
    ).toMatchObject({
      message: '姓名与证件号码不一致',
      field: 'name',
    });
    expect(
      (
        await issue(clerk, { certType: '01', certNo: p.certNo, name: '未参保人', kind: 'insured' })
      ).json().message,
    ).toBe('该人员没有参保记录，不能开具参保证明');
    await enrol(app.db, p.id, '390');
    await app.database.pool.query(
      `update persons set household_division_code = '110105' where id = $1`,
      [p.id],
    );
    expect(
      (
        await issue(clerk, {
          certType: '01',
          certNo: p.certNo,
          name: '未参保人',
          kind: 'no-household',
        })
      ).json().message,
    ).toBe('该人员为本统筹区户籍，请开具职工/居民参保证明');
    await app.database.pool.query(
      `update persons set household_division_code = '530402' where id = $1`,
      [p.id],
    );
    const ok = await issue(clerk, {
      certType: '01',
      certNo: p.certNo,
      name: '未参保人',
      kind: 'no-household',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await getJson(app, clerk, `/api/registry/certificates/${ok.json().id}`)).kind).toBe(
      'no-household',
    );
    expect(
      (
        await issue(reviewer, {
          certType: '01',
          certNo: p.certNo,
          name: '未参保人',
          kind: 'insured',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await issue(yuxiClerk, {
          certType: '01',
          certNo: p.certNo,
          name: '未参保人',
          kind: 'insured',
        })
      ).statusCode,
    ).toBe(404);
  });
});
