import { date, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, ref, regionCode, updatedAt } from './columns';
import { historyTable } from './history';
import { agencies, regions } from './regions';

/** 参保单位: employers, flexible-employment agencies, schools, hospitals, pharmacies (W11's fields). */
export const units = pgTable(
  'units',
  {
    id: id(),
    unitNo: text('unit_no').notNull(),
    uscc: text('uscc').notNull(),
    name: text('name').notNull(),
    unitType: text('unit_type').notNull(),
    /** 单位管理类型: normal 普通单位 | agency 灵活就业代管单位 */
    managementType: text('management_type').notNull().default('normal'),
    regionCode: regionCode().references(() => regions.code),
    agencyId: ref('agency_id').references(() => agencies.id),
    divisionCode: text('division_code').notNull(),
    address: text('address').notNull().default(''),
    postcode: text('postcode').notNull().default(''),
    industry: text('industry').notNull().default(''),
    economicType: text('economic_type').notNull().default(''),
    affiliation: text('affiliation').notNull().default(''),
    legalRepName: text('legal_rep_name').notNull().default(''),
    legalRepCertType: text('legal_rep_cert_type').notNull().default('01'),
    legalRepCertNo: text('legal_rep_cert_no').notNull().default(''),
    legalRepPhone: text('legal_rep_phone').notNull().default(''),
    contactName: text('contact_name').notNull().default(''),
    contactPhone: text('contact_phone').notNull().default(''),
    email: text('email').notNull().default(''),
    /** 单位联系电话(座机) */
    officePhone: text('office_phone').notNull().default(''),
    /** 批准成立文号 */
    approvalDocNo: text('approval_doc_no').notNull().default(''),
    /** 注册证件类型 and 注册证件号码 (营业执照 …) */
    regCertType: text('reg_cert_type').notNull().default(''),
    regCertNo: text('reg_cert_no').notNull().default(''),
    /** 税号 */
    taxNo: text('tax_no').notNull().default(''),
    bankCode: text('bank_code').notNull().default(''),
    bankAccountName: text('bank_account_name').notNull().default(''),
    bankAccount: text('bank_account').notNull().default(''),
    /** 银行用途: collection 征缴费号, payout 待遇拨付/发放账号 */
    bankUsages: text('bank_usages').array().notNull().default([]),
    establishedOn: date('established_on', { mode: 'string' }),
    registeredOn: date('registered_on', { mode: 'string' }),
    /** 正常 | 注销 */
    status: text('status').notNull().default('正常'),
    /** 单位注销: the day and the reason (UNIT_CANCEL_REASONS), while 注销 */
    cancelledOn: date('cancelled_on', { mode: 'string' }),
    cancelReason: text('cancel_reason'),
    parentId: ref('parent_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('units_unit_no_uq').on(t.unitNo),
    uniqueIndex('units_uscc_uq').on(t.uscc),
    index('units_region_idx').on(t.regionCode, t.unitType),
  ],
);
export const unitHistory = historyTable('unit_history');
