import type { UnitProfile } from '@yibao/contracts';
import { maskCertNo, pageWindow } from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound } from '../../plugins/errors';
import { inStaffScope, staffRegions } from '../applications';
import {
  searchUnits,
  unitContributionMonths,
  unitFigures,
  unitMemberList,
} from './unit-query.repository';
import { findUnitById } from './units.repository';

/** The right to read the registry's units (单位综合查询). */
export const UNIT_READ_RIGHT = { code: 'unit.read', name: '单位综合查询' };

/** W24 单位综合查询: a unit of the staff member's regions and its three tabs. */
export function createUnitQueryService(app: FastifyInstance) {
  async function unitInScope(request: FastifyRequest, id: number) {
    const unit = await findUnitById(app.db, id);
    if (!unit || !inStaffScope(request.actor, unit.regionCode)) throw notFound('未找到该单位');
    return unit;
  }

  return {
    async search(
      request: FastifyRequest,
      q: { unitNo?: string; uscc?: string; name?: string; page: number; pageSize: number },
    ) {
      const found = await searchUnits(
        app.db,
        q,
        staffRegions(request.actor),
        pageWindow(q.page, q.pageSize),
      );
      return { ...found, page: q.page, pageSize: q.pageSize };
    },

    async profile(request: FastifyRequest, id: number): Promise<UnitProfile> {
      const u = await unitInScope(request, id);
      return {
        id: u.id,
        unitNo: u.unitNo,
        uscc: u.uscc,
        name: u.name,
        unitType: u.unitType,
        regionCode: u.regionCode,
        status: u.status,
        managementType: u.managementType,
        divisionCode: u.divisionCode,
        address: u.address,
        postcode: u.postcode,
        contactName: u.contactName,
        contactPhone: u.contactPhone,
        email: u.email,
        officePhone: u.officePhone,
        legalRepName: u.legalRepName,
        legalRepCertType: u.legalRepCertType,
        legalRepCertNo: u.legalRepCertNo,
        legalRepPhone: u.legalRepPhone,
        establishedOn: u.establishedOn,
        approvalDocNo: u.approvalDocNo,
        regCertType: u.regCertType,
        regCertNo: u.regCertNo,
        taxNo: u.taxNo,
        bankCode: u.bankCode,
        bankAccountName: u.bankAccountName,
        bankAccount: u.bankAccount,
        bankUsages: u.bankUsages,
        registeredOn: u.registeredOn,
        cancelledOn: u.cancelledOn,
        cancelReason: u.cancelReason,
        ...(await unitFigures(app.db, u.id)),
      };
    },

    async contributions(
      request: FastifyRequest,
      id: number,
      q: { from?: number; to?: number; only: 'all' | 'arrears'; page: number; pageSize: number },
    ) {
      const unit = await unitInScope(request, id);
      const found = await unitContributionMonths(
        app.db,
        unit.id,
        q,
        pageWindow(q.page, q.pageSize),
      );
      return { ...found, page: q.page, pageSize: q.pageSize };
    },

    async members(
      request: FastifyRequest,
      id: number,
      q: { status?: string; name?: string; page: number; pageSize: number },
    ) {
      const unit = await unitInScope(request, id);
      const found = await unitMemberList(app.db, unit.id, q, pageWindow(q.page, q.pageSize));
      const items = found.items.map((m) => ({ ...m, certNo: maskCertNo(m.certNo) }));
      return { items, total: found.total, page: q.page, pageSize: q.pageSize };
    },
  };
}

export type UnitQueryService = ReturnType<typeof createUnitQueryService>;
