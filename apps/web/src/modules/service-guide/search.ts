import type { ServiceItemSummary } from '@yibao/contracts';

/** Whether an item matches the words typed: its number, its name or one of its parts' names. */
export function matchesSearch(
  item: Pick<ServiceItemSummary, 'no' | 'name' | 'partNames'>,
  words: string,
): boolean {
  const w = words.trim();
  if (w === '') return true;
  if (/^\d+$/.test(w)) return item.no === Number(w);
  return [item.name, ...item.partNames].some((t) => t.includes(w));
}

/** The parts whose names match where the item's own name does not, to say why it is listed. */
export function matchingParts(item: Pick<ServiceItemSummary, 'name' | 'partNames'>, words: string) {
  const w = words.trim();
  if (w === '' || /^\d+$/.test(w) || item.name.includes(w)) return [];
  return item.partNames.filter((p) => p.includes(w));
}
