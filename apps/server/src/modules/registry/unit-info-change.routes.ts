import { unitInfoLookupQuery, unitProfile } from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireRight } from '../../plugins/session';
import { UNIT_REGISTER_RIGHT } from './unit-registration.business';
import type { UnitInfoChangeService } from './unit-info-change.service';

/** 单位信息维护: the unit to maintain, by 单位编号 (clerks who register units). */
export function unitInfoChangeRoutes(service: UnitInfoChangeService) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/registry/unit-info-change/unit',
      {
        preValidation: requireRight(UNIT_REGISTER_RIGHT.code),
        schema: {
          tags: ['registry'],
          summary: '单位信息维护：按单位编号查询单位',
          querystring: unitInfoLookupQuery,
          response: { 200: unitProfile },
        },
      },
      async (request) => service.unitByNo(request, request.query.unitNo),
    );
  };
}
