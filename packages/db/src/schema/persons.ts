import { date, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, ref, regionCode, updatedAt } from './columns';
import { historyTable } from './history';
import { regions } from './regions';
import { units } from './units';

/**
 * 参保人员: every field the guides show (001 灵活就业人员参保登记 and 信息详情, 000 职工个人基本信息变更).
 * Unique by (certificate type, certificate number).
 */
export const persons = pgTable(
  'persons',
  {
    id: id(),
    personNo: text('person_no').notNull(),
    name: text('name').notNull(),
    certType: text('cert_type').notNull(),
    certNo: text('cert_no').notNull(),
    /** 1 男, 2 女, 9 未说明 */
    sex: text('sex').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    ethnicity: text('ethnicity').notNull().default('01'),
    /** 国家/地区, ISO 3166 alpha-3 */
    nationality: text('nationality').notNull().default('CHN'),
    /** 个人身份: 工人, 干部 … */
    identity: text('identity').notNull().default(''),
    workStartDate: date('work_start_date', { mode: 'string' }),
    education: text('education').notNull().default(''),
    /** 行政职务 (GB/T 12407 职务级别), 专业技术职务等级 and 国家职业资格等级: W15 (二) changes them */
    adminPost: text('admin_post').notNull().default(''),
    techTitleLevel: text('tech_title_level').notNull().default(''),
    vocationalLevel: text('vocational_level').notNull().default(''),
    /** 政治面貌 (dictionary political-statuses, GB/T 4762) and 婚姻状态 (marital-statuses, GB/T 2261.2) */
    politicalStatus: text('political_status').notNull().default(''),
    maritalStatus: text('marital_status').notNull().default(''),
    /** 学籍编号 of a student resident (城乡居民新参保/续保, 城乡居民参保维护) */
    studentNo: text('student_no').notNull().default(''),
    /** 户口性质 */
    householdType: text('household_type').notNull().default(''),
    householdDivisionCode: text('household_division_code').notNull().default(''),
    householdAddress: text('household_address').notNull().default(''),
    householdPostcode: text('household_postcode').notNull().default(''),
    residenceDivisionCode: text('residence_division_code').notNull().default(''),
    residenceAddress: text('residence_address').notNull().default(''),
    residencePostcode: text('residence_postcode').notNull().default(''),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    contactName: text('contact_name').notNull().default(''),
    contactPhone: text('contact_phone').notNull().default(''),
    /** 委托代发银行 */
    bankCode: text('bank_code').notNull().default(''),
    bankAccount: text('bank_account').notNull().default(''),
    bankAccountName: text('bank_account_name').notNull().default(''),
    photoPath: text('photo_path'),
    /** 社会保障卡 number and its card password (argon2id hash, never the password) */
    ssCardNo: text('ss_card_no'),
    ssCardPasswordHash: text('ss_card_password_hash'),
    /** 缴费人员类别 / 人员类别: 在职, 退休, 城乡居民, 学生, 婴幼儿 … (dictionary person-categories) */
    personCategory: text('person_category').notNull(),
    retiredOn: date('retired_on', { mode: 'string' }),
    deathDate: date('death_date', { mode: 'string' }),
    regionCode: regionCode().references(() => regions.code),
    unitId: ref('unit_id').references(() => units.id),
    /** 正常 | 死亡 | 注销 */
    status: text('status').notNull().default('正常'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('persons_cert_uq').on(t.certType, t.certNo),
    uniqueIndex('persons_person_no_uq').on(t.personNo),
    index('persons_unit_idx').on(t.unitId),
    index('persons_region_idx').on(t.regionCode),
    index('persons_phone_idx').on(t.phone),
    index('persons_ss_card_idx').on(t.ssCardNo),
    index('persons_name_idx').on(t.name),
  ],
);
export const personHistory = historyTable('person_history');

/** Family relations (家庭关系): the ground of family mutual aid and of acting for another person. */
export const familyRelations = pgTable(
  'family_relations',
  {
    id: id(),
    personId: ref('person_id')
      .notNull()
      .references(() => persons.id),
    relativeId: ref('relative_id')
      .notNull()
      .references(() => persons.id),
    /** 配偶, 父母, 子女, 祖父母, 外祖父母, 孙子女, 外孙子女, 兄弟姐妹 (dictionary relations) */
    relation: text('relation').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('family_relations_pair_uq').on(t.personId, t.relativeId),
    index('family_relations_relative_idx').on(t.relativeId),
  ],
);
export const familyRelationHistory = historyTable('family_relation_history');
