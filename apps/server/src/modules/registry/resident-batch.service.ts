import {
  RESIDENT_BATCH_COLUMNS,
  SPECIAL_IDENTITY_BATCH_COLUMNS,
  type BatchConfirmBody,
  type ResidentBatch,
  type ResidentBatchKind,
} from '@yibao/contracts';
import { eq, regions } from '@yibao/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { invalid, notFound } from '../../plugins/errors';
import { inStaffScope } from '../applications';
import { createBatchImport } from './batch-import';
import { findBatch, insertBatch, type BatchRow as StoredBatch } from './employee-batch.repository';
import { RESIDENT_ENROLMENT_BATCH, SPECIAL_IDENTITY_BATCH } from './resident-batch.business';
import { checkIdentityRows, checkResidentRows } from './resident-batch.check';

/**
 * 批量模式 of 城乡居民新参保/续保 (城乡居民批量参保) and of 城乡居民特殊身份登记 (002 十三 (一)(三)),
 * on the employee batch's machinery: the 医保区划 instead of a unit, each kind's own check.
 */
export function createResidentBatchService(app: FastifyInstance) {
  const kinds = {
    [RESIDENT_ENROLMENT_BATCH]: {
      batches: createBatchImport(app, {
        kind: RESIDENT_ENROLMENT_BATCH,
        job: 'registry.resident-enrolment-batch',
        title: '城乡居民新参保',
        columns: RESIDENT_BATCH_COLUMNS,
        jobTitle: (good) => `城乡居民批量参保（${good}人）`,
      }),
      check: checkResidentRows,
    },
    [SPECIAL_IDENTITY_BATCH]: {
      batches: createBatchImport(app, {
        kind: SPECIAL_IDENTITY_BATCH,
        job: 'registry.special-identity-batch',
        title: '城乡居民特殊身份登记',
        columns: SPECIAL_IDENTITY_BATCH_COLUMNS,
        jobTitle: (good) => `城乡居民特殊身份批量登记（${good}人）`,
      }),
      check: checkIdentityRows,
    },
  } satisfies Record<ResidentBatchKind, unknown>;

  async function view(batch: StoredBatch): Promise<ResidentBatch> {
    const [region] = await app.db
      .select({ name: regions.name })
      .from(regions)
      .where(eq(regions.code, batch.regionCode));
    return {
      id: batch.id,
      kind: batch.kind as ResidentBatchKind,
      regionCode: batch.regionCode,
      regionName: region?.name ?? batch.regionCode,
      fileName: batch.fileName,
      status: batch.status as ResidentBatch['status'],
      total: batch.total,
      good: batch.good,
      bad: batch.bad,
      applicationId: batch.applicationId,
      jobId: batch.jobRunId,
      createdAt: batch.createdAt.toISOString(),
    };
  }

  /** The batch's own kind, for the routes that know only its id. */
  async function kindOf(id: number) {
    const batch = await findBatch(app.db, id);
    const kind =
      batch && Object.hasOwn(kinds, batch.kind) ? (batch.kind as ResidentBatchKind) : null;
    if (!kind) throw notFound('批量数据不存在');
    return kinds[kind].batches;
  }

  return {
    template: (kind: ResidentBatchKind) => kinds[kind].batches.template(),

    /** Reads and checks every row; stores the outcome until the operator confirms. */
    async check(
      request: FastifyRequest,
      input: { kind: ResidentBatchKind; regionCode: string; fileName: string; bytes: Buffer },
    ): Promise<ResidentBatch> {
      const [region] = /^\d{6}$/.test(input.regionCode)
        ? await app.db.select().from(regions).where(eq(regions.code, input.regionCode))
        : [];
      if (!region || !inStaffScope(request.actor, region.code)) {
        throw invalid('请选择医保区划', 'regionCode');
      }
      const kind = kinds[input.kind];
      const sheet = await kind.batches.readSheet(input.bytes);
      const rows = await kind.check(app.db, sheet, region.code, app.clock.now());
      const good = rows.filter((r) => r.payload).length;
      const batch = await insertBatch(app.db, {
        kind: input.kind,
        unitId: null,
        regionCode: region.code,
        createdByType: request.actor.type,
        createdById: request.actor.id ?? '',
        fileName: input.fileName.slice(0, 200),
        total: rows.length,
        good,
        bad: rows.length - good,
        rows,
      });
      return view(batch);
    },

    async get(request: FastifyRequest, id: number) {
      return view(await (await kindOf(id)).own(request, id));
    },

    async rows(
      request: FastifyRequest,
      id: number,
      q: { page: number; pageSize: number; only: 'all' | 'bad' },
    ) {
      return (await kindOf(id)).rows(request, id, q);
    },

    async confirm(request: FastifyRequest, id: number, body: BatchConfirmBody) {
      return (await kindOf(id)).confirm(request, id, body);
    },
  };
}

export type ResidentBatchService = ReturnType<typeof createResidentBatchService>;
