import { Empty, Tag, Timeline, Typography } from 'antd';
import type { TimelineItemProps } from 'antd';
import type { ApplicationDetail } from '@yibao/contracts';
import {
  APPLICATION_STATUS_LABELS,
  APPLICATION_STATUSES,
  levelName,
  type ApplicationStatus,
  type ReviewPolicy,
} from '@yibao/domain';
import { formatDateTime } from '../../../shared/format';

export type ApplicationStepItem = ApplicationDetail['steps'][number];

/** The colour of a step's dot: decisions green or red, sending back orange, the rest blue or grey. */
const STEP_COLORS: Readonly<Record<string, string>> = {
  submit: 'blue',
  resubmit: 'blue',
  intake: 'blue',
  approve: 'green',
  reject: 'red',
  return: 'orange',
  withdraw: 'gray',
  claim: 'gray',
  release: 'gray',
};

/** What the step's comment is: the reason of a refusal or return, the reviewer's opinion. */
const COMMENT_LABELS: Readonly<Record<string, string>> = {
  reject: '不通过原因',
  return: '回退原因',
  approve: '审核意见',
  withdraw: '撤回说明',
};

const ACTOR_TYPES: Readonly<Record<string, string>> = {
  staff: '经办人员',
  person: '申办人',
  'unit-operator': '单位经办人',
  system: '系统',
};

/** The step's title: 审核通过（初审）, 回退（审核）, 提交 … */
export function stepTitle(step: ApplicationStepItem, policy: ReviewPolicy): string {
  return step.level === null
    ? step.actionLabel
    : `${step.actionLabel}（${levelName(policy, step.level)}）`;
}

export interface StepsTimelineProps {
  steps: readonly ApplicationStepItem[];
  reviewPolicy: ReviewPolicy;
  /** show 领取 and 释放 too (the console); the applicant sees the decisions only */
  showClaims?: boolean;
}

/** 办理过程: every step of an application, oldest first, with who did it, when and why. */
export function StepsTimeline({ steps, reviewPolicy, showClaims = false }: StepsTimelineProps) {
  const shown = steps.filter((s) => showClaims || (s.action !== 'claim' && s.action !== 'release'));
  if (shown.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无办理记录" />;
  }
  const items: TimelineItemProps[] = shown.map((step, index) => ({
    key: `${step.at}-${index}`,
    color: STEP_COLORS[step.action] ?? 'gray',
    content: (
      <div className="steps-timeline-item" data-action={step.action}>
        <div className="steps-timeline-head">
          <Typography.Text strong>{stepTitle(step, reviewPolicy)}</Typography.Text>
          <Typography.Text type="secondary" className="steps-timeline-time">
            {formatDateTime(step.at)}
          </Typography.Text>
        </div>
        <div className="steps-timeline-actor">
          {ACTOR_TYPES[step.actorType] ?? step.actorType}：{step.actorName || '—'}
          {step.fromStatus !== step.toStatus && step.action !== 'submit' && (
            <Tag className="steps-timeline-status">{statusWord(step.toStatus)}</Tag>
          )}
        </div>
        {step.comment && (
          <div className="steps-timeline-comment">
            {COMMENT_LABELS[step.action] ?? '说明'}：{step.comment}
          </div>
        )}
      </div>
    ),
  }));
  return <Timeline className="steps-timeline" items={items} />;
}

/** The guides' word for a step's resulting status. */
const statusWord = (status: string) =>
  (APPLICATION_STATUSES as readonly string[]).includes(status)
    ? APPLICATION_STATUS_LABELS[status as ApplicationStatus]
    : status;
