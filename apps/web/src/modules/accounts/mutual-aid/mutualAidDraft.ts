import type {
  MutualAidMaintenancePayload,
  MutualAidMemberFields,
  MutualAidMemberItem,
} from '@yibao/contracts';

/** A 共济对象 added on the page and checked by 【下一步】, not yet submitted. */
export interface DraftAdd extends MutualAidMemberFields {
  /** masked, as the check answered it, for the list */
  maskedCertNo: string;
  effectiveFrom: string;
}

/**
 * P15's changes before 【提交】: adds and deletes accumulate on the page and go together
 * (注：添加和删除共济对象可以同时操作统一提交).
 */
export interface Draft {
  adds: DraftAdd[];
  /** ids of the links in force the holder deleted */
  deletes: number[];
}

export const EMPTY_DRAFT: Draft = { adds: [], deletes: [] };

/** A row of the page's list: a link in force, or a 共济对象 added on the page. */
export interface DraftRow {
  key: string;
  linkId: number | null;
  relation: string;
  name: string;
  certType: string;
  certNo: string;
  effectiveFrom: string;
  added: boolean;
}

const addKey = (a: Pick<MutualAidMemberFields, 'certType' | 'certNo'>) =>
  `add:${a.certType}:${a.certNo.trim().toUpperCase()}`;

/** The list as the holder sees it: the links in force less the deleted ones, then the added. */
export function draftRows(current: readonly MutualAidMemberItem[], draft: Draft): DraftRow[] {
  const gone = new Set(draft.deletes);
  return [
    ...current
      .filter((l) => !gone.has(l.id))
      .map((l) => ({ ...l, key: `link:${l.id}`, linkId: l.id, added: false })),
    ...draft.adds.map((a) => ({
      key: addKey(a),
      linkId: null,
      relation: a.relation,
      name: a.name,
      certType: a.certType,
      certNo: a.maskedCertNo,
      effectiveFrom: a.effectiveFrom,
      added: true,
    })),
  ];
}

/** 【删除】 of a row: an added one leaves the draft, a link in force is marked for deletion. */
export function removeRow(draft: Draft, row: DraftRow): Draft {
  if (row.linkId === null)
    return { ...draft, adds: draft.adds.filter((a) => addKey(a) !== row.key) };
  if (draft.deletes.includes(row.linkId)) return draft;
  return { ...draft, deletes: [...draft.deletes, row.linkId] };
}

/** Whether the page already holds this person among its added 共济对象. */
export const alreadyAdded = (
  draft: Draft,
  fields: Pick<MutualAidMemberFields, 'certType' | 'certNo'>,
) => draft.adds.some((a) => addKey(a) === addKey(fields));

export const hasChanges = (draft: Draft) => draft.adds.length + draft.deletes.length > 0;

/** The submission's payload: what the holder promised, added and deleted. */
export function draftPayload(draft: Draft): MutualAidMaintenancePayload {
  return {
    promise: true,
    adds: draft.adds.map(({ name, certType, certNo, relation }) => ({
      name,
      certType,
      certNo,
      relation,
    })),
    deletes: [...draft.deletes],
  };
}
