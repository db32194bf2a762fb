import {
  batchConfirmBody,
  batchRowsQuery,
  batchRowsReply,
  employeeBatch,
  jobItem,
} from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invalid } from '../../plugins/errors';
import { requireRight } from '../../plugins/session';
import type { FlexibleBatchService } from './flexible-batch.service';
import { PERSON_REGISTER_RIGHT } from './window-resident-enrolment.business';

const tags = ['registry'];
const params = z.object({ id: z.coerce.number().int().positive() });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 灵活就业人员新参保/续保 · 批量模式. */
export function flexibleBatchRoutes(service: FlexibleBatchService) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const preValidation = requireRight(PERSON_REGISTER_RIGHT.code);

    app.get(
      '/api/registry/flexible-batches/template.xlsx',
      { preValidation, schema: { tags, summary: '下载批量导入模板' } },
      async (_request, reply) =>
        reply
          .header('content-type', XLSX)
          .header(
            'content-disposition',
            `attachment; filename*=UTF-8''${encodeURIComponent('灵活就业人员新参保批量导入模板.xlsx')}`,
          )
          .send(await service.template()),
    );

    app.post(
      '/api/registry/flexible-batches',
      {
        preValidation,
        schema: {
          tags,
          summary: '上传并校验批量导入文件（multipart：unitNo 在 file 之前）',
          consumes: ['multipart/form-data'],
          response: { 200: employeeBatch },
        },
      },
      async (request) => {
        const file = await request.file();
        if (!file) throw invalid('请选择要导入的文件', 'file');
        const field = file.fields.unitNo;
        const unitNo =
          field && !Array.isArray(field) && field.type === 'field' ? String(field.value) : '';
        return service.check(request, {
          unitNo,
          fileName: file.filename,
          bytes: await file.toBuffer(),
        });
      },
    );

    app.get(
      '/api/registry/flexible-batches/:id',
      {
        preValidation,
        schema: { tags, summary: '批量导入的校验结果', params, response: { 200: employeeBatch } },
      },
      async (request) => service.get(request, request.params.id),
    );

    app.get(
      '/api/registry/flexible-batches/:id/rows',
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
      '/api/registry/flexible-batches/:id/confirm',
      {
        preValidation,
        schema: {
          tags,
          summary: '确认导入：后台任务写入全部校验成功的人员',
          params,
          body: batchConfirmBody,
          response: { 200: jobItem },
        },
      },
      async (request) => service.confirm(request, request.params.id, request.body),
    );
  };
}
