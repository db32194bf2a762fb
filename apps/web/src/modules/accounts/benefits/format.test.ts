import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ratioText, usedPercent } from './format';

describe('ratioText', () => {
  it('writes basis points as the percentages the policy states', () => {
    expect(ratioText(7000)).toBe('70%');
    expect(ratioText(9610)).toBe('96.1%');
    expect(ratioText(8725)).toBe('87.25%');
    expect(ratioText(5)).toBe('0.05%');
    expect(ratioText(0)).toBe('0%');
    expect(ratioText(10000)).toBe('100%');
  });

  it('reads back to the same basis points', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (bp) => {
        const text = ratioText(bp);
        expect(Math.round(Number(text.slice(0, -1)) * 100)).toBe(bp);
      }),
    );
  });

  it('refuses what is not whole basis points', () => {
    expect(() => ratioText(12.5)).toThrow(RangeError);
    expect(() => ratioText(-1)).toThrow(RangeError);
  });
});

describe('usedPercent', () => {
  it('stays within 0–100 and never rounds a part up to full', () => {
    expect(usedPercent(84_000, 2_000_000)).toBe(4);
    expect(usedPercent(1_999_999, 2_000_000)).toBe(99);
    expect(usedPercent(2_500_000, 2_000_000)).toBe(100);
    expect(usedPercent(0, 0)).toBe(0);
    expect(usedPercent(1, 0)).toBe(100);
  });
});
