import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, fen, id, ref, regionCode } from './columns';
import { historyTable } from './history';
import { regions } from './regions';
import { units } from './units';

/**
 * 职工医保缴费基数上下限: the floor and cap of an employee's monthly contribution base, by region,
 * from a date, with their source (示例参数 where no official document is at hand).
 */
export const contributionBaseLimits = pgTable(
  'contribution_base_limits',
  {
    id: id(),
    regionCode: text('region_code').notNull(),
    floorFen: fen('floor_fen').notNull(),
    capFen: fen('cap_fen').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    source: text('source').notNull(),
  },
  (t) => [
    uniqueIndex('contribution_base_limits_uq').on(t.regionCode, t.validFrom),
    check(
      'contribution_base_limits_ck',
      sql`${t.floorFen} > 0 and ${t.capFen} >= ${t.floorFen}
        and (${t.validTo} is null or ${t.validTo} >= ${t.validFrom})`,
    ),
  ],
);

/**
 * 单位缴费基数申报书面稽核 (002 十一 (三)): what the unit declared in the registry for a year
 * against what the paper records (工资花名册, 劳资统计报表 …) show, and the result.
 */
export const unitBaseAudits = pgTable(
  'unit_base_audits',
  {
    id: id(),
    unitId: ref('unit_id')
      .notNull()
      .references(() => units.id),
    regionCode: regionCode().references(() => regions.code),
    /** 申报年度 */
    auditYear: integer('audit_year').notNull(),
    /** enterprise 企业单位 | public 机关事业单位: which paper records ground the audit */
    unitCategory: text('unit_category').notNull(),
    declaredHeadcount: integer('declared_headcount').notNull(),
    declaredTotalFen: fen('declared_total_fen').notNull(),
    auditedHeadcount: integer('audited_headcount').notNull(),
    auditedTotalFen: fen('audited_total_fen').notNull(),
    declaredRetirees: integer('declared_retirees').notNull(),
    auditedRetirees: integer('audited_retirees').notNull(),
    /** match 相符 | under 申报偏低 | over 申报偏高 | headcount 人数不符 */
    result: text('result').notNull(),
    /** audited minus declared, fen; negative when the unit declared more */
    differenceFen: fen('difference_fen').notNull(),
    opinion: text('opinion').notNull().default(''),
    applicationId: ref('application_id'),
    /** 有效 | 已撤销 (a failed 复核) */
    status: text('status').notNull().default('有效'),
    createdAt: createdAt(),
  },
  (t) => [
    index('unit_base_audits_unit_idx').on(t.unitId, t.auditYear),
    check('unit_base_audits_status_ck', sql`${t.status} in ('有效','已撤销')`),
    check(
      'unit_base_audits_figures_ck',
      sql`${t.declaredHeadcount} >= 0 and ${t.auditedHeadcount} >= 0
        and ${t.declaredRetirees} >= 0 and ${t.auditedRetirees} >= 0
        and ${t.declaredTotalFen} >= 0 and ${t.auditedTotalFen} >= 0`,
    ),
  ],
);
export const unitBaseAuditHistory = historyTable('unit_base_audit_history');
