import { describe, expect, it } from 'vitest';
import type { BusinessItem } from '@yibao/contracts';
import { levelOptions, queueFilters, reviewedBusinesses } from './queue-filters';

const business = (code: string, review: BusinessItem['review']): BusinessItem => ({
  code,
  name: code,
  channels: ['personal'],
  review,
  reviewLabel: '',
  timeLimitDays: null,
  serviceItemNo: null,
  materials: [],
});

const all = [
  business('auto', 'auto'),
  business('desk', 'front-desk'),
  business('two', 'two-level'),
  business('now', 'immediate'),
];

describe('work queue filters', () => {
  it('offers the business types a clerk reviews', () => {
    expect(reviewedBusinesses(all).map((b) => b.code)).toEqual(['desk', 'two', 'now']);
  });

  it('names each review level by the businesses in scope', () => {
    expect(levelOptions(all)).toEqual([
      { value: 1, label: '审核/初审/复核初审' },
      { value: 2, label: '复审/复核复审' },
    ]);
    expect(levelOptions(all, 'desk')).toEqual([{ value: 1, label: '审核' }]);
    expect(levelOptions(all, 'two')).toEqual([
      { value: 1, label: '初审' },
      { value: 2, label: '复审' },
    ]);
    expect(levelOptions(all, 'auto')).toEqual([]);
  });

  it('leaves the defaults out of the query', () => {
    expect(queueFilters({ claim: 'all' })).toEqual({
      businessCode: undefined,
      level: undefined,
      claim: undefined,
      due: undefined,
    });
    expect(queueFilters({ businessCode: 'desk', level: 1, claim: 'mine', due: 'overdue' })).toEqual(
      { businessCode: 'desk', level: 1, claim: 'mine', due: 'overdue' },
    );
  });
});
