/**
 * @yibao/domain — pure rules shared by server and web: no I/O and no imports of ours. Real
 * time is read in one place only, createSettableClock; everything else takes dates as arguments.
 */
export { invalid } from './result';
export type { Invalid, NormalizedResult } from './result';

export {
  addDays,
  beijingDateOf,
  dayNumberOf,
  dayOfWeek,
  daysInMonth,
  formatIsoDate,
  isIsoDate,
  isLeapYear,
  isoDateOfDayNumber,
  isRealDate,
  parseIsoDate,
  toIsoDate,
} from './iso-date';
export type { CivilDate } from './iso-date';

export {
  CERT_TYPES,
  birthDateFromCertNo,
  certCheckChar,
  isCertType,
  makeCertNo18,
  sexFromCertNo,
  upgradeCertNo15to18,
  validateCertNo,
} from './cert';
export type { CertType, Sex } from './cert';

export { USCC_REGISTRATION_AUTHORITIES, makeUscc, usccCheckChar, validateUscc } from './uscc';

export {
  addFen,
  assertFen,
  chineseCapitalAmount,
  formatYuan,
  isFen,
  parseYuanToFen,
  splitByRatio,
  sumFen,
} from './money';
export type { FenResult, FormatYuanOptions } from './money';

export { maskBankAccount, maskCertNo, maskName, maskPhone } from './mask';

export {
  CN_HOLIDAYS_2025,
  CN_HOLIDAYS_2026,
  combineArrangements,
  createWorkingCalendar,
} from './calendar';
export type { HolidayArrangement, WorkingCalendar } from './calendar';

export { addMonths, isPeriod, monthsBetween, periodOf, periodRange } from './period';
export type { Period } from './period';

export { pageWindow, totalPages } from './paging';
export type { PageWindow } from './paging';

export { createSettableClock } from './clock';
export type { Clock, SettableClock } from './clock';
export * from './lockout';
export * from './applications/index';
export * from './service-items/index';
export * from './registry/retirement';
export * from './registry/designated-hospitals';
export * from './accounts/settlement';
export * from './accounts/mutual-aid';
export * from './accounts/ledger-filters';
export * from './registry/resident-assistance';
export * from './registry/contribution-base';
