import {
  RESIDENT_BATCH_KINDS,
  batchConfirmBody,
  batchRowsQuery,
  batchRowsReply,
  jobItem,
  residentBatch,
  residentBatchKind,
  type ResidentBatchKind,
} from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invalid } from '../../plugins/errors';
import { requireRight } from '../../plugins/session';
import type { ResidentBatchService } from './resident-batch.service';
import { PERSON_REGISTER_RIGHT } from './window-resident-enrolment.business';

const tags = ['registry'];
const params = z.object({ id: z.coerce.number().int().positive() });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const TEMPLATE_NAMES: Record<ResidentBatchKind, string> = {
  'resident-enrolment-batch': '城乡居民批量参保导入模板.xlsx',
  'special-identity-batch': '城乡居民特殊身份批量登记导入模板.xlsx',
};

/** 城乡居民批量参保 and 特殊身份登记 · 批量模式. */
export function residentBatchRoutes(service: ResidentBatchService) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const preValidation = requireRight(PERSON_REGISTER_RIGHT.code);

    app.get(
      '/api/registry/resident-batches/template.xlsx',
      {
        preValidation,
        schema: {
          tags,
          summary: '下载批量导入模板（kind：resident-enrolment-batch 或 special-identity-batch）',
          querystring: z.object({ kind: residentBatchKind }),
        },
      },
      async (request, reply) =>
        reply
          .header('content-type', XLSX)
          .header(
            'content-disposition',
            `attachment; filename*=UTF-8''${encodeURIComponent(TEMPLATE_NAMES[request.query.kind])}`,
          )
          .send(await service.template(request.query.kind)),
    );

    app.post(
      '/api/registry/resident-batches',
      {
        preValidation,
        schema: {
          tags,
          summary: '上传并校验批量导入文件（multipart：kind、regionCode 在 file 之前）',
          consumes: ['multipart/form-data'],
          response: { 200: residentBatch },
        },
      },
      async (request) => {
        const file = await request.file();
        if (!file) throw invalid('请选择要导入的文件', 'file');
        const field = (name: string) => {
          const f = file.fields[name];
          return f && !Array.isArray(f) && f.type === 'field' ? String(f.value) : '';
        };
        const kind = RESIDENT_BATCH_KINDS.find((k) => k === field('kind'));
        if (!kind) throw invalid('请选择导入类型', 'kind');
        return service.check(request, {
          kind,
          regionCode: field('regionCode'),
          fileName: file.filename,
          bytes: await file.toBuffer(),
        });
      },
    );

    app.get(
      '/api/registry/resident-batches/:id',
      {
        preValidation,
        schema: { tags, summary: '批量导入的校验结果', params, response: { 200: residentBatch } },
      },
      async (request) => service.get(request, request.params.id),
    );

    app.get(
      '/api/registry/resident-batches/:id/rows',
      {
        preValidation,
        schema: {
          tags,
          summary: '逐行校验结果（only=bad 只看校验失败的行）',
          params,
          querystring: batchRowsQuery,
          response: { 200: batchRowsReply },
        },
      },
      async (request) => service.rows(request, request.params.id, request.query),
    );

    app.post(
      '/api/registry/resident-batches/:id/confirm',
      {
        preValidation,
        schema: {
          tags,
          summary: '确认导入：后台任务写入全部校验成功的行',
          params,
          body: batchConfirmBody,
          response: { 200: jobItem },
        },
      },
      async (request) => service.confirm(request, request.params.id, request.body),
    );
  };
}
