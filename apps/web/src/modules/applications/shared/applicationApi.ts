import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type {
  ApplicationDetail,
  BusinessItem,
  MaterialItem,
  QueueCount,
  SubmitApplicationBody,
} from '@yibao/contracts';
import { ApiError, api, toApiError } from '../../../shared/api';

/** The list endpoints, for ServerTable (`url`) and for refreshing their queries. */
export const APPLICATIONS_URL = '/api/applications';
export const REVIEW_QUEUE_URL = '/api/review/queue';

/** Query keys: one application's detail, the queue counts, the business types. */
export const APPLICATION_KEY = 'application';
export const applicationKey = (id: number) => [APPLICATION_KEY, id] as const;
export const REVIEW_COUNTS_KEY = ['review-counts'] as const;
export const BUSINESSES_KEY = ['businesses'] as const;

/** The resubmission of a returned application: the new payload and the materials to attach. */
export type ResubmitBody = Pick<SubmitApplicationBody, 'payload' | 'materialIds'>;

/** Where a material's bytes are shown (inline) or downloaded. */
export const materialUrl = (id: number, download = false) =>
  `/api/materials/${id}/content${download ? '?download=1' : ''}`;

/** POST /api/materials: the business and checklist item first, then the file. */
async function uploadMaterial(
  businessCode: string,
  itemCode: string,
  file: Blob,
  fileName: string,
): Promise<MaterialItem> {
  const form = new FormData();
  form.append('businessCode', businessCode);
  form.append('itemCode', itemCode);
  form.append('file', file, fileName);
  let res: Response;
  try {
    res = await fetch('/api/materials', {
      method: 'POST',
      credentials: 'include',
      headers: { Accept: 'application/json' },
      body: form,
    });
  } catch {
    throw new ApiError(0, { code: 'NETWORK_ERROR', message: '网络连接失败，请检查网络后重试' });
  }
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) throw toApiError(res.status, body);
  return body as MaterialItem;
}

/** A POST that answers the application as it now is. */
const act = (url: string, body: unknown = {}) => api.post<ApplicationDetail>(url, body);

/** Typed calls of the 办件 API, for the applicant's pages and the window console alike. */
export const applicationApi = {
  businesses: () => api.get<{ items: BusinessItem[] }>('/api/businesses'),
  detail: (id: number) => api.get<ApplicationDetail>(`/api/applications/${id}`),
  submit: (body: SubmitApplicationBody) => api.post<ApplicationDetail>(APPLICATIONS_URL, body),
  withdraw: (id: number) => act(`${APPLICATIONS_URL}/${id}/withdraw`),
  resubmit: (id: number, body: ResubmitBody) => act(`${APPLICATIONS_URL}/${id}/resubmit`, body),
  uploadMaterial,
  removeMaterial: (id: number) => api.delete<{ ok: true }>(`/api/materials/${id}`),
  queueCounts: () => api.get<{ items: QueueCount[] }>('/api/review/counts'),
  claim: (id: number) => act(`/api/review/${id}/claim`),
  release: (id: number) => act(`/api/review/${id}/release`),
  approve: (id: number, comment?: string) =>
    act(`/api/review/${id}/approve`, comment ? { comment } : {}),
  reject: (id: number, reason: string) => act(`/api/review/${id}/reject`, { reason }),
  returnToApplicant: (id: number, reason: string) => act(`/api/review/${id}/return`, { reason }),
};

const NO_BUSINESSES: BusinessItem[] = [];

/** The business types (GET /api/businesses), fetched once per page load. */
export function useBusinesses() {
  const query = useQuery({
    queryKey: BUSINESSES_KEY,
    queryFn: applicationApi.businesses,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const items = query.data?.items ?? NO_BUSINESSES;
  const byCode = useMemo(() => new Map(items.map((b) => [b.code, b])), [items]);
  return {
    items,
    /** the business type of a code, undefined while loading or unknown */
    get: (code: string | undefined) => (code ? byCode.get(code) : undefined),
    isLoading: query.isLoading,
    error: query.error,
  };
}

/** One application with its steps, materials and what the reader may do (`can`). */
export function useApplication(id: number | undefined) {
  return useQuery({
    queryKey: applicationKey(id ?? 0),
    queryFn: () => applicationApi.detail(id ?? 0),
    enabled: id !== undefined && id > 0,
    retry: false,
  });
}
