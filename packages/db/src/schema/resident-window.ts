import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, fen, id, ref, regionCode } from './columns';
import { specialIdentities } from './enrolments';
import { historyTable } from './history';
import { persons } from './persons';
import { regions } from './regions';

/**
 * 开通无卡结算 (002 十三 (四)): a newborn may settle without a social-security card from
 * 开始日期 to 结束日期 (open when empty); 待遇通用审批 lists them as 无卡就医审批.
 */
export const cardlessSettlements = pgTable(
  'cardless_settlements',
  {
    id: id(),
    personId: ref('person_id')
      .notNull()
      .references(() => persons.id),
    regionCode: regionCode().references(() => regions.code),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    /** 有效 | 无效 (a failed 复核) */
    status: text('status').notNull().default('有效'),
    createdAt: createdAt(),
  },
  (t) => [
    index('cardless_settlements_person_idx').on(t.personId, t.startDate),
    index('cardless_settlements_region_idx').on(t.regionCode, t.startDate),
    check('cardless_settlements_status_ck', sql`${t.status} in ('有效','无效')`),
    check(
      'cardless_settlements_period_ck',
      sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`,
    ),
  ],
);
export const cardlessSettlementHistory = historyTable('cardless_settlement_history');

/**
 * 救助对象个人缴费补贴的政策 (002 三十三): for a special identity in a region, from a date, the
 * year's 城乡居民个人缴费标准 and how much of it the assistance fund pays — a ratio (basis
 * points) and/or a fixed amount, never more than the standard. Carries its source.
 */
export const assistanceSubsidyPolicies = pgTable(
  'assistance_subsidy_policies',
  {
    id: id(),
    regionCode: text('region_code').notNull(),
    /** dictionary special-identity-types */
    identityType: text('identity_type').notNull(),
    /** 城乡居民基本医疗保险个人缴费标准 of a year */
    contributionFen: fen('contribution_fen').notNull(),
    /** 资助比例 */
    subsidyBp: integer('subsidy_bp').notNull().default(0),
    /** 定额资助 */
    subsidyFen: fen('subsidy_fen').notNull().default(0),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    source: text('source').notNull(),
  },
  (t) => [
    uniqueIndex('assistance_subsidy_policies_uq').on(t.regionCode, t.identityType, t.validFrom),
    check(
      'assistance_subsidy_policies_ck',
      sql`${t.contributionFen} >= 0 and ${t.subsidyFen} >= 0
        and ${t.subsidyBp} between 0 and 10000`,
    ),
  ],
);

/**
 * 个人缴费补贴: the assistance fund pays part or all of a resident's individual contribution of
 * one 缴费年度, because of a special identity held in that year; one in force per person-year.
 */
export const assistanceSubsidies = pgTable(
  'assistance_subsidies',
  {
    id: id(),
    personId: ref('person_id')
      .notNull()
      .references(() => persons.id),
    regionCode: regionCode().references(() => regions.code),
    /** 缴费年度 */
    year: integer('year').notNull(),
    specialIdentityId: ref('special_identity_id')
      .notNull()
      .references(() => specialIdentities.id),
    identityType: text('identity_type').notNull(),
    policyId: ref('policy_id')
      .notNull()
      .references(() => assistanceSubsidyPolicies.id),
    /** 个人缴费标准 */
    contributionFen: fen('contribution_fen').notNull(),
    /** 补贴金额 */
    subsidyFen: fen('subsidy_fen').notNull(),
    /** 个人实缴金额 */
    personalFen: fen('personal_fen').notNull(),
    /** 有效 | 无效 */
    status: text('status').notNull().default('有效'),
    applicationId: ref('application_id'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('assistance_subsidies_year_uq')
      .on(t.personId, t.year)
      .where(sql`${t.status} = '有效'`),
    index('assistance_subsidies_region_idx').on(t.regionCode, t.year),
    check('assistance_subsidies_status_ck', sql`${t.status} in ('有效','无效')`),
    check(
      'assistance_subsidies_amounts_ck',
      sql`${t.subsidyFen} >= 0 and ${t.subsidyFen} <= ${t.contributionFen}
        and ${t.personalFen} = ${t.contributionFen} - ${t.subsidyFen}`,
    ),
  ],
);
export const assistanceSubsidyHistory = historyTable('assistance_subsidy_history');
