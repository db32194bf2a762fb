/**
 * Personal certificate numbers (psn_cert_type): GB 11643 citizen numbers, the Hong Kong /
 * Macao / Taiwan residence permit, the foreigner permanent residence card, and a plain
 * format check for everything else.
 */
import { dayNumberOf, formatIsoDate, isRealDate, toIsoDate } from './iso-date';
import { invalid } from './result';
import type { NormalizedResult } from './result';

/** The national psn_cert_type code list. */
export const CERT_TYPES = {
  '01': '居民身份证（户口簿）',
  '02': '中国人民解放军军官证',
  '03': '中国人民武装警察警官证',
  '04': '香港特区护照/港澳居民来往内地通行证',
  '05': '澳门特区护照/港澳居民来往内地通行证',
  '06': '台湾居民来往大陆通行证',
  '07': '外国人永久居留证',
  '08': '外国人护照',
  '09': '残疾人证',
  '10': '军烈属证明',
  '11': '外国人就业证',
  '12': '外国专家证',
  '13': '外国人常驻记者证',
  '14': '台港澳人员就业证',
  '15': '回国（来华）定居专家证',
  '16': '中国护照',
  '17': '港澳台居民居住证',
  '90': '社会保障卡',
  '99': '其他身份证件',
} as const;

export type CertType = keyof typeof CERT_TYPES;

export function isCertType(code: string): code is CertType {
  return Object.hasOwn(CERT_TYPES, code);
}

/** GB/T 2261.1 sex code: '1' 男, '2' 女. */
export type Sex = '1' | '2';

// Province-level division codes a citizen number may start with. 81/82/83 appear only in
// residence permits, which have their own fixed prefixes.
const MAINLAND_PROVINCE_CODES = new Set([
  ...range(11, 15),
  ...range(21, 23),
  ...range(31, 37),
  ...range(41, 46),
  ...range(50, 54),
  ...range(61, 65),
]);
const CITIZEN_PROVINCE_CODES = new Set([...MAINLAND_PROVINCE_CODES, 71]);
const RESIDENCE_PERMIT_PREFIXES = ['810000', '820000', '830000'];

const CHECK_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
const EARLIEST_BIRTH_YEAR = 1900;

const EIGHTEEN_CHAR_FORM = /^\d{17}[\dX]$/;
const OLD_FOREIGNER_CARD_FORM = /^[A-Z]{3}\d{12}$/;
const GENERIC_CERT_FORM = /^[A-Z0-9()-]+$/;

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** The GB 11643 mod 11-2 check character for the first 17 digits. */
export function certCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`expected 17 digits: ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (CHECK_WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

/**
 * Builds a valid 18-character number — for test fixtures and demo data. Residence permits
 * use division '810000'/'820000'/'830000'; 2023 foreigner cards use '9' + province + country.
 */
export function makeCertNo18(division6: string, birthYYYYMMDD: string, seq3: string): string {
  if (!/^\d{6}$/.test(division6)) throw new RangeError(`division must be 6 digits: ${division6}`);
  if (!/^\d{3}$/.test(seq3)) throw new RangeError(`sequence must be 3 digits: ${seq3}`);
  if (!isCompactDate(birthYYYYMMDD)) {
    throw new RangeError(`birth date must be a real YYYYMMDD date: ${birthYYYYMMDD}`);
  }
  const first17 = division6 + birthYYYYMMDD + seq3;
  return first17 + certCheckChar(first17);
}

/** Turns a pre-1999 15-digit citizen number into its 18-digit form ("19" + check digit). */
export function upgradeCertNo15to18(no15: string): NormalizedResult {
  const trimmed = no15.trim();
  if (trimmed === '') return invalid('证件号码不能为空');
  if (!/^\d{15}$/.test(trimmed)) return invalid('15位证件号码应全部为数字');
  const birth = `19${trimmed.slice(6, 12)}`;
  if (!isCompactDate(birth)) return invalid('证件号码中的出生日期不正确');
  return { ok: true, normalized: makeCertNo18(trimmed.slice(0, 6), birth, trimmed.slice(12)) };
}

/** 'YYYY-MM-DD' from an 18-character number; throws when the number carries no real date. */
export function birthDateFromCertNo(certNo: string): string {
  const normalized = requireEighteenCharForm(certNo);
  const birth = normalized.slice(6, 14);
  if (!isCompactDate(birth)) throw new RangeError(`no real birth date in: ${certNo}`);
  return compactToIsoDate(birth);
}

/** Sex from the parity of the 17th digit of an 18-character number: odd is male. */
export function sexFromCertNo(certNo: string): Sex {
  const normalized = requireEighteenCharForm(certNo);
  return Number(normalized[16]) % 2 === 1 ? '1' : '2';
}

/**
 * Validates a certificate number for its psn_cert_type. `today` bounds the birth date; it is
 * passed in so the rule stays pure (a Date is read in Beijing time).
 */
export function validateCertNo(
  certType: string,
  certNo: string,
  today: Date | string,
): NormalizedResult {
  if (!isCertType(certType)) return invalid('证件类型不正确');
  const normalized = certNo.trim().toUpperCase();
  if (normalized === '') return invalid('证件号码不能为空');
  const todayIso = toIsoDate(today);

  switch (certType) {
    case '01':
      return checkEighteenCharNumber(normalized, todayIso, citizenPrefixError);
    case '17':
      return checkEighteenCharNumber(normalized, todayIso, residencePermitPrefixError);
    case '07':
      return checkForeignerPermanentResidenceNo(normalized, todayIso);
    default:
      return checkGenericFormat(normalized);
  }
}

type PrefixRule = (first6: string) => string | undefined;

const citizenPrefixError: PrefixRule = (first6) =>
  CITIZEN_PROVINCE_CODES.has(Number(first6.slice(0, 2))) ? undefined : '证件号码中的地区码不正确';

const residencePermitPrefixError: PrefixRule = (first6) =>
  RESIDENCE_PERMIT_PREFIXES.includes(first6)
    ? undefined
    : '港澳台居民居住证号码应以810000、820000或830000开头';

// 2023 card: '9', the issuing province, then a 3-digit (ISO 3166 numeric) nationality code.
const foreignerCardPrefixError: PrefixRule = (first6) =>
  first6.startsWith('9') && MAINLAND_PROVINCE_CODES.has(Number(first6.slice(1, 3)))
    ? undefined
    : '外国人永久居留身份证号码格式不正确';

function checkEighteenCharNumber(
  normalized: string,
  todayIso: string,
  prefixError: PrefixRule,
): NormalizedResult {
  if (normalized.length !== 18) return invalid('证件号码长度应为18位');
  if (!EIGHTEEN_CHAR_FORM.test(normalized)) {
    return invalid('证件号码格式不正确，前17位应为数字，最后一位为数字或X');
  }
  const prefixMessage = prefixError(normalized.slice(0, 6));
  if (prefixMessage) return invalid(prefixMessage);
  if (!isPlausibleBirthDate(normalized.slice(6, 14), todayIso)) {
    return invalid('证件号码中的出生日期不正确');
  }
  if (certCheckChar(normalized.slice(0, 17)) !== normalized[17]) {
    return invalid('证件号码校验位不正确');
  }
  return { ok: true, normalized };
}

function checkForeignerPermanentResidenceNo(
  normalized: string,
  todayIso: string,
): NormalizedResult {
  // The pre-2023 card carries no check character, so only its shape can be checked.
  if (normalized.length === 15) {
    return OLD_FOREIGNER_CARD_FORM.test(normalized)
      ? { ok: true, normalized }
      : invalid('外国人永久居留证号码格式不正确，15位旧证应为3位字母加12位数字');
  }
  if (normalized.length !== 18) return invalid('外国人永久居留证号码长度应为18位或15位');
  return checkEighteenCharNumber(normalized, todayIso, foreignerCardPrefixError);
}

function checkGenericFormat(upperCased: string): NormalizedResult {
  const normalized = upperCased.replaceAll('（', '(').replaceAll('）', ')');
  if (normalized.length < 5 || normalized.length > 30) return invalid('证件号码长度应为5至30位');
  if (!GENERIC_CERT_FORM.test(normalized)) {
    return invalid('证件号码只能包含字母、数字、括号和连字符');
  }
  return { ok: true, normalized };
}

function requireEighteenCharForm(certNo: string): string {
  const normalized = certNo.trim().toUpperCase();
  if (!EIGHTEEN_CHAR_FORM.test(normalized)) {
    throw new RangeError(`not an 18-character certificate number: ${certNo}`);
  }
  return normalized;
}

function isCompactDate(yyyymmdd: string): boolean {
  if (!/^\d{8}$/.test(yyyymmdd)) return false;
  return isRealDate(
    Number(yyyymmdd.slice(0, 4)),
    Number(yyyymmdd.slice(4, 6)),
    Number(yyyymmdd.slice(6, 8)),
  );
}

function compactToIsoDate(yyyymmdd: string): string {
  return formatIsoDate({
    year: Number(yyyymmdd.slice(0, 4)),
    month: Number(yyyymmdd.slice(4, 6)),
    day: Number(yyyymmdd.slice(6, 8)),
  });
}

function isPlausibleBirthDate(yyyymmdd: string, todayIso: string): boolean {
  if (!isCompactDate(yyyymmdd)) return false;
  if (Number(yyyymmdd.slice(0, 4)) < EARLIEST_BIRTH_YEAR) return false;
  return dayNumberOf(compactToIsoDate(yyyymmdd)) <= dayNumberOf(todayIso);
}
