import { idParam, jobItem, pageOf, pageQuery } from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createReadStream } from 'node:fs';
import { notFound } from '../../plugins/errors';
import { requireSignedIn } from '../../plugins/session';
import { toJobItem } from './jobs.service';

export async function jobsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const jobs = fastify.jobs;
  const tags = ['platform'];

  app.get(
    '/api/jobs',
    {
      preValidation: requireSignedIn,
      schema: {
        tags,
        summary: '后台任务列表',
        querystring: pageQuery,
        response: { 200: pageOf(jobItem) },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      return { ...(await jobs.list(request.actor, page, pageSize)), page, pageSize };
    },
  );
  app.get(
    '/api/jobs/:id',
    {
      preValidation: requireSignedIn,
      schema: { tags, summary: '后台任务进度', params: idParam, response: { 200: jobItem } },
    },
    async (request) => toJobItem(await jobs.get(request.actor, request.params.id)),
  );
  app.post(
    '/api/jobs/:id/retry',
    {
      preValidation: requireSignedIn,
      schema: { tags, summary: '重试失败的任务', params: idParam, response: { 200: jobItem } },
    },
    async (request) => jobs.retry(request.actor, request.params.id),
  );
  app.get(
    '/api/jobs/:id/result',
    { preValidation: requireSignedIn, schema: { tags, summary: '下载任务结果', params: idParam } },
    async (request, reply) => {
      const row = await jobs.get(request.actor, request.params.id);
      const file = row.status === 'succeeded' ? jobs.resultPath(row) : null;
      if (!file || !row.resultFile) throw notFound('任务结果不存在');
      return reply
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(row.resultFile)}`,
        )
        .type(
          row.resultFile.endsWith('.pdf')
            ? 'application/pdf'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        )
        .send(createReadStream(file));
    },
  );
}
