import { describe, expect, it } from 'vitest';
import { matchesSearch, matchingParts } from './search';

const item = { no: 13, name: '城乡居民参保登记', partNames: ['城乡居民停保', '开通无卡结算'] };

describe('办事指南 search', () => {
  it('matches the number, the name and the parts’ names', () => {
    expect(matchesSearch(item, '')).toBe(true);
    expect(matchesSearch(item, ' 13 ')).toBe(true);
    expect(matchesSearch(item, '1')).toBe(false);
    expect(matchesSearch(item, '参保')).toBe(true);
    expect(matchesSearch(item, '无卡')).toBe(true);
    expect(matchesSearch(item, '报销')).toBe(false);
  });

  it('names the matching parts only where the item’s name does not match', () => {
    expect(matchingParts(item, '无卡')).toEqual(['开通无卡结算']);
    expect(matchingParts(item, '城乡居民')).toEqual([]);
    expect(matchingParts(item, '13')).toEqual([]);
  });
});
