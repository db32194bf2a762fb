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
import type { EmployeeBatchService } from './employee-batch.service';
import type { FlexibleBatchService } from './flexible-batch.service';
import { PERSON_REGISTER_RIGHT } from './window-resident-enrolment.business';

const tags = ['registry'];
const params = z.object({ id: z.coerce.number().int().positive() });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A unit's batch: its routes under `base`, its template's file name. */
interface UnitBatchRoutes {
  base: string;
  templateName: string;
  service: Pick<EmployeeBatchService | FlexibleBatchService, keyof EmployeeBatchService>;
}

/** 单位职工新参保/续保 · 批量模式. */
export const employeeBatchRoutes = (service: EmployeeBatchService) =>
  unitBatchRoutes({
    base: '/api/registry/employee-batches',
    templateName: '单位职工新参保批量导入模板.xlsx',
    service,
  });

/** 灵活就业人员新参保/续保 · 批量模式 (the agency's persons). */
export const flexibleBatchRoutes = (service: FlexibleBatchService) =>
  unitBatchRoutes({
    base: '/api/registry/flexible-batches',
    templateName: '灵活就业人员新参保批量导入模板.xlsx',
    service,
  });

/** The batch of a unit (单位编号 with the file): template, check, rows, confirm. */
function unitBatchRoutes({ base, templateName, service }: UnitBatchRoutes) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const preValidation = requireRight(PERSON_REGISTER_RIGHT.code);

    app.get(
      `${base}/template.xlsx`,
      { preValidation, schema: { tags, summary: '下载批量导入模板' } },
      async (_request, reply) =>
        reply
          .header('content-type', XLSX)
          .header(
            'content-disposition',
            `attachment; filename*=UTF-8''${encodeURIComponent(templateName)}`,
          )
          .send(await service.template()),
    );

    app.post(
      base,
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
      `${base}/:id`,
      {
        preValidation,
        schema: { tags, summary: '批量导入的校验结果', params, response: { 200: employeeBatch } },
      },
      async (request) => service.get(request, request.params.id),
    );

    app.get(
      `${base}/:id/rows`,
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
      `${base}/:id/confirm`,
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
