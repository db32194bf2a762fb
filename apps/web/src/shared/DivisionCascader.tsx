import { useCallback } from 'react';
import { Cascader } from 'antd';
import type { CascaderProps } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { DivisionTreeReply } from '@yibao/contracts';
import { api, errorMessage } from './api';

/** A 区县 or 街乡 choice in antd Cascader's option shape. */
export interface DivisionOption {
  value: string;
  label: string;
  children?: DivisionOption[];
}

/** The first key of every division-tree query. */
export const DIVISION_TREE_KEY = 'division-tree';

/**
 * The 区县街乡 tree of a region (110000 北京市, 530400 玉溪市, 130200 唐山市) from
 * `GET /api/divisions/tree`; fetched once per page load.
 */
export function useDivisionTree(regionCode: string | undefined) {
  return useQuery({
    queryKey: [DIVISION_TREE_KEY, regionCode],
    queryFn: () =>
      api.get<DivisionTreeReply>(
        `/api/divisions/tree?root=${encodeURIComponent(regionCode ?? '')}`,
      ),
    enabled: Boolean(regionCode),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** The cascader value of a stored code: township '110106001' → ['110106', '110106001']. */
export function divisionCascaderValue(code: string | null | undefined): string[] | undefined {
  if (!code) return undefined;
  return /^\d{9}$/.test(code) ? [code.slice(0, 6), code] : [code];
}

/** The names along a cascader value, as the guides show them: '丰台区 / 大红门街道'. */
export function divisionLabel(
  options: readonly DivisionOption[] | undefined,
  value: readonly string[] | undefined,
): string {
  const names: string[] = [];
  let level = options;
  for (const code of value ?? []) {
    const option = level?.find((o) => o.value === code);
    names.push(option?.label ?? code);
    level = option?.children;
  }
  return names.join(' / ');
}

export interface DivisionCascaderProps extends Omit<
  CascaderProps<DivisionOption, 'value', false>,
  'options' | 'loading' | 'value' | 'onChange' | 'multiple' | 'fieldNames' | 'loadData'
> {
  /** The region whose 区县街乡 to offer: 110000, 530400 or 130200 */
  regionCode: string;
  /** The codes from county to township: ['110106', '110106001'] */
  value?: string[];
  onChange?: (value: string[] | undefined, selected: DivisionOption[] | undefined) => void;
}

/** 区县街乡: a searchable Cascader over a region's counties and townships. */
export function DivisionCascader({
  regionCode,
  value,
  onChange,
  placeholder = '请选择区县街乡',
  status,
  ...rest
}: DivisionCascaderProps) {
  const tree = useDivisionTree(regionCode);
  const handleChange = useCallback(
    (next: string[] | undefined, selected: DivisionOption[] | undefined) =>
      onChange?.(next && next.length > 0 ? next : undefined, selected),
    [onChange],
  );
  return (
    <Cascader<DivisionOption, 'value'>
      allowClear
      {...rest}
      options={tree.data?.children ?? []}
      loading={tree.isLoading}
      value={value}
      onChange={handleChange}
      showSearch
      status={tree.isError ? 'error' : status}
      placeholder={tree.isError ? errorMessage(tree.error) : placeholder}
    />
  );
}
