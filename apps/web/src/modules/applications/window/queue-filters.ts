import type { BusinessItem, QueueQuery } from '@yibao/contracts';
import { levelName, reviewLevels } from '@yibao/domain';
import type { Filters } from '../../../shared/table-query';

/** The work queue's filters as the form holds them (level as a number, the rest as codes). */
export interface QueueFilterValues {
  businessCode?: string | undefined;
  level?: number | undefined;
  claim?: NonNullable<QueueQuery['claim']>;
  due?: QueueQuery['due'];
}

export const CLAIM_OPTIONS = [
  { value: 'all', label: '全部' },
  { value: 'mine', label: '我领取的' },
  { value: 'unclaimed', label: '未领取' },
] as const;

export const DUE_OPTIONS = [
  { value: 'overdue', label: '已超期' },
  { value: 'today', label: '今日到期' },
] as const;

/** The business types a clerk reviews: every one but those decided by the system. */
export const reviewedBusinesses = (items: readonly BusinessItem[]) =>
  items.filter((b) => b.review !== 'auto');

/**
 * 审核级别 options: 审核 and 初审 are the first review, 复审 the second; a chosen business names
 * its own levels (复核初审 …). The queue's `level` is that number.
 */
export function levelOptions(businesses: readonly BusinessItem[], businessCode?: string) {
  const scope = reviewedBusinesses(businesses).filter(
    (b) => !businessCode || b.code === businessCode,
  );
  const levels = Math.max(0, ...scope.map((b) => reviewLevels(b.review)));
  return Array.from({ length: levels }, (_, i) => {
    const level = i + 1;
    const names = [
      ...new Set(
        scope.filter((b) => reviewLevels(b.review) >= level).map((b) => levelName(b.review, level)),
      ),
    ];
    return { value: level, label: names.join('/') };
  });
}

/** The query parameters of GET /api/review/queue ('all' is the default, so left out). */
export function queueFilters(values: QueueFilterValues): Filters {
  return {
    businessCode: values.businessCode,
    level: values.level,
    claim: values.claim === 'all' ? undefined : values.claim,
    due: values.due,
  };
}
