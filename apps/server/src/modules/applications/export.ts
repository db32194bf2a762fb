import type { ApplicationItem } from '@yibao/contracts';
import { dictionaryLabel } from '@yibao/db/dictionaries';

/** The columns of 办件信息查询列表 that 打印 and 导出 may ask for. */
export const APPLICATION_EXPORT_KEYS = [
  'applicationNo',
  'businessName',
  'insuranceType',
  'submittedAt',
  'status',
  'subjectName',
  'subjectCertType',
  'subjectCertNo',
  'decidedAt',
] as const;

/** `2026-01-31 08:05:09` in Asia/Shanghai (UTC+8, no daylight saving). */
const beijingTime = (iso: string) =>
  new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');

/** A row of the printed or exported list: names for codes, the status's word, local times. */
export const applicationExportRow = (i: ApplicationItem): Record<string, unknown> => ({
  ...i,
  insuranceType: i.insuranceType ? dictionaryLabel('insurance-types', i.insuranceType) : '',
  status: i.statusLabel,
  subjectCertType: dictionaryLabel('certificate-types', i.subjectCertType),
  submittedAt: beijingTime(i.submittedAt),
  decidedAt: i.decidedAt ? beijingTime(i.decidedAt) : '',
});
