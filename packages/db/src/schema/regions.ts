import { pgTable, text, uniqueIndex, index } from 'drizzle-orm/pg-core';
import { createdAt, id, regionCode, updatedAt } from './columns';
import { historyTable } from './history';

/** 统筹区: the area whose fund and policy apply (6-digit code, e.g. 110000 北京市). */
export const regions = pgTable('regions', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  provinceCode: text('province_code').notNull(),
  createdAt: createdAt(),
});

/** 经办机构 of a pooling region. */
export const agencies = pgTable(
  'agencies',
  {
    id: id(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    regionCode: regionCode().references(() => regions.code),
    divisionCode: text('division_code').notNull(),
    level: text('level').notNull(),
    address: text('address').notNull().default(''),
    phone: text('phone').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('agencies_code_uq').on(t.code),
    index('agencies_region_idx').on(t.regionCode),
  ],
);
export const agencyHistory = historyTable('agency_history');
