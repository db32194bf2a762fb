import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { pageWindow, totalPages } from './paging';

describe('pageWindow', () => {
  it('maps pages from 1 onto offsets', () => {
    expect(pageWindow(1, 10)).toEqual({ offset: 0, limit: 10 });
    expect(pageWindow(3, 20)).toEqual({ offset: 40, limit: 20 });
  });

  it.each([
    [0, 10],
    [-1, 10],
    [1.5, 10],
    [1, 0],
    [1, Number.NaN],
  ])('refuses page %d with size %d', (page, size) => {
    expect(() => pageWindow(page, size)).toThrow(RangeError);
  });
});

describe('totalPages', () => {
  it.each([
    [0, 10, 0],
    [1, 10, 1],
    [10, 10, 1],
    [11, 10, 2],
    [100, 25, 4],
  ])('%d rows in pages of %d → %d', (total, size, expected) => {
    expect(totalPages(total, size)).toBe(expected);
  });

  it('refuses negative or fractional totals and empty pages', () => {
    expect(() => totalPages(-1, 10)).toThrow(RangeError);
    expect(() => totalPages(1.5, 10)).toThrow(RangeError);
    expect(() => totalPages(10, 0)).toThrow(RangeError);
  });

  it('the last page window covers the last row and no page is empty', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 100 }),
        (total, size) => {
          const pages = totalPages(total, size);
          const last = pageWindow(pages, size);
          expect(last.offset).toBeLessThan(total);
          expect(last.offset + last.limit).toBeGreaterThanOrEqual(total);
        },
      ),
    );
  });
});
