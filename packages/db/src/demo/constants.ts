/** The contract of the demo data (DESIGN.md, "Contracts that outside checks rely on"). */

/** Password of every demo login: staff, the demo persons' portal accounts, unit operators. */
export const DEMO_PASSWORD = 'Yibao@2026';
/** Social-security card password of the demo persons. */
export const DEMO_CARD_PASSWORD = '123456';
/** Bump when the shape of the demo data changes, so a server loads the new version once. */
export const DEMO_VERSION = '2026.11-2';
/** The default seed: the same data on every machine. */
export const DEMO_DEFAULT_SEED = 20260101;

/**
 * Stable unit numbers of the 北京市 units the unit-operator demo accounts act for
 * (13900000001 … 13900000005, in this order).
 */
export const DEMO_UNIT_NOS = {
  flexibleAgency: '11000000001',
  school: '11000000002',
  hospital: '11000000003',
  pharmacy: '11000000004',
  employer: '11000000005',
} as const;
export type DemoUnitRole = keyof typeof DEMO_UNIT_NOS;

/** The unit-operator phone of each demo unit (stored as the unit's contact phone). */
export const DEMO_UNIT_OPERATOR_PHONES: Readonly<Record<DemoUnitRole, string>> = {
  flexibleAgency: '13900000001',
  school: '13900000002',
  hospital: '13900000003',
  pharmacy: '13900000004',
  employer: '13900000005',
};

/** The demo persons' phones and what each one is. */
export const DEMO_PERSON_PHONES = {
  beijingEmployee: '13800000001',
  beijingRetiree: '13800000002',
  beijingResident: '13800000003',
  beijingFlexibleWorker: '13800000004',
  yuxiEmployee: '13800000011',
  tangshanEmployee: '13800000021',
} as const;

export interface DemoStaffAccount {
  username: string;
  name: string;
  roles: string[];
  regionCodes: string[];
}

export const DEMO_STAFF: readonly DemoStaffAccount[] = [
  { username: 'clerk01', name: '窗口经办员一', roles: ['clerk'], regionCodes: ['110000'] },
  { username: 'reviewer01', name: '审核员一', roles: ['reviewer'], regionCodes: ['110000'] },
  { username: 'admin01', name: '系统管理员', roles: ['admin'], regionCodes: ['*'] },
  { username: 'clerk02', name: '窗口经办员二', roles: ['clerk'], regionCodes: ['530400'] },
  { username: 'reviewer02', name: '审核员二', roles: ['reviewer'], regionCodes: ['530400'] },
];
