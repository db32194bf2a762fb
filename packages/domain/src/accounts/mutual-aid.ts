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

/** A region's 共济范围 row: the relations it lets share an account, from validFrom (to validTo). */
export interface MutualAidScope {
  relations: readonly string[];
  validFrom: string;
  validTo: string | null;
}

/** The scope in force on a day: the latest that began by then and has not ended. */
export function scopeOn<S extends MutualAidScope>(
  scopes: readonly S[],
  day: string,
): S | undefined {
  let found: S | undefined;
  for (const s of scopes) {
    if (s.validFrom > day || (s.validTo !== null && s.validTo < day)) continue;
    if (!found || s.validFrom > found.validFrom) found = s;
  }
  return found;
}

/**
 * The first day a link between relatives (related since `relatedSince`) could have taken effect:
 * the first day of the month after, but not before a scope of the region admits the relation.
 * Null when no scope ever admits it. The demo data dates its links by this.
 */
export function earliestLinkStart(
  scopes: readonly MutualAidScope[],
  relation: string,
  relatedSince: string,
): string | null {
  const wanted = mutualAidEffectiveFrom(relatedSince);
  const admitting = scopes
    .filter((s) => s.relations.includes(relation))
    .sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  for (const s of admitting) {
    if (s.validTo !== null && s.validTo < wanted) continue;
    return s.validFrom > wanted ? s.validFrom : wanted;
  }
  return null;
}

/** What the registry says about the person a holder wants to add, as the rule needs it. */
export interface MutualAidCandidate {
  /** the registry's person with that certificate, if any (status 正常 | 死亡 | 注销) */
  found: { personId: number; name: string; status: string } | null;
  /** the name the holder typed */
  name: string;
  relation: string;
  holderPersonId: number;
  /** the relations the holder's region admits today; empty when none */
  scope: readonly string[];
  /** persons already the holder's members (after this submission's deletions) */
  activeMemberIds: ReadonlySet<number>;
}

/** A refusal of one 共济对象, with the form field it belongs to. */
export interface MutualAidRefusal {
  field: 'name' | 'certNo' | 'relation';
  message: string;
}

/**
 * P15's rules for one 共济对象 (the certificate number is checked before): the relation within
 * the region's scope, a living person of the registry under that name, not the holder, not a
 * member already. Null when the person may be added.
 */
export function mutualAidCandidateRefusal(c: MutualAidCandidate): MutualAidRefusal | null {
  if (!c.scope.includes(c.relation)) {
    return { field: 'relation', message: '该关系不在本统筹区家庭共济范围内' };
  }
  if (!c.found) {
    return { field: 'certNo', message: '未查询到该人员的参保登记信息，请核对证件号码' };
  }
  if (c.found.name !== c.name.trim()) return { field: 'name', message: '姓名与证件号码不一致' };
  if (c.found.status !== '正常') {
    return { field: 'certNo', message: '该人员已死亡或注销，不能添加为共济对象' };
  }
  if (c.found.personId === c.holderPersonId) {
    return { field: 'certNo', message: '不能添加本人为共济对象' };
  }
  if (c.activeMemberIds.has(c.found.personId)) {
    return { field: 'certNo', message: '该人员已是您的共济对象' };
  }
  return null;
}
