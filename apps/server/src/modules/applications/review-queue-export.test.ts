import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTableXlsx } from '../documents';
import {
  residentPayload,
  staffPost,
  submit,
  upload,
  verifiedPerson,
} from '../../../test/applications';
import { buildTestApp, createStaff, staffCookie, type TestApp } from '../../../test/helpers';

/** The columns 待办工作台 asks for: the table's, with the fields its cells stack apart. */
const COLUMNS = [
  { key: 'applicationNo', title: '办件编号' },
  { key: 'businessName', title: '业务类型' },
  { key: 'nextLevel', title: '当前环节' },
  { key: 'subjectName', title: '申办对象' },
  { key: 'subjectCertNo', title: '证件号码' },
  { key: 'regionCode', title: '医保区划' },
  { key: 'submittedAt', title: '申办日期' },
  { key: 'dueOn', title: '办理时限' },
  { key: 'statusLabel', title: '状态' },
  { key: 'claimedByName', title: '领取人' },
];
const columnsParam = encodeURIComponent(COLUMNS.map((c) => `${c.key}:${c.title}`).join(','));

describe('待办工作台: 打印 and 导出 of the work queue', () => {
  let app: TestApp;
  let clerk: string;
  let person: string;
  let auditor: string;
  const numbers: string[] = [];

  beforeAll(async () => {
    app = await buildTestApp();
    await createStaff(app, 'qclerk01', { roles: ['clerk'], name: '经办员甲' });
    clerk = await staffCookie(app, 'qclerk01');
    await app.database.pool.query(
      `INSERT INTO roles (code, name, rights) VALUES ('auditor', '审计员', ARRAY['audit.read'])`,
    );
    await createStaff(app, 'qaudit01', { roles: ['auditor'] });
    auditor = await staffCookie(app, 'qaudit01');
    for (const name of ['居民子', '居民丑']) {
      const who = await verifiedPerson(app, name);
      person = who.cookie;
      const file = await upload(app, who.cookie, 'resident-enrolment', 'household');
      const res = await submit(app, who.cookie, 'resident-enrolment', residentPayload(who.person), [
        file.json().id,
      ]);
      expect(res.statusCode, res.body).toBe(200);
      numbers.push(res.json().applicationNo);
    }
    const first = await app.inject({
      method: 'GET',
      url: '/api/review/queue?claim=unclaimed',
      headers: { cookie: clerk },
    });
    const id = first
      .json()
      .items.find((i: { applicationNo: string }) => i.applicationNo === numbers[0]).id;
    expect((await staffPost(app, clerk, `/api/review/${id}/claim`)).statusCode).toBe(200);
  });
  afterAll(async () => {
    await app.close();
  });

  const get = (url: string, cookie?: string) =>
    app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

  it('prints the queue as a PDF', async () => {
    const pdf = await get(
      `/api/review/queue?format=pdf&businessCode=resident-enrolment&title=${encodeURIComponent('待审核信息')}&columns=${columnsParam}`,
      clerk,
    );
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain(encodeURIComponent('待审核信息.pdf'));
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('exports the queue to Excel, honouring 领取情况 and naming the region and the claimer', async () => {
    const read = async (claim: string) => {
      const res = await get(
        `/api/review/queue?format=xlsx&claim=${claim}&columns=${columnsParam}`,
        clerk,
      );
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
      const sheet = await readTableXlsx(res.rawPayload, COLUMNS);
      expect(sheet.missingColumns).toEqual([]);
      return sheet.rows.map((r) => r.values);
    };

    const mine = await read('mine');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      applicationNo: numbers[0],
      businessName: '居民参保登记',
      nextLevel: '审核',
      subjectName: '居民子',
      regionCode: '北京市',
      statusLabel: '未审核',
      claimedByName: '经办员甲',
    });
    expect(mine[0]!.subjectCertNo).toContain('*');
    expect(mine[0]!.submittedAt).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(mine[0]!.dueOn).toMatch(/^\d{4}-\d\d-\d\d/);

    const unclaimed = await read('unclaimed');
    expect(unclaimed.map((r) => r.applicationNo)).toEqual([numbers[1]]);
    expect(unclaimed[0]!.claimedByName).toBe('未领取');
  });

  it('refuses a column the queue does not have', async () => {
    const bad = await get('/api/review/queue?format=xlsx&columns=payload:申报信息', clerk);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('columns');
  });

  it('keeps the export from applicants, the signed-out and staff without 办件审核', async () => {
    for (const format of ['pdf', 'xlsx']) {
      const url = `/api/review/queue?format=${format}`;
      expect((await get(url)).statusCode).toBe(401);
      expect((await get(url, person)).statusCode).toBe(401);
      expect((await get(url, auditor)).statusCode).toBe(403);
    }
  });
});
