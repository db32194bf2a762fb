import { useQuery } from '@tanstack/react-query';
import type { DivisionListReply } from '@yibao/contracts';
import { api } from '../../../shared/api';
import {
  divisionCascaderValue,
  divisionLabel,
  useDivisionTree,
} from '../../../shared/DivisionCascader';

const DIVISIONS_KEY = 'divisions';

/** One level of `GET /api/divisions` (provinces without a parent), fetched once per page load. */
function useDivisionLevel(parent: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: [DIVISIONS_KEY, parent ?? ''],
    queryFn: () =>
      api.get<DivisionListReply>(parent ? `/api/divisions?parent=${parent}` : '/api/divisions'),
    enabled,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** Whether the region's tree holds the code (its county, and its township when it has one). */
function inTree(
  tree: ReturnType<typeof useDivisionTree>['data'],
  value: readonly string[] | undefined,
): boolean {
  if (!tree || !value) return false;
  const county = tree.children.find((c) => c.value === value[0]);
  return !!county && (value.length === 1 || county.children.some((t) => t.value === value[1]));
}

export interface DivisionNameProps {
  /** a county (6 digits) or township (9 digits) code */
  code: string | null | undefined;
  /** the pooling region whose 区县街乡 tree names it first: 110000, 530400, 130200 */
  regionCode: string;
}

/**
 * The name of a 区县街乡 code as the guides show it: '朝阳区 / 建外街道' inside the region; a
 * place elsewhere (a 外埠 household) by province and city: '河南省 郑州市'.
 */
export function DivisionName({ code, regionCode }: DivisionNameProps) {
  const value = divisionCascaderValue(code);
  const tree = useDivisionTree(regionCode);
  const local = inTree(tree.data, value);
  const elsewhere = !!code && tree.isFetched && !local;
  const province = code ? `${code.slice(0, 2)}0000` : undefined;
  const provinces = useDivisionLevel(undefined, elsewhere);
  const prefectures = useDivisionLevel(province, elsewhere);
  if (!code) return <>-</>;
  if (local) return <>{divisionLabel(tree.data?.children, value)}</>;
  if (!elsewhere) return <>{code}</>;
  const provinceName = provinces.data?.items.find((p) => p.code === province)?.name;
  const prefecture = prefectures.data?.items.find((p) => p.code === `${code.slice(0, 4)}00`);
  const names = [provinceName, prefecture?.name].filter(Boolean);
  return <>{names.length ? `${names.join(' ')}（${code}）` : code}</>;
}
