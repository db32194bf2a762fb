import { z } from 'zod';
import { identityFields } from './auth';
import { applicationStatus, reviewPolicy } from './applications';
import { exportQuery, pageQuery } from './common';
import { isoDate, optionalText, picked, required } from './fields';

/**
 * W26 参保人员个人账户一次性支取 (guide 002 二十六): 个人账户清退登记 at the window, 审核 by another
 * clerk, 撤销 before the review. Two parts of the item, two businesses on the applications spine:
 * (一) 死亡人员清退账户 — paid to the heir's bank account; (二) 转移人员清退账户 — the relation moved
 * to a region that keeps no personal account, paid to the insured person's own bank account.
 * Approval pays out the whole balance (one 清算 movement) and closes the account (销户).
 */

export const ACCOUNT_WITHDRAWAL_DEATH = 'account-withdrawal-death';
export const ACCOUNT_WITHDRAWAL_TRANSFER = 'account-withdrawal-transfer';
export const ACCOUNT_WITHDRAWAL_CODES = [
  ACCOUNT_WITHDRAWAL_DEATH,
  ACCOUNT_WITHDRAWAL_TRANSFER,
] as const;

/** 清退原因: the two parts of item 二十六, their business and the guide's title of each. */
export const WITHDRAWAL_KINDS = [
  {
    value: 'death',
    label: '死亡',
    businessCode: ACCOUNT_WITHDRAWAL_DEATH,
    part: '死亡人员清退账户',
  },
  {
    value: 'transfer',
    label: '转移',
    businessCode: ACCOUNT_WITHDRAWAL_TRANSFER,
    part: '转移人员清退账户',
  },
] as const;
export type WithdrawalKind = (typeof WITHDRAWAL_KINDS)[number]['value'];
export const withdrawalKind = z.enum(['death', 'transfer'], { message: '请选择清退原因' });

/** The kind of a withdrawal business code; null for any other business. */
export const withdrawalKindOf = (businessCode: string): WithdrawalKind | null =>
  WITHDRAWAL_KINDS.find((k) => k.businessCode === businessCode)?.value ?? null;

/** 拨付对象: the guide's page offers 个人 only. */
export const WITHDRAWAL_PAYEE = '个人';

const certOf = { certType: identityFields.certType, certNo: identityFields.certNo };

/** 联系电话: a landline or a mobile number, optional as on the guide's page. */
const contactPhone = z
  .string()
  .trim()
  .regex(/^(\d{3,4}-?\d{7,8}|1[3-9]\d{9})?$/, '请输入正确的联系电话')
  .default('');

/**
 * 银行信息 of the payee: 银行大类 (dictionary banks), 开户行 (网点名称) and 银行账号 (digits only,
 * as the registry's 委托代发银行账号). The 户名 is not typed: it is the payee — the heir, or the
 * insured person — so the money cannot go to an account in another name.
 */
const bankFields = {
  bankCode: picked('银行大类').max(10, '请选择银行大类'),
  bankBranch: required('开户行', 100),
  bankAccount: z
    .string({ message: '请输入银行账号' })
    .trim()
    .regex(/^\d{12,30}$/, '银行账号应为12至30位数字'),
};

const common = {
  ...certOf,
  phone: contactPhone,
  ...bankFields,
  remark: optionalText(200),
};

/** (一) 死亡人员清退账户: 死亡日期, the heir who receives it and the heir's bank account. */
export const withdrawalDeathPayload = z.object({
  ...common,
  deathDate: isoDate('死亡日期'),
  heirName: required('继承人姓名', 50),
  heirCertType: z.string({ message: '请选择继承人证件类型' }).min(2, '请选择继承人证件类型').max(2),
  heirCertNo: required('继承人证件号码', 30),
  /** 与死者关系 (dictionary relations) */
  heirRelation: picked('与死者关系').max(2, '请选择与死者关系'),
  /** 常住地址 of the heir, as annex 3 asks */
  heirAddress: optionalText(200),
});
export type WithdrawalDeathPayload = z.infer<typeof withdrawalDeathPayload>;

/**
 * (二) 转移人员清退账户: 转入地 (a prefecture or province code of the national divisions) whose
 * 医保经办机构 keeps no personal account, 转移日期, and the insured person's own bank account.
 */
export const withdrawalTransferPayload = z.object({
  ...common,
  transferRegionCode: z
    .string({ message: '请选择转入地' })
    .regex(/^\d{6}$/, '请选择转入地（省、市）'),
  transferDate: isoDate('转移日期'),
});
export type WithdrawalTransferPayload = z.infer<typeof withdrawalTransferPayload>;

export type WithdrawalPayload = WithdrawalDeathPayload | WithdrawalTransferPayload;

/** What approval answers (the 办件's effectResult): the payout and the account closed. */
export const withdrawalResult = z.object({
  accountId: z.number().int(),
  movementId: z.number().int(),
  paidFen: z.number().int(),
  closedAt: z.string(),
});
export type WithdrawalResult = z.infer<typeof withdrawalResult>;

/** 人员查询 of 个人账户清退登记: the person, their 职工医保 enrolment and their account. */
export const withdrawalPerson = z.object({
  id: z.number().int(),
  personNo: z.string(),
  name: z.string(),
  certType: z.string(),
  certNo: z.string(),
  sex: z.string(),
  birthDate: z.string(),
  regionCode: z.string(),
  /** 正常 | 死亡 | 注销 */
  personStatus: z.string(),
  deathDate: z.string().nullable(),
  phone: z.string(),
  /** the person's own 委托代发 account, offered for a transfer */
  bankCode: z.string(),
  bankAccount: z.string(),
  /** the latest 职工基本医疗保险 enrolment, with its unit */
  enrolment: z
    .object({
      status: z.string(),
      personType: z.string(),
      startDate: z.string(),
      endDate: z.string().nullable(),
      unitName: z.string().nullable(),
    })
    .nullable(),
  account: z
    .object({ balanceFen: z.number().int(), status: z.string(), openedAt: z.string() })
    .nullable(),
  /** a registration of this person still waiting for its review */
  pending: z.object({ id: z.number().int(), applicationNo: z.string() }).nullable(),
  /** why each 清退原因 cannot be registered now; null when it can */
  refusals: z.object({ death: z.string().nullable(), transfer: z.string().nullable() }),
});
export type WithdrawalPerson = z.infer<typeof withdrawalPerson>;

/** 状态 filter of the withdrawal lists: 未审核 (waiting, the default) or a final status. */
export const WITHDRAWAL_LIST_STATUSES = [
  { value: 'pending', label: '未审核' },
  { value: 'approved', label: '审核通过' },
  { value: 'rejected', label: '审核不通过' },
  { value: 'withdrawn', label: '已撤销' },
  { value: 'all', label: '全部' },
] as const;

/** 账户清退信息 查询条件: paged, newest first; `format=pdf|xlsx` prints or exports. */
export const withdrawalListQuery = pageQuery
  .extend({
    status: z
      .enum(['pending', 'approved', 'rejected', 'withdrawn', 'all'], {
        message: '请选择正确的状态',
      })
      .default('pending'),
    kind: withdrawalKind.optional(),
    /** only the registrations of the signed-in clerk (个人账户清退撤销) */
    mine: z.enum(['1']).optional(),
    certType: identityFields.certType.optional(),
    certNo: z.string().trim().max(30).optional(),
  })
  .extend(exportQuery.shape);
export type WithdrawalListQuery = z.infer<typeof withdrawalListQuery>;

/** One registration: who, why, how much, and where it stands. */
export const withdrawalItem = z.object({
  id: z.number().int(),
  applicationNo: z.string(),
  businessCode: z.string(),
  kind: withdrawalKind,
  kindLabel: z.string(),
  status: applicationStatus,
  statusLabel: z.string(),
  reviewPolicy: reviewPolicy,
  name: z.string(),
  certType: z.string(),
  /** masked in lists (11*****56); in full on the detail */
  certNo: z.string(),
  regionCode: z.string(),
  /** 清退前余额: the balance now while it waits; the amount paid once approved */
  balanceFen: z.number().int(),
  /** 本次清退: the whole balance (what approval pays out, or paid) */
  paidFen: z.number().int(),
  accountStatus: z.string().nullable(),
  /** 转入地's name (转移 only) */
  transferRegionName: z.string().nullable(),
  applicantId: z.string(),
  applicantName: z.string(),
  submittedAt: z.string(),
  dueOn: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
});
export type WithdrawalItem = z.infer<typeof withdrawalItem>;
