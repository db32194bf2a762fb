import type { ServiceItemDetail, ServiceItemSummary } from '@yibao/contracts';
import { partLabel } from '@yibao/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifiedPerson } from '../../../test/applications';
import { buildTestApp, createStaff, staffCookie, type TestApp } from '../../../test/helpers';

/** The number of pages of a PDF that pdfkit wrote (its page dictionaries are not compressed). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;

describe('办事指南: the 41 service items of guide 002', () => {
  let app: TestApp;
  let clerk: string;

  beforeAll(async () => {
    app = await buildTestApp();
    await createStaff(app, 'guide01');
    clerk = await staffCookie(app, 'guide01');
  });
  afterAll(async () => {
    await app.close();
  });

  const get = (url: string, cookie = clerk) =>
    app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

  it('lists the 41 items with their kind, time limit and the businesses built for them', async () => {
    const res = await get('/api/service-items');
    expect(res.statusCode).toBe(200);
    const items = (res.json() as { items: ServiceItemSummary[] }).items;
    expect(items).toHaveLength(41);
    expect(items.map((i) => i.no)).toEqual(Array.from({ length: 41 }, (_, i) => i + 1));
    expect(items[12]).toMatchObject({
      no: 13,
      name: '城乡居民参保登记',
      kind: 'business',
      kindLabel: '业务',
      timeLimitText: '即时办结',
      businesses: [
        { code: 'resident-enrolment', name: '居民参保登记' },
        { code: 'resident-enrolment-window', name: '城乡居民新参保/续保' },
        { code: 'resident-suspension', name: '城乡居民停保' },
        { code: 'special-identity', name: '城乡居民特殊身份登记' },
        { code: 'cardless-settlement', name: '开通无卡结算' },
        { code: 'resident-enrolment-batch', name: '城乡居民新参保/续保（批量）' },
        { code: 'special-identity-batch', name: '城乡居民特殊身份登记（批量）' },
      ],
    });
    expect(items[12]!.partNames).toContain('城乡居民停保');
    expect(items[2]).toMatchObject({ kindLabel: '查询', businesses: [] });
    expect(items[0]).toMatchObject({ timeLimitText: '5个工作日' });
    expect(items[11]!.timeLimitText).toBe('各子项不同，见详情');
    expect(items[16]!.timeLimitText).toBe('6个工作日（部分子项未写明）');
    expect(items[39]).toMatchObject({ kind: 'info', kindLabel: '信息', timeLimitText: null });
    // every business type that names an item of the guide is shown with it
    const linked = items.flatMap((i) => i.businesses.map((b) => b.code));
    expect(linked).toContain('person-info-change');
  });

  it('answers one item whole: its parts, materials, operation pages and businesses', async () => {
    const res = await get('/api/service-items/13');
    expect(res.statusCode).toBe(200);
    const item = res.json() as ServiceItemDetail;
    expect(item).toMatchObject({ no: 13, name: '城乡居民参保登记', featureIds: ['W13'] });
    expect(item.parts).toHaveLength(6);
    const first = item.parts[0]!;
    expect(first).toMatchObject({
      no: 1,
      name: '城乡居民新参保/续保',
      audience: '自然人、学校。',
      timeLimit: { kind: 'immediate' },
      timeLimitText: '即时办结。',
      operations: ['城乡居民新参保/续保', '城乡居民参保审核'],
    });
    expect(first.materials[0]).toEqual({
      name: '医保电子凭证或有效身份证件或金融社保卡',
      required: true,
    });
    expect(first.materials.some((m) => !m.required && m.group === '新生儿')).toBe(true);
    expect(item.annexReferences).toContainEqual({
      ref: '附件5',
      context: '《城乡居民基本医疗保险参保登记表》（附件5）',
    });
    expect(item.businesses).toHaveLength(7);
    expect(item.businesses[0]).toMatchObject({
      code: 'resident-enrolment',
      serviceItemNo: 13,
      reviewLabel: expect.any(String),
      // 居民参保登记 is filed by the person on the portal or the phone
      windowIntake: false,
    });
    expect(item.businesses[1]).toMatchObject({
      code: 'resident-enrolment-window',
      name: '城乡居民新参保/续保',
      // the window's own business: filed by a clerk from the paper form
      windowIntake: true,
    });
    expect(item.businesses[1]!.materials.map((m) => m.code)).toEqual([
      'id-document',
      'enrolment-form',
      'newborn-or-student',
      'special-group',
    ]);
    expect(item.businesses[0]!.materials.map((m) => m.code)).toEqual(['photo', 'household']);
  });

  it('lists a form cited several times once', async () => {
    const item = (await get('/api/service-items/12')).json() as ServiceItemDetail;
    const refs = item.annexReferences.map((r) => r.ref);
    expect(refs.filter((r) => r === '附件2')).toHaveLength(1);
    expect(refs).toEqual(expect.arrayContaining(['附件2', '附件3', '附件4']));
  });

  it('ties a cited form to the annex of item 41 with the same title', async () => {
    const item = (await get('/api/service-items/26')).json() as ServiceItemDetail;
    const ref = item.annexReferences.find((r) => r.ref === '附件12');
    expect(ref?.annexNo).toBe('3');
  });

  it('answers the phone list (40) and the annexes (41)', async () => {
    const phones = (await get('/api/service-items/40')).json() as ServiceItemDetail;
    expect(phones.phoneDirectory).toHaveLength(10);
    expect(phones.phoneDirectory![0]).toMatchObject({ area: '玉溪市', office: ['2018943'] });
    expect(phones.phoneDirectoryColumns?.medicalBenefit).toBe('医疗待遇');
    const annexes = (await get('/api/service-items/41')).json() as ServiceItemDetail;
    expect(annexes.annexes?.[0]).toMatchObject({ no: '1' });
    expect(annexes.annexes?.find((a) => a.no === '1-2')?.text).toContain('奖励');
  });

  it('answers 404 for an item the guide does not have and 400 for a wrong number', async () => {
    expect((await get('/api/service-items/42')).statusCode).toBe(400);
    expect((await get('/api/service-items/abc')).statusCode).toBe(400);
    expect((await get('/api/service-items/0/checklist.pdf')).statusCode).toBe(400);
  });

  it('prints 申办资料清单 as a PDF', async () => {
    const res = await get('/api/service-items/13/checklist.pdf');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('inline');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    expect(pdf.toString('latin1')).toContain('/FontFile2');
    // the footer on every page does not push a page of its own
    const single = (await get('/api/service-items/14/checklist.pdf')).rawPayload;
    expect(pageCount(single)).toBe(1);
    // item 12 has 18 parts: several pages; items without materials print too
    expect(
      pageCount((await get('/api/service-items/12/checklist.pdf')).rawPayload),
    ).toBeGreaterThan(1);
    expect((await get('/api/service-items/40/checklist.pdf')).statusCode).toBe(200);
  });

  it('is for signed-in staff only', async () => {
    expect((await get('/api/service-items', '')).statusCode).toBe(401);
    expect((await get('/api/service-items/13', '')).statusCode).toBe(401);
    expect((await get('/api/service-items/13/checklist.pdf', '')).statusCode).toBe(401);
    const person = await verifiedPerson(app, '指南甲');
    expect((await get('/api/service-items', person.cookie)).statusCode).toBe(401);
  });

  it('numbers the parts as the guide does', () => {
    expect([1, 9, 10, 12, 18, 20].map(partLabel)).toEqual([
      '（一）',
      '（九）',
      '（十）',
      '（十二）',
      '（十八）',
      '（二十）',
    ]);
  });
});
