import {
  FLEXIBLE_BATCH_COLUMNS,
  flexibleWindowEnrolmentPayload,
  type FlexibleWindowEnrolmentPayload,
} from '@yibao/contracts';
import { dictionaries } from '@yibao/db/dictionaries';
import { parseYuanToFen } from '@yibao/domain';
import { AppError } from '../../plugins/errors';
import type { BusinessContext } from '../applications';
import type { SheetRow } from '../documents';
import type { StoredBatchRow } from './batch-import';
import { CHECK_OK } from './employee-batch.check';
import { checkFlexibleEnrolment } from './flexible-window-enrolment.business';

/**
 * The row checks of 灵活就业人员新参保/续保 · 批量模式 (002 十二 (四)): each row read as the single
 * form's payload for the batch's agency, then refused by the single business's own rules in the
 * single business's words.
 */

export interface FlexibleRow extends StoredBatchRow {
  payload: FlexibleWindowEnrolmentPayload | null;
  /** filled by the import: what the single business's 复核 undo needs */
  personId?: number;
  enrolmentId?: number;
  endedIds?: number[];
}

/** A dictionary's code for a cell that holds either the code or the name. */
function codeOf(dictionary: string, cell: string): string {
  const items = dictionaries.get(dictionary)?.items ?? [];
  return (items.find((i) => i.code === cell || i.name === cell) ?? { code: cell }).code;
}

const SEXES: Record<string, string> = { 男: '1', 女: '2', '1': '1', '2': '2' };

/** Reads one template row into the single form's payload, the agency being the batch's. */
function payloadOf(values: Record<string, string>, unitNo: string) {
  const base = parseYuanToFen(values.base ?? '');
  if (!base.ok) return { error: `缴费基数（元）：${base.message}` };
  const parsed = flexibleWindowEnrolmentPayload.safeParse({
    unitNo,
    certType: codeOf('certificate-types', values.certType || '01'),
    certNo: values.certNo,
    name: values.name,
    sex: SEXES[values.sex ?? ''] ?? values.sex,
    ethnicity: codeOf('ethnicities', values.ethnicity || '汉族'),
    birthDate: values.birthDate,
    workStartDate: values.workStartDate ?? '',
    education: '',
    politicalStatus: '',
    maritalStatus: '',
    householdType: '',
    phone: values.phone,
    email: '',
    startDate: values.startDate,
    baseFen: base.fen,
  });
  if (parsed.success) return { payload: parsed.data };
  const issue = parsed.error.issues[0];
  const key = issue?.path[0] === 'baseFen' ? 'base' : issue?.path[0];
  const column = FLEXIBLE_BATCH_COLUMNS.find((c) => c.key === key);
  return { error: `${column ? `${column.title}：` : ''}${issue?.message ?? '格式不正确'}` };
}

/**
 * The single business's check of one row, or its refusal. Anything but a refusal (the
 * database failing) is not the row's fault and fails the whole check or import.
 */
export async function refusalOf(
  ctx: BusinessContext,
  p: FlexibleWindowEnrolmentPayload,
  lock = false,
) {
  try {
    return { checked: await checkFlexibleEnrolment(ctx, p, lock) };
  } catch (err) {
    if (err instanceof AppError) return { refusal: err.message };
    throw err;
  }
}

/**
 * Checks every row of the template for the agency `unitNo`: its fields, duplicates within the
 * file, then the single business's rules (the agency, the certificate, the name of a known
 * person, one basic scheme at a time, a 续保 after its 中断日期). Writes nothing.
 */
export async function checkFlexibleRows(
  ctx: BusinessContext,
  rows: readonly SheetRow[],
  unitNo: string,
): Promise<FlexibleRow[]> {
  const firstRowOf = new Map<string, number>();
  const checked: FlexibleRow[] = [];
  for (const row of rows) {
    const base = {
      rowNumber: row.rowNumber,
      certNo: row.values.certNo ?? '',
      name: row.values.name ?? '',
    };
    const read = payloadOf(row.values, unitNo);
    if (!read.payload) {
      checked.push({ ...base, message: read.error ?? '格式不正确', payload: null });
      continue;
    }
    const verdict = await refusalOf(ctx, read.payload);
    if (!verdict.checked) {
      checked.push({ ...base, message: verdict.refusal ?? '格式不正确', payload: null });
      continue;
    }
    const certNo = verdict.checked.certNo;
    const key = `${read.payload.certType}:${certNo}`;
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      checked.push({ ...base, message: `与第${first}行证件号码重复`, payload: null });
      continue;
    }
    firstRowOf.set(key, row.rowNumber);
    checked.push({ ...base, certNo, message: CHECK_OK, payload: { ...read.payload, certNo } });
  }
  return checked;
}
