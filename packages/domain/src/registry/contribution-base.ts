/**
 * 职工缴费基数 (002 十五 (三) 单位职工缴费基数变更, 十一 (三) 单位缴费基数申报书面稽核): the floor
 * and cap a region sets on an employee's monthly base, and the written audit's verdict on what
 * a unit declared against what its payroll shows. Amounts are integer fen.
 */
import { formatYuan } from '../money';
import { addMonths, periodOf, type Period } from '../period';

/** A region's floor and cap of the monthly base, in force from validFrom (to validTo). */
export interface ContributionBaseLimit {
  regionCode: string;
  floorFen: number;
  capFen: number;
  /** YYYY-MM-DD */
  validFrom: string;
  validTo: string | null;
  source: string;
}

/** The limit in force on a day (YYYY-MM-DD): the latest that started by then and has not ended. */
export function limitOn<T extends Omit<ContributionBaseLimit, 'regionCode' | 'source'>>(
  limits: readonly T[],
  day: string,
): T | null {
  let found: T | null = null;
  for (const l of limits) {
    if (l.validFrom > day || (l.validTo !== null && l.validTo < day)) continue;
    if (!found || l.validFrom > found.validFrom) found = l;
  }
  return found;
}

/** Why a monthly base is refused under the limit, or null when it is allowed. */
export function contributionBaseRefusal(
  limit: Pick<ContributionBaseLimit, 'floorFen' | 'capFen'>,
  baseFen: number,
): string | null {
  if (!Number.isSafeInteger(baseFen) || baseFen <= 0) return '请输入缴费基数';
  if (baseFen < limit.floorFen) {
    return `缴费基数不能低于缴费基数下限${formatYuan(limit.floorFen)}元`;
  }
  if (baseFen > limit.capFen) {
    return `缴费基数不能高于缴费基数上限${formatYuan(limit.capFen)}元`;
  }
  return null;
}

/**
 * 当月申请，次月生效 (the guide's rule for the 缴费工资 items of 十二): a base changed on `day`
 * applies from the next month's contributions; the months before keep the old base.
 */
export const baseEffectivePeriod = (day: string): Period => addMonths(periodOf(day), 1);

/** What the unit declared (the registry's bases) and what the paper records show. */
export interface BaseAuditFigures {
  declaredHeadcount: number;
  declaredTotalFen: number;
  auditedHeadcount: number;
  auditedTotalFen: number;
  declaredRetirees: number;
  auditedRetirees: number;
}

export const BASE_AUDIT_RESULTS = [
  { value: 'match', label: '相符' },
  { value: 'under', label: '申报偏低' },
  { value: 'over', label: '申报偏高' },
  { value: 'headcount', label: '人数不符' },
] as const;
export type BaseAuditResult = (typeof BASE_AUDIT_RESULTS)[number]['value'];

export interface BaseAuditVerdict {
  result: BaseAuditResult;
  /** audited minus declared total, fen: positive when the unit declared too little */
  differenceFen: number;
}

/**
 * The written audit's verdict: 申报偏低 or 申报偏高 when the totals differ (the base is what the
 * fund collects on), else 人数不符 when only the headcounts differ, else 相符.
 */
export function baseAuditVerdict(f: BaseAuditFigures): BaseAuditVerdict {
  for (const [what, n] of Object.entries(f)) {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} must be an integer ≥ 0`);
  }
  const differenceFen = f.auditedTotalFen - f.declaredTotalFen;
  if (differenceFen > 0) return { result: 'under', differenceFen };
  if (differenceFen < 0) return { result: 'over', differenceFen };
  const sameHeads =
    f.auditedHeadcount === f.declaredHeadcount && f.auditedRetirees === f.declaredRetirees;
  return { result: sameHeads ? 'match' : 'headcount', differenceFen: 0 };
}

/**
 * 企业单位 or 机关事业单位 (财政全额拨款、自收自支、差额拨款): which paper records the guide asks
 * the unit to bring. A 机关 or 事业单位 by type, or by its 统一社会信用代码 registered with 机构编制
 * as 机关 (11) or 事业单位 (12) — a public school or hospital — is public; any other unit brings
 * what enterprises bring.
 */
export const baseAuditCategoryOf = (unitType: string, uscc = ''): 'enterprise' | 'public' =>
  unitType === 'government' ||
  unitType === 'institution' ||
  uscc.startsWith('11') ||
  uscc.startsWith('12')
    ? 'public'
    : 'enterprise';
