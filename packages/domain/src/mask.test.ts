import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { maskBankAccount, maskCertNo, maskName, maskPhone } from './mask';

const codePoints = (s: string) => Array.from(s);
const text = fc.string({ unit: 'grapheme-composite', maxLength: 40 });
const noStars = text.map((s) => s.replaceAll('*', ''));

/** Checks the common shape: head and tail kept, a fixed star run between, or all stars. */
function expectEndsKept(
  mask: (s: string) => string,
  head: number,
  tail: number,
  stars: number,
): void {
  fc.assert(
    fc.property(noStars, (value) => {
      const chars = codePoints(value);
      const masked = mask(value);
      if (chars.length <= head + tail) {
        expect(masked).toBe('*'.repeat(chars.length));
        return;
      }
      const maskedChars = codePoints(masked);
      expect(maskedChars).toHaveLength(head + stars + tail);
      expect(maskedChars.slice(0, head)).toEqual(chars.slice(0, head));
      expect(maskedChars.slice(head, head + stars).join('')).toBe('*'.repeat(stars));
      expect(maskedChars.slice(head + stars)).toEqual(chars.slice(chars.length - tail));
      // Never more revealed characters than the rule allows.
      expect(maskedChars.filter((c) => c !== '*').length).toBeLessThanOrEqual(head + tail);
    }),
  );
}

describe('maskCertNo', () => {
  it('keeps two characters at each end around five stars', () => {
    expect(maskCertNo('110101199003071234')).toBe('11*****34');
    expect(maskCertNo('E12345678')).toBe('E1*****78');
    expect(maskCertNo('12345')).toBe('12*****45');
  });

  it('stars everything when the ends would reveal the whole value', () => {
    expect(maskCertNo('')).toBe('');
    expect(maskCertNo('1234')).toBe('****');
    expect(maskCertNo('12')).toBe('**');
  });

  it('always follows the length rule', () => expectEndsKept(maskCertNo, 2, 2, 5));
});

describe('maskBankAccount', () => {
  it('keeps four characters at each end around five stars', () => {
    expect(maskBankAccount('6222021234567891234')).toBe('6222*****1234');
    expect(maskBankAccount('12345678')).toBe('********');
  });

  it('always follows the length rule', () => expectEndsKept(maskBankAccount, 4, 4, 5));
});

describe('maskPhone', () => {
  it('keeps the first three and last four digits', () => {
    expect(maskPhone('13800000001')).toBe('138****0001');
    expect(maskPhone('1234567')).toBe('*******');
  });

  it('always follows the length rule', () => expectEndsKept(maskPhone, 3, 4, 4));
});

describe('maskName', () => {
  it('keeps only the first character', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('李四')).toBe('李*');
    expect(maskName('王')).toBe('王');
    expect(maskName('')).toBe('');
    expect(maskName('买买提·艾力')).toBe('买*****');
    expect(maskName('𠀾小明')).toBe('𠀾**');
  });

  it('keeps the length in characters and reveals only the first', () => {
    fc.assert(
      fc.property(noStars, (name) => {
        const chars = codePoints(name);
        const masked = codePoints(maskName(name));
        expect(masked).toHaveLength(chars.length);
        expect(masked[0]).toBe(chars[0]);
        expect(masked.slice(1).every((c) => c === '*')).toBe(true);
      }),
    );
  });
});
