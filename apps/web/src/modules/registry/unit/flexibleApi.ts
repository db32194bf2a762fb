import { useQuery } from '@tanstack/react-query';
import type {
  ApplicationDetail,
  FlexiblePersonDetail,
  Page,
  flexibleContributionItem,
  flexiblePersonItem,
  hospitalCandidate,
} from '@yibao/contracts';
import type { z } from 'zod';
import { api } from '../../../shared/api';
import { REGION_NAMES } from '../../applications/applicant/applicantApi';
import { applicationApi } from '../../applications/shared';

export type FlexiblePerson = z.infer<typeof flexiblePersonItem>;
export type FlexibleContribution = z.infer<typeof flexibleContributionItem>;
export type HospitalCandidate = z.infer<typeof hospitalCandidate>;
export type { FlexiblePersonDetail };

export const FLEX_PERSONS_URL = '/api/unit/flexible-persons';
export const FLEX_CONTRIBUTIONS_URL = '/api/unit/flexible-contributions';
export const HOSPITAL_CANDIDATES_URL = '/api/designated-hospitals/candidates';

/** The businesses of 网上经办 (001 §一). */
export const FLEX = {
  enrolment: 'flexible-enrolment',
  addition: 'flexible-addition',
  death: 'flexible-reduction-death',
  reduction: 'flexible-reduction',
  hospital: 'flexible-designated-hospital-change',
  info: 'flexible-info-change',
} as const;

/** The first key of the queries of one agency person. */
export const FLEX_PERSON_KEY = 'flexible-person';

/** A person as the query conditions name them. */
export interface Identity {
  name: string;
  certType: string;
  certNo: string;
}

/** The identity as the payloads carry it: no spaces around, capitals in the number. */
export const identityOf = (v: Partial<Identity>): Identity => ({
  name: (v.name ?? '').trim(),
  certType: v.certType ?? '',
  certNo: (v.certNo ?? '').trim().toUpperCase(),
});

/** A query string of the filled conditions only. */
export function queryOf(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== '') q.set(k, String(v));
  }
  return q.toString();
}

/** The agency's person of that name and certificate (灵活就业人员信息结果列表), or null. */
export async function findAgencyPerson(who: Identity): Promise<FlexiblePerson | null> {
  const reply = await api.get<Page<FlexiblePerson>>(
    `${FLEX_PERSONS_URL}?${queryOf({ ...who, page: 1, pageSize: 1 })}`,
  );
  return reply.items[0] ?? null;
}

/** 灵活就业人员信息详情 (GET /api/unit/flexible-persons/:id). */
export function useAgencyPerson(id: number | null) {
  return useQuery({
    queryKey: [FLEX_PERSON_KEY, id],
    queryFn: () => api.get<FlexiblePersonDetail>(`${FLEX_PERSONS_URL}/${id ?? 0}`),
    enabled: id !== null,
    retry: false,
  });
}

/**
 * Whether the operator's unit is a 灵活就业代管机构: the server answers the agency's list, or
 * 403 本单位不是灵活就业代管机构.
 */
export function useAgencyCheck() {
  return useQuery({
    queryKey: ['flexible-agency'],
    queryFn: () => api.get<Page<FlexiblePerson>>(`${FLEX_PERSONS_URL}?page=1&pageSize=1`),
    retry: false,
    staleTime: 60_000,
  });
}

/** The pooling region (统筹区) a 区县街乡 code lies in: '110105' → '110000'. */
export function regionOfDivision(code: string | null | undefined): string | undefined {
  if (!code) return undefined;
  return Object.keys(REGION_NAMES).find((r) => code.startsWith(r.replace(/0+$/, '')));
}

/**
 * The agency's pooling region, whose 区县街乡 the forms offer. No unit-portal reply names it; the
 * designated hospitals the operator may search are the unit's region's, so their 区县 tell it.
 */
export function useAgencyRegion() {
  return useQuery({
    queryKey: ['flexible-agency-region'],
    queryFn: async () => {
      const reply = await api.get<Page<HospitalCandidate>>(
        `${HOSPITAL_CANDIDATES_URL}?page=1&pageSize=1`,
      );
      return regionOfDivision(reply.items[0]?.divisionCode) ?? null;
    },
    retry: false,
    staleTime: Infinity,
  });
}

/** POST /api/applications of the unit channel. */
export const submitFlexible = (
  businessCode: string,
  payload: object,
  materialIds: number[] = [],
): Promise<ApplicationDetail> =>
  applicationApi.submit({
    businessCode,
    channel: 'unit',
    payload: payload as Record<string, unknown>,
    materialIds,
    paperItems: [],
  });

/** 缴费截止月份 of a reduction: this month, YYYY-MM. */
export function thisMonth(now = new Date()): string {
  const f = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
  });
  return f.format(now).slice(0, 7);
}
