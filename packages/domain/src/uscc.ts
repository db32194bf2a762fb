/** GB 32100-2015 统一社会信用代码 (unified social credit identifier of an organization). */
import { invalid } from './result';
import type { NormalizedResult } from './result';

// I, O, Z, S and V are left out of the code alphabet: they are too easily misread as 1, 0, 2, 5, U.
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** 登记管理部门码: 1 机构编制, 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 市场监管(工商), A 军队, N 农业, Y 其他. */
export const USCC_REGISTRATION_AUTHORITIES = '123456789ANY';

const USCC_FORM = /^[0-9A-HJ-NP-RTUW-Y]{18}$/;
// Each authority numbers its organization types from 1 and uses 9 for "other"; 0 is never assigned.
const ORG_TYPE = /^[1-9]$/;
const DIVISION = /^\d{6}$/;

/** The check character for the first 17 characters of a code. */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError(`expected 17 characters: ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) throw new RangeError(`not a USCC character: ${first17.charAt(i)}`);
    sum += value * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Appends the check character — for test fixtures and demo data. */
export function makeUscc(first17: string): string {
  return first17 + usccCheckChar(first17);
}

/**
 * Validates a code. The embedded organization code (characters 9–17) has a GB 11714 check
 * character of its own, but codes issued to individual businesses do not reliably honour it,
 * so only the overall GB 32100 check is enforced.
 */
export function validateUscc(code: string): NormalizedResult {
  const normalized = code.trim().toUpperCase();
  if (normalized === '') return invalid('统一社会信用代码不能为空');
  if (normalized.length !== 18) return invalid('统一社会信用代码应为18位');
  if (!USCC_FORM.test(normalized)) {
    return invalid('统一社会信用代码只能包含数字和大写字母（不含I、O、Z、S、V）');
  }
  if (!USCC_REGISTRATION_AUTHORITIES.includes(normalized.charAt(0))) {
    return invalid('统一社会信用代码的登记管理部门码不正确');
  }
  if (!ORG_TYPE.test(normalized.charAt(1))) return invalid('统一社会信用代码的机构类别码不正确');
  if (!DIVISION.test(normalized.slice(2, 8))) {
    return invalid('统一社会信用代码的登记管理机关行政区划码不正确');
  }
  if (usccCheckChar(normalized.slice(0, 17)) !== normalized.charAt(17)) {
    return invalid('统一社会信用代码校验位不正确');
  }
  return { ok: true, normalized };
}
