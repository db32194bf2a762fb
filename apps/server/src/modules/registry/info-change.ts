import type { InfoChange } from '@yibao/contracts';
import { invalid } from '../../plugins/errors';
import { materialsOf, type BusinessContext, type StoredApplication } from '../applications';

const shown = (v: unknown): string =>
  v === null || v === undefined ? '' : Array.isArray(v) ? v.join(',') : String(v);

/**
 * The fields of `values` that differ from the record, each with its value before and after —
 * what a 信息变更 writes, and nothing else, so its history row names only what changed.
 */
export function differences<T extends object>(record: T, values: Partial<T>) {
  const changed: Partial<T> = {};
  const list: InfoChange[] = [];
  for (const key of Object.keys(values) as (keyof T & string)[]) {
    const before = shown(record[key]);
    const after = shown(values[key]);
    if (before === after) continue;
    changed[key] = values[key];
    list.push({ field: key, before, after });
  }
  return { changed, list };
}

/**
 * 关键信息变更 needs its 辅助材料: when a key field changed, the material `code` must have been
 * received with the 办件 (on paper at the window, or as a file).
 */
export async function requireKeyMaterial(
  ctx: BusinessContext,
  app: Pick<StoredApplication<unknown>, 'id'>,
  list: readonly InfoChange[],
  keyFields: readonly string[],
  material: { code: string; name: string },
) {
  const key = list.filter((c) => keyFields.includes(c.field));
  if (key.length === 0) return;
  const received = await materialsOf(ctx.tx, app.id);
  if (!received.some((m) => m.itemCode === material.code)) {
    throw invalid(`变更了关键信息，请收取${material.name}`, 'paperItems');
  }
}
