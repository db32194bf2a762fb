import type { DesignatedHospitalsReply } from '@yibao/contracts';
import { REQUIRED_SLOTS, pageWindow } from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { forbidden, invalid } from '../../plugins/errors';
import { inStaffScope } from '../applications';
import { chosenHospitals, searchHospitals } from './designated-hospitals.repository';
import { findPersonById } from './registry.repository';
import { findUnitById } from './units.repository';

/** 定点医疗机构: what a person has chosen, and the hospitals one may choose. */
export function createDesignatedHospitalsService(app: FastifyInstance) {
  /** The region whose hospitals the actor may search: their own, or the one staff name. */
  async function regionOf(request: FastifyRequest, asked?: string): Promise<string> {
    const actor = request.actor;
    if (actor.type === 'staff') {
      if (!asked) throw invalid('请选择医保区划', 'regionCode');
      if (!inStaffScope(actor, asked)) throw forbidden('该医保区划不在您的经办范围内');
      return asked;
    }
    if (actor.type === 'unit-operator' && actor.unitId) {
      const unit = await findUnitById(app.db, actor.unitId);
      if (unit) return unit.regionCode;
    }
    const person = actor.personId ? await findPersonById(app.db, actor.personId) : null;
    if (!person) throw forbidden('请先完成实名认证');
    return person.regionCode;
  }

  return {
    async mine(request: FastifyRequest): Promise<DesignatedHospitalsReply> {
      const personId = request.actor.personId;
      if (!personId) throw forbidden('请先完成实名认证');
      const items = await chosenHospitals(app.db, personId);
      return {
        items: items.map(({ slot, institutionCode, name, level, chosenOn }) => ({
          slot,
          institutionCode,
          name,
          level,
          chosenOn,
        })),
        requiredSlots: [...REQUIRED_SLOTS],
      };
    },

    async candidates(
      request: FastifyRequest,
      q: { name: string; regionCode?: string | undefined; page: number; pageSize: number },
    ) {
      const region = await regionOf(request, q.regionCode);
      const found = await searchHospitals(app.db, region, q.name, pageWindow(q.page, q.pageSize));
      return { ...found, page: q.page, pageSize: q.pageSize };
    },
  };
}

export type DesignatedHospitalsService = ReturnType<typeof createDesignatedHospitalsService>;
