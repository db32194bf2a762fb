import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { at, createdAt, fen, id, period, ref, regionCode } from './columns';
import { historyTable } from './history';
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
    /** 正常 | 冻结 | 销户 */
    status: text('status').notNull().default('正常'),
    openedAt: at('opened_at').notNull().defaultNow(),
    closedAt: at('closed_at'),
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
    idempotencyKey: text('idempotency_key').notNull(),
    description: text('description').notNull().default(''),
    occurredAt: at('occurred_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('account_movements_idem_uq').on(t.idempotencyKey),
    index('account_movements_account_idx').on(t.accountId, t.occurredAt),
    check('account_movements_balance_ck', sql`${t.balanceAfterFen} >= 0`),
    check('account_movements_amount_ck', sql`${t.amountFen} <> 0`),
  ],
);
