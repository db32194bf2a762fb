import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { makeUscc, validateUscc } from './uscc';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const charFrom = (chars: string) => fc.constantFrom(...chars.split(''));

const first17 = fc
  .tuple(
    charFrom('123456789ANY'),
    charFrom('123456789'),
    fc.integer({ min: 0, max: 999_999 }).map((n) => String(n).padStart(6, '0')),
    fc.array(charFrom(ALPHABET), { minLength: 9, maxLength: 9 }),
  )
  .map(
    ([authority, orgType, division, orgCode]) => authority + orgType + division + orgCode.join(''),
  );

const uscc = first17.map(makeUscc);

describe('validateUscc', () => {
  it.each(['914403001922038216', '91440300708461136T', '91350100M000100Y43'])(
    'accepts the real code %s',
    (code) => {
      expect(validateUscc(code)).toEqual({ ok: true, normalized: code });
    },
  );

  it('trims and upper-cases', () => {
    expect(validateUscc(' 91350100m000100y43 ')).toEqual({
      ok: true,
      normalized: '91350100M000100Y43',
    });
  });

  it.each([
    ['', '统一社会信用代码不能为空'],
    ['9135010', '统一社会信用代码应为18位'],
    ['91350100M000100Y431', '统一社会信用代码应为18位'],
    ['91350100M000100I43', '统一社会信用代码只能包含数字和大写字母（不含I、O、Z、S、V）'],
    ['91350100M0001-0Y43', '统一社会信用代码只能包含数字和大写字母（不含I、O、Z、S、V）'],
    [makeUscc('B1350100M000100Y4'), '统一社会信用代码的登记管理部门码不正确'],
    [makeUscc('90350100M000100Y4'), '统一社会信用代码的机构类别码不正确'],
    [makeUscc('913501A0M000100Y4'), '统一社会信用代码的登记管理机关行政区划码不正确'],
    ['91350100M000100Y44', '统一社会信用代码校验位不正确'],
  ])('rejects %j with %s', (code, message) => {
    expect(validateUscc(code)).toEqual({ ok: false, message });
  });

  it('makes the weighted sum of all 18 characters a multiple of 31', () => {
    const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28, 1];
    fc.assert(
      fc.property(uscc, (code) => {
        const sum = code
          .split('')
          .reduce((acc, c, i) => acc + ALPHABET.indexOf(c) * (weights[i] ?? 0), 0);
        expect(sum % 31).toBe(0);
      }),
    );
  });

  it('makeUscc refuses bad prefixes', () => {
    expect(() => makeUscc('91350100M000100Y')).toThrow(RangeError);
    expect(() => makeUscc('91350100M000100O4')).toThrow(RangeError);
  });

  it('accepts every generated code', () => {
    fc.assert(
      fc.property(uscc, (code) => {
        expect(validateUscc(code)).toEqual({ ok: true, normalized: code });
      }),
    );
  });

  it('rejects every single-character change of a valid code', () => {
    const changed = uscc.chain((code) =>
      fc
        .tuple(fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: ALPHABET.length - 1 }))
        .map(([index, shift]) => {
          const current = ALPHABET.indexOf(code.charAt(index));
          const replacement = ALPHABET.charAt((current + shift) % ALPHABET.length);
          return code.slice(0, index) + replacement + code.slice(index + 1);
        }),
    );
    fc.assert(
      fc.property(changed, (code) => {
        expect(validateUscc(code).ok).toBe(false);
      }),
    );
  });
});
