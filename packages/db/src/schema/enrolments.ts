import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, fen, id, period, ref, regionCode, updatedAt } from './columns';
import { historyTable } from './history';
import { persons } from './persons';
import { regions } from './regions';
import { units } from './units';

/** 参保: a person's insurance relation of one type. */
export const enrolments = pgTable(
  'enrolments',
  {
    id: id(),
    personId: ref('person_id')
      .notNull()
      .references(() => persons.id),
    unitId: ref('unit_id').references(() => units.id),
    regionCode: regionCode().references(() => regions.code),
    /** 险种类型: 310 职工基本医疗保险, 390 城乡居民基本医疗保险 … */
    insuranceType: text('insurance_type').notNull(),
    /** 参保身份: 在职, 退休, 灵活就业, 城乡居民, 学生, 婴幼儿 … */
    personType: text('person_type').notNull(),
    /** 正常参保 | 暂停参保 | 终止参保 */
    status: text('status').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    firstEnrolledOn: date('first_enrolled_on', { mode: 'string' }),
    contributionBaseFen: fen('contribution_base_fen').notNull().default(0),
    /** the first month (YYYYMM) the base applies from, once a 缴费基数变更 set it */
    contributionBaseFrom: period('contribution_base_from'),
    /** 停保 (暂停参保): 中断原因 and 备注 as the window recorded them */
    stopReason: text('stop_reason'),
    stopRemark: text('stop_remark'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('enrolments_person_idx').on(t.personId, t.insuranceType),
    index('enrolments_unit_idx').on(t.unitId),
    index('enrolments_region_idx').on(t.regionCode, t.insuranceType, t.status),
    check('enrolments_status_ck', sql`${t.status} in ('正常参保','暂停参保','终止参保')`),
  ],
);
export const enrolmentHistory = historyTable('enrolment_history');

/** 缴费: one row per person, insurance type and month (and kind: 正常应缴, 补缴 …). */
export const contributions = pgTable(
  'contributions',
  {
    id: id(),
    personId: ref('person_id')
      .notNull()
      .references(() => persons.id),
    unitId: ref('unit_id').references(() => units.id),
    regionCode: regionCode().references(() => regions.code),
    insuranceType: text('insurance_type').notNull(),
    period: period('period').notNull(),
    /** 正常应缴 | 补缴 | 退收 */
    kind: text('kind').notNull().default('正常应缴'),
    baseFen: fen('base_fen').notNull(),
    unitAmountFen: fen('unit_amount_fen').notNull(),
    personalAmountFen: fen('personal_amount_fen').notNull(),
    /** share credited to the personal account for this month */
    accountAllocationFen: fen('account_allocation_fen').notNull().default(0),
    /** 已到账 | 欠费 */
    status: text('status').notNull(),
    paidAt: date('paid_on', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('contributions_month_uq').on(t.personId, t.insuranceType, t.period, t.kind),
    index('contributions_unit_period_idx').on(t.unitId, t.period),
    check(
      'contributions_period_ck',
      sql`${t.period} between 199001 and 299912 and ${t.period} % 100 between 1 and 12`,
    ),
    check(
      'contributions_amounts_ck',
      sql`${t.baseFen} >= 0 and ${t.unitAmountFen} >= 0 and ${t.personalAmountFen} >= 0`,
    ),
  ],
);

/** 人员特殊身份认定: a special identity (特困人员, 低保对象 …) held for a period in a region. */
export const specialIdentities = pgTable(
  'special_identities',
  {
    id: id(),
    personId: ref('person_id')
      .notNull()
      .references(() => persons.id),
    regionCode: regionCode().references(() => regions.code),
    /** dictionary special-identity-types */
    identityType: text('identity_type').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    /** 有效 | 无效 */
    status: text('status').notNull().default('有效'),
    /** 认定部门 or document that grounds it */
    source: text('source').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    index('special_identities_person_idx').on(t.personId, t.startDate),
    check('special_identities_status_ck', sql`${t.status} in ('有效','无效')`),
    check(
      'special_identities_period_ck',
      sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`,
    ),
  ],
);
export const specialIdentityHistory = historyTable('special_identity_history');

/** 视同缴费: months counted as contributed before the scheme began (retirement's 视同缴费月数). */
export const deemedContributions = pgTable(
  'deemed_contributions',
  {
    id: id(),
    personId: ref('person_id')
      .notNull()
      .references(() => persons.id),
    regionCode: regionCode().references(() => regions.code),
    startPeriod: period('start_period').notNull(),
    endPeriod: period('end_period').notNull(),
    months: integer('months').notNull(),
    /** 认定依据: the 档案 or decision the months rest on */
    basis: text('basis').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    index('deemed_contributions_person_idx').on(t.personId, t.startPeriod),
    check(
      'deemed_contributions_period_ck',
      sql`${t.endPeriod} >= ${t.startPeriod} and ${t.months} > 0`,
    ),
  ],
);

/** 在职转退休: the retirement of an employee, with the months it was judged on. */
export const retirements = pgTable(
  'retirements',
  {
    id: id(),
    personId: ref('person_id')
      .notNull()
      .references(() => persons.id),
    unitId: ref('unit_id').references(() => units.id),
    regionCode: regionCode().references(() => regions.code),
    /** retired 退休 | early 提前退休 | veteran 离休 */
    retirementType: text('retirement_type').notNull(),
    retiredOn: date('retired_on', { mode: 'string' }).notNull(),
    /** 次月生效: the first day of the month after the transition */
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    pensionFen: fen('pension_fen').notNull(),
    deemedMonths: integer('deemed_months').notNull(),
    paidMonths: integer('paid_months').notNull(),
    requiredMonths: integer('required_months').notNull(),
    /** 正常 | 已撤销 (a failed 复核) */
    status: text('status').notNull().default('正常'),
    createdAt: createdAt(),
  },
  (t) => [index('retirements_person_idx').on(t.personId)],
);
