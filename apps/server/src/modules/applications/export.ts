import type { ApplicationItem } from '@yibao/contracts';
import { dictionaryLabel, divisionName } from '@yibao/db/dictionaries';

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

/**
 * The columns of 待办工作台's 待审核信息 that 打印 and 导出 may ask for: the table's own
 * (业务类型（当前环节）, 状态（领取人）…) and the fields its cells stack, each on its own.
 */
export const QUEUE_EXPORT_KEYS = [
  'applicationNo',
  'businessName',
  'nextLevel',
  'subjectName',
  'subjectCertNo',
  'applicantName',
  'regionCode',
  'submittedAt',
  'dueOn',
  'statusLabel',
  'claimedByName',
] as const;

/** A row of the printed or exported queue: the region's name, local times, the due warning. */
export const queueExportRow = (i: ApplicationItem): Record<string, unknown> => ({
  ...i,
  nextLevel: i.nextLevel ?? '',
  regionCode: divisionName(i.regionCode) ?? i.regionCode,
  submittedAt: beijingTime(i.submittedAt),
  dueOn: i.dueOn ? `${i.dueOn}${i.overdue ? '（已超期）' : i.dueToday ? '（今日到期）' : ''}` : '',
  claimedByName: i.claimedByName ?? '未领取',
});
