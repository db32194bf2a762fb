import type { BatchConfirmBody, BatchRow, JobItem } from '@yibao/contracts';
import { maskCertNo, pageWindow } from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../plugins/context';
import { AppError, conflict, invalid, notFound } from '../../plugins/errors';
import { readTableXlsx, writeTableXlsx, type SheetRow } from '../documents';
import type { JobContext } from '../jobs';
import {
  abandonRun,
  applicationOf,
  batchLocked,
  claimBatch,
  failBatch,
  findBatch,
  resumeBatch,
  updateBatch,
} from './employee-batch.repository';

/**
 * 批量模式's machinery, whatever the batch holds (单位职工, 城乡居民, 特殊身份): the template, the
 * sheet read, the rows of the check, 确认导入 once, and the job that files the batch's 办件 and
 * writes the result file. Each kind brings its columns, its check and its business.
 */

/** A row of a batch as stored: the payload to import, or why not (null). */
export interface StoredBatchRow {
  rowNumber: number;
  certNo: string;
  name: string;
  message: string | null;
  payload: object | null;
  /** once imported: the person's 个人编号 */
  personNo?: string;
}

export interface BatchKind {
  /** the business the batch files, and registry_batches.kind */
  kind: string;
  /** the job queue's name */
  job: string;
  /** 单位职工新参保 …: the template's and the result file's title */
  title: string;
  columns: readonly { key: string; title: string }[];
  /** the job's name in 后台任务, for the number of good rows */
  jobTitle: (good: number) => string;
}

type Progress = JobContext<unknown>['progress'];
type StoredBatch = NonNullable<Awaited<ReturnType<typeof findBatch>>>;

interface BatchJobInput {
  batchId: number;
  paperItems: string[];
  actor: Actor;
}

const MAX_ROWS = 20_000;
/** a run that started this long ago and holds no lock on its batch was stopped with its process */
const ABANDONED_AFTER_MS = 60_000;

export const batchRowOf = (r: StoredBatchRow): BatchRow => ({
  rowNumber: r.rowNumber,
  // masked as lists are (DESIGN); the result file the operator downloads has the full numbers
  certNo: maskCertNo(r.certNo),
  name: r.name,
  ok: r.payload !== null,
  message: r.message ?? '',
  personNo: r.personNo ?? null,
});

export function createBatchImport(app: FastifyInstance, spec: BatchKind) {
  const columns = spec.columns.map((c) => ({ key: c.key, title: c.title }));

  /** The operator's own batch of this kind; nobody else's exists for them. */
  async function own(request: FastifyRequest, id: number) {
    const batch = await findBatch(app.db, id);
    if (!batch || batch.kind !== spec.kind || batch.createdById !== request.actor.id) {
      throw notFound('批量数据不存在');
    }
    return batch;
  }

  /** Files the batch's 办件 (its business writes the good rows), or finds the one filed. */
  async function filed(input: BatchJobInput, runId: number, progress: Progress) {
    // 重试 in 后台任务 of this run after a failure: the import runs again as this run
    await resumeBatch(app.db, input.batchId, runId);
    const requester = { actor: input.actor, signInMethod: null };
    const before = await findBatch(app.db, input.batchId);
    // written already, and the run failed afterwards (the result file): only the file again
    if (before?.status === 'done' && before.applicationId !== null) {
      const done = await applicationOf(app.db, before.applicationId);
      if (done) return done;
    }
    try {
      return await app.applications.submit(
        requester,
        {
          businessCode: spec.kind,
          channel: 'window',
          payload: { batchId: input.batchId },
          materialIds: [],
          paperItems: input.paperItems,
        },
        { progress: (done, total) => progress(done, total, `已导入 ${done} / ${total} 人`) },
      );
    } catch (err) {
      await failBatch(app.db, input.batchId);
      if (err instanceof AppError) throw err;
      // the database's own words name the rows' data: 后台任务 and the page say what it means
      app.log.error({ err, batchId: input.batchId }, 'batch import failed');
      throw new Error('导入时写入数据出错');
    }
  }

  app.jobs.register<BatchJobInput>(spec.job, async ({ runId, input, progress, saveFile }) => {
    const detail = await filed(input, runId, progress);
    const batch = await findBatch(app.db, input.batchId);
    const rows = (batch?.rows ?? []) as StoredBatchRow[];
    // the import re-checks against the registry: a row still holding its payload was written
    await saveFile(
      '导入结果.xlsx',
      await writeTableXlsx({
        title: `${spec.title}导入结果`,
        columns: [
          { key: 'rowNumber', title: '行号' },
          ...columns.slice(0, 3),
          { key: 'result', title: '导入结果' },
          { key: 'personNo', title: '个人编号' },
        ],
        rows: rows.map((r) => ({
          ...r,
          certType: (r.payload as { certType?: string } | null)?.certType ?? '',
          result: r.payload ? '导入成功' : r.message,
          personNo: r.personNo ?? '',
        })),
      }),
    );
    return {
      message: `导入成功 ${batch?.good ?? 0} 人，未导入 ${batch?.bad ?? 0} 人；办件 ${detail.applicationNo}`,
      result: { applicationId: detail.id },
    };
  });

  /**
   * Whether a batch seen importing was left by a stopped process: its run failed, or it has
   * been running a while and no import transaction holds the batch.
   */
  async function abandoned(request: FastifyRequest, batch: StoredBatch) {
    if (batch.jobRunId === null) return false;
    const run = await app.jobs.get(request.actor, batch.jobRunId);
    if (run.status === 'failed') return true;
    if (run.status !== 'running' || !run.startedAt) return false;
    if (app.clock.now().getTime() - run.startedAt.getTime() < ABANDONED_AFTER_MS) return false;
    if (await batchLocked(app.db, batch.id)) return false;
    // the stopped run will not finish: 后台任务 shows it failed, not running for ever
    await abandonRun(app.db, run.id, app.clock.now());
    return true;
  }

  return {
    template: () => writeTableXlsx({ title: `${spec.title}批量导入模板`, columns, rows: [] }),

    /** The filled-in template's rows, or why the file cannot be read. */
    async readSheet(bytes: Buffer): Promise<SheetRow[]> {
      let sheet: Awaited<ReturnType<typeof readTableXlsx>>;
      try {
        sheet = await readTableXlsx(bytes, columns);
      } catch {
        throw invalid('文件不是有效的Excel文件，请使用下载的模板填写', 'file');
      }
      if (sheet.missingColumns.length) {
        throw invalid(`模板缺少列：${sheet.missingColumns.join('、')}`, 'file');
      }
      if (sheet.rows.length === 0) throw invalid('模板中没有人员数据', 'file');
      if (sheet.rows.length > MAX_ROWS) throw invalid(`一次最多导入${MAX_ROWS}人`, 'file');
      return sheet.rows;
    },

    own,

    async rows(
      request: FastifyRequest,
      id: number,
      q: { page: number; pageSize: number; only: 'all' | 'bad' },
    ) {
      const all = ((await own(request, id)).rows as StoredBatchRow[]).map(batchRowOf);
      const picked = q.only === 'bad' ? all.filter((r) => !r.ok) : all;
      const { offset, limit } = pageWindow(q.page, q.pageSize);
      return { items: picked.slice(offset, offset + limit), total: picked.length, ...q };
    },

    /** 确认导入: nothing was written until now; the job writes the good rows. */
    async confirm(request: FastifyRequest, id: number, body: BatchConfirmBody): Promise<JobItem> {
      const batch = await own(request, id);
      if (batch.good === 0) throw conflict('没有校验成功的人员，无法导入');
      if (batch.status === 'done') throw conflict('该批数据已导入');
      // a failed import wrote nothing (its rows and its 办件 are one transaction): confirm again
      if (batch.status === 'importing' && !(await abandoned(request, batch))) {
        throw conflict('该批数据正在导入，请等待导入完成');
      }
      // a second click finds the batch importing already: one import per batch
      if (!(await claimBatch(app.db, batch.id, batch))) throw conflict('该批数据已确认导入');
      let job: JobItem;
      try {
        job = await app.jobs.enqueue(request.actor, spec.job, spec.jobTitle(batch.good), {
          batchId: batch.id,
          paperItems: body.paperItems,
          actor: request.actor,
        } satisfies BatchJobInput);
      } catch (err) {
        await updateBatch(app.db, batch.id, { status: batch.status });
        throw err;
      }
      await updateBatch(app.db, batch.id, { jobRunId: job.id });
      return job;
    },
  };
}
