import type { JobItem } from '@yibao/contracts';
import { pageWindow } from '@yibao/domain';
import type { FastifyInstance } from 'fastify';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import PgBoss from 'pg-boss';
import type { Actor } from '../../plugins/context';
import { conflict, forbidden, notFound } from '../../plugins/errors';
import {
  findRun,
  insertRun,
  listRuns,
  transitionRun,
  updateRun,
  type JobRunRow,
} from './jobs.repository';

const QUEUE = 'yibao-jobs';

export interface JobContext<I> {
  runId: number;
  input: I;
  /** records how far the work is; the page polls it */
  progress(done: number, total: number, message?: string): Promise<void>;
  /** stores a result file for download */
  saveFile(name: string, data: Buffer): Promise<void>;
}
export interface JobOutcome {
  message?: string;
  result?: unknown;
}
export type JobHandler<I = unknown> = (ctx: JobContext<I>) => Promise<JobOutcome | undefined>;

const isAdmin = (a: Actor) => a.type === 'staff' && !!a.regions?.includes('*');

export function toJobItem(r: JobRunRow): JobItem {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    status: r.status as JobItem['status'],
    progress:
      r.status === 'succeeded'
        ? 100
        : r.total > 0
          ? Math.min(99, Math.floor((r.done * 100) / r.total))
          : 0,
    done: r.done,
    total: r.total,
    message: r.message,
    resultUrl: r.resultFile && r.status === 'succeeded' ? `/api/jobs/${r.id}/result` : null,
    createdAt: r.createdAt.toISOString(),
    finishedAt: r.finishedAt ? r.finishedAt.toISOString() : null,
  };
}

/**
 * Background work on pg-boss: a job_runs row carries what a person sees (status, progress,
 * message, result file); pg-boss carries the delivery. Handlers register by kind.
 */
export function createJobRunner(app: FastifyInstance, databaseUrl: string) {
  const handlers = new Map<string, JobHandler<never>>();
  const boss = new PgBoss({ connectionString: databaseUrl, max: 3 });
  boss.on('error', (err) => app.log.error({ err }, 'pg-boss error'));
  const filesDir = path.join(app.config.dataDir, 'jobs');

  async function run(runId: number) {
    const row = await findRun(app.db, runId);
    if (!row) return;
    const handler = handlers.get(row.kind);
    const started = await transitionRun(app.db, runId, 'queued', {
      status: 'running',
      startedAt: app.clock.now(),
      attempts: row.attempts + 1,
      message: '',
    });
    if (!started || !handler) return;
    const ctx: JobContext<never> = {
      runId,
      input: row.input as never,
      progress: (done, total, message) =>
        updateRun(app.db, runId, { done, total, ...(message ? { message } : {}) }),
      saveFile: async (name, data) => {
        const dir = path.join(filesDir, String(runId));
        await mkdir(dir, { recursive: true });
        await writeFile(path.join(dir, path.basename(name)), data);
        await updateRun(app.db, runId, { resultFile: path.basename(name) });
      },
    };
    try {
      const out = (await handler(ctx)) ?? {};
      await updateRun(app.db, runId, {
        status: 'succeeded',
        finishedAt: app.clock.now(),
        message: out.message ?? '已完成',
        result: out.result ?? null,
      });
    } catch (err) {
      app.log.error({ err, runId }, 'job failed');
      const message =
        err instanceof Error && /[\u4e00-\u9fa5]/.test(err.message)
          ? err.message
          : '任务执行失败，请重试';
      await updateRun(app.db, runId, { status: 'failed', finishedAt: app.clock.now(), message });
    }
  }

  return {
    register<I>(kind: string, handler: JobHandler<I>) {
      handlers.set(kind, handler as JobHandler<never>);
    },
    async start() {
      await boss.start();
      await boss.createQueue(QUEUE);
      await boss.work<{ runId: number }>(QUEUE, { pollingIntervalSeconds: 0.5 }, async (jobs) => {
        for (const job of jobs) await run(job.data.runId);
      });
    },
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),

    async enqueue(actor: Actor, kind: string, title: string, input: unknown): Promise<JobItem> {
      if (!handlers.has(kind)) throw new Error(`unknown job kind ${kind}`);
      const row = await insertRun(app.db, {
        kind,
        title,
        input,
        ownerType: actor.type,
        ownerId: actor.id,
      });
      await boss.send(QUEUE, { runId: row.id });
      return toJobItem(row);
    },

    async get(actor: Actor, id: number): Promise<JobRunRow> {
      const row = await findRun(app.db, id);
      if (!row) throw notFound('任务不存在');
      if (!isAdmin(actor) && !(row.ownerType === actor.type && row.ownerId === actor.id))
        throw forbidden('无权查看此任务');
      return row;
    },

    async list(actor: Actor, page: number, pageSize: number) {
      const { items, total } = await listRuns(
        app.db,
        isAdmin(actor) ? null : { type: actor.type, id: actor.id },
        pageWindow(page, pageSize),
      );
      return { items: items.map(toJobItem), total };
    },

    async retry(actor: Actor, id: number): Promise<JobItem> {
      const row = await this.get(actor, id);
      const again = await transitionRun(app.db, row.id, 'failed', {
        status: 'queued',
        done: 0,
        message: '',
        finishedAt: null,
      });
      if (!again) throw conflict('只有失败的任务可以重试');
      await boss.send(QUEUE, { runId: row.id });
      return toJobItem({ ...row, status: 'queued', done: 0, message: '', finishedAt: null });
    },

    resultPath: (row: JobRunRow) =>
      row.resultFile ? path.join(filesDir, String(row.id), row.resultFile) : null,
  };
}
export type JobRunner = ReturnType<typeof createJobRunner>;
