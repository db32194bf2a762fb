import { AMOUNT_BANDS, isIsoDate, MOVEMENT_KINDS, TIME_PRESETS } from '@yibao/domain';
import { z } from 'zod';
import { exportQuery, pageOf, pageQuery } from './common';

/**
 * The personal-account ledger as the insured person reads it — P35 个人账户明细查询, P36 使用本人
 * 账户情况查询, P37 使用他人账户情况查询, the phone's 消费信息 (M08) — and as the window reads it
 * (W05 个人账户收入支出查询). Amounts are integer fen: income positive, expense negative.
 */

const day = (label: string) =>
  z.string({ message: `请选择${label}` }).refine(isIsoDate, `请选择正确的${label}`);

/** A 自定义 amount in 元 as typed: up to two decimals, read as integer fen. */
const yuanField = (label: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,9}(\.\d{1,2})?$/, `${label}应为金额（元），最多两位小数`)
    .transform((v) => {
      const [yuan = '0', cents = ''] = v.split('.');
      return Number(yuan) * 100 + Number(cents.padEnd(2, '0'));
    });

const yearMonth = (label: string) =>
  z.coerce
    .number({ message: `请选择${label}` })
    .int()
    .refine(
      (v) => v >= 199001 && v <= 299912 && v % 100 >= 1 && v % 100 <= 12,
      `请选择正确的${label}`,
    );

export const movementKind = z.enum(MOVEMENT_KINDS, { message: '请选择正确的业务类型' });
export const timeChoice = z.enum(
  [...(Object.keys(TIME_PRESETS) as (keyof typeof TIME_PRESETS)[]), 'custom'],
  { message: '请选择交易时间' },
);
export const amountChoice = z.enum(
  ['all', ...(Object.keys(AMOUNT_BANDS) as (keyof typeof AMOUNT_BANDS)[]), 'custom'],
  { message: '请选择交易金额' },
);
export const directionChoice = z.enum(['income', 'expense'], { message: '请选择交易类型' });

/** P35 个人账户明细查询条件, paged, newest first; `format=pdf` is 【打印明细】. */
export const ledgerQuery = pageQuery
  .extend({
    time: timeChoice.default('all'),
    from: day('开始日期').optional(),
    to: day('结束日期').optional(),
    direction: directionChoice.optional(),
    amount: amountChoice.default('all'),
    minYuan: yuanField('最小金额').optional(),
    maxYuan: yuanField('最大金额').optional(),
    kind: movementKind.optional(),
  })
  .extend(exportQuery.shape)
  .superRefine((q, ctx) => {
    if (q.time === 'custom') {
      if (!q.from) ctx.addIssue({ code: 'custom', path: ['from'], message: '请选择开始日期' });
      if (!q.to) ctx.addIssue({ code: 'custom', path: ['to'], message: '请选择结束日期' });
      if (q.from && q.to && q.from > q.to)
        ctx.addIssue({ code: 'custom', path: ['to'], message: '结束日期不能早于开始日期' });
    }
    if (q.amount === 'custom') {
      if (q.minYuan === undefined && q.maxYuan === undefined)
        ctx.addIssue({ code: 'custom', path: ['minYuan'], message: '请输入最小金额或最大金额' });
      if (q.minYuan !== undefined && q.maxYuan !== undefined && q.minYuan > q.maxYuan)
        ctx.addIssue({ code: 'custom', path: ['maxYuan'], message: '最大金额不能小于最小金额' });
    }
  });
export type LedgerQuery = z.infer<typeof ledgerQuery>;

/** One row of 个人账户明细信息查询. */
export const ledgerMovement = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  kind: z.string(),
  description: z.string(),
  /** 摘要: 消费-医疗消费(门诊) */
  summary: z.string(),
  amountFen: z.number().int(),
  balanceAfterFen: z.number().int(),
});
export type LedgerMovement = z.infer<typeof ledgerMovement>;

/** 汇总：共计N笔 收入 支出, over every movement the filters select (expense ≤ 0). */
export const ledgerTotals = z.object({
  count: z.number().int(),
  incomeFen: z.number().int(),
  expenseFen: z.number().int(),
});
export type LedgerTotals = z.infer<typeof ledgerTotals>;
export const ledgerPageReply = pageOf(ledgerMovement).extend({ totals: ledgerTotals });
export type LedgerPageReply = z.infer<typeof ledgerPageReply>;

/** 个人账户余额: the balance and the account's whole income and expense. */
export const ledgerSummaryReply = z.object({
  hasAccount: z.boolean(),
  status: z.string().nullable(),
  balanceFen: z.number().int(),
  incomeFen: z.number().int(),
  expenseFen: z.number().int(),
});
export type LedgerSummaryReply = z.infer<typeof ledgerSummaryReply>;

/** A person beside a movement (the user, or the account's holder), certificate masked. */
export const ledgerParty = z.object({
  id: z.number().int(),
  name: z.string(),
  certType: z.string(),
  certNo: z.string(),
  /** dictionary relations: how they are related to the signed-in person */
  relation: z.string().nullable(),
});
export type LedgerParty = z.infer<typeof ledgerParty>;

/** 详情: every field of a movement, with the settlement's split when it belongs to one. */
export const ledgerMovementDetail = ledgerMovement.extend({
  period: z.number().int().nullable(),
  reference: z.string().nullable(),
  direction: directionChoice,
  /** 费用支出类型: 门诊, 住院, 药店 ('' for other kinds) */
  expenseType: z.string(),
  /** whether the account is the signed-in person's own */
  ownAccount: z.boolean(),
  holder: ledgerParty,
  /** who used the money, when not the holder (家庭共济) */
  user: ledgerParty.nullable(),
  institution: z.object({ code: z.string(), name: z.string(), kind: z.string() }).nullable(),
  settlement: z
    .object({
      txnNo: z.string(),
      visitDate: z.string(),
      medType: z.string(),
      visitClass: z.string(),
      totalFen: z.number().int(),
      inCatalogueFen: z.number().int(),
      outCatalogueFen: z.number().int(),
      deductibleFen: z.number().int(),
      fundFen: z.number().int(),
      accountFen: z.number().int(),
      cashFen: z.number().int(),
      status: z.string(),
      settledAt: z.string(),
    })
    .nullable(),
});
export type LedgerMovementDetail = z.infer<typeof ledgerMovementDetail>;

/**
 * P36 / P37 查询条件: the other person (使用人 / 账户所有人) by the select's id, certificate or
 * relation, 业务类型, 交易类型 and the required 查询起止日期.
 */
export const accountUseQuery = pageQuery
  .extend({
    personId: z.coerce.number().int().positive().optional(),
    certType: z.string().trim().max(2).optional(),
    certNo: z.string().trim().max(30).optional(),
    relation: z.string().trim().max(2).optional(),
    kind: movementKind.optional(),
    direction: directionChoice.optional(),
    from: day('查询起止日期'),
    to: day('查询起止日期'),
  })
  .extend(exportQuery.shape)
  .refine((q) => q.from <= q.to, { path: ['to'], message: '结束日期不能早于开始日期' });
export type AccountUseQuery = z.infer<typeof accountUseQuery>;

export const accountUseRow = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  person: ledgerParty,
  amountFen: z.number().int(),
  kind: z.string(),
  /** 业务类型 as the guide shows it: 消费-医疗消费(门诊) */
  summary: z.string(),
  direction: directionChoice,
  /** 医院药店 */
  institutionName: z.string().nullable(),
  /** 费用支出类型 */
  expenseType: z.string(),
});
export type AccountUseRow = z.infer<typeof accountUseRow>;
export const accountUseReply = pageOf(accountUseRow);
export const accountUsePersonsReply = z.object({ items: z.array(ledgerParty) });
export type AccountUsePersonsReply = z.infer<typeof accountUsePersonsReply>;

/** 消费信息 (M08): the person's own 消费 and 退费 of a year, whichever account paid. */
export const consumptionQuery = pageQuery.extend({
  year: z.coerce.number({ message: '请选择年度' }).int().min(1990).max(2999),
});
export const consumptionRow = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  kind: z.string(),
  summary: z.string(),
  amountFen: z.number().int(),
  institutionName: z.string().nullable(),
  expenseType: z.string(),
  /** the holder's name when a family member's account paid (家庭共济); null for one's own */
  familyHolderName: z.string().nullable(),
});
export type ConsumptionRow = z.infer<typeof consumptionRow>;
export const consumptionReply = pageOf(consumptionRow).extend({
  totals: z.object({
    count: z.number().int(),
    consumptionFen: z.number().int(),
    refundFen: z.number().int(),
  }),
});
export type ConsumptionReply = z.infer<typeof consumptionReply>;
export const consumptionYearsReply = z.object({ years: z.array(z.number().int()) });

/** W05 个人账户收入支出查询: the person found by certificate, with their account. */
export const windowLedgerPerson = z.object({
  id: z.number().int(),
  personNo: z.string(),
  name: z.string(),
  certType: z.string(),
  certNo: z.string(),
  regionCode: z.string(),
  account: z
    .object({
      balanceFen: z.number().int(),
      status: z.string(),
      openedAt: z.string(),
    })
    .nullable(),
});
export type WindowLedgerPerson = z.infer<typeof windowLedgerPerson>;

/** 结算开始时间 / 结算结束时间 as months; `format` prints or exports 个人账户收入支出表. */
export const windowLedgerMonthsQuery = z
  .object({ from: yearMonth('结算开始时间'), to: yearMonth('结算结束时间') })
  .extend(exportQuery.shape)
  .refine((q) => q.from <= q.to, { path: ['to'], message: '结算结束时间不能早于结算开始时间' });
export type WindowLedgerMonthsQuery = z.infer<typeof windowLedgerMonthsQuery>;

/** A month of 个人账户收入支出表 (months without movements are left out). */
export const windowLedgerMonth = z.object({
  period: z.number().int(),
  count: z.number().int(),
  incomeFen: z.number().int(),
  expenseFen: z.number().int(),
  /** the balance after the month's last movement */
  closingBalanceFen: z.number().int(),
});
export type WindowLedgerMonth = z.infer<typeof windowLedgerMonth>;
export const windowLedgerMonthsReply = z.object({
  items: z.array(windowLedgerMonth),
  totals: ledgerTotals,
});
export type WindowLedgerMonthsReply = z.infer<typeof windowLedgerMonthsReply>;

/** The movements of one month, paged, with who used the money and where. */
export const windowLedgerMovementsQuery = pageQuery
  .extend({ period: yearMonth('年月') })
  .extend(exportQuery.shape);
export const windowLedgerMovement = ledgerMovement.extend({
  userName: z.string().nullable(),
  institutionName: z.string().nullable(),
});
export type WindowLedgerMovement = z.infer<typeof windowLedgerMovement>;
export const windowLedgerMovementsReply = pageOf(windowLedgerMovement);
