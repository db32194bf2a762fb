import { flexibleWindowPersonReply, personLookupQuery } from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireRight } from '../../plugins/session';
import type { FlexibleWindowService } from './flexible-window.service';
import { PERSON_REGISTER_RIGHT } from './window-resident-enrolment.business';

/** The window's flexible-employment pages' 人员查询 (002 十二 (五)(六)). */
export function flexibleWindowRoutes(service: FlexibleWindowService) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/registry/flexible-window/person',
      {
        preValidation: requireRight(PERSON_REGISTER_RIGHT.code),
        schema: {
          tags: ['registry'],
          summary: '灵活就业人员参保：人员基本信息、单位基本信息与人员参保信息（按证件查询）',
          querystring: personLookupQuery,
          response: { 200: flexibleWindowPersonReply },
        },
      },
      async (request) => service.person(request, request.query),
    );
  };
}
