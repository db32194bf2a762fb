import {
  designatedHospitalsReply,
  hospitalCandidatesQuery,
  hospitalCandidatesReply,
} from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requirePerson, requireSignedIn } from '../../plugins/session';
import type { DesignatedHospitalsService } from './designated-hospitals.service';

const tags = ['registry'];

/** 定点医疗机构1–5 of the signed-in person, and the search of hospitals to choose. */
export function designatedHospitalsRoutes(service: DesignatedHospitalsService) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/api/me/designated-hospitals',
      {
        preValidation: requirePerson('verified'),
        schema: {
          tags,
          summary: '本人的定点医疗机构1–5',
          response: { 200: designatedHospitalsReply },
        },
      },
      async (request) => service.mine(request),
    );

    app.get(
      '/api/designated-hospitals/candidates',
      {
        preValidation: requireSignedIn,
        schema: {
          tags,
          summary: '根据医院名称搜索可选择的定点医院（参保地）',
          querystring: hospitalCandidatesQuery,
          response: { 200: hospitalCandidatesReply },
        },
      },
      async (request) => service.candidates(request, request.query),
    );
  };
}
