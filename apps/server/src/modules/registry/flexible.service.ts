import type { FlexiblePersonDetail } from '@yibao/contracts';
import { DESIGNATED_SLOTS, maskCertNo, pageWindow } from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound } from '../../plugins/errors';
import { chosenHospitals } from './designated-hospitals.repository';
import { agencyOfOperator } from './flexible-agency';
import { flexibleContributions, flexiblePersons, type FlexibleFilter } from './flexible.repository';
import { enrolmentsOf, findPersonById } from './registry.repository';

/** 灵活就业人员信息查询 (U06) and 灵活就业人员缴费明细查询 (U07) of the operator's agency. */
export function createFlexibleService(app: FastifyInstance) {
  const agencyOf = (request: FastifyRequest) => agencyOfOperator(app.db, request.actor);

  return {
    async persons(request: FastifyRequest, q: FlexibleFilter & { page: number; pageSize: number }) {
      const unit = await agencyOf(request);
      const found = await flexiblePersons(app.db, unit.id, q, pageWindow(q.page, q.pageSize));
      const items = found.items.map((p) => ({ ...p, certNo: maskCertNo(p.certNo) }));
      return { items, total: found.total, page: q.page, pageSize: q.pageSize };
    },

    async person(request: FastifyRequest, id: number): Promise<FlexiblePersonDetail> {
      const unit = await agencyOf(request);
      const p = await findPersonById(app.db, id);
      if (!p || p.unitId !== unit.id) throw notFound('未找到该灵活就业人员');
      const enrolment = (await enrolmentsOf(app.db, p.id, ['310']))
        .filter((e) => e.unitId === unit.id)
        .sort((a, b) => b.startDate.localeCompare(a.startDate))[0];
      const hospitals = await chosenHospitals(app.db, p.id);
      return {
        id: p.id,
        personNo: p.personNo,
        name: p.name,
        certType: p.certType,
        certNo: p.certNo,
        sex: p.sex,
        personCategory: p.personCategory,
        unitName: unit.name,
        birthDate: p.birthDate,
        ethnicity: p.ethnicity,
        nationality: p.nationality,
        identity: p.identity,
        workStartDate: p.workStartDate,
        householdType: p.householdType,
        retiredOn: p.retiredOn,
        householdDivisionCode: p.householdDivisionCode,
        householdAddress: p.householdAddress,
        householdPostcode: p.householdPostcode,
        residenceDivisionCode: p.residenceDivisionCode,
        residenceAddress: p.residenceAddress,
        residencePostcode: p.residencePostcode,
        email: p.email,
        education: p.education,
        contributionBaseFen: enrolment?.contributionBaseFen ?? null,
        phone: p.phone,
        bankCode: p.bankCode,
        bankAccount: p.bankAccount,
        contactName: p.contactName,
        contactPhone: p.contactPhone,
        designatedHospitals: DESIGNATED_SLOTS.map((slot) => ({
          slot,
          name: hospitals.find((h) => h.slot === slot)?.name ?? null,
        })),
      };
    },

    async contributions(
      request: FastifyRequest,
      q: FlexibleFilter & { from: number; to: number; page: number; pageSize: number },
    ) {
      const unit = await agencyOf(request);
      const found = await flexibleContributions(app.db, unit.id, q, pageWindow(q.page, q.pageSize));
      const items = found.items.map((c) => ({ ...c, certNo: maskCertNo(c.certNo) }));
      return { items, total: found.total, page: q.page, pageSize: q.pageSize };
    },
  };
}

export type FlexibleService = ReturnType<typeof createFlexibleService>;
