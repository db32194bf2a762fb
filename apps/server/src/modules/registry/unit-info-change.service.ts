import type { UnitProfile } from '@yibao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound } from '../../plugins/errors';
import { inStaffScope } from '../applications';
import { createUnitQueryService } from './unit-query.service';
import { findUnitByNo } from './units.repository';

/**
 * 单位信息维护's 单位编号+enter: the unit of the clerk's regions with every field of 单位参保登记,
 * the values a change starts from. A 注销 unit is not maintained.
 */
export function createUnitInfoChangeService(app: FastifyInstance) {
  const units = createUnitQueryService(app);
  return {
    async unitByNo(request: FastifyRequest, unitNo: string): Promise<UnitProfile> {
      const unit = await findUnitByNo(app.db, unitNo.trim().toUpperCase());
      if (!unit || !inStaffScope(request.actor, unit.regionCode)) {
        throw notFound('未找到该单位编号的单位');
      }
      if (unit.status !== '正常') throw notFound('该单位已注销');
      return units.profile(request, unit.id);
    },
  };
}

export type UnitInfoChangeService = ReturnType<typeof createUnitInfoChangeService>;
