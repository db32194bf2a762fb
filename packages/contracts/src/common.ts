import { z } from 'zod';

/** Machine codes of every 4xx/5xx answer; the message beside them is Chinese. */
export const errorCodes = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'INTERNAL_ERROR',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const errorBody = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  field: z.string().optional(),
  requestId: z.string().optional(),
});
export type ErrorBody = z.infer<typeof errorBody>;

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;

/** `sort=field:asc|desc`; the route decides which fields may be sorted on. */
export const sortParam = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]*:(asc|desc)$/, '排序参数格式应为 字段:asc 或 字段:desc')
  .optional();

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1, '页码从 1 开始').default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1, '每页条数至少为 1')
    .max(MAX_PAGE_SIZE, `每页条数不能超过 ${MAX_PAGE_SIZE}`)
    .default(DEFAULT_PAGE_SIZE),
  sort: sortParam,
});
export type PageQuery = z.infer<typeof pageQuery>;

/** 打印 (PDF) and 导出 (Excel) of a list: the same query plus the wanted columns. */
export const exportQuery = z.object({
  format: z.enum(['pdf', 'xlsx']).optional(),
  title: z.string().max(60).optional(),
  /** `key:标题,key:标题` — the columns as the table shows them */
  columns: z.string().max(2000).optional(),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const healthReply = z.object({ status: z.literal('ok') });
