import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chineseDate,
  earliestLinkStart,
  isPermutationOf,
  moveInOrder,
  mutualAidCandidateRefusal,
  mutualAidEffectiveFrom,
  scopeOn,
  type MutualAidCandidate,
} from './mutual-aid';
import { lastThreeMonths, presetFrom } from './ledger-filters';

describe('family mutual aid', () => {
  it('takes effect on the first day of the next month', () => {
    expect(mutualAidEffectiveFrom('2022-11-15')).toBe('2022-12-01');
    expect(mutualAidEffectiveFrom('2026-12-31')).toBe('2027-01-01');
    expect(chineseDate('2022-12-01')).toBe('2022年12月01日');
  });

  it('moves like P16’s 置顶 升序 降序 置底', () => {
    const list = ['a', 'b', 'c', 'd'];
    expect(moveInOrder(list, 2, 'top')).toEqual(['c', 'a', 'b', 'd']);
    expect(moveInOrder(list, 2, 'up')).toEqual(['a', 'c', 'b', 'd']);
    expect(moveInOrder(list, 1, 'down')).toEqual(['a', 'c', 'b', 'd']);
    expect(moveInOrder(list, 1, 'bottom')).toEqual(['a', 'c', 'd', 'b']);
    expect(moveInOrder(list, 0, 'up')).toEqual(list);
    expect(moveInOrder(list, 3, 'down')).toEqual(list);
  });

  it('every move keeps the same items, each once', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer(), { maxLength: 10 }),
        fc.nat(12),
        fc.constantFrom('top', 'up', 'down', 'bottom' as const),
        (ids, index, move) => {
          expect(isPermutationOf(moveInOrder(ids, index, move), ids)).toBe(true);
        },
      ),
    );
  });

  it('recognises a reordering only when it names exactly the current ids', () => {
    expect(isPermutationOf([3, 1, 2], [1, 2, 3])).toBe(true);
    expect(isPermutationOf([1, 1, 2], [1, 2, 3])).toBe(false);
    expect(isPermutationOf([1, 2], [1, 2, 3])).toBe(false);
    expect(isPermutationOf([1, 2, 4], [1, 2, 3])).toBe(false);
  });
});

describe('家庭共济范围 and who may be added', () => {
  const beijing = [
    { relations: ['10', '20'], validFrom: '2022-12-01', validTo: '2024-12-31' },
    { relations: ['10', '20', '51'], validFrom: '2025-01-01', validTo: null },
  ];

  it('takes the scope in force on the day', () => {
    expect(scopeOn(beijing, '2022-11-30')).toBeUndefined();
    expect(scopeOn(beijing, '2022-12-01')?.validFrom).toBe('2022-12-01');
    expect(scopeOn(beijing, '2024-12-31')?.validFrom).toBe('2022-12-01');
    expect(scopeOn(beijing, '2026-11-29')?.validFrom).toBe('2025-01-01');
  });

  it('dates a link between relatives from the month after, never before the scope admits it', () => {
    expect(earliestLinkStart(beijing, '20', '2017-03-15')).toBe('2022-12-01');
    expect(earliestLinkStart(beijing, '20', '2023-06-20')).toBe('2023-07-01');
    expect(earliestLinkStart(beijing, '51', '2017-03-15')).toBe('2025-01-01');
    expect(earliestLinkStart(beijing, '70', '2017-03-15')).toBeNull();
  });

  it('refuses in the order the form is read: relation, person, name, living, self, duplicate', () => {
    const ok: MutualAidCandidate = {
      found: { personId: 7, name: '李静', status: '正常' },
      name: ' 李静 ',
      relation: '10',
      holderPersonId: 1,
      scope: ['10', '20'],
      activeMemberIds: new Set([5]),
    };
    expect(mutualAidCandidateRefusal(ok)).toBeNull();
    expect(mutualAidCandidateRefusal({ ...ok, relation: '70' })?.field).toBe('relation');
    expect(mutualAidCandidateRefusal({ ...ok, scope: [] })?.field).toBe('relation');
    expect(mutualAidCandidateRefusal({ ...ok, found: null })).toMatchObject({
      field: 'certNo',
      message: '未查询到该人员的参保登记信息，请核对证件号码',
    });
    expect(mutualAidCandidateRefusal({ ...ok, name: '李晶' })).toMatchObject({
      field: 'name',
      message: '姓名与证件号码不一致',
    });
    expect(
      mutualAidCandidateRefusal({ ...ok, found: { personId: 7, name: '李静', status: '死亡' } }),
    ).toMatchObject({ field: 'certNo', message: '该人员已死亡或注销，不能添加为共济对象' });
    expect(mutualAidCandidateRefusal({ ...ok, holderPersonId: 7 })?.message).toBe(
      '不能添加本人为共济对象',
    );
    expect(mutualAidCandidateRefusal({ ...ok, activeMemberIds: new Set([7]) })?.message).toBe(
      '该人员已是您的共济对象',
    );
  });
});

describe('ledger time presets', () => {
  it('近N月 starts the day after the same day N months back', () => {
    expect(presetFrom('2022-11-08', 'm3')).toBe('2022-08-09');
    expect(presetFrom('2024-03-31', 'm1')).toBe('2024-03-01');
    expect(presetFrom('2022-11-08', 'm12')).toBe('2021-11-09');
    expect(presetFrom('2022-11-08', 'all')).toBeNull();
  });
  it('P36 defaults to the last three months ending today', () => {
    expect(lastThreeMonths('2022-11-08')).toEqual({ from: '2022-09-01', to: '2022-11-08' });
    expect(lastThreeMonths('2026-02-10')).toEqual({ from: '2025-12-01', to: '2026-02-10' });
  });
});
