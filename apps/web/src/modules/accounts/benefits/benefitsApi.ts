import { useQuery } from '@tanstack/react-query';
import type { BenefitStatusReply, MedicalConsumptionDetail } from '@yibao/contracts';
import { api } from '../../../shared/api';

/** P50: GET /api/me/benefits?year= */
export const BENEFITS_URL = '/api/me/benefits';
/** P55: the year's list (ServerTable pages it; format=pdf|xlsx prints or exports it). */
export const MEDICAL_CONSUMPTION_URL = '/api/me/medical-consumption';

/** The year's accumulators beside the policy, for each visit class. */
export function useBenefitStatus(year: number) {
  return useQuery({
    queryKey: ['me', 'benefits', year],
    queryFn: () => api.get<BenefitStatusReply>(`${BENEFITS_URL}?year=${year}`),
    retry: false,
  });
}

/** 票据信息详情 of one settlement, fetched when 【详情】 opens it. */
export function useConsumptionDetail(id: number | null) {
  return useQuery({
    queryKey: ['me', 'medical-consumption', id],
    queryFn: () => api.get<MedicalConsumptionDetail>(`${MEDICAL_CONSUMPTION_URL}/${id}`),
    enabled: id !== null,
    retry: false,
  });
}
