import { enrolments, institutions, persons } from '@yibao/db';
import { DOC_TYPE, DOCX_TYPE, makeCertNo18 } from '@yibao/domain';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { enrol, staffPost, upload } from '../../../test/applications';
import {
  boundOperatorCookie,
  buildTestApp,
  createPerson,
  createStaff,
  createUnit,
  staffCookie,
  type TestApp,
  seedRegions,
} from '../../../test/helpers';
import {
  sampleCompoundFile,
  sampleDocx,
  sampleZipWithoutWord,
  storedZip,
} from '../../../../../packages/domain/src/applications/word-documents.test-support';

/** 电子照片 as the guide wants it: jpg, 358×441 px, 9–20 KB. */
const PHOTO = readFileSync(
  path.join(
    path.dirname(fileURLToPath(import.meta.url)),
    '../../../test/fixtures/photo-358x441.jpg',
  ),
);

describe('U01 参保登记, U02 增员, U03 死亡减员 and 普通减员, U04 定点医疗机构变更, U05 信息维护 by a flexible-employment agency', () => {
  let app: TestApp;
  let agency: string;
  let agencyId: number;
  let clerk: string;

  beforeAll(async () => {
    app = await buildTestApp();
    await seedRegions(app);
    const unit = await createUnit(app, { name: '海淀区人才服务中心', unitType: 'agency-flex' });
    agencyId = unit.id;
    agency = await boundOperatorCookie(app, unit.id);
    await app.db.insert(institutions).values(
      ['北京灵活测试医院', '北京灵活第二医院'].map((name, i) => ({
        code: `H1101FLEX00${i + 1}`,
        name,
        kind: 'hospital',
        regionCode: '110000',
        divisionCode: '110108',
      })),
    );
    await createStaff(app, 'fclerk01', { roles: ['clerk'] });
    clerk = await staffCookie(app, 'fclerk01');
  });
  afterAll(async () => {
    await app.close();
  });

  const file = (
    businessCode: string,
    payload: Record<string, unknown>,
    materialIds: number[] = [],
  ) =>
    app.inject({
      method: 'POST',
      url: '/api/applications',
      headers: { cookie: agency },
      payload: { businessCode, channel: 'unit', payload, materialIds },
    });
  const enrolmentsOf = (personId: number) =>
    app.db
      .select()
      .from(enrolments)
      .where(eq(enrolments.personId, personId))
      .orderBy(asc(enrolments.id));
  const personOf = async (id: number) =>
    (await app.db.select().from(persons).where(eq(persons.id, id)))[0]!;
  /** A person the agency insures, through U02. */
  const member = async (name: string) => {
    const p = await createPerson(app, { name });
    const res = await file('flexible-addition', {
      name,
      certType: '01',
      certNo: p.certNo,
      personCategory: '14',
    });
    expect(res.json(), res.body).toMatchObject({ status: 'approved' });
    return p;
  };

  it('U02 takes a registry person into the agency at once; someone insured elsewhere is refused', async () => {
    const p = await member('灵活增员');
    expect(await personOf(p.id)).toMatchObject({ unitId: agencyId, personCategory: '14' });
    expect(await enrolmentsOf(p.id)).toMatchObject([
      { insuranceType: '310', personType: '14', status: '正常参保', unitId: agencyId },
    ]);
    const resident = await createPerson(app, { name: '居民不增' });
    await enrol(app.db, resident.id, '390');
    const refused = await file('flexible-addition', {
      name: '居民不增',
      certType: '01',
      certNo: resident.certNo,
      personCategory: '14',
    });
    expect(refused.json()).toMatchObject({
      status: 'rejected',
      decisionReason: '该人员正在参加城乡居民基本医疗保险，请先办理城乡居民停保',
    });
  });

  it('U03 死亡减员 waits for the front desk with the death certificate, then ends the enrolment', async () => {
    const p = await member('灵活身故');
    const noProof = await file('flexible-reduction-death', {
      name: '灵活身故',
      certType: '01',
      certNo: p.certNo,
    });
    expect(noProof.json()).toMatchObject({ message: '请上传死亡证明' });
    const proof = await upload(app, agency, 'flexible-reduction-death', 'death-certificate');
    expect(proof.statusCode, proof.body).toBe(200);
    const filed = await file(
      'flexible-reduction-death',
      { name: '灵活身故', certType: '01', certNo: p.certNo },
      [proof.json().id],
    );
    expect(filed.json()).toMatchObject({ status: 'submitted', statusLabel: '未审核' });
    expect((await enrolmentsOf(p.id))[0]?.status).toBe('正常参保');
    const approved = await staffPost(app, clerk, `/api/review/${filed.json().id}/approve`);
    expect(approved.json(), approved.body).toMatchObject({ status: 'approved' });
    expect((await enrolmentsOf(p.id))[0]).toMatchObject({ status: '终止参保' });
    expect((await enrolmentsOf(p.id))[0]?.endDate).toMatch(/^\d{4}-\d{2}-(28|29|30|31)$/);
    expect(await personOf(p.id)).toMatchObject({ status: '死亡', unitId: null });
  });

  it('U03 死亡证明 takes doc and docx by their signatures, within 5 MB; 电子照片 stays JPG', async () => {
    const item = ['flexible-reduction-death', 'death-certificate'] as const;
    const docx = await upload(app, agency, ...item, sampleDocx(), '死亡证明.docx');
    expect(docx.statusCode, docx.body).toBe(200);
    expect(docx.json()).toMatchObject({ contentType: DOCX_TYPE, fileName: '死亡证明.docx' });
    const doc = await upload(app, agency, ...item, sampleCompoundFile(), '死亡证明.doc');
    expect(doc.json(), doc.body).toMatchObject({ contentType: DOC_TYPE });
    const content = await app.inject({
      url: `/api/materials/${doc.json().id}/content`,
      headers: { cookie: agency },
    });
    expect(content.headers['content-type']).toBe(DOC_TYPE);

    const refusal = { code: 'VALIDATION_FAILED', field: 'file' };
    const message = '死亡证明只能上传JPG、PNG、DOC、DOCX、PDF格式的文件';
    for (const [bytes, name] of [
      [sampleZipWithoutWord(), '死亡证明.docx'],
      [sampleCompoundFile('Workbook'), '死亡证明.doc'],
      [Buffer.from('死亡证明'), '死亡证明.doc'],
    ] as const) {
      const res = await upload(app, agency, ...item, bytes, name);
      expect(res.statusCode, name).toBe(400);
      expect(res.json()).toMatchObject({ ...refusal, message });
    }
    const big = storedZip({
      '[Content_Types].xml': '<Types/>',
      'word/document.xml': 'x'.repeat(5 * 1024 * 1024),
    });
    const tooBig = await upload(app, agency, ...item, big, '死亡证明.docx');
    expect(tooBig.json()).toMatchObject({ ...refusal, message: '死亡证明的文件不能超过5MB' });

    const docxPhoto = await upload(
      app,
      agency,
      'flexible-enrolment',
      'photo',
      sampleDocx(),
      '照片.docx',
    );
    expect(docxPhoto.json()).toMatchObject({
      ...refusal,
      message: '电子照片只能上传JPG格式的文件',
    });
  });

  it('U03 普通减员 ends several persons at once; someone not the agency’s is refused', async () => {
    const a = await member('灵活甲减');
    const b = await member('灵活乙减');
    const res = await file('flexible-reduction', {
      reason: 'employed',
      persons: [
        { name: '灵活甲减', certType: '01', certNo: a.certNo },
        { name: '灵活乙减', certType: '01', certNo: b.certNo },
      ],
    });
    expect(res.json()).toMatchObject({ status: 'approved', subjectName: '灵活甲减等2人' });
    for (const p of [a, b]) {
      expect((await enrolmentsOf(p.id))[0]?.status).toBe('终止参保');
      expect((await personOf(p.id)).unitId).toBeNull();
    }
    const stranger = await createPerson(app, { name: '路人' });
    const refused = await file('flexible-reduction', {
      reason: 'moved',
      persons: [{ name: '路人', certType: '01', certNo: stranger.certNo }],
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toBe('路人不是本机构正常参保的灵活就业人员');
  });

  it('U04 changes a slot of the agency’s person by the rules', async () => {
    const p = await member('灵活换院');
    const res = await file('flexible-designated-hospital-change', {
      name: '灵活换院',
      certType: '01',
      certNo: p.certNo,
      slot: 1,
      institutionCode: 'H1101FLEX001',
    });
    expect(res.json()).toMatchObject({
      status: 'approved',
      effectResult: { slot: 1, name: '北京灵活测试医院' },
    });
    const again = await file('flexible-designated-hospital-change', {
      name: '灵活换院',
      certType: '01',
      certNo: p.certNo,
      slot: 2,
      institutionCode: 'H1101FLEX001',
    });
    expect(again.json()).toMatchObject({
      status: 'rejected',
      decisionReason: '该医院已是您的定点医疗机构1',
    });
  });

  const enrolmentForm = (certNo: string, overrides: Record<string, unknown> = {}) => ({
    name: '灵活新登',
    certType: '01',
    certNo,
    ethnicity: '01',
    sex: '1',
    birthDate: '1990-05-06',
    nationality: 'CHN',
    workStartDate: '2012-07-01',
    education: '21',
    identity: '工人',
    householdType: '20',
    contactName: '',
    contactPhone: '',
    householdDivisionCode: '110108',
    householdAddress: '北京市海淀区中关村大街1号',
    householdPostcode: '100080',
    residenceDivisionCode: '110108',
    residenceAddress: '北京市海淀区中关村大街1号',
    residencePostcode: '100080',
    personCategory: '14',
    phone: '13700007777',
    bankCode: '102',
    bankAccount: '6222020200001234567',
    email: 'flex@example.com',
    hospitals: ['H1101FLEX001', 'H1101FLEX002'],
    ...overrides,
  });

  it('U01 registers a new flexible employee with the photo and 定点医疗机构1–2', async () => {
    const badPhoto = await upload(app, agency, 'flexible-enrolment', 'photo');
    expect(badPhoto.statusCode).toBe(400);
    const photo = await upload(app, agency, 'flexible-enrolment', 'photo', PHOTO, '照片.jpg');
    expect(photo.statusCode, photo.body).toBe(200);
    const certNo = makeCertNo18('110108', '19900506', '031');
    const res = await file('flexible-enrolment', enrolmentForm(certNo), [photo.json().id]);
    expect(res.json(), res.body).toMatchObject({
      status: 'approved',
      effectResult: { hospitals: 2 },
    });
    const personId = Number(res.json().effectResult.personId);
    expect(await personOf(personId)).toMatchObject({
      name: '灵活新登',
      unitId: agencyId,
      personCategory: '14',
      identity: '工人',
      email: 'flex@example.com',
    });
    expect((await personOf(personId)).photoPath).toBeTruthy();
    expect(await enrolmentsOf(personId)).toMatchObject([{ personType: '14', status: '正常参保' }]);

    const missingSecond = await file(
      'flexible-enrolment',
      enrolmentForm(makeCertNo18('110108', '19900506', '058'), { hospitals: ['H1101FLEX001', ''] }),
      [],
    );
    expect(missingSecond.json()).toMatchObject({ message: '请选择定点医疗机构1和定点医疗机构2' });
    const photo2 = await upload(app, agency, 'flexible-enrolment', 'photo', PHOTO, '照片.jpg');
    const same = await file(
      'flexible-enrolment',
      enrolmentForm(makeCertNo18('110108', '19900506', '058'), {
        hospitals: ['H1101FLEX001', 'H1101FLEX001'],
      }),
      [photo2.json().id],
    );
    expect(same.json()).toMatchObject({
      status: 'rejected',
      decisionReason: '定点医疗机构2：该医院已是您的定点医疗机构1',
    });
  });

  it('U05 maintains the agency’s person at once', async () => {
    const p = await member('灵活维护');
    const res = await file('flexible-info-change', {
      ...enrolmentForm(p.certNo),
      name: '灵活维护',
      phone: '13700008888',
    });
    expect(res.json(), res.body).toMatchObject({ status: 'approved' });
    expect((await personOf(p.id)).phone).toBe('13700008888');
  });
});
