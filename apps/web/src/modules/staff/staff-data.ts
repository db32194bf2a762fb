import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { RightItem, RoleItem } from '@yibao/contracts';
import { api } from '../../shared/api';

/** The pooling regions (统筹区) a staff member may be given; '*' is every one of them. */
export const REGIONS = [
  { value: '*', label: '全部统筹区' },
  { value: '110000', label: '北京市' },
  { value: '530400', label: '玉溪市' },
  { value: '130200', label: '唐山市' },
] as const;

const regionNames = new Map<string, string>(REGIONS.map((r) => [r.value, r.label]));

export function regionName(code: string): string {
  return regionNames.get(code) ?? code;
}

/** The modules that declare rights, by the names the console shows. */
const MODULE_NAMES: Record<string, string> = {
  audit: '审计',
  calendar: '节假日',
  units: '单位',
  staff: '经办人员',
};

export function moduleName(module: string): string {
  return MODULE_NAMES[module] ?? module;
}

export const ROLES_KEY = ['staff', 'roles'] as const;
export const RIGHTS_KEY = ['staff', 'rights'] as const;

/** `GET /api/roles` with a code → name lookup. */
export function useRoles() {
  const query = useQuery({
    queryKey: ROLES_KEY,
    queryFn: () => api.get<{ items: RoleItem[] }>('/api/roles'),
  });
  const roles = query.data?.items;
  const names = useMemo(() => new Map((roles ?? []).map((r) => [r.code, r.name])), [roles]);
  return { query, roles: roles ?? [], roleName: (code: string) => names.get(code) ?? code };
}

/** `GET /api/rights`: the rights every module declares, with a code → name lookup. */
export function useRights(enabled = true) {
  const query = useQuery({
    queryKey: RIGHTS_KEY,
    queryFn: () => api.get<{ items: RightItem[] }>('/api/rights'),
    enabled,
    staleTime: Infinity,
  });
  const rights = query.data?.items;
  const names = useMemo(() => new Map((rights ?? []).map((r) => [r.code, r.name])), [rights]);
  return {
    query,
    rights: rights ?? [],
    rightName: (code: string) => (code === '*' ? '全部权限' : (names.get(code) ?? code)),
  };
}
