import {
  assistanceSubsidiesQuery,
  assistanceSubsidiesReply,
  assistanceSubsidyQuote,
  assistanceSubsidyQuoteQuery,
} from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireRight } from '../../plugins/session';
import type { AssistanceSubsidyService } from './assistance-subsidy.service';
import { PERSON_REGISTER_RIGHT } from './window-resident-enrolment.business';

const tags = ['registry'];

/** W33 救助对象个人缴费补贴: 测算 and 查询. */
export function assistanceSubsidyRoutes(service: AssistanceSubsidyService) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const preValidation = requireRight(PERSON_REGISTER_RIGHT.code);

    app.get(
      '/api/registry/assistance-subsidies/quote',
      {
        preValidation,
        schema: {
          tags,
          summary: '个人缴费补贴测算：特殊身份、政策、补贴金额与个人实缴（分）',
          querystring: assistanceSubsidyQuoteQuery,
          response: { 200: assistanceSubsidyQuote },
        },
      },
      async (request) => service.quote(request, request.query),
    );

    app.get(
      '/api/registry/assistance-subsidies',
      {
        preValidation,
        schema: {
          tags,
          summary: '个人缴费补贴信息查询',
          querystring: assistanceSubsidiesQuery,
          response: { 200: assistanceSubsidiesReply },
        },
      },
      async (request) => service.list(request, request.query),
    );
  };
}
