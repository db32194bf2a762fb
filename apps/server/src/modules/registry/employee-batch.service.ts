import {
  EMPLOYEE_BATCH_COLUMNS,
  type BatchConfirmBody,
  type BatchRow,
  type EmployeeBatch,
  type JobItem,
} from '@yibao/contracts';
import { maskCertNo, pageWindow } from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../plugins/context';
import { conflict, invalid, notFound } from '../../plugins/errors';
import { inStaffScope } from '../applications';
import { readTableXlsx, writeTableXlsx } from '../documents';
import { EMPLOYEE_BATCH } from './employee-batch.business';
import { checkEmployeeRows, type CheckedRow } from './employee-batch.check';
import {
  claimBatch,
  failBatch,
  findBatch,
  insertBatch,
  updateBatch,
  type BatchRow as StoredBatch,
} from './employee-batch.repository';
import { findUnitById, findUnitByNo } from './units.repository';

export const EMPLOYEE_BATCH_JOB = 'registry.employee-batch';
const MAX_ROWS = 20_000;
const columns = EMPLOYEE_BATCH_COLUMNS.map((c) => ({ key: c.key, title: c.title }));

interface BatchJobInput {
  batchId: number;
  paperItems: string[];
  actor: Actor;
}

const rowOf = (r: CheckedRow): BatchRow => ({
  rowNumber: r.rowNumber,
  // masked as lists are (DESIGN); the result file the operator downloads has the full numbers
  certNo: maskCertNo(r.certNo),
  name: r.name,
  ok: r.payload !== null,
  message: r.message ?? '',
  personNo: r.personNo ?? null,
});

/** 批量模式 of 单位职工新参保/续保: the template, the check, the rows, the confirmed import. */
export function createEmployeeBatchService(app: FastifyInstance) {
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

  /** The operator's own batch; nobody else's exists for them. */
  async function own(request: FastifyRequest, id: number) {
    const batch = await findBatch(app.db, id);
    if (!batch || batch.kind !== EMPLOYEE_BATCH || batch.createdById !== request.actor.id) {
      throw notFound('批量数据不存在');
    }
    return batch;
  }

  app.jobs.register<BatchJobInput>(EMPLOYEE_BATCH_JOB, async ({ input, progress, saveFile }) => {
    try {
      const detail = await app.applications.submit(
        { actor: input.actor, signInMethod: null },
        {
          businessCode: EMPLOYEE_BATCH,
          channel: 'window',
          payload: { batchId: input.batchId },
          materialIds: [],
          paperItems: input.paperItems,
        },
        { progress: (done, total) => progress(done, total, `已导入 ${done} / ${total} 人`) },
      );
      const batch = await findBatch(app.db, input.batchId);
      const rows = (batch?.rows ?? []) as CheckedRow[];
      await saveFile(
        '导入结果.xlsx',
        await writeTableXlsx({
          title: '单位职工新参保导入结果',
          columns: [
            { key: 'rowNumber', title: '行号' },
            ...columns.slice(0, 3),
            { key: 'result', title: '导入结果' },
            { key: 'personNo', title: '个人编号' },
          ],
          rows: rows.map((r) => ({
            ...r,
            certType: r.payload?.certType ?? '',
            result: r.enrolmentId ? '导入成功' : r.message,
            personNo: r.personNo ?? '',
          })),
        }),
      );
      return {
        message: `导入成功 ${batch?.good ?? 0} 人，未导入 ${batch?.bad ?? 0} 人；办件 ${detail.applicationNo}`,
        result: { applicationId: detail.id },
      };
    } catch (err) {
      await failBatch(app.db, input.batchId);
      throw err;
    }
  });

  return {
    template: () => writeTableXlsx({ title: '单位职工新参保批量导入模板', columns, rows: [] }),

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
      let sheet: Awaited<ReturnType<typeof readTableXlsx>>;
      try {
        sheet = await readTableXlsx(input.bytes, columns);
      } catch {
        throw invalid('文件不是有效的Excel文件，请使用下载的模板填写', 'file');
      }
      if (sheet.missingColumns.length) {
        throw invalid(`模板缺少列：${sheet.missingColumns.join('、')}`, 'file');
      }
      if (sheet.rows.length === 0) throw invalid('模板中没有人员数据', 'file');
      if (sheet.rows.length > MAX_ROWS) throw invalid(`一次最多导入${MAX_ROWS}人`, 'file');
      const rows = await checkEmployeeRows(app.db, sheet.rows, app.clock.now());
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
      return view(await own(request, id));
    },

    async rows(
      request: FastifyRequest,
      id: number,
      q: { page: number; pageSize: number; only: 'all' | 'bad' },
    ) {
      const all = ((await own(request, id)).rows as CheckedRow[]).map(rowOf);
      const picked = q.only === 'bad' ? all.filter((r) => !r.ok) : all;
      const { offset, limit } = pageWindow(q.page, q.pageSize);
      return { items: picked.slice(offset, offset + limit), total: picked.length, ...q };
    },

    /** 确认导入: nothing was written until now; the job writes the good rows. */
    async confirm(request: FastifyRequest, id: number, body: BatchConfirmBody): Promise<JobItem> {
      const batch = await own(request, id);
      if (batch.good === 0) throw conflict('没有校验成功的人员，无法导入');
      // a second click finds the batch importing already: one import per batch
      if (!(await claimBatch(app.db, batch.id))) throw conflict('该批数据已确认导入');
      let job: JobItem;
      try {
        job = await app.jobs.enqueue(
          request.actor,
          EMPLOYEE_BATCH_JOB,
          `单位职工批量新参保（${batch.good}人）`,
          {
            batchId: batch.id,
            paperItems: body.paperItems,
            actor: request.actor,
          } satisfies BatchJobInput,
        );
      } catch (err) {
        await updateBatch(app.db, batch.id, { status: 'checked' });
        throw err;
      }
      await updateBatch(app.db, batch.id, { jobRunId: job.id });
      return job;
    },
  };
}

export type EmployeeBatchService = ReturnType<typeof createEmployeeBatchService>;
