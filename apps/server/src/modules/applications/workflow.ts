import {
  APPLICATION_STATUS_LABELS,
  transition,
  type ApplicationEvent,
  type ApplicationState,
  type ApplicationStatus,
  type ReviewPolicy,
} from '@yibao/domain';
import { conflict } from '../../plugins/errors';
import type { AnyBusiness, BusinessContext, StoredApplication } from './business';
import { insertStep, updateApplication, type ApplicationRow } from './applications.repository';

export const STEP_LABELS: Readonly<Record<string, string>> = {
  submit: '提交',
  withdraw: '撤回',
  resubmit: '修改后重新提交',
  approve: '审核通过',
  reject: '审核不通过',
  return: '回退',
  claim: '领取',
  release: '释放',
  intake: '窗口受理',
};

export const stateOf = (row: ApplicationRow): ApplicationState => ({
  status: row.status as ApplicationStatus,
  policy: row.reviewPolicy as ReviewPolicy,
  levelsPassed: row.levelsPassed,
  reviewers: row.reviewers,
});

export const storedOf = (row: ApplicationRow): StoredApplication<Record<string, unknown>> => ({
  id: row.id,
  applicationNo: row.applicationNo,
  payload: row.payload,
  subjectPersonId: row.subjectPersonId,
  subjectUnitId: row.subjectUnitId,
  regionCode: row.regionCode,
  applicantType: row.applicantType,
  applicantId: row.applicantId,
  effectResult: row.effectResult,
});

/**
 * Moves a locked application through one event of the status machine: stores the new state,
 * applies or undoes the business's effect when the machine says so, and writes the step and the
 * audit row — all in the caller's transaction, so an effect is applied exactly once.
 */
export async function advance(
  ctx: BusinessContext,
  business: AnyBusiness,
  row: ApplicationRow,
  event: ApplicationEvent,
  step: { action: string; comment?: string | null; patch?: Partial<ApplicationRow> },
): Promise<ApplicationRow> {
  const result = transition(stateOf(row), event);
  if (!result.ok) throw conflict(result.reason);
  const next = result.state;
  const patch: Partial<ApplicationRow> = {
    ...step.patch,
    status: next.status,
    levelsPassed: next.levelsPassed,
    reviewers: [...next.reviewers],
    updatedAt: ctx.now,
  };
  if (next.status !== row.status && ['approved', 'rejected', 'revoked'].includes(next.status)) {
    patch.decidedAt = ctx.now;
  }
  // a refusal keeps its reason, whether a reviewer or the rules (系统自助审核) gave it
  if (event.type === 'reject' || event.type === 'return' || next.status === 'rejected')
    patch.decisionReason = step.comment ?? null;
  // a claim ends with the review it was taken for
  if (event.type === 'approve' || event.type === 'reject' || event.type === 'return') {
    patch.claimedBy = null;
    patch.claimedAt = null;
  }

  const stored = { ...storedOf(row), payload: patch.payload ?? row.payload };
  if (result.effect === 'apply') {
    // belt and braces: the machine already refuses a second approval of the same round
    if (row.effectAppliedAt) throw conflict('该办件已办结');
    patch.effectResult = await business.apply(ctx, stored);
    patch.effectAppliedAt = ctx.now;
  } else if (result.effect === 'compensate') {
    if (!row.effectAppliedAt || row.compensatedAt) throw conflict('该办件没有可撤销的办理结果');
    await business.compensate?.(ctx, stored);
    patch.compensatedAt = ctx.now;
  }

  await updateApplication(ctx.tx, row.id, patch);
  await insertStep(ctx.tx, {
    applicationId: row.id,
    action: step.action,
    fromStatus: event.type === 'submit' ? null : row.status,
    toStatus: next.status,
    level: result.level,
    actorType: ctx.actor.type,
    actorId: ctx.actor.id,
    actorName: ctx.actor.name,
    comment: step.comment ?? null,
    at: ctx.now,
  });
  await ctx.audit({
    action: `application.${step.action}`,
    entity: 'application',
    entityId: row.id,
    regionCode: row.regionCode,
    before: { status: row.status, levelsPassed: row.levelsPassed },
    after: {
      status: next.status,
      statusLabel: APPLICATION_STATUS_LABELS[next.status],
      levelsPassed: next.levelsPassed,
      ...(result.effect ? { effect: result.effect } : {}),
    },
  });
  return { ...row, ...patch, version: row.version + 1 } as ApplicationRow;
}
