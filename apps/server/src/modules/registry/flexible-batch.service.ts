import { FLEXIBLE_BATCH_COLUMNS, type EmployeeBatch } from '@yibao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { conflict, invalid } from '../../plugins/errors';
import { inStaffScope } from '../applications';
import { createBatchImport } from './batch-import';
import { insertBatch, type BatchRow as StoredBatch } from './employee-batch.repository';
import { isFlexibleAgency } from './flexible-agency';
import { FLEXIBLE_BATCH } from './flexible-batch.business';
import { checkFlexibleRows } from './flexible-batch.check';
import { findUnitById, findUnitByNo } from './units.repository';

export const FLEXIBLE_BATCH_JOB = 'registry.flexible-enrolment-batch';

/**
 * 批量模式 of 灵活就业人员新参保/续保 (002 十二 (四)) on the employee batch's machinery: the agency
 * by 单位编号, every row checked by the single business's rules, the confirmed import.
 */
export function createFlexibleBatchService(app: FastifyInstance) {
  const batches = createBatchImport(app, {
    kind: FLEXIBLE_BATCH,
    job: FLEXIBLE_BATCH_JOB,
    title: '灵活就业人员新参保',
    columns: FLEXIBLE_BATCH_COLUMNS,
    jobTitle: (good) => `灵活就业人员批量参保（${good}人）`,
  });

  async function view(batch: StoredBatch): Promise<EmployeeBatch> {
    const unit = batch.unitId ? await findUnitById(app.db, batch.unitId) : null;
    return {
      id: batch.id,
      unitNo: unit?.unitNo ?? '',
      unitName: unit?.name ?? '',
      fileName: batch.fileName,
      status: batch.status as EmployeeBatch['status'],
      total: batch.total,
      good: batch.good,
      bad: batch.bad,
      applicationId: batch.applicationId,
      jobId: batch.jobRunId,
      createdAt: batch.createdAt.toISOString(),
    };
  }

  return {
    template: batches.template,

    /**
     * Reads and checks every row, in one transaction with its audit row; stores the outcome
     * until the operator confirms. Nothing of the registry is written.
     */
    async check(
      request: FastifyRequest,
      input: { unitNo: string; fileName: string; bytes: Buffer },
    ): Promise<EmployeeBatch> {
      const unit = input.unitNo ? await findUnitByNo(app.db, input.unitNo.trim()) : null;
      if (!unit || !inStaffScope(request.actor, unit.regionCode)) {
        throw invalid('未找到该单位编号的单位', 'unitNo');
      }
      if (unit.status !== '正常') throw conflict('该单位已注销', 'unitNo');
      if (!isFlexibleAgency(unit)) {
        throw conflict('该单位不是灵活就业代管机构，不能办理灵活就业人员参保', 'unitNo');
      }
      const sheet = await batches.readSheet(input.bytes);
      const batch = await app.write(request, async (tx, audit) => {
        const ctx = {
          app,
          tx,
          audit,
          actor: request.actor,
          signInMethod: request.signInMethod,
          now: app.clock.now(),
        };
        const rows = await checkFlexibleRows(ctx, sheet, unit.unitNo);
        const good = rows.filter((r) => r.payload).length;
        const stored = await insertBatch(tx, {
          kind: FLEXIBLE_BATCH,
          unitId: unit.id,
          regionCode: unit.regionCode,
          createdByType: request.actor.type,
          createdById: request.actor.id ?? '',
          fileName: input.fileName.slice(0, 200),
          total: rows.length,
          good,
          bad: rows.length - good,
          rows,
        });
        await audit({
          action: 'check',
          entity: 'registry_batch',
          entityId: stored.id,
          regionCode: unit.regionCode,
          after: { kind: FLEXIBLE_BATCH, unitId: unit.id, total: rows.length, good },
        });
        return stored;
      });
      return view(batch);
    },

    async get(request: FastifyRequest, id: number) {
      return view(await batches.own(request, id));
    },

    rows: batches.rows,
    confirm: batches.confirm,
  };
}

export type FlexibleBatchService = ReturnType<typeof createFlexibleBatchService>;
