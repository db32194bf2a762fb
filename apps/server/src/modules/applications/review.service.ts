import type { QueueCount, QueueQuery } from '@yibao/contracts';
import { beijingDateOf, levelName, pageWindow, type ReviewPolicy } from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { conflict, forbidden, notFound } from '../../plugins/errors';
import { inStaffScope, staffRegions } from './access';
import type { BusinessRegistry } from './business';
import {
  findApplicationPage,
  insertStep,
  lockApplication,
  queueCounts,
  updateApplication,
  type ApplicationFilter,
  type ApplicationRow,
} from './applications.repository';
import type { ApplicationsService } from './applications.service';
import { applicationItemOf } from './views';
import { advance } from './workflow';

const WAITING = ['submitted', 'in-review', 'applied'];

/** The window console's side: the work queue, claiming, and 审核 (approve, reject, return). */
export function createReviewService(
  app: FastifyInstance,
  registry: BusinessRegistry,
  applications: ApplicationsService,
) {
  const now = () => app.clock.now();
  const today = () => beijingDateOf(now());

  /** Locks the application and checks the staff member may work on it now. */
  async function lockForStaff(
    request: FastifyRequest,
    tx: Parameters<typeof lockApplication>[0],
    id: number,
  ) {
    const row = await lockApplication(tx, id);
    if (!row || !inStaffScope(request.actor, row.regionCode)) throw notFound('办件不存在');
    if (!WAITING.includes(row.status)) throw conflict('该办件已办结，不能再审核');
    return row;
  }

  const claimedByOther = (request: FastifyRequest, row: ApplicationRow) =>
    row.claimedBy !== null && String(row.claimedBy) !== request.actor.id;

  async function review(
    request: FastifyRequest,
    id: number,
    type: 'approve' | 'reject' | 'return',
    comment: string | null,
  ) {
    await app.write(request, async (tx, audit) => {
      const row = await lockForStaff(request, tx, id);
      if (claimedByOther(request, row)) throw conflict('该办件已由其他经办人员领取');
      const business = registry.get(row.businessCode);
      if (!business) throw notFound('业务类型不存在');
      const ctx = {
        app,
        tx,
        audit,
        actor: request.actor,
        signInMethod: request.signInMethod,
        now: now(),
      };
      await advance(
        ctx,
        business,
        row,
        { type, reviewer: request.actor.id ?? '' },
        {
          action: type,
          comment,
        },
      );
    });
    return applications.detail(request, id);
  }

  async function setClaim(request: FastifyRequest, id: number, claim: boolean) {
    await app.write(request, async (tx, audit) => {
      const row = await lockForStaff(request, tx, id);
      if (claim && row.claimedBy !== null) {
        if (!claimedByOther(request, row)) return;
        throw conflict('该办件已由其他经办人员领取');
      }
      if (!claim && claimedByOther(request, row)) throw forbidden('只能释放自己领取的办件');
      if (!claim && row.claimedBy === null) return;
      const at = now();
      await updateApplication(tx, row.id, {
        claimedBy: claim ? Number(request.actor.id) : null,
        claimedAt: claim ? at : null,
        updatedAt: at,
      });
      await insertStep(tx, {
        applicationId: row.id,
        action: claim ? 'claim' : 'release',
        fromStatus: row.status,
        toStatus: row.status,
        level: null,
        actorType: request.actor.type,
        actorId: request.actor.id,
        actorName: request.actor.name,
        comment: null,
        at,
      });
      await audit({
        action: claim ? 'application.claim' : 'application.release',
        entity: 'application',
        entityId: row.id,
        regionCode: row.regionCode,
      });
    });
    return applications.detail(request, id);
  }

  return {
    async queue(request: FastifyRequest, q: QueueQuery, page: number, pageSize: number) {
      const regions = staffRegions(request.actor);
      const day = today();
      const filter: ApplicationFilter = {
        regions: q.regionCode
          ? regions === null || regions.includes(q.regionCode)
            ? [q.regionCode]
            : []
          : regions,
        waiting: true,
      };
      if (q.businessCode) filter.businessCodes = [q.businessCode];
      if (q.level) filter.level = q.level;
      if (q.claim === 'mine') filter.claimedBy = Number(request.actor.id);
      if (q.claim === 'unclaimed') filter.claimedBy = null;
      if (q.due === 'overdue') filter.dueBefore = day;
      if (q.due === 'today') filter.dueOn = day;
      const { items, total } = await findApplicationPage(
        app.db,
        filter,
        pageWindow(page, pageSize),
        'due',
      );
      return {
        items: items.map((r) =>
          applicationItemOf(
            r.application,
            r.claimedByName,
            registry.get(r.application.businessCode)?.name ?? r.application.businessCode,
            day,
          ),
        ),
        total,
      };
    },

    async counts(request: FastifyRequest): Promise<QueueCount[]> {
      const rows = await queueCounts(app.db, staffRegions(request.actor), today());
      // the same level of one business may come from rows of different policies over time
      const merged = new Map<string, QueueCount>();
      for (const r of rows) {
        const level = r.levelsPassed + 1;
        const key = `${r.businessCode}:${level}`;
        const seen = merged.get(key);
        if (seen) {
          seen.waiting += r.waiting;
          seen.overdue += r.overdue;
          seen.dueToday += r.dueToday;
          continue;
        }
        merged.set(key, {
          businessCode: r.businessCode,
          businessName: registry.get(r.businessCode)?.name ?? r.businessCode,
          level,
          levelName: levelName(r.reviewPolicy as ReviewPolicy, level),
          waiting: r.waiting,
          overdue: r.overdue,
          dueToday: r.dueToday,
        });
      }
      return [...merged.values()];
    },

    claim: (request: FastifyRequest, id: number) => setClaim(request, id, true),
    release: (request: FastifyRequest, id: number) => setClaim(request, id, false),
    approve: (request: FastifyRequest, id: number, comment: string | null) =>
      review(request, id, 'approve', comment),
    reject: (request: FastifyRequest, id: number, reason: string) =>
      review(request, id, 'reject', reason),
    return: (request: FastifyRequest, id: number, reason: string) =>
      review(request, id, 'return', reason),
  };
}
