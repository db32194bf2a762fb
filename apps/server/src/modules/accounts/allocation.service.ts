import type { AllocationRequest } from '@yibao/contracts';
import { periodOf } from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WriteContext } from '../../plugins/audit';
import { forbidden, invalid } from '../../plugins/errors';
import { inStaffScope } from '../applications';
import { accountIdRange, allocateChunk, lockAllocationRun } from './allocation.repository';

export const ALLOCATE_RIGHT = { code: 'account.allocate', name: '个人账户划入' };
const JOB = 'account-allocation';
/** Accounts per transaction: short locks, visible progress. */
const CHUNK_IDS = 5_000;

interface AllocationInput extends AllocationRequest {
  actor: WriteContext['actor'];
}

/**
 * The monthly 个人账户划入 as a job: region by region, in chunks of accounts, each chunk one
 * transaction. Every account is credited once a month however often the job runs.
 */
export function createAllocationService(app: FastifyInstance) {
  app.jobs.register<AllocationInput>(JOB, async (ctx) => {
    const { regionCode, period, actor } = ctx.input;
    const { maxId } = await app.db.transaction((tx) => accountIdRange(tx, regionCode));
    let credited = 0;
    let totalFen = 0;
    for (let after = 0; after < maxId; after += CHUNK_IDS) {
      const chunk = await app.db.transaction(async (tx) => {
        await lockAllocationRun(tx, regionCode, period);
        return allocateChunk(
          tx,
          { actor },
          {
            regionCode,
            period,
            afterId: after,
            uptoId: Math.min(after + CHUNK_IDS, maxId),
            at: app.clock.now(),
          },
        );
      });
      credited += chunk.credited;
      totalFen += chunk.totalFen;
      await ctx.progress(Math.min(after + CHUNK_IDS, maxId), maxId);
    }
    return {
      message: `已划入 ${credited} 个账户，共 ${(totalFen / 100).toFixed(2)} 元`,
      result: { credited, totalFen },
    };
  });

  return {
    async start(request: FastifyRequest, body: AllocationRequest) {
      if (!inStaffScope(request.actor, body.regionCode)) throw forbidden('无权办理该统筹区的业务');
      if (body.period > periodOf(app.clock.now())) throw invalid('不能划入未来月份', 'period');
      return app.jobs.enqueue(
        request.actor,
        JOB,
        `个人账户划入 ${body.regionCode} ${body.period}`,
        { ...body, actor: request.actor } satisfies AllocationInput,
      );
    },
  };
}
export type AllocationService = ReturnType<typeof createAllocationService>;
