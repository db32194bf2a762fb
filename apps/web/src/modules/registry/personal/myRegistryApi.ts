import { useQuery } from '@tanstack/react-query';
import type {
  ContributionRow,
  DesignatedHospitalsReply,
  Page,
  hospitalCandidatesReply,
  myEnrolmentsReply,
} from '@yibao/contracts';
import { DESIGNATED_SLOTS } from '@yibao/domain';
import type { z } from 'zod';
import { api } from '../../../shared/api';

/** One enrolment of 参保信息 (GET /api/me/enrolments). */
export type MyEnrolment = z.infer<typeof myEnrolmentsReply>['items'][number];
/** A hospital of 根据医院名称搜索医院. */
export type HospitalCandidate = z.infer<typeof hospitalCandidatesReply>['items'][number];
export type ChosenHospital = DesignatedHospitalsReply['items'][number];

/** 缴费月数, 单位缴费合计, 个人缴费合计 over every month from the start month. */
export interface ContributionTotals {
  months: number;
  unitAmountFen: number;
  personalAmountFen: number;
}
export type MyContributionsPage = Page<ContributionRow> & { totals: ContributionTotals };

export const MY_ENROLMENTS_KEY = ['me', 'enrolments'] as const;
export const MY_HOSPITALS_KEY = ['me', 'designated-hospitals'] as const;
export const MY_CONTRIBUTIONS_URL = '/api/me/contributions';
export const HOSPITAL_CANDIDATES_URL = '/api/designated-hospitals/candidates';

/** 职工基本医疗保险: the insurance type of 职工参保缴费信息查询 and 申报月均工资收入. */
export const EMPLOYEE_INSURANCE = '310';

/** GET /api/me/enrolments: every enrolment of the signed-in person, newest first. */
export function useMyEnrolments() {
  return useQuery({
    queryKey: MY_ENROLMENTS_KEY,
    queryFn: () => api.get<{ items: MyEnrolment[] }>('/api/me/enrolments'),
    retry: false,
  });
}

/** GET /api/me/designated-hospitals: 定点医疗机构1–5 as chosen. */
export function useMyHospitals() {
  return useQuery({
    queryKey: MY_HOSPITALS_KEY,
    queryFn: () => api.get<DesignatedHospitalsReply>('/api/me/designated-hospitals'),
    retry: false,
  });
}

/** 定点医疗机构1–5, each with what it holds (undefined for an empty slot). */
export const hospitalSlots = (items: readonly ChosenHospital[] = []) =>
  DESIGNATED_SLOTS.map((slot) => ({ slot, chosen: items.find((i) => i.slot === slot) }));

/** 申报月均工资收入: the contribution base of the 职工 enrolment (the one in force first). */
export function declaredWageFen(items: readonly MyEnrolment[]): number | null {
  const employee = items.filter((e) => e.insuranceType === EMPLOYEE_INSURANCE);
  const current = employee.find((e) => e.status === '正常参保') ?? employee[0];
  return current ? current.contributionBaseFen : null;
}

/** A bank account on screen: only its last four digits ('*****1234'). */
export function maskAccountTail(account: string | null | undefined): string {
  if (!account) return '';
  const chars = Array.from(account);
  return chars.length <= 4 ? '*'.repeat(chars.length) : `*****${chars.slice(-4).join('')}`;
}

/**
 * 参保状态 of the home page: each insurance type in force by name with 正常参保
 * ('职工基本医疗保险 正常参保'), or 未参保.
 */
export function insuredStatusText(
  activeInsuranceTypes: readonly string[],
  insuranceName: (code: string) => string,
): string {
  if (activeInsuranceTypes.length === 0) return '未参保';
  return activeInsuranceTypes.map((t) => `${insuranceName(t)} 正常参保`).join('，');
}
