import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  birthDateFromCertNo,
  certCheckChar,
  isCertType,
  makeCertNo18,
  sexFromCertNo,
  upgradeCertNo15to18,
  validateCertNo,
} from './cert';
import { dayNumberOf, isoDateOfDayNumber } from './iso-date';

const TODAY = '2025-06-30';
const CITIZEN_PROVINCES = [
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
  53, 54, 61, 62, 63, 64, 65, 71,
];

const digits = (width: number) =>
  fc.integer({ min: 0, max: 10 ** width - 1 }).map((n) => String(n).padStart(width, '0'));

const isoBetween = (from: string, to: string) =>
  fc.integer({ min: dayNumberOf(from), max: dayNumberOf(to) }).map(isoDateOfDayNumber);

const compact = (iso: string) => iso.replaceAll('-', '');

const division = fc
  .tuple(fc.constantFrom(...CITIZEN_PROVINCES), digits(4))
  .map(([province, rest]) => `${province}${rest}`);

const citizenParts = fc.record({
  division,
  birth: isoBetween('1900-01-01', TODAY),
  seq: digits(3),
});

const citizenNo = citizenParts.map(({ division, birth, seq }) =>
  makeCertNo18(division, compact(birth), seq),
);

/** Every way of replacing one character of `value` by another allowed at that position. */
const withOneCharChanged = (value: string) =>
  fc
    .tuple(fc.integer({ min: 0, max: value.length - 1 }), fc.integer({ min: 1, max: 10 }))
    .map(([index, shift]) => {
      const alphabet = index === value.length - 1 ? '0123456789X' : '0123456789';
      const current = alphabet.indexOf(value.charAt(index));
      const replacement = alphabet.charAt((current + shift) % alphabet.length);
      return value.slice(0, index) + replacement + value.slice(index + 1);
    })
    .filter((changed) => changed !== value);

describe('certCheckChar / makeCertNo18', () => {
  it('matches the worked examples of GB 11643', () => {
    expect(certCheckChar('11010519491231002')).toBe('X');
    expect(certCheckChar('44052418800101001')).toBe('4');
    expect(makeCertNo18('110105', '19491231', '002')).toBe('11010519491231002X');
  });

  it('rejects malformed parts', () => {
    expect(() => makeCertNo18('11010', '19491231', '002')).toThrow(RangeError);
    expect(() => makeCertNo18('110105', '19490230', '002')).toThrow(RangeError);
    expect(() => makeCertNo18('110105', '19491231', '02')).toThrow(RangeError);
    expect(() => certCheckChar('1101051949123100X')).toThrow(RangeError);
  });
});

describe('validateCertNo — 01 居民身份证', () => {
  it('accepts a valid number and normalizes a lower-case x', () => {
    expect(validateCertNo('01', ' 11010519491231002x ', TODAY)).toEqual({
      ok: true,
      normalized: '11010519491231002X',
    });
  });

  it.each([
    ['', '证件号码不能为空'],
    ['   ', '证件号码不能为空'],
    ['110105491231002', '证件号码长度应为18位'],
    ['1101051949123100212', '证件号码长度应为18位'],
    ['1101051949123100A2', '证件号码格式不正确，前17位应为数字，最后一位为数字或X'],
    ['11010519491231002Y', '证件号码格式不正确，前17位应为数字，最后一位为数字或X'],
    ['110105194912310021', '证件号码校验位不正确'],
    [makeCertNo18('990105', '19491231', '002'), '证件号码中的地区码不正确'],
    [makeCertNo18('810000', '19491231', '002'), '证件号码中的地区码不正确'],
    [makeCertNo18('110105', '18991231', '002'), '证件号码中的出生日期不正确'],
    [makeCertNo18('110105', '20250701', '002'), '证件号码中的出生日期不正确'],
    ['110105194902300021', '证件号码中的出生日期不正确'],
  ])('rejects %j with %s', (certNo, message) => {
    expect(validateCertNo('01', certNo, TODAY)).toEqual({ ok: false, message });
  });

  it('accepts a birth date of today, reading a Date in Beijing time', () => {
    const bornToday = makeCertNo18('110105', '20240302', '001');
    // 17:00 UTC on 1 March is already 2 March in Beijing.
    expect(validateCertNo('01', bornToday, new Date('2024-03-01T17:00:00Z')).ok).toBe(true);
    expect(validateCertNo('01', bornToday, new Date('2024-03-01T15:59:59Z')).ok).toBe(false);
    expect(validateCertNo('01', bornToday, '2024-03-02').ok).toBe(true);
  });

  it('refuses an invalid today as a programming error', () => {
    expect(() => validateCertNo('01', '11010519491231002X', '2024-02-30')).toThrow(RangeError);
  });

  it('rejects an unknown certificate type', () => {
    expect(isCertType('18')).toBe(false);
    expect(validateCertNo('18', '11010519491231002X', TODAY)).toEqual({
      ok: false,
      message: '证件类型不正确',
    });
  });

  it('accepts every generated number', () => {
    fc.assert(
      fc.property(citizenNo, (certNo) => {
        expect(validateCertNo('01', certNo, TODAY)).toEqual({ ok: true, normalized: certNo });
      }),
    );
  });

  it('rejects every single-character change of a valid number', () => {
    const changed = citizenNo.chain(withOneCharChanged);
    fc.assert(
      fc.property(changed, (certNo) => {
        expect(validateCertNo('01', certNo, TODAY).ok).toBe(false);
      }),
    );
  });
});

describe('validateCertNo — 17 港澳台居民居住证', () => {
  it.each(['810000', '820000', '830000'])('accepts numbers starting with %s', (prefix) => {
    const certNo = makeCertNo18(prefix, '19900307', '123');
    expect(validateCertNo('17', certNo, TODAY)).toEqual({ ok: true, normalized: certNo });
  });

  it('rejects other prefixes, including ordinary citizen numbers', () => {
    for (const division of ['810100', '840000', '110105']) {
      expect(validateCertNo('17', makeCertNo18(division, '19900307', '123'), TODAY)).toEqual({
        ok: false,
        message: '港澳台居民居住证号码应以810000、820000或830000开头',
      });
    }
  });

  it('checks the check digit and birth date like a citizen number', () => {
    const good = makeCertNo18('810000', '19900307', '123');
    const badCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    expect(validateCertNo('17', badCheck, TODAY)).toEqual({
      ok: false,
      message: '证件号码校验位不正确',
    });
    const future = makeCertNo18('820000', '20300101', '001');
    expect(validateCertNo('17', future, TODAY)).toEqual({
      ok: false,
      message: '证件号码中的出生日期不正确',
    });
  });
});

describe('validateCertNo — 07 外国人永久居留证', () => {
  it('accepts the 2023 format: 9, province, country code, birth, sequence, check', () => {
    const certNo = makeCertNo18('931840', '19850412', '005');
    expect(validateCertNo('07', certNo, TODAY)).toEqual({ ok: true, normalized: certNo });
  });

  it('rejects 2023-format numbers with a bad prefix or check character', () => {
    expect(validateCertNo('07', makeCertNo18('971840', '19850412', '005'), TODAY).ok).toBe(false);
    expect(validateCertNo('07', makeCertNo18('131840', '19850412', '005'), TODAY).ok).toBe(false);
    const good = makeCertNo18('931840', '19850412', '005');
    const badCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    expect(validateCertNo('07', badCheck, TODAY)).toEqual({
      ok: false,
      message: '证件号码校验位不正确',
    });
  });

  it('accepts the old 15-character card by format only', () => {
    expect(validateCertNo('07', 'usa310085041201', TODAY)).toEqual({
      ok: true,
      normalized: 'USA310085041201',
    });
    expect(validateCertNo('07', 'US1310085041201', TODAY).ok).toBe(false);
    expect(validateCertNo('07', 'USA3100850412', TODAY).ok).toBe(false);
  });

  it('accepts every generated 2023-format number', () => {
    const mainland = CITIZEN_PROVINCES.filter((p) => p !== 71);
    const foreignerNo = fc
      .record({
        province: fc.constantFrom(...mainland),
        country: digits(3),
        birth: isoBetween('1900-01-01', TODAY),
        seq: digits(3),
      })
      .map(({ province, country, birth, seq }) =>
        makeCertNo18(`9${province}${country}`, compact(birth), seq),
      );
    fc.assert(
      fc.property(foreignerNo, (certNo) => {
        expect(validateCertNo('07', certNo, TODAY).ok).toBe(true);
      }),
    );
  });
});

describe('validateCertNo — other certificate types', () => {
  it('accepts letters, digits, parentheses and hyphens, normalizing case and full-width brackets', () => {
    expect(validateCertNo('08', 'e12345678', TODAY)).toEqual({ ok: true, normalized: 'E12345678' });
    expect(validateCertNo('04', 'A123456（7）', TODAY)).toEqual({
      ok: true,
      normalized: 'A123456(7)',
    });
    expect(validateCertNo('99', 'AB-12345', TODAY).ok).toBe(true);
  });

  it.each([
    ['1234', '证件号码长度应为5至30位'],
    ['1'.repeat(31), '证件号码长度应为5至30位'],
    ['E1234 5678', '证件号码只能包含字母、数字、括号和连字符'],
    ['军字第123号', '证件号码只能包含字母、数字、括号和连字符'],
  ])('rejects %j', (certNo, message) => {
    expect(validateCertNo('02', certNo, TODAY)).toEqual({ ok: false, message });
  });
});

describe('upgradeCertNo15to18', () => {
  it('upgrades the GB 11643 example', () => {
    expect(upgradeCertNo15to18('110105491231002')).toEqual({
      ok: true,
      normalized: '11010519491231002X',
    });
  });

  it('rejects malformed old numbers', () => {
    expect(upgradeCertNo15to18('')).toEqual({ ok: false, message: '证件号码不能为空' });
    expect(upgradeCertNo15to18('11010549123100X').ok).toBe(false);
    expect(upgradeCertNo15to18('110105490230002')).toEqual({
      ok: false,
      message: '证件号码中的出生日期不正确',
    });
  });

  it('always yields a valid number that keeps the birth date and sex', () => {
    const old = fc
      .record({ division, birth: isoBetween('1900-01-01', '1999-12-31'), seq: digits(3) })
      .map(({ division, birth, seq }) => ({
        no15: division + compact(birth).slice(2) + seq,
        birth,
        male: Number(seq[2]) % 2 === 1,
      }));
    fc.assert(
      fc.property(old, ({ no15, birth, male }) => {
        const upgraded = upgradeCertNo15to18(no15);
        if (!upgraded.ok) throw new Error(upgraded.message);
        expect(validateCertNo('01', upgraded.normalized, TODAY).ok).toBe(true);
        expect(birthDateFromCertNo(upgraded.normalized)).toBe(birth);
        expect(sexFromCertNo(upgraded.normalized)).toBe(male ? '1' : '2');
      }),
    );
  });
});

describe('birthDateFromCertNo / sexFromCertNo', () => {
  it('reads the example number', () => {
    expect(birthDateFromCertNo('11010519491231002x')).toBe('1949-12-31');
    expect(sexFromCertNo('11010519491231002X')).toBe('2');
    expect(sexFromCertNo(makeCertNo18('110105', '19491231', '001'))).toBe('1');
  });

  it('throws on something that is not an 18-character number with a real date', () => {
    expect(() => birthDateFromCertNo('110105491231002')).toThrow(RangeError);
    expect(() => birthDateFromCertNo('110105194902300021')).toThrow(RangeError);
    expect(() => sexFromCertNo('11010519491231002Y')).toThrow(RangeError);
  });

  it('round-trips with the generator', () => {
    fc.assert(
      fc.property(citizenParts, ({ division, birth, seq }) => {
        const certNo = makeCertNo18(division, compact(birth), seq);
        expect(birthDateFromCertNo(certNo)).toBe(birth);
        expect(sexFromCertNo(certNo)).toBe(Number(seq[2]) % 2 === 1 ? '1' : '2');
      }),
    );
  });
});
