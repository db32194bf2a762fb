/** 家庭共济: when a link takes effect and how a member reorders the accounts they draw on. */
import { firstDayOfNextMonth } from '../registry/retirement';

/**
 * A member added on a day may use the holder's account from the first day of the next month
 * (the guide's 操作提示: "共济对象于YYYY年MM月01日起，可使用参保人的个人账户资金").
 */
export const mutualAidEffectiveFrom = firstDayOfNextMonth;

/** The notice's date as the guide writes it: 2022年12月01日. */
export function chineseDate(isoDay: string): string {
  return `${isoDay.slice(0, 4)}年${isoDay.slice(5, 7)}月${isoDay.slice(8, 10)}日`;
}

/** P16's buttons. */
export type OrderMove = 'top' | 'up' | 'down' | 'bottom';

/** The list with the item at `index` moved; a move past either end leaves the list as it is. */
export function moveInOrder<T>(items: readonly T[], index: number, move: OrderMove): T[] {
  const list = [...items];
  if (index < 0 || index >= list.length) return list;
  const [item] = list.splice(index, 1) as [T];
  const to =
    move === 'top'
      ? 0
      : move === 'bottom'
        ? list.length
        : move === 'up'
          ? Math.max(0, index - 1)
          : Math.min(list.length, index + 1);
  list.splice(to, 0, item);
  return list;
}

/** True when `order` names exactly the ids of `current`, each once. */
export function isPermutationOf(order: readonly number[], current: readonly number[]): boolean {
  if (order.length !== current.length) return false;
  const want = new Set(current);
  const seen = new Set<number>();
  for (const id of order) {
    if (!want.has(id) || seen.has(id)) return false;
    seen.add(id);
  }
  return true;
}
