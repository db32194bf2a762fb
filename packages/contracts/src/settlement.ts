import { z } from 'zod';
import { identityFields } from './auth';
import { isPeriod } from '@yibao/domain';
import { isoDate } from './fields';

/** The biggest bill the interface accepts: 1亿元 keeps every product of fen and ratio exact. */
export const MAX_BILL_FEN = 10_000_000_000;
const fen = (label: string) =>
  z
    .number({ message: `${label}应为整数分` })
    .int(`${label}应为整数分`)
    .min(0, `${label}不能为负数`)
    .max(MAX_BILL_FEN, `${label}超出上限`);

export const settlementItem = z.object({
  name: z.string().trim().min(1, '请输入项目名称').max(100),
  category: z.string().trim().max(40).default(''),
  amountFen: fen('项目金额'),
  inCatalogue: z.boolean(),
});

/**
 * X08 结算: what a designated institution's system sends for one visit. The person is named by
 * certificate or by the e-voucher code the mobile channel shows (医保码); exactly one of them.
 */
export const settlementRequest = z
  .object({
    txnNo: z
      .string({ message: '请提供交易流水号' })
      .regex(/^[A-Za-z0-9_-]{1,64}$/, '交易流水号应为1-64位字母、数字、下划线或连字符'),
    certType: identityFields.certType.default('01'),
    certNo: z.string().trim().max(30).optional(),
    voucherToken: z.string().max(200).optional(),
    /** 医疗类别 (dictionary medical-categories) */
    medType: z.string().regex(/^\d{2,4}$/, '医疗类别不正确'),
    visitDate: isoDate('就诊日期'),
    totalFen: fen('费用总额'),
    inCatalogueFen: fen('目录内金额'),
    outCatalogueFen: fen('目录外金额'),
    items: z.array(settlementItem).max(500).default([]),
    /** 个人账户密码, when the person is not on 免密支付 */
    accountPassword: z
      .string()
      .regex(/^\d{6}$/, '个人账户密码为六位数字')
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (!!v.certNo === !!v.voucherToken)
      ctx.addIssue({ code: 'custom', path: ['certNo'], message: '请提供证件号码或医保码之一' });
    if (v.totalFen !== v.inCatalogueFen + v.outCatalogueFen)
      ctx.addIssue({
        code: 'custom',
        path: ['totalFen'],
        message: '费用总额应等于目录内金额与目录外金额之和',
      });
    if (v.items.length > 0) {
      const sum = (inCatalogue: boolean) =>
        v.items.filter((i) => i.inCatalogue === inCatalogue).reduce((a, i) => a + i.amountFen, 0);
      if (sum(true) !== v.inCatalogueFen || sum(false) !== v.outCatalogueFen)
        ctx.addIssue({ code: 'custom', path: ['items'], message: '明细金额与目录内外金额不符' });
    }
  });
export type SettlementRequest = z.infer<typeof settlementRequest>;

export const refundRequest = z.object({
  refundTxnNo: z
    .string({ message: '请提供退费流水号' })
    .regex(/^[A-Za-z0-9_-]{1,64}$/, '退费流水号应为1-64位字母、数字、下划线或连字符'),
});
export type RefundRequest = z.infer<typeof refundRequest>;

export const settlementTxnParams = z.object({
  txnNo: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '交易流水号不正确'),
});

export const settlementReply = z.object({
  txnNo: z.string(),
  /** 已结算 | 已退费 */
  status: z.string(),
  /** true when this answer repeats an earlier posting of the same transaction */
  replayed: z.boolean(),
  person: z.object({ name: z.string(), certNo: z.string() }),
  medType: z.string(),
  visitClass: z.string(),
  visitDate: z.string(),
  remote: z.boolean(),
  totalFen: z.number().int(),
  inCatalogueFen: z.number().int(),
  outCatalogueFen: z.number().int(),
  deductibleFen: z.number().int(),
  fundFen: z.number().int(),
  accountFen: z.number().int(),
  cashFen: z.number().int(),
  accountPayments: z.array(
    z.object({
      holderName: z.string(),
      /** 本人, or the user's relation to the holder */
      relation: z.string(),
      amountFen: z.number().int(),
    }),
  ),
  policy: z.object({
    deductibleFen: z.number().int(),
    ratioBp: z.number().int(),
    annualCapFen: z.number().int(),
    source: z.string(),
  }),
  settledAt: z.string(),
  refundTxnNo: z.string().nullable(),
  refundedAt: z.string().nullable(),
});
export type SettlementReply = z.infer<typeof settlementReply>;

/** The headers a signed request carries (X08, DESIGN.md: HMAC over method, path, time, body). */
export const SIGNATURE_HEADERS = {
  key: 'x-yibao-key',
  timestamp: 'x-yibao-timestamp',
  nonce: 'x-yibao-nonce',
  signature: 'x-yibao-signature',
} as const;
/** How far a request's timestamp may stray from the server's clock. */
export const SIGNATURE_MAX_SKEW_SECONDS = 300;

/** An institution's API credential as its operator sees it; the secret only once, at issue. */
export const apiKeyItem = z.object({
  id: z.number().int(),
  keyId: z.string(),
  name: z.string(),
  institutionCode: z.string(),
  institutionName: z.string(),
  status: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export type ApiKeyItem = z.infer<typeof apiKeyItem>;
export const apiKeysReply = z.object({
  institutions: z.array(z.object({ code: z.string(), name: z.string() })),
  items: z.array(apiKeyItem),
});
export type ApiKeysReply = z.infer<typeof apiKeysReply>;
export const issueApiKeyBody = z.object({
  institutionCode: z.string({ message: '请选择定点医药机构' }).min(1, '请选择定点医药机构'),
  name: z.string().trim().max(40, '名称不超过40个字').default(''),
});
export type IssueApiKeyBody = z.infer<typeof issueApiKeyBody>;
export const issuedApiKeyReply = apiKeyItem.extend({ secret: z.string() });
export type IssuedApiKeyReply = z.infer<typeof issuedApiKeyReply>;
export const apiKeyParams = z.object({ id: z.coerce.number().int().positive() });

/** 医保码: a short-lived code naming the person, for an institution to scan. */
export const voucherCodeReply = z.object({ token: z.string(), expiresAt: z.string() });
export type VoucherCodeReply = z.infer<typeof voucherCodeReply>;

/** 个人账户划入: one month's allocation for one pooling region, run as a job. */
export const allocationRequest = z.object({
  regionCode: z.string().regex(/^\d{6}$/, '请选择统筹区'),
  period: z.coerce
    .number({ message: '请选择划入月份' })
    .int()
    .refine(isPeriod, '划入月份应为YYYYMM'),
});
export type AllocationRequest = z.infer<typeof allocationRequest>;
