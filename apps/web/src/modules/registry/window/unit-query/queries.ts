import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { UnitProfile, unitContributionMonth, unitMember, unitSummary } from '@yibao/contracts';
import { api } from '../../../../shared/api';

export type UnitSummary = z.infer<typeof unitSummary>;
export type UnitContributionMonth = z.infer<typeof unitContributionMonth>;
export type UnitMember = z.infer<typeof unitMember>;

/** `GET /api/registry/units`: the search of W24 单位综合查询. */
export const UNITS_URL = '/api/registry/units';

export const unitUrl = (id: number, tab?: 'contributions' | 'members') =>
  tab ? `${UNITS_URL}/${id}/${tab}` : `${UNITS_URL}/${id}`;

/**
 * 基本信息 with 正常参保人数 and 欠费月数, shared by the header and the tab. Read afresh each time
 * the unit is opened (each 查询), and not again while it stays open: each read leaves an audit row.
 */
export function useUnitProfile(unitId: number) {
  return useQuery({
    queryKey: ['unit-query', unitId, 'profile'],
    queryFn: () => api.get<UnitProfile>(unitUrl(unitId)),
    staleTime: Infinity,
    refetchOnMount: 'always',
    retry: false,
  });
}
