import type { Page, PageQuery } from '@yibao/contracts';
import type { FastifyReply } from 'fastify';
import { invalid } from '../../plugins/errors';
import { writeTableXlsx } from './excel';
import { renderTablePdf, type TableColumn } from './pdf';

/** More rows than this go through a background export job, not one request. */
export const MAX_SYNC_EXPORT_ROWS = 5000;

export interface ExportParams {
  format?: 'pdf' | 'xlsx' | undefined;
  title?: string | undefined;
  columns?: string | undefined;
}

/** `key:标题,key:标题` → columns; only keys the list really has may be asked for. */
export function parseColumns(spec: string | undefined, allowed: readonly string[]): TableColumn[] {
  if (!spec) return allowed.map((key) => ({ key, title: key }));
  const columns = spec.split(',').map((part) => {
    const i = part.indexOf(':');
    const key = (i < 0 ? part : part.slice(0, i)).trim();
    const title = (i < 0 ? key : part.slice(i + 1)).trim() || key;
    return { key, title };
  });
  const unknown = columns.find((c) => !allowed.includes(c.key));
  if (unknown) throw invalid(`不能导出列 ${unknown.key}`, 'columns');
  return columns;
}

/**
 * Answers a list request: the page as JSON, or with `format` every matching row as a PDF
 * (打印) or an Excel file (导出) with the columns the table shows.
 */
export async function replyList<T extends Record<string, unknown>>(
  reply: FastifyReply,
  query: PageQuery & ExportParams,
  options: {
    title: string;
    exportKeys: readonly (keyof T & string)[];
    fetch: (paging: { page: number; pageSize: number }) => Promise<{ items: T[]; total: number }>;
    printedAt: string;
    toRow?: (item: T) => Record<string, unknown>;
  },
): Promise<Page<T> | FastifyReply> {
  if (!query.format) {
    const { items, total } = await options.fetch({ page: query.page, pageSize: query.pageSize });
    return { items, total, page: query.page, pageSize: query.pageSize };
  }
  const columns = parseColumns(query.columns, options.exportKeys);
  const all = await options.fetch({ page: 1, pageSize: MAX_SYNC_EXPORT_ROWS });
  if (all.total > MAX_SYNC_EXPORT_ROWS) {
    throw invalid(`导出数据超过 ${MAX_SYNC_EXPORT_ROWS} 条，请缩小查询范围`, 'format');
  }
  const title = query.title || options.title;
  const rows = all.items.map((i) => (options.toRow ? options.toRow(i) : i));
  const filename = encodeURIComponent(`${title}.${query.format}`);
  if (query.format === 'pdf') {
    const pdf = await renderTablePdf({ title, columns, rows }, options.printedAt);
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename*=UTF-8''${filename}`)
      .send(pdf);
  }
  const xlsx = await writeTableXlsx({ title, columns, rows });
  return reply
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename*=UTF-8''${filename}`)
    .send(xlsx);
}
