import { auditLog, type Database, type Tx } from '@yibao/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor } from './context';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number | null;
  regionCode?: string | null;
  before?: unknown;
  after?: unknown;
}
export type Audit = ((entry: AuditEntry) => Promise<void>) & {
  /** several rows in one statement, for writes that touch many entities at once */
  many(entries: AuditEntry[]): Promise<void>;
};

export interface WriteContext {
  actor: Actor;
  requestId?: string;
  ip?: string;
}

/**
 * Runs a use case in one transaction together with its audit rows: either the write and its
 * audit both commit or neither does.
 */
export async function writeWithAudit<T>(
  db: Database,
  now: () => Date,
  ctx: WriteContext,
  work: (tx: Tx, audit: Audit) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const rowOf = (entry: AuditEntry, at: Date) => ({
      at,
      actorType: ctx.actor.type,
      actorId: ctx.actor.id,
      actorName: ctx.actor.name,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      regionCode: entry.regionCode ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
      requestId: ctx.requestId ?? null,
      ip: ctx.ip ?? null,
    });
    const audit: Audit = Object.assign(
      async (entry: AuditEntry) => {
        await tx.insert(auditLog).values(rowOf(entry, now()));
      },
      {
        async many(entries: AuditEntry[]) {
          if (entries.length === 0) return;
          const at = now();
          await tx.insert(auditLog).values(entries.map((e) => rowOf(e, at)));
        },
      },
    );
    return work(tx, audit);
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    /** One transaction with its audit rows, on behalf of the request's actor. */
    write<T>(
      request: FastifyRequest | WriteContext,
      work: (tx: Tx, audit: Audit) => Promise<T>,
    ): Promise<T>;
  }
}

const contextOf = (r: FastifyRequest | WriteContext): WriteContext =>
  'raw' in r ? { actor: r.actor, requestId: r.id, ip: r.ip } : r;

export const auditPlugin = fp(async (app: FastifyInstance) => {
  app.decorate('write', function write<
    T,
  >(request: FastifyRequest | WriteContext, work: (tx: Tx, audit: Audit) => Promise<T>) {
    return writeWithAudit(app.db, () => app.clock.now(), contextOf(request), work);
  });
});
