import type { ApplicationItem, BusinessItem, MaterialItem } from '@yibao/contracts';
import {
  APPLICATION_STATUS_LABELS,
  awaitsReview,
  levelName,
  maskCertNo,
  REVIEW_POLICY_LABELS,
  reviewLevels,
  type ApplicationStatus,
  type ReviewPolicy,
} from '@yibao/domain';
import type { AnyBusiness } from './business';
import type { ApplicationRow, ApplicationStepRow, MaterialRow } from './applications.repository';
import { STEP_LABELS } from './workflow';

export const businessItemOf = (b: AnyBusiness): BusinessItem => ({
  code: b.code,
  name: b.name,
  channels: [...b.channels],
  review: b.review,
  reviewLabel: REVIEW_POLICY_LABELS[b.review],
  timeLimitDays: b.timeLimitDays,
  serviceItemNo: b.serviceItemNo ?? null,
  materials: b.materials.map((m) => ({ ...m, types: [...m.types] })),
});

/** The next review an application waits for (初审, 复审, 审核 …), or null. */
export function nextLevelOf(row: ApplicationRow): string | null {
  const policy = row.reviewPolicy as ReviewPolicy;
  if (!awaitsReview(row.status as ApplicationStatus)) return null;
  const level = row.levelsPassed + 1;
  return level <= reviewLevels(policy) ? levelName(policy, level) : null;
}

export function applicationItemOf(
  row: ApplicationRow,
  claimedByName: string | null,
  businessName: string,
  today: string,
  mask = true,
): ApplicationItem {
  const waiting = awaitsReview(row.status as ApplicationStatus);
  return {
    id: row.id,
    applicationNo: row.applicationNo,
    businessCode: row.businessCode,
    businessName,
    channel: row.channel,
    status: row.status as ApplicationStatus,
    statusLabel: APPLICATION_STATUS_LABELS[row.status as ApplicationStatus],
    reviewPolicy: row.reviewPolicy as ReviewPolicy,
    levelsPassed: row.levelsPassed,
    nextLevel: nextLevelOf(row),
    subjectName: row.subjectName,
    subjectCertType: row.subjectCertType,
    subjectCertNo: mask && row.subjectCertNo ? maskCertNo(row.subjectCertNo) : row.subjectCertNo,
    insuranceType: row.insuranceType,
    applicantName: row.applicantName,
    regionCode: row.regionCode,
    submittedAt: row.submittedAt.toISOString(),
    dueOn: row.dueOn,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    claimedBy: row.claimedBy,
    claimedByName,
    overdue: waiting && row.dueOn !== null && row.dueOn < today,
    dueToday: waiting && row.dueOn === today,
  };
}

export const materialItemOf = (m: MaterialRow): MaterialItem => ({
  id: m.id,
  itemCode: m.itemCode,
  fileName: m.fileName,
  contentType: m.contentType,
  bytes: m.bytes,
  width: m.width,
  height: m.height,
  onPaper: m.onPaper,
  uploadedAt: m.uploadedAt.toISOString(),
});

export const stepItemOf = (s: ApplicationStepRow) => ({
  action: s.action,
  actionLabel: STEP_LABELS[s.action] ?? s.action,
  fromStatus: s.fromStatus,
  toStatus: s.toStatus,
  level: s.level,
  actorType: s.actorType,
  actorName: s.actorName,
  comment: s.comment,
  at: s.at.toISOString(),
});
