import type { AuditExportBody, AuditItem, AuditQuery } from '@yibao/contracts';
import { pageWindow } from '@yibao/domain';
import type { FastifyInstance } from 'fastify';
import type { Actor } from '../../plugins/context';
import { parseColumns, renderTablePdf, writeTableXlsx } from '../documents';
import { findAudit } from './audit.repository';

export const AUDIT_EXPORT_JOB = 'audit.export';
const EXPORT_BATCH = 500;

type ExportInput = AuditExportBody & { exportKeys: string[]; requestedBy: Actor };

/** Shanghai calendar day → the UTC instant its midnight falls on. */
const dayStart = (d: string) => new Date(`${d}T00:00:00+08:00`);
const nextDay = (d: string) => new Date(dayStart(d).getTime() + 86_400_000);

export function createAuditService(app: FastifyInstance) {
  const service = {
    async list(
      actor: Actor,
      q: AuditQuery & { sort?: string | undefined },
      paging: { page: number; pageSize: number },
    ): Promise<{ items: AuditItem[]; total: number }> {
      const { items, total } = await findAudit(
        app.db,
        {
          actor: q.actor,
          action: q.action,
          entity: q.entity,
          entityId: q.entityId,
          from: q.from ? dayStart(q.from) : undefined,
          to: q.to ? nextDay(q.to) : undefined,
          regions: actor.regions,
        },
        pageWindow(paging.page, paging.pageSize),
        q.sort,
      );
      return {
        total,
        items: items.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          actorType: r.actorType,
          actorId: r.actorId,
          actorName: r.actorName,
          action: r.action,
          entity: r.entity,
          entityId: r.entityId,
          regionCode: r.regionCode,
          requestId: r.requestId,
          before: r.before,
          after: r.after,
        })),
      };
    },
  };

  /** The export job: pages through the trail, reporting progress, then writes one file. */
  app.jobs.register<ExportInput>(AUDIT_EXPORT_JOB, async ({ input, progress, saveFile }) => {
    const columns = parseColumns(input.columns, input.exportKeys);
    const rows: AuditItem[] = [];
    for (let page = 1; ; page++) {
      const { items, total } = await service.list(input.requestedBy, input, {
        page,
        pageSize: EXPORT_BATCH,
      });
      rows.push(...items);
      await progress(rows.length, total, `已导出 ${rows.length} / ${total} 条`);
      if (rows.length >= total || items.length === 0) break;
    }
    const title = input.title ?? '审计日志';
    const doc = { title, columns, rows };
    const file =
      input.format === 'pdf'
        ? await renderTablePdf(doc, app.clock.now().toISOString())
        : await writeTableXlsx(doc);
    await saveFile(`${title}.${input.format}`, file);
    return { message: `共导出 ${rows.length} 条` };
  });
  return service;
}
