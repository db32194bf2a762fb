import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseDate, isPermutationOf, moveInOrder, mutualAidEffectiveFrom } from './mutual-aid';
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
