import { asc, desc, type AnyColumn, type SQL } from '@yibao/db';
import { invalid } from '../plugins/errors';

/**
 * `field:asc|desc` → ORDER BY terms, from an allow-list so a caller can sort only on what the
 * table shows (and what is indexed); the fallback keeps paging stable.
 */
export function orderBy(
  sort: string | undefined,
  allowed: Record<string, AnyColumn>,
  fallback: SQL[],
): SQL[] {
  if (!sort) return fallback;
  const [field = '', dir] = sort.split(':');
  const column = allowed[field];
  if (!column) throw invalid(`不支持按 ${field} 排序`, 'sort');
  return [dir === 'desc' ? desc(column) : asc(column), ...fallback];
}
