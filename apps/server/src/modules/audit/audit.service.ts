import type { AuditItem, AuditQuery } from '@yibao/contracts';
import { pageWindow } from '@yibao/domain';
import type { FastifyInstance } from 'fastify';
import type { Actor } from '../../plugins/context';
import { findAudit } from './audit.repository';

/** Shanghai calendar day → the UTC instant its midnight falls on. */
const dayStart = (d: string) => new Date(`${d}T00:00:00+08:00`);
const nextDay = (d: string) => new Date(dayStart(d).getTime() + 86_400_000);

export function createAuditService(app: FastifyInstance) {
  return {
    async list(
      actor: Actor,
      q: AuditQuery,
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
}
