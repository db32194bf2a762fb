import { employeePostReply, personLookupQuery } from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireRight } from '../../plugins/session';
import { employeePostOf } from './employee-post-change.business';
import { staffPersonByCert } from './staff-lookup';
import { PERSON_MAINTAIN_RIGHT } from './window-person-info-change.business';

/** 人员重要信息维护's 人员查询: the person by certificate, with 行政职务 and the other two. */
export function employeePostRoutes() {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/registry/employee-posts',
      {
        preValidation: requireRight(PERSON_MAINTAIN_RIGHT.code),
        schema: {
          tags: ['registry'],
          summary: '人员查询（人员重要信息维护：职务职级职称）',
          querystring: personLookupQuery,
          response: { 200: employeePostReply },
        },
      },
      async (request) =>
        employeePostOf(app.db, await staffPersonByCert(fastify, request, request.query)),
    );
  };
}
