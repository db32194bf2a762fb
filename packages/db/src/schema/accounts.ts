import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  smallint,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { at, createdAt, fen, id, period, ref, regionCode } from './columns';
import { historyTable } from './history';
import { institutions } from './institutions';
import { persons } from './persons';
import { regions } from './regions';

/** 个人账户: the balance is kept ≥ 0 by a CHECK and changed only together with a movement row. */
export const personalAccounts = pgTable(
  'personal_accounts',
  {
    id: id(),
    personId: ref('person_id')
      .notNull()
      .references(() => persons.id),
    regionCode: regionCode().references(() => regions.code),
    balanceFen: fen('balance_fen').notNull().default(0),
    /**
     * The sums of the account's movements in and out and their number, kept by a trigger on
     * account_movements (migration 0028): P35's header and unfiltered first page read them
     * instead of adding up the whole history on every view.
     */
    incomeFen: fen('income_fen').notNull().default(0),
    expenseFen: fen('expense_fen').notNull().default(0),
    movementCount: integer('movement_count').notNull().default(0),
    /** 正常 | 冻结 | 销户 */
    status: text('status').notNull().default('正常'),
    openedAt: at('opened_at').notNull().defaultNow(),
    closedAt: at('closed_at'),
    /** 个人账户密码 (argon2); null while it is still the initial 000000 */
    passwordHash: text('password_hash'),
    passwordChangedAt: at('password_changed_at'),
    /** 本地就医免密支付 */
    passwordFreeLocal: boolean('password_free_local').notNull().default(false),
    /** 异地就医使用个人账户支付 */
    remoteUse: boolean('remote_use').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('personal_accounts_person_uq').on(t.personId),
    check('personal_accounts_balance_ck', sql`${t.balanceFen} >= 0`),
  ],
);
export const personalAccountHistory = historyTable('personal_account_history');

/**
 * The append-only ledger: one row per movement with the balance after it. The idempotency key
 * (unique) makes a retried posting a no-op instead of a second posting.
 */
export const accountMovements = pgTable(
  'account_movements',
  {
    id: id(),
    accountId: ref('account_id')
      .notNull()
      .references(() => personalAccounts.id),
    /** 账户分配 | 缴费 | 消费 | 退费 | 清算 */
    kind: text('kind').notNull(),
    amountFen: fen('amount_fen').notNull(),
    balanceAfterFen: fen('balance_after_fen').notNull(),
    period: period('period'),
    /** the person who used the money, when not the holder (family mutual aid) */
    userPersonId: ref('user_person_id').references(() => persons.id),
    reference: text('reference'),
    /** the designated institution on the other side (消费, 退费) */
    institutionId: ref('institution_id').references(() => institutions.id),
    /** the settlement (消费, 退费) or application (清算) the movement belongs to */
    settlementId: ref('settlement_id'),
    applicationId: ref('application_id'),
    idempotencyKey: text('idempotency_key').notNull(),
    description: text('description').notNull().default(''),
    occurredAt: at('occurred_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('account_movements_idem_uq').on(t.idempotencyKey),
    // amount and kind as trailing keys: P35's totals read the index alone
    index('account_movements_account_idx').on(t.accountId, t.occurredAt, t.id, t.amountFen, t.kind),
    index('account_movements_user_idx')
      .on(t.userPersonId, t.occurredAt)
      .where(sql`${t.userPersonId} is not null`),
    index('account_movements_settlement_idx')
      .on(t.settlementId)
      .where(sql`${t.settlementId} is not null`),
    check('account_movements_balance_ck', sql`${t.balanceAfterFen} >= 0`),
    check('account_movements_amount_ck', sql`${t.amountFen} <> 0`),
  ],
);

/**
 * 家庭共济关系: a member may draw on the holder's account from effectiveFrom (the first day of
 * the month after it was added). drawOrder is the member's 共济账户使用顺序 among their holders.
 */
export const mutualAidLinks = pgTable(
  'mutual_aid_links',
  {
    id: id(),
    holderPersonId: ref('holder_person_id')
      .notNull()
      .references(() => persons.id),
    memberPersonId: ref('member_person_id')
      .notNull()
      .references(() => persons.id),
    /** dictionary relations: the member's relation to the holder */
    relation: text('relation').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    drawOrder: smallint('draw_order').notNull().default(1),
    /** 有效 | 已删除 */
    status: text('status').notNull().default('有效'),
    applicationId: ref('application_id'),
    createdAt: createdAt(),
    removedAt: at('removed_at'),
  },
  (t) => [
    uniqueIndex('mutual_aid_links_active_uq')
      .on(t.holderPersonId, t.memberPersonId)
      .where(sql`${t.status} = '有效'`),
    index('mutual_aid_links_member_idx')
      .on(t.memberPersonId, t.drawOrder)
      .where(sql`${t.status} = '有效'`),
    check('mutual_aid_links_self_ck', sql`${t.holderPersonId} <> ${t.memberPersonId}`),
  ],
);
export const mutualAidLinkHistory = historyTable('mutual_aid_link_history');

/**
 * 共济范围: the relations a region lets share an account, from a date. Policy configuration
 * with its source (示例参数 where no document is at hand).
 */
export const mutualAidScopes = pgTable(
  'mutual_aid_scopes',
  {
    id: id(),
    regionCode: text('region_code').notNull(),
    /** relation codes of the dictionary relations */
    relations: text('relations').array().notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    source: text('source').notNull(),
  },
  (t) => [uniqueIndex('mutual_aid_scopes_uq').on(t.regionCode, t.validFrom)],
);

/**
 * 个人账户划入: what a month credits, by region and person class, from a date. Employees get
 * rateBp of their contribution base, retirees a fixed monthlyFen.
 */
export const allocationPolicies = pgTable(
  'allocation_policies',
  {
    id: id(),
    regionCode: text('region_code').notNull(),
    /** 在职 | 退休 */
    personClass: text('person_class').notNull(),
    rateBp: integer('rate_bp').notNull().default(0),
    monthlyFen: fen('monthly_fen').notNull().default(0),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    source: text('source').notNull(),
  },
  (t) => [
    uniqueIndex('allocation_policies_uq').on(t.regionCode, t.personClass, t.validFrom),
    check('allocation_policies_ck', sql`${t.rateBp} >= 0 and ${t.monthlyFen} >= 0`),
  ],
);
