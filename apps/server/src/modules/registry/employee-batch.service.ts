import { EMPLOYEE_BATCH_COLUMNS, type EmployeeBatch } from '@yibao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { conflict, invalid } from '../../plugins/errors';
import { inStaffScope } from '../applications';
import { createBatchImport } from './batch-import';
import { EMPLOYEE_BATCH } from './employee-batch.business';
import { checkEmployeeRows } from './employee-batch.check';
import { insertBatch, type BatchRow as StoredBatch } from './employee-batch.repository';
import { findUnitById, findUnitByNo } from './units.repository';

export const EMPLOYEE_BATCH_JOB = 'registry.employee-batch';

/** 批量模式 of 单位职工新参保/续保: the template, the check, the rows, the confirmed import. */
export function createEmployeeBatchService(app: FastifyInstance) {
  const batches = createBatchImport(app, {
    kind: EMPLOYEE_BATCH,
    job: EMPLOYEE_BATCH_JOB,
    title: '单位职工新参保',
    columns: EMPLOYEE_BATCH_COLUMNS,
    jobTitle: (good) => `单位职工批量新参保（${good}人）`,
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

    /** Reads and checks every row; stores the outcome until the operator confirms. */
    async check(
      request: FastifyRequest,
      input: { unitNo: string; fileName: string; bytes: Buffer },
    ): Promise<EmployeeBatch> {
      const unit = input.unitNo ? await findUnitByNo(app.db, input.unitNo.trim()) : null;
      if (!unit || !inStaffScope(request.actor, unit.regionCode)) {
        throw invalid('未找到该单位编号的单位', 'unitNo');
      }
      if (unit.status !== '正常') throw conflict('该单位已注销', 'unitNo');
      const sheet = await batches.readSheet(input.bytes);
      const rows = await checkEmployeeRows(app.db, sheet, app.clock.now());
      const good = rows.filter((r) => r.payload).length;
      const batch = await insertBatch(app.db, {
        kind: EMPLOYEE_BATCH,
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
      return view(batch);
    },

    async get(request: FastifyRequest, id: number) {
      return view(await batches.own(request, id));
    },

    rows: batches.rows,
    confirm: batches.confirm,
  };
}

export type EmployeeBatchService = ReturnType<typeof createEmployeeBatchService>;
