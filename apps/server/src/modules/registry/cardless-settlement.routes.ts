import { cardlessSettlementsQuery, cardlessSettlementsReply } from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireRight } from '../../plugins/session';
import type { CardlessSettlementService } from './cardless-settlement.service';
import { PERSON_REGISTER_RIGHT } from './window-resident-enrolment.business';

export function cardlessSettlementRoutes(service: CardlessSettlementService) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/registry/cardless-settlements',
      {
        preValidation: requireRight(PERSON_REGISTER_RIGHT.code),
        schema: {
          tags: ['registry'],
          summary: '待遇通用审批（无卡就医审批）：开通无卡结算的新生儿',
          querystring: cardlessSettlementsQuery,
          response: { 200: cardlessSettlementsReply },
        },
      },
      async (request) => service.list(request, request.query),
    );
  };
}
