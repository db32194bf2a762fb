import { addFen, assertFen, splitByRatio } from '../money';

/**
 * 开通无卡结算 serves 新生儿 (002 十三 (四)): a child from its birth day until the day before its
 * first birthday (未满一周岁). Dates are ISO days; a 29 February birthday turns one on 1 March.
 */
export function isNewborn(birthDate: string, day: string): boolean {
  if (day < birthDate) return false;
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const leapDay = m === 2 && d === 29;
  const first = `${String(y + 1).padStart(4, '0')}-${leapDay ? '03-01' : birthDate.slice(5)}`;
  return day < first;
}

/** One policy row's figures: the year's 个人缴费标准, 资助比例 and 定额资助. */
export interface SubsidyTerms {
  contributionFen: number;
  subsidyBp: number;
  subsidyFen: number;
}

/**
 * 个人缴费补贴 (002 三十三): the ratio's share of the standard (half-up to the fen) plus the fixed
 * amount, never more than the standard; the person pays the rest. The two add back to the whole.
 */
export function assistanceSubsidy(t: SubsidyTerms): { subsidyFen: number; personalFen: number } {
  assertFen(t.contributionFen, 'contribution');
  assertFen(t.subsidyFen, 'fixed subsidy');
  if (t.contributionFen < 0 || t.subsidyFen < 0) throw new RangeError('amounts must be ≥ 0');
  const [share] = splitByRatio(t.contributionFen, t.subsidyBp);
  const subsidyFen = Math.min(t.contributionFen, addFen(share, t.subsidyFen));
  return { subsidyFen, personalFen: t.contributionFen - subsidyFen };
}

/**
 * A person may hold several special identities in one year (低保对象 and 重度残疾人 …): the one
 * whose policy pays most is applied, and between equals the first listed.
 */
export function bestSubsidy<T extends SubsidyTerms>(
  options: readonly T[],
): (T & { subsidyFen: number; personalFen: number }) | null {
  let best: (T & { subsidyFen: number; personalFen: number }) | null = null;
  for (const option of options) {
    const amounts = assistanceSubsidy(option);
    if (!best || amounts.subsidyFen > best.subsidyFen) best = { ...option, ...amounts };
  }
  return best;
}
