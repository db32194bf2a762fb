import type { InstitutionTier } from '@yibao/domain';
import { z } from 'zod';
import { exportQuery, pageOf, pageQuery } from './common';

/**
 * 个人权益 (000 §4): P50 职工医疗保险待遇查询 — a year's deductible used, fund paid and cap left
 * against the policy — and P55 个人医疗消费信息查询 — the year's settled visits with their bills
 * (票据信息). Amounts are integer fen; ratios basis points.
 */

/** 查询年度: a calendar year; the service refuses one after this year. */
export const benefitYear = z.coerce
  .number({ message: '请选择查询年度' })
  .int('请选择正确的查询年度')
  .min(1990, '请选择正确的查询年度')
  .max(2999, '请选择正确的查询年度');

export const benefitStatusQuery = z.object({ year: benefitYear });
export type BenefitStatusQuery = z.infer<typeof benefitStatusQuery>;

/** The policy's ratios by institution tier, as the 报销比例 table lists them. */
export const INSTITUTION_TIERS = [
  'primary',
  'secondary',
  'tertiary',
  'pharmacy',
] as const satisfies readonly InstitutionTier[];
export const INSTITUTION_TIER_LABELS: Record<InstitutionTier, string> = {
  primary: '一级及以下',
  secondary: '二级',
  tertiary: '三级',
  pharmacy: '定点药店',
};

export const visitClassChoice = z.enum(['门诊', '住院']);

/** 待遇政策 as the person reads it: 起付标准, 年度最高支付限额, 报销比例, the source. */
export const benefitPolicyView = z.object({
  deductibleFen: z.number().int(),
  annualCapFen: z.number().int(),
  ratiosBp: z.object({
    primary: z.number().int(),
    secondary: z.number().int(),
    tertiary: z.number().int(),
    pharmacy: z.number().int(),
  }),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  /** 示例参数 where no official document is at hand */
  source: z.string(),
});
export type BenefitPolicyView = z.infer<typeof benefitPolicyView>;

/** One visit class (门诊 or 住院) of the year. */
export const benefitClassStatus = z.object({
  visitClass: visitClassChoice,
  /** 已累计起付金额 */
  deductibleUsedFen: z.number().int(),
  /** 统筹基金已支付 */
  fundPaidFen: z.number().int(),
  /** null when no policy is in force for the year */
  policy: benefitPolicyView.nullable(),
  /** 剩余可支付额度: the cap less what the fund paid, never below 0; null without a policy */
  capLeftFen: z.number().int().nullable(),
});
export type BenefitClassStatus = z.infer<typeof benefitClassStatus>;

export const benefitStatusReply = z.object({
  year: z.number().int(),
  /** the day whose policy is shown: the year's last day, or today for this year */
  policyDate: z.string(),
  /**
   * The scheme the year is read under: the one the year's last settlement was settled under,
   * else the person's current enrolment; null when there is neither.
   */
  scheme: z
    .object({
      regionCode: z.string(),
      /** 在职 | 退休 | 居民 */
      personClass: z.string(),
    })
    .nullable(),
  classes: z.array(benefitClassStatus),
});
export type BenefitStatusReply = z.infer<typeof benefitStatusReply>;

/** P55 查询条件: 查询年度, paged newest first; `format=pdf|xlsx` prints or exports the year. */
export const medicalConsumptionQuery = pageQuery
  .extend({ year: benefitYear })
  .extend(exportQuery.shape);
export type MedicalConsumptionQuery = z.infer<typeof medicalConsumptionQuery>;

/** One settled visit of 个人医疗消费信息列表. */
export const medicalConsumptionRow = z.object({
  id: z.number().int(),
  /** 结算日期 (Beijing) */
  settledOn: z.string(),
  visitDate: z.string(),
  institutionName: z.string(),
  /** 医疗类别 (dictionary medical-categories) */
  medType: z.string(),
  visitClass: z.string(),
  totalFen: z.number().int(),
  fundFen: z.number().int(),
  accountFen: z.number().int(),
  cashFen: z.number().int(),
  /** 已结算 | 已退费 */
  status: z.string(),
});
export type MedicalConsumptionRow = z.infer<typeof medicalConsumptionRow>;

/** The year's totals over the settlements in force (已退费 ones are counted apart). */
export const medicalConsumptionTotals = z.object({
  count: z.number().int(),
  refundedCount: z.number().int(),
  totalFen: z.number().int(),
  fundFen: z.number().int(),
  accountFen: z.number().int(),
  cashFen: z.number().int(),
});
export type MedicalConsumptionTotals = z.infer<typeof medicalConsumptionTotals>;

export const medicalConsumptionReply = pageOf(medicalConsumptionRow).extend({
  totals: medicalConsumptionTotals,
});
export type MedicalConsumptionReply = z.infer<typeof medicalConsumptionReply>;

export const medicalConsumptionParams = z.object({ id: z.coerce.number().int().positive() });

/** 票据信息详情: the settlement's header, its bill lines, its split and its refund. */
export const medicalConsumptionDetail = z.object({
  id: z.number().int(),
  txnNo: z.string(),
  institution: z.object({
    code: z.string(),
    name: z.string(),
    /** 一级及以下 | 二级 | 三级 | 定点药店 */
    tier: z.enum(INSTITUTION_TIERS),
  }),
  medType: z.string(),
  visitClass: z.string(),
  visitDate: z.string(),
  /** 异地就医: the institution is outside the person's pooling region */
  remote: z.boolean(),
  settledAt: z.string(),
  status: z.string(),
  refundTxnNo: z.string().nullable(),
  refundedAt: z.string().nullable(),
  items: z.array(
    z.object({
      name: z.string(),
      category: z.string(),
      amountFen: z.number().int(),
      inCatalogue: z.boolean(),
    }),
  ),
  totalFen: z.number().int(),
  inCatalogueFen: z.number().int(),
  outCatalogueFen: z.number().int(),
  /** 起付线金额 */
  deductibleFen: z.number().int(),
  fundFen: z.number().int(),
  accountFen: z.number().int(),
  cashFen: z.number().int(),
  /** 个人账户支付 by whose account: one's own, or a 家庭共济 holder's */
  accountPayments: z.array(
    z.object({
      own: z.boolean(),
      holderName: z.string(),
      amountFen: z.number().int(),
    }),
  ),
});
export type MedicalConsumptionDetail = z.infer<typeof medicalConsumptionDetail>;
