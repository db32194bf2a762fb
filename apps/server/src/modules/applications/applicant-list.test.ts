import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getJson,
  residentPayload,
  submit,
  upload,
  verifiedPerson,
} from '../../../test/applications';
import { buildTestApp, type TestApp } from '../../../test/helpers';

describe('办件进度查询: the applicant’s filters, 打印 and 导出', () => {
  let app: TestApp;
  let cookie: string;

  beforeAll(async () => {
    app = await buildTestApp();
    const who = await verifiedPerson(app, '居民丁');
    cookie = who.cookie;
    const file = await upload(app, cookie, 'resident-enrolment', 'household');
    const res = await submit(app, cookie, 'resident-enrolment', residentPayload(who.person), [
      file.json().id,
    ]);
    expect(res.statusCode, res.body).toBe(200);
  });
  afterAll(async () => {
    await app.close();
  });

  it('filters by 证件类型 with 证件号码', async () => {
    expect((await getJson(app, cookie, '/api/applications?certType=01')).total).toBe(1);
    expect((await getJson(app, cookie, '/api/applications?certType=17')).total).toBe(0);
  });

  it('prints the list as a PDF and exports it to Excel, with names for codes', async () => {
    const columns = encodeURIComponent(
      'businessName:业务类型,insuranceType:险种类型,submittedAt:申办日期,status:审核状态,subjectCertType:证件类型',
    );
    const pdf = await app.inject({
      method: 'GET',
      url: `/api/applications?format=pdf&title=${encodeURIComponent('办件信息查询列表')}&columns=${columns}`,
      headers: { cookie },
    });
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const xlsx = await app.inject({
      method: 'GET',
      url: `/api/applications?format=xlsx&columns=${columns}`,
      headers: { cookie },
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');

    const bad = await app.inject({
      method: 'GET',
      url: '/api/applications?format=xlsx&columns=payload:申报信息',
      headers: { cookie },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('columns');
  });
});
