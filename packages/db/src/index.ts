export * from './schema/index';
export * from './connection';
export * from './embedded';
export { instantText } from './instant-text';
export { historyTable } from './schema/history';
// Repositories build SQL with these; re-exported so every package shares one drizzle-orm.
export {
  and,
  asc,
  between,
  count,
  desc,
  eq,
  gt,
  gte,
  ilike,
  inArray,
  isNull,
  isNotNull,
  like,
  lt,
  lte,
  ne,
  not,
  or,
  sql,
  sum,
  type SQL,
  type AnyColumn,
} from 'drizzle-orm';
