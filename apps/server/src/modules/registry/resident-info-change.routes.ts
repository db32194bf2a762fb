import { infoChangeReviewQuery, infoChangeReviewReply } from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireRight } from '../../plugins/session';
import type { InfoChangeReviewService } from './resident-info-change.service';

/** 城乡居民参保维护审核: the 待审核信息 list (reviewers of the regions). */
export function residentInfoChangeRoutes(service: InfoChangeReviewService) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/registry/resident-info-change/reviews',
      {
        preValidation: requireRight('application.review'),
        schema: {
          tags: ['registry'],
          summary: '城乡居民参保维护审核：待审核信息（按证件号码）',
          querystring: infoChangeReviewQuery,
          response: { 200: infoChangeReviewReply },
        },
      },
      async (request) => service.list(request, request.query),
    );
  };
}
