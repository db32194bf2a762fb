import { describe, expect, it } from 'vitest';
import {
  EMPTY_DRAFT,
  alreadyAdded,
  draftPayload,
  draftRows,
  hasChanges,
  removeRow,
  type DraftAdd,
} from './mutualAidDraft';

const current = [
  {
    id: 11,
    relation: '20',
    name: '王梓涵',
    certType: '01',
    certNo: '11*****23',
    effectiveFrom: '2022-12-01',
  },
  {
    id: 12,
    relation: '51',
    name: '王德顺',
    certType: '01',
    certNo: '11*****18',
    effectiveFrom: '2022-12-01',
  },
];
const wife: DraftAdd = {
  name: '李静',
  certType: '01',
  certNo: '110105198809231229',
  relation: '10',
  maskedCertNo: '11*****29',
  effectiveFrom: '2026-12-01',
};

describe('P15’s draft of adds and deletes', () => {
  it('lists the links in force less the deleted ones, then the added', () => {
    const draft = { adds: [wife], deletes: [12] };
    expect(draftRows(current, draft).map((r) => [r.name, r.added, r.certNo])).toEqual([
      ['王梓涵', false, '11*****23'],
      ['李静', true, '11*****29'],
    ]);
  });

  it('deletes a link in force once, and drops an added one from the draft', () => {
    const rows = draftRows(current, { adds: [wife], deletes: [] });
    let draft = removeRow({ adds: [wife], deletes: [] }, rows[1]!);
    draft = removeRow(draft, rows[1]!);
    expect(draft.deletes).toEqual([12]);
    draft = removeRow(draft, rows[2]!);
    expect(draft.adds).toEqual([]);
    expect(hasChanges(draft)).toBe(true);
    expect(hasChanges(EMPTY_DRAFT)).toBe(false);
  });

  it('knows a person already added, whatever the case of the X', () => {
    const x = { ...wife, certNo: '11010519880923123x' };
    const draft = { adds: [x], deletes: [] };
    expect(alreadyAdded(draft, { certType: '01', certNo: ' 11010519880923123X ' })).toBe(true);
    expect(alreadyAdded(draft, { certType: '01', certNo: '110105198809231229' })).toBe(false);
  });

  it('submits the typed identity, not the masked one, with the promise', () => {
    expect(draftPayload({ adds: [wife], deletes: [12] })).toEqual({
      promise: true,
      adds: [{ name: '李静', certType: '01', certNo: '110105198809231229', relation: '10' }],
      deletes: [12],
    });
  });
});
