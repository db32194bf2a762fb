import {
  EMPLOYEE_BATCH_COLUMNS,
  employeeEnrolmentPayload,
  type EmployeeEnrolmentPayload,
} from '@yibao/contracts';
import { and, enrolments, eq, inArray, persons, type Executor } from '@yibao/db';
import { dictionaries } from '@yibao/db/dictionaries';
import { beijingDateOf, firstDayOfNextMonth, parseYuanToFen, validateCertNo } from '@yibao/domain';
import type { SheetRow } from '../documents';

/** A row of the batch as stored: the payload to import, or why not. */
export interface CheckedRow {
  rowNumber: number;
  certNo: string;
  name: string;
  message: string | null;
  payload: Omit<EmployeeEnrolmentPayload, 'unitNo'> | null;
  /** filled by the import: who was enrolled, and what the person was before (for 复核) */
  personId?: number;
  personNo?: string;
  enrolmentId?: number;
  createdPerson?: boolean;
  previousUnitId?: number | null;
  previousCategory?: string;
}

export const CHECK_OK = '校验成功';

/** A dictionary's code for a cell that holds either the code or the name. */
function codeOf(dictionary: string, cell: string): string {
  const items = dictionaries.get(dictionary)?.items ?? [];
  return (items.find((i) => i.code === cell || i.name === cell) ?? { code: cell }).code;
}

const SEXES: Record<string, string> = { 男: '1', 女: '2', '1': '1', '2': '2' };

/** Reads one template row into the form's payload (without the unit): the words as codes. */
function payloadOf(values: Record<string, string>, today: string) {
  const wage = parseYuanToFen(values.wage ?? '');
  if (!wage.ok) return { error: `缴费工资（元）：${wage.message}` };
  const parsed = employeeEnrolmentPayload.omit({ unitNo: true }).safeParse({
    certType: codeOf('certificate-types', values.certType || '01'),
    certNo: values.certNo,
    name: values.name,
    sex: SEXES[values.sex ?? ''] ?? values.sex,
    ethnicity: codeOf('ethnicities', values.ethnicity || '汉族'),
    birthDate: values.birthDate,
    workStartDate: values.workStartDate ?? '',
    phone: values.phone,
    startDate: values.startDate,
    wageFen: wage.fen,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const column = EMPLOYEE_BATCH_COLUMNS.find(
      (c) => c.key === (issue?.path[0] === 'wageFen' ? 'wage' : issue?.path[0]),
    );
    return { error: `${column ? `${column.title}：` : ''}${issue?.message ?? '格式不正确'}` };
  }
  const p = parsed.data;
  const cert = validateCertNo(p.certType, p.certNo, today);
  if (!cert.ok) return { error: `证件号码：${cert.message}` };
  if (p.birthDate > today) return { error: '出生日期不能晚于今天' };
  if (p.startDate > firstDayOfNextMonth(today)) return { error: '参保日期不能晚于下月1日' };
  return { payload: { ...p, certNo: cert.normalized } };
}

/**
 * Checks every row of the template: its fields, duplicates within the file, and against the
 * registry (the name of a known certificate, one basic scheme at a time). Reads the registry
 * once for all rows.
 */
export async function checkEmployeeRows(
  db: Executor,
  rows: readonly SheetRow[],
  now: Date,
): Promise<CheckedRow[]> {
  const today = beijingDateOf(now);
  const firstRowOf = new Map<string, number>();
  const checked: CheckedRow[] = rows.map((row) => {
    const base = {
      rowNumber: row.rowNumber,
      certNo: row.values.certNo ?? '',
      name: row.values.name ?? '',
    };
    const read = payloadOf(row.values, today);
    if (!read.payload) return { ...base, message: read.error ?? '格式不正确', payload: null };
    const key = `${read.payload.certType}:${read.payload.certNo}`;
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      return { ...base, message: `与第${first}行证件号码重复`, payload: null };
    }
    firstRowOf.set(key, row.rowNumber);
    return { ...base, certNo: read.payload.certNo, message: null, payload: read.payload };
  });
  await checkAgainstRegistry(db, checked);
  return checked.map((r) => (r.payload ? { ...r, message: CHECK_OK } : r));
}

/** Marks the rows the registry refuses; used again at import, when the registry may have moved. */
export async function checkAgainstRegistry(db: Executor, rows: CheckedRow[]) {
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
  const insured = known.length
    ? await db
        .select({ personId: enrolments.personId, insuranceType: enrolments.insuranceType })
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
    : [];
  const schemeOf = new Map<number, string>();
  for (const e of insured) {
    if (schemeOf.get(e.personId) !== '310') schemeOf.set(e.personId, e.insuranceType);
  }
  for (const row of candidates) {
    const p = row.payload;
    if (!p) continue;
    const person = byCert.get(`${p.certType}:${p.certNo}`);
    if (!person) continue;
    const scheme = schemeOf.get(person.id);
    const refusal =
      person.name !== p.name
        ? '姓名与证件号码不一致'
        : scheme === '310'
          ? '该人员已参加职工基本医疗保险，不能重复参保'
          : scheme === '390'
            ? '该人员正在参加城乡居民基本医疗保险，请先办理城乡居民停保'
            : null;
    if (refusal) {
      row.message = refusal;
      row.payload = null;
    }
  }
}
