import { useQuery } from '@tanstack/react-query';
import type { BatchConfirmBody, EmployeeBatch, JobItem } from '@yibao/contracts';
import { api } from '../../../shared/api';

/** 单位职工新参保/续保 · 批量模式: the API of the template, the check and the confirmed import. */

/** The business the batch is filed as: its 申办资料 checklist comes from GET /api/businesses. */
export const EMPLOYEE_BATCH_BUSINESS = 'employee-enrolment-batch';

export const EMPLOYEE_BATCHES_URL = '/api/registry/employee-batches';
export const BATCH_TEMPLATE_URL = `${EMPLOYEE_BATCHES_URL}/template.xlsx`;
/** The rows of one batch, for ServerTable (`only=bad` for the refused rows only). */
export const batchRowsUrl = (id: number) => `${EMPLOYEE_BATCHES_URL}/${id}/rows`;

export const batchKey = (id: number) => ['employee-batch', id] as const;

/** 上传并校验: the unit first, then the file, as the server reads them. */
export function uploadBatch(unitNo: string, file: File): Promise<EmployeeBatch> {
  const form = new FormData();
  form.append('unitNo', unitNo);
  form.append('file', file, file.name);
  return api.upload<EmployeeBatch>(EMPLOYEE_BATCHES_URL, form);
}

/** 确认导入: the background job that writes the rows that passed. */
export const confirmBatch = (id: number, body: BatchConfirmBody) =>
  api.post<JobItem>(`${EMPLOYEE_BATCHES_URL}/${id}/confirm`, body);

/** One of the operator's batches: its counts, status, job and (once imported) 办件. */
export function useBatch(id: number | null) {
  return useQuery({
    queryKey: batchKey(id ?? 0),
    queryFn: () => api.get<EmployeeBatch>(`${EMPLOYEE_BATCHES_URL}/${id ?? 0}`),
    enabled: id !== null,
    retry: false,
  });
}
