import {
  RESIDENT_BATCH_COLUMNS,
  SPECIAL_IDENTITY_BATCH_COLUMNS,
  specialIdentityPayload,
  windowResidentEnrolmentPayload,
  type SpecialIdentityPayload,
  type WindowResidentEnrolmentPayload,
} from '@yibao/contracts';
import {
  and,
  enrolments,
  eq,
  gte,
  inArray,
  isNull,
  lte,
  or,
  persons,
  specialIdentities,
  type Executor,
} from '@yibao/db';
import { dictionaries, divisionPath } from '@yibao/db/dictionaries';
import { beijingDateOf, validateCertNo } from '@yibao/domain';
import type { z } from 'zod';
import type { SheetRow } from '../documents';
import type { StoredBatchRow } from './batch-import';
import { CHECK_OK } from './employee-batch.check';

/**
 * The row checks of the two resident batches (002 十三 (一) 城乡居民批量参保, (三) 特殊身份登记
 * 批量模式): each row read as the single form's payload, refused with the single form's words.
 */

export interface ResidentRow extends StoredBatchRow {
  payload: WindowResidentEnrolmentPayload | null;
  personId?: number;
  enrolmentId?: number;
}

export interface IdentityRow extends StoredBatchRow {
  payload: SpecialIdentityPayload | null;
  personId?: number;
  specialIdentityId?: number;
}

/** A dictionary's code for a cell that holds either the code or the name. */
function codeOf(dictionary: string, cell: string): string {
  const items = dictionaries.get(dictionary)?.items ?? [];
  return (items.find((i) => i.code === cell || i.name === cell) ?? { code: cell }).code;
}

const SEXES: Record<string, string> = { 男: '1', 女: '2', '1': '1', '2': '2' };
const HOUSEHOLD: Record<string, boolean> = {
  本市户籍: true,
  参保人为本市户籍: true,
  本市: true,
  外埠户籍: false,
  参保人为外埠户籍: false,
  外埠: false,
};
const YES_NO: Record<string, boolean> = { 是: true, 否: false };

/** The first problem of a payload, named by its template column. */
function refusal(error: z.ZodError, columns: readonly { key: string; title: string }[]): string {
  const issue = error.issues[0];
  const column = columns.find((c) => c.key === issue?.path[0]);
  return `${column ? `${column.title}：` : ''}${issue?.message ?? '格式不正确'}`;
}

/** Keys a row by its certificate; a later row of the same key repeats the first. */
function duplicates() {
  const first = new Map<string, number>();
  return (key: string, rowNumber: number) => {
    const seen = first.get(key);
    if (seen !== undefined) return `与第${seen}行证件号码重复`;
    first.set(key, rowNumber);
    return null;
  };
}

function residentPayloadOf(v: Record<string, string>, regionCode: string, today: string) {
  const parsed = windowResidentEnrolmentPayload.safeParse({
    regionCode,
    certType: codeOf('certificate-types', v.certType || '01'),
    certNo: v.certNo,
    name: v.name,
    sex: SEXES[v.sex ?? ''] ?? v.sex,
    ethnicity: codeOf('ethnicities', v.ethnicity || '汉族'),
    birthDate: v.birthDate,
    localHousehold: HOUSEHOLD[v.localHousehold ?? ''],
    admissionCategory: codeOf('person-categories', v.admissionCategory ?? ''),
    studentOrChild: YES_NO[v.studentOrChild ?? ''],
    householdType: codeOf('household-types', v.householdType ?? ''),
    householdDivisionCode: v.householdDivisionCode,
    residenceDivisionCode: v.residenceDivisionCode,
    residenceAddress: v.residenceAddress,
    phone: v.phone,
  });
  if (!parsed.success) return { error: refusal(parsed.error, RESIDENT_BATCH_COLUMNS) };
  const p = parsed.data;
  const cert = validateCertNo(p.certType, p.certNo, today);
  if (!cert.ok) return { error: `证件号码：${cert.message}` };
  if (p.birthDate > today) return { error: '出生日期不能晚于今天' };
  if (!divisionPath(p.residenceDivisionCode)?.includes(regionCode)) {
    return { error: '居住地不在所选医保区划内' };
  }
  return { payload: { ...p, certNo: cert.normalized } };
}

/** 城乡居民批量参保: every row's fields, duplicates within the file, then the registry. */
export async function checkResidentRows(
  db: Executor,
  rows: readonly SheetRow[],
  regionCode: string,
  now: Date,
): Promise<ResidentRow[]> {
  const today = beijingDateOf(now);
  const repeated = duplicates();
  const checked: ResidentRow[] = rows.map((row) => {
    const base = {
      rowNumber: row.rowNumber,
      certNo: row.values.certNo ?? '',
      name: row.values.name ?? '',
    };
    const read = residentPayloadOf(row.values, regionCode, today);
    if (!read.payload) return { ...base, message: read.error ?? '格式不正确', payload: null };
    const again = repeated(`${read.payload.certType}:${read.payload.certNo}`, row.rowNumber);
    if (again) return { ...base, message: again, payload: null };
    return { ...base, certNo: read.payload.certNo, message: null, payload: read.payload };
  });
  await residentsAgainstRegistry(db, checked);
  return checked.map((r) => (r.payload ? { ...r, message: CHECK_OK } : r));
}

/**
 * The registry's refusals, read once for all rows: the name of a known certificate, and one
 * basic scheme in force at a time. Used again at import, when the registry may have moved.
 */
export async function residentsAgainstRegistry(db: Executor, rows: ResidentRow[]) {
  const candidates = rows.filter((r) => r.payload);
  if (candidates.length === 0) return;
  const known = await db
    .select({
      id: persons.id,
      certType: persons.certType,
      certNo: persons.certNo,
      name: persons.name,
    })
    .from(persons)
    .where(inArray(persons.certNo, [...new Set(candidates.map((r) => r.payload?.certNo ?? ''))]));
  const byCert = new Map(known.map((p) => [`${p.certType}:${p.certNo}`, p]));
  const insured = new Set(
    known.length
      ? (
          await db
            .select({ personId: enrolments.personId })
            .from(enrolments)
            .where(
              and(
                inArray(
                  enrolments.personId,
                  known.map((p) => p.id),
                ),
                inArray(enrolments.insuranceType, ['310', '390']),
                eq(enrolments.status, '正常参保'),
              ),
            )
        ).map((e) => e.personId)
      : [],
  );
  for (const row of candidates) {
    const p = row.payload;
    const person = p ? byCert.get(`${p.certType}:${p.certNo}`) : undefined;
    if (!p || !person) continue;
    const why =
      person.name !== p.name
        ? '姓名与证件号码不一致'
        : insured.has(person.id)
          ? '该人员已参加基本医疗保险，不能重复参保'
          : null;
    if (why) Object.assign(row, { message: why, payload: null });
  }
}

const OPEN_END = '9999-12-31';

function identityPayloadOf(v: Record<string, string>, today: string) {
  const parsed = specialIdentityPayload.safeParse({
    certType: codeOf('certificate-types', v.certType || '01'),
    certNo: v.certNo,
    identityType: codeOf('special-identity-types', v.identityType ?? ''),
    startDate: v.startDate,
    endDate: v.endDate ?? '',
    source: v.source,
  });
  if (!parsed.success) return { error: refusal(parsed.error, SPECIAL_IDENTITY_BATCH_COLUMNS) };
  const p = parsed.data;
  if (!dictionaries.get('special-identity-types')?.items.some((i) => i.code === p.identityType)) {
    return { error: '特殊身份：请选择特殊身份类型' };
  }
  const cert = validateCertNo(p.certType, p.certNo, today);
  if (!cert.ok) return { error: `证件号码：${cert.message}` };
  return { payload: { ...p, certNo: cert.normalized } };
}

/** 特殊身份登记 · 批量模式: every row's fields, duplicates within the file, then the registry. */
export async function checkIdentityRows(
  db: Executor,
  rows: readonly SheetRow[],
  regionCode: string,
  now: Date,
): Promise<IdentityRow[]> {
  const today = beijingDateOf(now);
  const repeated = duplicates();
  const checked: IdentityRow[] = rows.map((row) => {
    const base = {
      rowNumber: row.rowNumber,
      certNo: row.values.certNo ?? '',
      name: row.values.name ?? '',
    };
    if (!base.name.trim()) return { ...base, message: '姓名：请输入姓名', payload: null };
    const read = identityPayloadOf(row.values, today);
    if (!read.payload) return { ...base, message: read.error ?? '格式不正确', payload: null };
    const p = read.payload;
    const again = repeated(`${p.certType}:${p.certNo}:${p.identityType}`, row.rowNumber);
    if (again) return { ...base, message: again, payload: null };
    return { ...base, name: base.name.trim(), certNo: p.certNo, message: null, payload: p };
  });
  await identitiesAgainstRegistry(db, checked, regionCode);
  return checked.map((r) => (r.payload ? { ...r, message: CHECK_OK } : r));
}

/**
 * A row's person must be a resident of the batch's region under that name, and hold no other
 * 有效 identity of the same type over any of its days. Used again at import (`importing`),
 * which notes each row's person.
 */
export async function identitiesAgainstRegistry(
  db: Executor,
  rows: IdentityRow[],
  regionCode: string,
  importing = false,
) {
  for (const row of rows) {
    const p = row.payload;
    if (!p) continue;
    const [person] = await db
      .select({ id: persons.id, name: persons.name, personNo: persons.personNo })
      .from(persons)
      .where(and(eq(persons.certType, p.certType), eq(persons.certNo, p.certNo)));
    const resident = person
      ? await db
          .select({ regionCode: enrolments.regionCode })
          .from(enrolments)
          .where(
            and(
              eq(enrolments.personId, person.id),
              eq(enrolments.insuranceType, '390'),
              inArray(enrolments.status, ['正常参保', '暂停参保']),
            ),
          )
      : [];
    const overlap =
      person && resident.length
        ? await db
            .select({ id: specialIdentities.id })
            .from(specialIdentities)
            .where(
              and(
                eq(specialIdentities.personId, person.id),
                eq(specialIdentities.identityType, p.identityType),
                eq(specialIdentities.status, '有效'),
                lte(specialIdentities.startDate, p.endDate === '' ? OPEN_END : p.endDate),
                or(isNull(specialIdentities.endDate), gte(specialIdentities.endDate, p.startDate)),
              ),
            )
            .limit(1)
        : [];
    const why = !person
      ? '未找到该证件号码的参保人员'
      : person.name !== row.name
        ? '姓名与证件号码不一致'
        : resident.length === 0
          ? '该人员不是城乡居民参保人员'
          : !resident.some((e) => e.regionCode === regionCode)
            ? '该人员不在所选医保区划参保'
            : overlap.length
              ? '该人员在此期间已有相同的特殊身份'
              : null;
    if (why || !person) Object.assign(row, { message: why, payload: null });
    // the 个人编号 shows once the row is imported
    else if (importing) Object.assign(row, { personId: person.id, personNo: person.personNo });
  }
}
