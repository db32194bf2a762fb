import {
  flexibleContributionsQuery,
  flexibleContributionsReply,
  flexiblePersonDetail,
  flexiblePersonsQuery,
  flexiblePersonsReply,
} from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUnitOperator } from '../../plugins/session';
import type { FlexibleService } from './flexible.service';

const tags = ['registry'];

/** The flexible-employment agency's queries in the unit portal. */
export function flexibleRoutes(service: FlexibleService) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const preValidation = requireUnitOperator('bound');

    app.get(
      '/api/unit/flexible-persons',
      {
        preValidation,
        schema: {
          tags,
          summary: '灵活就业人员信息查询',
          querystring: flexiblePersonsQuery,
          response: { 200: flexiblePersonsReply },
        },
      },
      async (request) => service.persons(request, request.query),
    );

    app.get(
      '/api/unit/flexible-persons/:id',
      {
        preValidation,
        schema: {
          tags,
          summary: '灵活就业人员信息详情',
          params: z.object({ id: z.coerce.number().int().positive() }),
          response: { 200: flexiblePersonDetail },
        },
      },
      async (request) => service.person(request, request.params.id),
    );

    app.get(
      '/api/unit/flexible-contributions',
      {
        preValidation,
        schema: {
          tags,
          summary: '灵活就业人员缴费明细查询（起止缴费月份必填）',
          querystring: flexibleContributionsQuery,
          response: { 200: flexibleContributionsReply },
        },
      },
      async (request) => service.contributions(request, request.query),
    );
  };
}
