import { useQuery } from '@tanstack/react-query';
import type { ServiceItemDetail, ServiceItemListReply } from '@yibao/contracts';
import { api } from '../../shared/api';

/** Where 办事指南 lives in the window console. */
export const GUIDE_PATH = '/window/guide';
export const guidePath = (no: number) => `${GUIDE_PATH}/${no}`;

/** 申办资料清单 of an item, a PDF the browser shows in a new tab. */
export const checklistUrl = (no: number) => `/api/service-items/${no}/checklist.pdf`;

export const serviceGuideApi = {
  list: () => api.get<ServiceItemListReply>('/api/service-items'),
  detail: (no: number) => api.get<ServiceItemDetail>(`/api/service-items/${no}`),
};

/** The 41 items (they change only with a new release: fetched once per page load). */
export function useServiceItems() {
  return useQuery({
    queryKey: ['service-items'],
    queryFn: serviceGuideApi.list,
    staleTime: Infinity,
  });
}

/** One item's guide; `no` outside 1..41 answers nothing. */
export function useServiceItem(no: number) {
  const valid = Number.isInteger(no) && no >= 1 && no <= 41;
  return useQuery({
    queryKey: ['service-items', no],
    queryFn: () => serviceGuideApi.detail(no),
    enabled: valid,
    staleTime: Infinity,
    retry: false,
  });
}
