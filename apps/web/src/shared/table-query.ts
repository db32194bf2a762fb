/** Pure helpers of ServerTable: the query strings of a server-paged list, its print and export. */

export const DEFAULT_PAGE_SIZE = 10;
export const PAGE_SIZE_OPTIONS = [10, 20, 50, 100];

export type FilterValue = string | number | boolean | null | undefined;
export type Filters = Record<string, FilterValue>;
export type SortOrder = 'ascend' | 'descend' | null | undefined;

export interface ListQuery {
  page: number;
  pageSize: number;
  /** `field:asc` or `field:desc` */
  sort?: string | undefined;
  filters?: Filters | undefined;
}

/** `field:asc|desc` from antd's sorter state, or undefined when the column is not sorted. */
export function sortParam(field: unknown, order: SortOrder): string | undefined {
  if (typeof field !== 'string' || field === '' || !order) return undefined;
  return `${field}:${order === 'ascend' ? 'asc' : 'desc'}`;
}

/** Filters as query parameters: empty values are left out, the keys are kept in order. */
function appendFilters(params: URLSearchParams, filters: Filters | undefined): void {
  for (const [key, value] of Object.entries(filters ?? {})) {
    if (value === undefined || value === null) continue;
    const text = String(value).trim();
    if (text === '') continue;
    params.append(key, text);
  }
}

/** `page=1&pageSize=10&sort=at:desc&actor=...` */
export function listQueryString(query: ListQuery): string {
  const params = new URLSearchParams();
  params.set('page', String(query.page));
  params.set('pageSize', String(query.pageSize));
  if (query.sort) params.set('sort', query.sort);
  appendFilters(params, query.filters);
  return params.toString();
}

/** Joins a path and a query string, whether or not the path already carries one. */
export function withQuery(url: string, query: string): string {
  if (query === '') return url;
  return url + (url.includes('?') ? '&' : '?') + query;
}

/** The part of an antd column that the print and export columns read. */
export interface ColumnLike {
  dataIndex?: unknown;
  key?: unknown;
  title?: unknown;
  hidden?: boolean | undefined;
}

/** Commas and colons separate the parameter's entries: keep them out of the titles. */
function cleanTitle(title: string): string {
  return title.replace(/,/g, '，').replace(/:/g, '：').trim();
}

/**
 * `key:标题,key:标题` from the columns the table shows. Columns without a string dataIndex
 * (such as 操作) are left out; a column without a text title is titled by its key.
 */
export function columnsParam(columns: readonly ColumnLike[]): string {
  const parts: string[] = [];
  for (const col of columns) {
    if (col.hidden) continue;
    if (typeof col.dataIndex !== 'string' || col.dataIndex === '') continue;
    const title = typeof col.title === 'string' ? cleanTitle(col.title) : '';
    parts.push(`${col.dataIndex}:${title === '' ? col.dataIndex : title}`);
  }
  return parts.join(',');
}

export interface ExportOptions {
  format: 'pdf' | 'xlsx';
  title: string;
  columns: readonly ColumnLike[];
  sort?: string | undefined;
  filters?: Filters | undefined;
}

/**
 * The URL of the list's printable PDF or Excel file: the same filters and sort as the table
 * (every row, so no page), plus `format`, `title` and `columns`.
 */
export function exportUrl(url: string, options: ExportOptions): string {
  const params = new URLSearchParams();
  if (options.sort) params.set('sort', options.sort);
  appendFilters(params, options.filters);
  params.set('format', options.format);
  params.set('title', options.title);
  params.set('columns', columnsParam(options.columns));
  return withQuery(url, params.toString());
}
