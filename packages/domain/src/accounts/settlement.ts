/**
 * The settlement split (X08): a bill becomes fund payment, personal-account payments and cash.
 * Pure arithmetic in integer fen; the caller brings the year's accumulators and the accounts
 * already in draw order (own account first, then family accounts in the 共济 order).
 */
import { assertFen, splitByRatio } from '../money';

/** 门诊 or 住院: the class whose deductible and cap a visit counts against. */
export type VisitClass = '门诊' | '住院';
/** Which of the policy's ratios applies, from the institution's kind and level. */
export type InstitutionTier = 'primary' | 'secondary' | 'tertiary' | 'pharmacy';
export type PersonClass = '在职' | '退休' | '居民';

const INPATIENT_MED_TYPES = new Set(['21', '22', '24', '52', '9902']);

/** 医疗类别 → visit class: the inpatient codes are 住院, everything else counts as 门诊. */
export function visitClassOf(medType: string): VisitClass {
  return INPATIENT_MED_TYPES.has(medType) ? '住院' : '门诊';
}

/** A pharmacy, or a hospital by its 医院等级 code (3x 三级, 2x 二级, the rest 一级及以下). */
export function tierOf(kind: 'hospital' | 'pharmacy' | string, level: string): InstitutionTier {
  if (kind === 'pharmacy') return 'pharmacy';
  if (level.startsWith('3')) return 'tertiary';
  if (level.startsWith('2')) return 'secondary';
  return 'primary';
}

export interface PolicyRatios {
  ratioPrimaryBp: number;
  ratioSecondaryBp: number;
  ratioTertiaryBp: number;
  ratioPharmacyBp: number;
}

export function ratioFor(policy: PolicyRatios, tier: InstitutionTier): number {
  switch (tier) {
    case 'primary':
      return policy.ratioPrimaryBp;
    case 'secondary':
      return policy.ratioSecondaryBp;
    case 'tertiary':
      return policy.ratioTertiaryBp;
    case 'pharmacy':
      return policy.ratioPharmacyBp;
  }
}

export interface DrawableAccount {
  accountId: number;
  balanceFen: number;
}

export interface SplitInput {
  inCatalogueFen: number;
  outCatalogueFen: number;
  /** the policy's deductible less what this year has already used (never negative) */
  deductibleLeftFen: number;
  ratioBp: number;
  /** the policy's annual cap less what the fund has paid this year (never negative) */
  capLeftFen: number;
  /** usable accounts in draw order */
  accounts: readonly DrawableAccount[];
}

export interface AccountPayment {
  accountId: number;
  amountFen: number;
}

export interface Split {
  totalFen: number;
  /** the part of the in-catalogue amount that went to the deductible */
  deductibleFen: number;
  fundFen: number;
  accountFen: number;
  accountPayments: AccountPayment[];
  cashFen: number;
}

/**
 * The in-catalogue amount first fills what is left of the year's deductible; the fund pays its
 * ratio of the rest (half-up to the fen) up to what is left of the cap; the person's share is
 * drawn from the accounts in order, each down to zero at most; what remains is cash.
 */
export function splitBill(input: SplitInput): Split {
  const { inCatalogueFen, outCatalogueFen } = input;
  for (const [what, v] of [
    ['inCatalogueFen', inCatalogueFen],
    ['outCatalogueFen', outCatalogueFen],
    ['deductibleLeftFen', input.deductibleLeftFen],
    ['capLeftFen', input.capLeftFen],
  ] as const) {
    assertFen(v, what);
    if (v < 0) throw new RangeError(`${what} must not be negative: ${v}`);
  }
  const totalFen = inCatalogueFen + outCatalogueFen;
  assertFen(totalFen, 'totalFen');
  const deductibleFen = Math.min(inCatalogueFen, input.deductibleLeftFen);
  const [ratioPart] = splitByRatio(inCatalogueFen - deductibleFen, input.ratioBp);
  const fundFen = Math.min(ratioPart, input.capLeftFen);

  let owed = totalFen - fundFen;
  const accountPayments: AccountPayment[] = [];
  for (const account of input.accounts) {
    if (owed === 0) break;
    const amountFen = Math.min(owed, Math.max(0, account.balanceFen));
    if (amountFen > 0) {
      accountPayments.push({ accountId: account.accountId, amountFen });
      owed -= amountFen;
    }
  }
  const accountFen = totalFen - fundFen - owed;
  return { totalFen, deductibleFen, fundFen, accountFen, accountPayments, cashFen: owed };
}
