import { useQuery } from '@tanstack/react-query';
import { api } from '../../../../shared/api';
import { LIST_KEY } from '../../../../shared/ServerTable';
import { DEFAULT_PAGE_SIZE, listQueryString, withQuery } from '../../../../shared/table-query';
import type { Filters } from '../../../../shared/table-query';

/** The first key of every tab of W25 人员综合查询: [key, person id, tab, …its parameters]. */
export const PERSON_QUERY_KEY = 'person-query';

/** `GET /api/registry/persons`: the search. */
export const PERSONS_URL = '/api/registry/persons';

export const personUrl = (id: number, tab?: string) =>
  tab ? `${PERSONS_URL}/${id}/${tab}` : `${PERSONS_URL}/${id}`;

/** A person's tab, fetched when the tab is first opened and kept for a minute. */
export function usePersonTab<T>(personId: number, tab: string, url: string) {
  return useQuery({
    queryKey: [PERSON_QUERY_KEY, personId, tab, url],
    queryFn: () => api.get<T>(url),
    staleTime: 60_000,
    retry: false,
  });
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * The first page of a list as ServerTable asks for it (same key, same URL), so a page that must
 * know what the list holds (how many persons a search found, the totals of a 缴费 list) shares
 * ServerTable's request instead of making its own.
 */
export function useFirstPage<T>(url: string, filters: Filters | null) {
  const query = listQueryString({ page: 1, pageSize: DEFAULT_PAGE_SIZE, filters: filters ?? {} });
  return useQuery({
    queryKey: [LIST_KEY, url, query],
    queryFn: () => api.get<T>(withQuery(url, query)),
    enabled: filters !== null,
    retry: false,
  });
}
