import {
  unitContributionsQuery,
  unitContributionsReply,
  unitMembersQuery,
  unitMembersReply,
  unitProfile,
  unitSearchQuery,
  unitSearchReply,
} from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRight } from '../../plugins/session';
import { UNIT_READ_RIGHT, type UnitQueryService } from './unit-query.service';

const tags = ['registry'];
const params = z.object({ id: z.coerce.number().int().positive() });

/** W24 单位综合查询: the search and one route per tab. */
export function unitQueryRoutes(service: UnitQueryService) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const preValidation = requireRight(UNIT_READ_RIGHT.code);

    app.get(
      '/api/registry/units',
      {
        preValidation,
        schema: {
          tags,
          summary: '单位综合查询（单位编号、统一社会信用代码或单位名称）',
          querystring: unitSearchQuery,
          response: { 200: unitSearchReply },
        },
      },
      async (request) => service.search(request, request.query),
    );

    app.get(
      '/api/registry/units/:id',
      {
        preValidation,
        schema: { tags, summary: '单位基本信息', params, response: { 200: unitProfile } },
      },
      async (request) => service.profile(request, request.params.id),
    );

    app.get(
      '/api/registry/units/:id/contributions',
      {
        preValidation,
        schema: {
          tags,
          summary: '单位缴费明细（only=arrears：欠费核对）',
          params,
          querystring: unitContributionsQuery,
          response: { 200: unitContributionsReply },
        },
      },
      async (request) => service.contributions(request, request.params.id, request.query),
    );

    app.get(
      '/api/registry/units/:id/members',
      {
        preValidation,
        schema: {
          tags,
          summary: '职工/居民列表',
          params,
          querystring: unitMembersQuery,
          response: { 200: unitMembersReply },
        },
      },
      async (request) => service.members(request, request.params.id, request.query),
    );
  };
}
