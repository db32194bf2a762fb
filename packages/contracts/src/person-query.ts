import { z } from 'zod';
import { pageOf, pageQuery } from './common';

/**
 * W25 人员综合查询 (002 二十五): find a person by 证件类型 + 证件号码, 个人编号 or 姓名, then read
 * the tabs 人员基本信息, 人员参保信息, 历史参保信息, 变更历史信息, 职工缴费信息, 居民缴费信息,
 * 视同缴费信息 and 人员特殊身份认定信息. Amounts are integer fen.
 */
export const personSearchQuery = pageQuery
  .extend({
    certType: z.string().max(2).optional(),
    certNo: z.string().trim().max(30).optional(),
    personNo: z.string().trim().max(30).optional(),
    name: z.string().trim().max(50).optional(),
  })
  .refine((q) => Boolean(q.certNo || q.personNo || q.name), {
    message: '请输入证件号码、个人编号或姓名',
    path: ['certNo'],
  });
export type PersonSearchQuery = z.infer<typeof personSearchQuery>;

export const personSummary = z.object({
  id: z.number().int(),
  personNo: z.string(),
  name: z.string(),
  certType: z.string(),
  certNo: z.string(),
  sex: z.string(),
  birthDate: z.string(),
  personCategory: z.string(),
  regionCode: z.string(),
  status: z.string(),
});
export type PersonSummary = z.infer<typeof personSummary>;
export const personSearchReply = pageOf(personSummary);

/** 人员基本信息: every field of the person's record; staff see it unmasked. */
export const personProfile = personSummary.extend({
  ethnicity: z.string(),
  nationality: z.string(),
  identity: z.string(),
  workStartDate: z.string().nullable(),
  education: z.string(),
  politicalStatus: z.string(),
  maritalStatus: z.string(),
  studentNo: z.string(),
  householdType: z.string(),
  householdDivisionCode: z.string(),
  householdAddress: z.string(),
  householdPostcode: z.string(),
  residenceDivisionCode: z.string(),
  residenceAddress: z.string(),
  residencePostcode: z.string(),
  phone: z.string(),
  email: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  bankCode: z.string(),
  bankAccount: z.string(),
  bankAccountName: z.string(),
  ssCardNo: z.string().nullable(),
  retiredOn: z.string().nullable(),
  deathDate: z.string().nullable(),
  unitNo: z.string().nullable(),
  unitName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PersonProfile = z.infer<typeof personProfile>;

/** 人员参保信息 (in force) and 历史参保信息 (ended): one row per enrolment. */
export const enrolmentRow = z.object({
  id: z.number().int(),
  insuranceType: z.string(),
  personType: z.string(),
  status: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  firstEnrolledOn: z.string().nullable(),
  regionCode: z.string(),
  unitNo: z.string().nullable(),
  unitName: z.string().nullable(),
  contributionBaseFen: z.number().int(),
});
export type EnrolmentRow = z.infer<typeof enrolmentRow>;
export const personEnrolmentsQuery = z.object({
  /** current: 正常参保 and 暂停参保; history: 终止参保 */
  scope: z.enum(['current', 'history']).default('current'),
});
export const personEnrolmentsReply = z.object({ items: z.array(enrolmentRow) });

/** 变更历史信息: a change of the person or of one of the enrolments, field by field. */
export const personChangeRow = z.object({
  id: z.string(),
  /** person | enrolment | identity (特殊身份) | cardless (无卡结算) | subsidy (个人缴费补贴) */
  entity: z.enum(['person', 'enrolment', 'identity', 'cardless', 'subsidy']),
  entityId: z.number().int(),
  action: z.string(),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  actorType: z.string(),
  actorId: z.string().nullable(),
  reason: z.string().nullable(),
  changedAt: z.string(),
});
export type PersonChangeRow = z.infer<typeof personChangeRow>;
export const personChangesReply = pageOf(personChangeRow);

/** 职工缴费信息 / 居民缴费信息: the contribution months as stored. */
export const contributionRow = z.object({
  id: z.number().int(),
  period: z.number().int(),
  insuranceType: z.string(),
  kind: z.string(),
  baseFen: z.number().int(),
  unitAmountFen: z.number().int(),
  personalAmountFen: z.number().int(),
  accountAllocationFen: z.number().int(),
  status: z.string(),
  paidOn: z.string().nullable(),
  unitName: z.string().nullable(),
});
export type ContributionRow = z.infer<typeof contributionRow>;
const yearMonth = z.coerce
  .number()
  .int()
  .refine((v) => v >= 199001 && v <= 299912 && v % 100 >= 1 && v % 100 <= 12, '请选择正确的年月');
export const personContributionsQuery = pageQuery.extend({
  /** 310 职工缴费信息, 390 居民缴费信息 */
  insuranceType: z.enum(['310', '390']),
  from: yearMonth.optional(),
  to: yearMonth.optional(),
});
export type PersonContributionsQuery = z.infer<typeof personContributionsQuery>;
export const personContributionsReply = pageOf(contributionRow).extend({
  /** the sums over every row the filters select, not just this page */
  totals: z.object({
    months: z.number().int(),
    unitAmountFen: z.number().int(),
    personalAmountFen: z.number().int(),
  }),
});

/** 视同缴费信息 */
export const deemedContributionRow = z.object({
  id: z.number().int(),
  startPeriod: z.number().int(),
  endPeriod: z.number().int(),
  months: z.number().int(),
  basis: z.string(),
  regionCode: z.string(),
});
export const personDeemedReply = z.object({
  items: z.array(deemedContributionRow),
  totalMonths: z.number().int(),
});

/** 人员特殊身份认定信息 */
export const specialIdentityRow = z.object({
  id: z.number().int(),
  identityType: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  status: z.string(),
  source: z.string(),
  regionCode: z.string(),
});
export const personSpecialIdentitiesReply = z.object({ items: z.array(specialIdentityRow) });

/** 人员重复参保数据查询: persons holding more than one basic-scheme enrolment in force. */
export const duplicateEnrolmentsQuery = pageQuery.extend({
  regionCode: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
});
export const duplicateEnrolmentItem = z.object({
  personId: z.number().int(),
  personNo: z.string(),
  name: z.string(),
  certType: z.string(),
  certNo: z.string(),
  regionCode: z.string(),
  enrolments: z.array(
    z.object({
      id: z.number().int(),
      insuranceType: z.string(),
      regionCode: z.string(),
      startDate: z.string(),
      unitName: z.string().nullable(),
    }),
  ),
});
export const duplicateEnrolmentsReply = pageOf(duplicateEnrolmentItem);
