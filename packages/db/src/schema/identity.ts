import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { at, createdAt, id, ref } from './columns';
import { historyTable } from './history';
import { persons } from './persons';
import { units } from './units';

/**
 * 个人用户: a portal/mobile login, registered by phone. It is tied to an insured person only after
 * real-name verification (实名认证); a cancelled account frees its phone for a new registration.
 */
export const personAccounts = pgTable(
  'person_accounts',
  {
    id: id(),
    phone: text('phone').notNull(),
    passwordHash: text('password_hash').notNull(),
    personId: ref('person_id').references(() => persons.id),
    /** 正常 | 已注销 */
    status: text('status').notNull().default('正常'),
    /** phone | ss-card | evoucher | evoucher-qr (电子医保凭证扫码认证) | sso */
    realNameMethod: text('real_name_method'),
    realNameAt: at('real_name_at'),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: at('locked_until'),
    passwordChangedAt: at('password_changed_at'),
    createdAt: createdAt(),
    cancelledAt: at('cancelled_at'),
  },
  (t) => [
    uniqueIndex('person_accounts_phone_uq')
      .on(t.phone)
      .where(sql`status = '正常'`),
    uniqueIndex('person_accounts_person_uq')
      .on(t.personId)
      .where(sql`status = '正常'`),
  ],
);
export const personAccountHistory = historyTable('person_account_history');

/** 单位经办人: a unit operator's own login, separate from any personal account (004 FAQ 3). */
export const unitOperators = pgTable(
  'unit_operators',
  {
    id: id(),
    phone: text('phone').notNull(),
    name: text('name').notNull().default(''),
    passwordHash: text('password_hash').notNull(),
    unitId: ref('unit_id').references(() => units.id),
    /** 正常 | 停用 */
    status: text('status').notNull().default('正常'),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: at('locked_until'),
    boundAt: at('bound_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('unit_operators_phone_uq')
      .on(t.phone)
      .where(sql`status = '正常'`),
    index('unit_operators_unit_idx').on(t.unitId),
  ],
);
export const unitOperatorHistory = historyTable('unit_operator_history');

/** 医保电子凭证 of a verified person: activation and its six-digit password (hashed). */
export const evouchers = pgTable('evouchers', {
  personId: ref('person_id')
    .primaryKey()
    .references(() => persons.id),
  passwordHash: text('password_hash').notNull(),
  activatedAt: at('activated_at').notNull(),
  passwordChangedAt: at('password_changed_at'),
});

/** Graphic captchas: single use, short-lived; the answer is kept to check it (and, in demo mode, to show it). */
export const captchas = pgTable(
  'captchas',
  {
    id: text('id').primaryKey(),
    answer: text('answer').notNull(),
    createdAt: at('created_at').notNull(),
    expiresAt: at('expires_at').notNull(),
    usedAt: at('used_at'),
    ip: text('ip'),
  },
  (t) => [index('captchas_created_idx').on(t.createdAt)],
);

/** SMS verification codes: six digits, valid five minutes, at most five tries. */
export const smsCodes = pgTable(
  'sms_codes',
  {
    id: id(),
    phone: text('phone').notNull(),
    /** register | login | real-name | reset-password | change-phone | cancel-account … */
    purpose: text('purpose').notNull(),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    createdAt: at('created_at').notNull(),
    expiresAt: at('expires_at').notNull(),
    consumedAt: at('consumed_at'),
  },
  (t) => [index('sms_codes_phone_idx').on(t.phone, t.purpose, t.createdAt)],
);

/** Every SMS the platform sent: the gateway's outbox and the person's 我的消息. */
export const smsMessages = pgTable(
  'sms_messages',
  {
    id: id(),
    phone: text('phone').notNull(),
    text: text('text').notNull(),
    /** the verification code inside the text, if any (shown by the demo outbox) */
    code: text('code'),
    personId: ref('person_id').references(() => persons.id),
    /** 已发送 | 发送失败 */
    status: text('status').notNull(),
    sentAt: at('sent_at').notNull(),
  },
  (t) => [
    index('sms_messages_phone_idx').on(t.phone, t.sentAt),
    index('sms_messages_person_idx').on(t.personId, t.sentAt),
  ],
);

/** Fixed-window counters for rate limits, shared by every API node. */
export const rateCounters = pgTable('rate_counters', {
  key: text('key').primaryKey(),
  windowStart: at('window_start').notNull(),
  hits: integer('hits').notNull(),
});

/** 单位绑定码: issued by an agency so a registered operator can bind to the unit (USCC + code). */
export const unitBindingCodes = pgTable(
  'unit_binding_codes',
  {
    id: id(),
    unitId: ref('unit_id')
      .notNull()
      .references(() => units.id),
    codeHash: text('code_hash').notNull(),
    issuedBy: text('issued_by').notNull(),
    issuedAt: at('issued_at').notNull(),
    expiresAt: at('expires_at').notNull(),
    usedAt: at('used_at'),
    usedBy: ref('used_by').references(() => unitOperators.id),
  },
  (t) => [index('unit_binding_codes_unit_idx').on(t.unitId, t.issuedAt)],
);

/**
 * One-time tickets the portal shows as a QR code for a signed-in mobile user with an active
 * e-voucher to confirm. 扫码登录 (`login`): then only the browser that asked for it (its nonce) may
 * sign in with it. 扫码认证 (`real-name`): it names a person and the unverified portal account that
 * asked; the named person's confirmation verifies that account.
 */
export const qrTickets = pgTable('qr_tickets', {
  /** SHA-256 of the ticket in the QR code */
  id: text('id').primaryKey(),
  /** login | real-name */
  purpose: text('purpose').notNull().default('login'),
  /** login: SHA-256 of the asking browser's nonce cookie; real-name: none (the account is bound) */
  nonceHash: text('nonce_hash'),
  /** pending | confirmed | used (a real-name ticket ends at confirmed: the account is verified then) */
  status: text('status').notNull().default('pending'),
  /** login: the person who confirmed; real-name: the person the account asks to be verified as */
  personId: ref('person_id').references(() => persons.id),
  /** real-name: the portal account to verify */
  accountId: ref('account_id').references(() => personAccounts.id),
  createdAt: at('created_at').notNull(),
  expiresAt: at('expires_at').notNull(),
  confirmedAt: at('confirmed_at'),
  usedAt: at('used_at'),
});
