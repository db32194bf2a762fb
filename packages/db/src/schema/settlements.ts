import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { at, createdAt, fen, id, json, ref } from './columns';
import { institutions } from './institutions';
import { persons } from './persons';
import { unitOperators } from './identity';

/**
 * 待遇政策: the region's deductible, annual cap and fund ratios for one person class and visit
 * class, from a date. The ratios are basis points by institution tier.
 */
export const benefitPolicies = pgTable(
  'benefit_policies',
  {
    id: id(),
    regionCode: text('region_code').notNull(),
    /** 在职 | 退休 | 居民 (城乡居民) */
    personClass: text('person_class').notNull(),
    /** 门诊 | 住院 */
    visitClass: text('visit_class').notNull(),
    /** 起付标准, accumulated over the calendar year */
    deductibleFen: fen('deductible_fen').notNull(),
    /** 年度最高支付限额 of the fund */
    annualCapFen: fen('annual_cap_fen').notNull(),
    ratioPrimaryBp: integer('ratio_primary_bp').notNull(),
    ratioSecondaryBp: integer('ratio_secondary_bp').notNull(),
    ratioTertiaryBp: integer('ratio_tertiary_bp').notNull(),
    ratioPharmacyBp: integer('ratio_pharmacy_bp').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    source: text('source').notNull(),
  },
  (t) => [
    uniqueIndex('benefit_policies_uq').on(t.regionCode, t.personClass, t.visitClass, t.validFrom),
    check(
      'benefit_policies_ck',
      sql`${t.deductibleFen} >= 0 and ${t.annualCapFen} >= 0
        and ${t.ratioPrimaryBp} between 0 and 10000 and ${t.ratioSecondaryBp} between 0 and 10000
        and ${t.ratioTertiaryBp} between 0 and 10000 and ${t.ratioPharmacyBp} between 0 and 10000`,
    ),
  ],
);

/** A bill line as the institution sent it (票据明细). */
export interface SettlementItem {
  name: string;
  category: string;
  amountFen: number;
  inCatalogue: boolean;
}

/** One settled visit and its split: total = fund + account + cash. */
export const settlements = pgTable(
  'settlements',
  {
    id: id(),
    institutionId: ref('institution_id')
      .notNull()
      .references(() => institutions.id),
    /** the institution's own transaction number: the idempotency key of the posting */
    txnNo: text('txn_no').notNull(),
    /** sha256 of the request's settled fields, to tell a retry from a conflicting reuse */
    requestHash: text('request_hash').notNull(),
    personId: ref('person_id')
      .notNull()
      .references(() => persons.id),
    regionCode: text('region_code').notNull(),
    personClass: text('person_class').notNull(),
    medType: text('med_type').notNull(),
    visitClass: text('visit_class').notNull(),
    tier: text('tier').notNull(),
    remote: boolean('remote').notNull().default(false),
    visitDate: date('visit_date', { mode: 'string' }).notNull(),
    policyId: ref('policy_id').references(() => benefitPolicies.id),
    totalFen: fen('total_fen').notNull(),
    inCatalogueFen: fen('in_catalogue_fen').notNull(),
    outCatalogueFen: fen('out_catalogue_fen').notNull(),
    deductibleFen: fen('deductible_fen').notNull(),
    fundFen: fen('fund_fen').notNull(),
    accountFen: fen('account_fen').notNull(),
    cashFen: fen('cash_fen').notNull(),
    items: json<SettlementItem[]>('items').notNull().default([]),
    /** 已结算 | 已退费 */
    status: text('status').notNull().default('已结算'),
    refundTxnNo: text('refund_txn_no'),
    refundedAt: at('refunded_at'),
    settledAt: at('settled_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('settlements_txn_uq').on(t.institutionId, t.txnNo),
    index('settlements_person_idx').on(t.personId, t.visitDate),
    check(
      'settlements_split_ck',
      sql`${t.totalFen} = ${t.fundFen} + ${t.accountFen} + ${t.cashFen}
        and ${t.totalFen} = ${t.inCatalogueFen} + ${t.outCatalogueFen}
        and ${t.fundFen} >= 0 and ${t.accountFen} >= 0 and ${t.cashFen} >= 0
        and ${t.deductibleFen} >= 0 and ${t.inCatalogueFen} >= 0 and ${t.outCatalogueFen} >= 0`,
    ),
  ],
);

/**
 * 年度累计: what a person's year has used of the deductible and the fund cap, per visit class.
 * Its row is the first lock a settlement takes, so one person's settlements run one at a time.
 */
export const benefitAccumulators = pgTable(
  'benefit_accumulators',
  {
    personId: ref('person_id')
      .notNull()
      .references(() => persons.id),
    year: smallint('year').notNull(),
    visitClass: text('visit_class').notNull(),
    deductibleUsedFen: fen('deductible_used_fen').notNull().default(0),
    fundPaidFen: fen('fund_paid_fen').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.year, t.visitClass] }),
    check('benefit_accumulators_ck', sql`${t.deductibleUsedFen} >= 0 and ${t.fundPaidFen} >= 0`),
  ],
);

/**
 * A designated institution's API credential: keyId is public, the secret is sealed with the
 * server's key (it must be read back to check signatures) and shown once when issued.
 */
export const institutionApiKeys = pgTable(
  'institution_api_keys',
  {
    id: id(),
    institutionId: ref('institution_id')
      .notNull()
      .references(() => institutions.id),
    keyId: text('key_id').notNull(),
    secretSealed: text('secret_sealed').notNull(),
    name: text('name').notNull().default(''),
    /** 有效 | 已吊销 */
    status: text('status').notNull().default('有效'),
    issuedBy: ref('issued_by').references(() => unitOperators.id),
    createdAt: createdAt(),
    revokedAt: at('revoked_at'),
    lastUsedAt: at('last_used_at'),
  },
  (t) => [
    uniqueIndex('institution_api_keys_key_uq').on(t.keyId),
    index('institution_api_keys_institution_idx').on(t.institutionId),
  ],
);

/** Nonces of signed requests seen within the freshness window: a replay finds its nonce here. */
export const apiNonces = pgTable(
  'api_nonces',
  {
    keyId: text('key_id').notNull(),
    nonce: text('nonce').notNull(),
    seenAt: at('seen_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.keyId, t.nonce] }), index('api_nonces_seen_idx').on(t.seenAt)],
);
