import {
  myContributionsQuery,
  myEnrolmentsReply,
  myPersonReply,
  personContributionsReply,
  personLookupQuery,
  retirementFiguresQuery,
  retirementFiguresReply,
  residentEnrolmentCheckBody,
  residentEnrolmentCheckReply,
} from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requirePerson, requireRight } from '../../plugins/session';
import type { RegistryService } from './registry.service';
import { PERSON_MAINTAIN_RIGHT } from './window-person-info-change.business';
import { PERSON_REGISTER_RIGHT } from './window-resident-enrolment.business';

const tags = ['registry'];

/** The registry's routes: the person's own pages and the window's 人员查询. */
export function registryRoutes(service: RegistryService) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const verified = requirePerson('verified');

    app.get(
      '/api/me/person',
      {
        preValidation: verified,
        schema: {
          tags,
          summary: '本人基本信息（职工个人基本信息变更的当前值）',
          response: { 200: myPersonReply },
        },
      },
      async (request) => service.myPerson(request),
    );

    app.get(
      '/api/me/enrolments',
      {
        preValidation: verified,
        schema: { tags, summary: '本人参保信息', response: { 200: myEnrolmentsReply } },
      },
      async (request) => service.myEnrolments(request),
    );

    app.get(
      '/api/me/contributions',
      {
        preValidation: verified,
        schema: {
          tags,
          summary: '职工参保缴费信息查询（自查询起始年月起）',
          querystring: myContributionsQuery,
          response: { 200: personContributionsReply },
        },
      },
      async (request) => service.myContributions(request, request.query),
    );

    app.post(
      '/api/resident-enrolment/check',
      {
        preValidation: verified,
        schema: {
          tags,
          summary: '参保人员新参保申报信息查询（居民参保登记）',
          body: residentEnrolmentCheckBody,
          response: { 200: residentEnrolmentCheckReply },
        },
      },
      async (request) => service.checkResidentEnrolment(request, request.body),
    );

    app.get(
      '/api/registry/person',
      {
        preValidation: requireRight(PERSON_MAINTAIN_RIGHT.code),
        schema: {
          tags,
          summary: '人员查询（人员一般信息维护：按证件类型和证件号码）',
          querystring: personLookupQuery,
          response: { 200: myPersonReply },
        },
      },
      async (request) => service.findPerson(request, request.query),
    );

    app.get(
      '/api/registry/retirement-figures',
      {
        preValidation: requireRight(PERSON_REGISTER_RIGHT.code),
        schema: {
          tags,
          summary: '在职转退休：视同缴费月数、实缴月数、差额与欠费月数',
          querystring: retirementFiguresQuery,
          response: { 200: retirementFiguresReply },
        },
      },
      async (request) => service.retirementFigures(request, request.query),
    );
  };
}
