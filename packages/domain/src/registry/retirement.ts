/**
 * 在职转退休 (002 十二 (三)): an employee retires into the retirees' medical insurance when the
 * 视同缴费月数 and the 实缴月数 together reach the region's minimum, and owes nothing. The
 * transition takes effect from the next month (次月生效).
 */

/** The months of contribution a retiree needs, by sex, in one pooling region. */
export interface RetirementPolicy {
  regionCode: string;
  maleMonths: number;
  femaleMonths: number;
  /** where the figures come from */
  source: string;
}

/**
 * 职工医保退休人员享受待遇的最低缴费年限 of the demo regions: 北京市 and 唐山市 男满25年、女满20年,
 * 玉溪市 男满30年、女满25年 (its 视同缴费年限认定 rules count both kinds of months).
 */
export const RETIREMENT_POLICIES: readonly RetirementPolicy[] = [
  {
    regionCode: '110000',
    maleMonths: 300,
    femaleMonths: 240,
    source: '北京市基本医疗保险规定：男满25年、女满20年',
  },
  {
    regionCode: '130200',
    maleMonths: 300,
    femaleMonths: 240,
    source: '唐山市职工基本医疗保险实施办法：男满25年、女满20年',
  },
  {
    regionCode: '530400',
    maleMonths: 360,
    femaleMonths: 300,
    source: '玉溪市城镇职工基本医疗保险办法：男满30年、女满25年',
  },
];

export const retirementPolicyOf = (regionCode: string): RetirementPolicy | undefined =>
  RETIREMENT_POLICIES.find((p) => p.regionCode === regionCode);

export interface RetirementFigures {
  requiredMonths: number;
  /** 视同+实缴月数差额: what is still missing, 0 when enough */
  shortfallMonths: number;
}

/** The months required of a person of this sex ('1' 男, '2' 女) and what is still missing. */
export function retirementFigures(
  policy: RetirementPolicy,
  sex: string,
  deemedMonths: number,
  paidMonths: number,
): RetirementFigures {
  for (const [what, n] of [
    ['deemedMonths', deemedMonths],
    ['paidMonths', paidMonths],
  ] as const) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`${what} must be a whole number ≥ 0`);
  }
  const requiredMonths = sex === '2' ? policy.femaleMonths : policy.maleMonths;
  return {
    requiredMonths,
    shortfallMonths: Math.max(0, requiredMonths - deemedMonths - paidMonths),
  };
}

/** 次月生效: the first day of the month after `date` (YYYY-MM-DD). */
export function firstDayOfNextMonth(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}
