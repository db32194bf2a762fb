import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { BatchConfirmBody, EmployeeBatch, JobItem } from '@yibao/contracts';
import { api } from '../../../shared/api';

/** 批量模式's API, whatever the batch holds: the template, the check and the confirmed import. */

/** What every batch view has, whoever it is for (a unit, a 医保区划). */
export interface BatchBase {
  id: number;
  fileName: string;
  status: EmployeeBatch['status'];
  total: number;
  good: number;
  bad: number;
  applicationId: number | null;
  jobId: number | null;
}

export interface BatchApi<B extends BatchBase> {
  templateUrl: string;
  /** the rows of one batch, for ServerTable (`only=bad` for the refused rows only) */
  rowsUrl: (id: number) => string;
  key: (id: number) => readonly [string, number];
  /** 上传并校验: the form's fields first, then the file, as the server reads them */
  upload: (fields: Record<string, string>, file: File) => Promise<B>;
  /** 确认导入: the background job that writes the rows that passed */
  confirm: (id: number, body: BatchConfirmBody) => Promise<JobItem>;
  /** one of the operator's batches: its counts, status, job and (once imported) 办件 */
  useBatch: (id: number | null) => UseQueryResult<B>;
}

/** The API of the batches under `url`; `templateQuery` picks one kind's template. */
export function batchApi<B extends BatchBase>(url: string, templateQuery = ''): BatchApi<B> {
  const key = (id: number) => [url, id] as const;
  return {
    templateUrl: `${url}/template.xlsx${templateQuery}`,
    rowsUrl: (id) => `${url}/${id}/rows`,
    key,
    upload: (fields, file) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      form.append('file', file, file.name);
      return api.upload<B>(url, form);
    },
    confirm: (id, body) => api.post<JobItem>(`${url}/${id}/confirm`, body),
    useBatch: (id) =>
      useQuery({
        queryKey: key(id ?? 0),
        queryFn: () => api.get<B>(`${url}/${id ?? 0}`),
        enabled: id !== null,
        retry: false,
      }),
  };
}

/** The business the employee batch is filed as: its 申办资料 checklist comes from GET /api/businesses. */
export const EMPLOYEE_BATCH_BUSINESS = 'employee-enrolment-batch';

/** 单位职工新参保/续保 · 批量模式. */
export const employeeBatchApi = batchApi<EmployeeBatch>('/api/registry/employee-batches');
