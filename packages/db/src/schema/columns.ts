import { bigint, integer, jsonb, text, timestamp, bigserial } from 'drizzle-orm/pg-core';

/** Shared column builders so every table spells ids, money and times the same way. */
export const id = () => bigserial('id', { mode: 'number' }).primaryKey();
export const ref = (name: string) => bigint(name, { mode: 'number' });
/** Money is integer fen; bigint read as a JS number (safe to 9×10^15 fen). */
export const fen = (name: string) => bigint(name, { mode: 'number' });
export const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
/** A period is a YYYYMM integer. */
export const period = (name: string) => integer(name);
export const regionCode = () => text('region_code').notNull();
export const createdAt = () => at('created_at').notNull().defaultNow();
export const updatedAt = () => at('updated_at').notNull().defaultNow();
export const json = <T>(name: string) => jsonb(name).$type<T>();
