import { useCallback, useMemo } from 'react';
import { Select } from 'antd';
import type { SelectProps } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { DictionaryItem, DictionaryReply } from '@yibao/contracts';
import { api } from './api';

/** The first key of every dictionary query. */
export const DICTIONARY_KEY = 'dictionary';

const NO_ITEMS: DictionaryItem[] = [];

export interface DictionaryState {
  /** The items in the dictionary's order; empty while loading */
  items: DictionaryItem[];
  /** The name of a code ('01' → '居民身份证(户口簿)'); the code itself if unknown, '' for none */
  label: (code: string | null | undefined) => string;
  title: string;
  isLoading: boolean;
  error: unknown;
}

/**
 * A code list (证件类型, 险种类型, 民族 …) from `GET /api/dictionaries/:name`. Dictionaries never
 * change while the server runs: fetched once per page load, then answered from the cache.
 */
export function useDictionary(name: string): DictionaryState {
  const query = useQuery({
    queryKey: [DICTIONARY_KEY, name],
    queryFn: () => api.get<DictionaryReply>(`/api/dictionaries/${encodeURIComponent(name)}`),
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const items = query.data?.items ?? NO_ITEMS;
  const names = useMemo(() => new Map(items.map((i) => [i.code, i.name])), [items]);
  const label = useCallback(
    (code: string | null | undefined) =>
      code === null || code === undefined || code === '' ? '' : (names.get(code) ?? code),
    [names],
  );
  return {
    items,
    label,
    title: query.data?.title ?? '',
    isLoading: query.isLoading,
    error: query.error,
  };
}

export interface DictSelectProps extends Omit<
  SelectProps<string>,
  'options' | 'loading' | 'showSearch' | 'mode'
> {
  /** The dictionary: certificate-types, insurance-types, ethnicities … */
  name: string;
  /** Offer only these codes (e.g. the certificate types a business accepts) */
  only?: readonly string[];
  /** Show the code before the name ('01 居民身份证(户口簿)') */
  showCode?: boolean;
}

/** A Select over a dictionary, searchable by name; the value is the code. */
export function DictSelect({
  name,
  only,
  showCode = false,
  placeholder,
  ...rest
}: DictSelectProps) {
  const { items, isLoading, title } = useDictionary(name);
  const options = useMemo(
    () =>
      items
        .filter((i) => !only || only.includes(i.code))
        .map((i) => ({ value: i.code, label: showCode ? `${i.code} ${i.name}` : i.name })),
    [items, only, showCode],
  );
  return (
    <Select<string>
      allowClear
      {...rest}
      options={options}
      loading={isLoading}
      placeholder={placeholder ?? (title ? `请选择${title}` : '请选择')}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
