import {
  duplicateEnrolmentsQuery,
  duplicateEnrolmentsReply,
  pageQuery,
  personChangesReply,
  personContributionsQuery,
  personContributionsReply,
  personDeemedReply,
  personEnrolmentsQuery,
  personEnrolmentsReply,
  personProfile,
  personSearchQuery,
  personSearchReply,
  personSpecialIdentitiesReply,
} from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRight } from '../../plugins/session';
import { PERSON_READ_RIGHT, type PersonQueryService } from './person-query.service';

const tags = ['registry'];
const params = z.object({ id: z.coerce.number().int().positive() });

/** W25 人员综合查询: the search and one route per tab. */
export function personQueryRoutes(service: PersonQueryService) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const preValidation = requireRight(PERSON_READ_RIGHT.code);

    app.get(
      '/api/registry/persons',
      {
        preValidation,
        schema: {
          tags,
          summary: '人员综合查询（证件号码、个人编号或姓名）',
          querystring: personSearchQuery,
          response: { 200: personSearchReply },
        },
      },
      async (request) => service.search(request, request.query),
    );

    app.get(
      '/api/registry/duplicate-enrolments',
      {
        preValidation,
        schema: {
          tags,
          summary: '人员重复参保数据查询（同时有两条及以上正常参保的基本医疗保险）',
          querystring: duplicateEnrolmentsQuery,
          response: { 200: duplicateEnrolmentsReply },
        },
      },
      async (request) => service.duplicates(request, request.query),
    );

    app.get(
      '/api/registry/persons/:id',
      {
        preValidation,
        schema: { tags, summary: '人员基本信息', params, response: { 200: personProfile } },
      },
      async (request) => service.profile(request, request.params.id),
    );

    app.get(
      '/api/registry/persons/:id/enrolments',
      {
        preValidation,
        schema: {
          tags,
          summary: '人员参保信息（scope=current）/ 历史参保信息（scope=history）',
          params,
          querystring: personEnrolmentsQuery,
          response: { 200: personEnrolmentsReply },
        },
      },
      async (request) => service.enrolments(request, request.params.id, request.query.scope),
    );

    app.get(
      '/api/registry/persons/:id/changes',
      {
        preValidation,
        schema: {
          tags,
          summary: '变更历史信息',
          params,
          querystring: pageQuery,
          response: { 200: personChangesReply },
        },
      },
      async (request) => service.changes(request, request.params.id, request.query),
    );

    app.get(
      '/api/registry/persons/:id/contributions',
      {
        preValidation,
        schema: {
          tags,
          summary: '职工缴费信息（insuranceType=310）/ 居民缴费信息（insuranceType=390）',
          params,
          querystring: personContributionsQuery,
          response: { 200: personContributionsReply },
        },
      },
      async (request) => service.contributions(request, request.params.id, request.query),
    );

    app.get(
      '/api/registry/persons/:id/deemed-contributions',
      {
        preValidation,
        schema: { tags, summary: '视同缴费信息', params, response: { 200: personDeemedReply } },
      },
      async (request) => service.deemed(request, request.params.id),
    );

    app.get(
      '/api/registry/persons/:id/special-identities',
      {
        preValidation,
        schema: {
          tags,
          summary: '人员特殊身份认定信息',
          params,
          response: { 200: personSpecialIdentitiesReply },
        },
      },
      async (request) => service.specialIdentities(request, request.params.id),
    );
  };
}
