import { orderBy } from '../../lib/sort';
import {
  and,
  auditLog,
  count,
  desc,
  eq,
  gte,
  ilike,
  inArray,
  lt,
  or,
  type Executor,
  type SQL,
} from '@yibao/db';

export interface AuditFilter {
  actor?: string | undefined;
  action?: string | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  /** inclusive lower and exclusive upper instants */
  from?: Date | undefined;
  to?: Date | undefined;
  regions?: string[] | undefined;
}

const where = (f: AuditFilter): SQL | undefined =>
  and(
    f.actor
      ? or(ilike(auditLog.actorName, `%${f.actor}%`), eq(auditLog.actorId, f.actor))
      : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.entity ? eq(auditLog.entity, f.entity) : undefined,
    f.entityId ? eq(auditLog.entityId, f.entityId) : undefined,
    f.from ? gte(auditLog.at, f.from) : undefined,
    f.to ? lt(auditLog.at, f.to) : undefined,
    f.regions && !f.regions.includes('*') ? inArray(auditLog.regionCode, f.regions) : undefined,
  );

export async function findAudit(
  db: Executor,
  filter: AuditFilter,
  paging: { offset: number; limit: number },
  sort?: string,
) {
  const cond = where(filter);
  const order = orderBy(
    sort,
    { at: auditLog.at, action: auditLog.action, entity: auditLog.entity },
    [desc(auditLog.at), desc(auditLog.id)],
  );
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(cond)
      .orderBy(...order)
      .offset(paging.offset)
      .limit(paging.limit),
    db.select({ n: count() }).from(auditLog).where(cond),
  ]);
  return { items, total: total?.n ?? 0 };
}
