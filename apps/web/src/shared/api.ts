import type { FormInstance } from 'antd';
import type { ErrorBody } from '@yibao/contracts';

/** The error body of the API; `code` may also be one of the client's own (NETWORK_ERROR). */
type ApiErrorBody = Omit<ErrorBody, 'code'> & { code: string };

/** A non-2xx answer (or no answer at all) of the API, with the server's Chinese message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  readonly requestId: string | undefined;

  constructor(status: number, body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.field = body.field;
    this.requestId = body.requestId;
  }
}

const fallbackMessages: Record<number, string> = {
  400: '提交的信息有误，请检查后重试',
  401: '您尚未登录或登录已过期，请重新登录',
  403: '您没有权限进行此操作',
  404: '请求的内容不存在',
  409: '数据已被修改，请刷新后重试',
  413: '上传的文件过大',
  429: '操作过于频繁，请稍后再试',
};

function fallbackMessage(status: number): string {
  return fallbackMessages[status] ?? `服务暂时不可用，请稍后重试（HTTP ${status}）`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Builds the ApiError of a failed response, whatever its body holds. */
export function toApiError(status: number, body: unknown): ApiError {
  const b = isRecord(body) ? body : {};
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  return new ApiError(status, {
    code: str(b.code) ?? `HTTP_${status}`,
    message: str(b.message) ?? fallbackMessage(status),
    field: str(b.field),
    requestId: str(b.requestId),
  });
}

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: RequestInit = { method, credentials: 'include', headers };
  if (body instanceof FormData) {
    // multipart: the browser writes the Content-Type with its boundary
    init.body = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch {
    throw new ApiError(0, { code: 'NETWORK_ERROR', message: '网络连接失败，请检查网络后重试' });
  }
  const text = await res.text();
  let parsed: unknown = undefined;
  if (text !== '') {
    try {
      parsed = JSON.parse(text);
    } catch {
      if (res.ok) {
        throw new ApiError(res.status, { code: 'BAD_RESPONSE', message: '服务返回的数据无法识别' });
      }
    }
  }
  if (!res.ok) throw toApiError(res.status, parsed);
  return parsed as T;
}

export const api = {
  get: <T>(url: string) => request<T>('GET', url),
  post: <T>(url: string, body?: unknown) => request<T>('POST', url, body),
  put: <T>(url: string, body?: unknown) => request<T>('PUT', url, body),
  delete: <T>(url: string) => request<T>('DELETE', url),
  /** POST multipart/form-data: the fields in the order the server reads them, then the file */
  upload: <T>(url: string, form: FormData) => request<T>('POST', url, form),
};

/** The Chinese message to show for any error thrown by a query or mutation. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return '操作失败，请稍后重试';
}

/**
 * Shows a 400's message next to the field it names (`certNo`, `items.0.name`).
 * Returns true when the form took the message, so the caller need not show it again.
 */
export function applyFieldError(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError) || error.field === undefined) return false;
  const name = error.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const key = name.join('.');
  const registered = form.getFieldsError().some((f) => f.name.join('.') === key);
  if (!registered) return false;
  form.setFields([{ name, errors: [error.message] }]);
  return true;
}
