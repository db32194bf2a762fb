import {
  auditExportBody,
  auditItem,
  auditQuery,
  exportQuery,
  jobItem,
  pageOf,
  pageQuery,
} from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireRight } from '../../plugins/session';
import { parseColumns, replyList } from '../documents';
import { AUDIT_EXPORT_JOB, createAuditService } from './audit.service';

const exportKeys = [
  'at',
  'actorName',
  'actorType',
  'action',
  'entity',
  'entityId',
  'regionCode',
  'requestId',
] as const;

export async function auditRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const service = createAuditService(fastify);
  fastify.rights.declare('audit', [{ code: 'audit.read', name: '审计日志查询与导出' }]);
  app.get(
    '/api/audit',
    {
      preValidation: requireRight('audit.read'),
      schema: {
        tags: ['platform'],
        summary: '审计日志查询（打印/导出：format=pdf|xlsx）',
        querystring: pageQuery.extend(auditQuery.shape).extend(exportQuery.shape),
        response: { 200: pageOf(auditItem) },
      },
    },
    async (request, reply) =>
      replyList(reply, request.query, {
        title: '审计日志',
        exportKeys: [...exportKeys],
        printedAt: fastify.clock.now().toISOString(),
        fetch: (paging) => service.list(request.actor, request.query, paging),
      }),
  );

  app.post(
    '/api/audit/exports',
    {
      preValidation: requireRight('audit.read'),
      schema: {
        tags: ['platform'],
        summary: '审计日志后台导出（大量数据）',
        body: auditExportBody,
        response: { 200: jobItem },
      },
    },
    async (request) => {
      // reject unknown columns now, not in the background
      parseColumns(request.body.columns, [...exportKeys]);
      return fastify.jobs.enqueue(
        request.actor,
        AUDIT_EXPORT_JOB,
        request.body.title ?? '审计日志导出',
        {
          ...request.body,
          exportKeys,
          requestedBy: request.actor,
        },
      );
    },
  );
}
