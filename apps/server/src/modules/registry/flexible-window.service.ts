import type { FlexibleWindowPersonReply, PersonLookupQuery } from '@yibao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { employeeSchemeEnrolments } from './flexible-window.repository';
import { staffPersonByCert } from './staff-lookup';
import { findUnitById } from './units.repository';

/** 人员查询 of the window's flexible-employment pages (停保, 在职转退休). */
export function createFlexibleWindowService(app: FastifyInstance) {
  return {
    /** The person of the staff member's regions, their unit and their 310 enrolments. */
    async person(
      request: FastifyRequest,
      query: PersonLookupQuery,
    ): Promise<FlexibleWindowPersonReply> {
      const person = await staffPersonByCert(app, request, query);
      const unit = person.unitId ? await findUnitById(app.db, person.unitId) : null;
      return {
        name: person.name,
        certType: person.certType,
        certNo: person.certNo,
        personCategory: person.personCategory,
        unitNo: unit?.unitNo ?? null,
        unitName: unit?.name ?? null,
        enrolments: await employeeSchemeEnrolments(app.db, person.id),
      };
    },
  };
}
export type FlexibleWindowService = ReturnType<typeof createFlexibleWindowService>;
