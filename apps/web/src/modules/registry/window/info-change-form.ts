import type { InfoChange } from '@yibao/contracts';

const asText = (v: unknown): string =>
  v === null || v === undefined ? '' : Array.isArray(v) ? v.join(',') : String(v);

/** What differs between two payloads, field by field in the order of `after`. */
export function payloadChanges(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
  skip: readonly string[] = [],
): InfoChange[] {
  return Object.keys(after)
    .filter((field) => !skip.includes(field))
    .map((field) => ({ field, before: asText(before[field]), after: asText(after[field]) }))
    .filter((c) => c.before !== c.after);
}
