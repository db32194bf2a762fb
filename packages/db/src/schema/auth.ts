import { index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { at, createdAt, id, updatedAt } from './columns';
import { historyTable } from './history';

/** Back-office staff; roles and rights grow with the sign-in issue. */
export const staff = pgTable(
  'staff',
  {
    id: id(),
    username: text('username').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    /** 窗口经办员 clerk | 审核员 reviewer | 管理员 admin */
    roles: text('roles').array().notNull(),
    /** pooling regions whose data this person handles; '*' for every region */
    regionCodes: text('region_codes').array().notNull(),
    agencyId: text('agency_code'),
    /** 正常 | 停用 */
    status: text('status').notNull().default('正常'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('staff_username_uq').on(t.username)],
);
export const staffHistory = historyTable('staff_history');

/** Server-side sessions: the cookie holds a random token, the table its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    actorType: text('actor_type').notNull(),
    actorId: text('actor_id').notNull(),
    /** password | qr-evoucher | sso */
    signInMethod: text('sign_in_method').notNull(),
    createdAt: createdAt(),
    lastSeenAt: at('last_seen_at').notNull(),
    expiresAt: at('expires_at').notNull(),
    revokedAt: at('revoked_at'),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_actor_idx').on(t.actorType, t.actorId)],
);

/** Staff roles (窗口经办员, 审核员, 管理员 …): named sets of rights from the modules' catalogue. */
export const roles = pgTable('roles', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  /** right codes; '*' grants every right */
  rights: text('rights').array().notNull(),
  builtin: text('builtin').notNull().default('0'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
