import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, smallint, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, ref, regionCode, updatedAt } from './columns';
import { historyTable } from './history';
import { persons } from './persons';
import { regions } from './regions';
import { units } from './units';

/** 定点医药机构: designated hospitals and pharmacies. */
export const institutions = pgTable(
  'institutions',
  {
    id: id(),
    /** 定点医药机构编码, e.g. H11010100001 / P11010100001 */
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** hospital | pharmacy */
    kind: text('kind').notNull(),
    /** 医院等级 (dictionary hospital-levels); empty for pharmacies */
    level: text('level').notNull().default(''),
    unitId: ref('unit_id').references(() => units.id),
    regionCode: regionCode().references(() => regions.code),
    divisionCode: text('division_code').notNull(),
    address: text('address').notNull().default(''),
    phone: text('phone').notNull().default(''),
    /** A community/primary hospital (社区卫生服务机构) every insured person may use without choosing it. */
    isPrimaryCare: text('is_primary_care').notNull().default('0'),
    crossRegion: text('cross_region').notNull().default('0'),
    /** 正常 | 暂停 | 终止 */
    status: text('status').notNull().default('正常'),
    agreementFrom: date('agreement_from', { mode: 'string' }),
    agreementTo: date('agreement_to', { mode: 'string' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('institutions_code_uq').on(t.code),
    index('institutions_region_idx').on(t.regionCode, t.kind),
  ],
);
export const institutionHistory = historyTable('institution_history');

/**
 * 定点医疗机构1–5: the hospitals an insured person has chosen, one row per slot. A hospital is
 * chosen once per person.
 */
export const designatedHospitals = pgTable(
  'designated_hospitals',
  {
    id: id(),
    personId: ref('person_id')
      .notNull()
      .references(() => persons.id),
    slot: smallint('slot').notNull(),
    institutionId: ref('institution_id')
      .notNull()
      .references(() => institutions.id),
    regionCode: regionCode().references(() => regions.code),
    chosenOn: date('chosen_on', { mode: 'string' }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('designated_hospitals_slot_uq').on(t.personId, t.slot),
    uniqueIndex('designated_hospitals_institution_uq').on(t.personId, t.institutionId),
    check('designated_hospitals_slot_ck', sql`${t.slot} between 1 and 5`),
  ],
);
export const designatedHospitalHistory = historyTable('designated_hospital_history');
