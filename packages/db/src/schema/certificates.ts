import { index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { at, id, json, ref, regionCode } from './columns';
import { persons } from './persons';
import { regions } from './regions';

/**
 * 参保证明 issued (002 二): what was certified, frozen at the time of issue, with a serial
 * number and a verification code that the public page checks.
 */
export const insuranceCertificates = pgTable(
  'insurance_certificates',
  {
    id: id(),
    serialNo: text('serial_no').notNull(),
    /** insured 职工/居民参保证明 | no-household 无户籍人员参保证明 */
    kind: text('kind').notNull(),
    personId: ref('person_id')
      .notNull()
      .references(() => persons.id),
    regionCode: regionCode().references(() => regions.code),
    verificationCode: text('verification_code').notNull(),
    content: json<Record<string, unknown>>('content').notNull(),
    issuedByType: text('issued_by_type').notNull(),
    issuedById: text('issued_by_id'),
    issuedByName: text('issued_by_name').notNull(),
    issuedAt: at('issued_at').notNull(),
  },
  (t) => [
    uniqueIndex('insurance_certificates_serial_uq').on(t.serialNo),
    index('insurance_certificates_person_idx').on(t.personId, t.issuedAt),
  ],
);
