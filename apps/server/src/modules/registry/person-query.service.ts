import type {
  PersonChangeRow,
  PersonContributionsQuery,
  PersonProfile,
  PersonSearchQuery,
} from '@yibao/contracts';
import { beijingDateOf, maskCertNo, pageWindow, validateCertNo } from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound } from '../../plugins/errors';
import { inStaffScope, staffRegions } from '../applications';
import {
  duplicateEnrolments,
  enrolmentsWithUnits,
  personChanges,
  personContributions,
  personDeemedContributions,
  personSpecialIdentities,
  personWithUnit,
  searchPersons,
  type ChangeRecord,
} from './person-query.repository';

/** The right to read the registry's persons (人员综合查询). */
export const PERSON_READ_RIGHT = { code: 'person.read', name: '人员综合查询' };

/** 变更历史信息 shows what changed: the fields whose values differ, before and after. */
export function changedFields(record: Pick<ChangeRecord, 'before' | 'after'>) {
  const after = record.after ?? {};
  const before = record.before ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (f) => f !== 'createdAt' && f !== 'updatedAt',
  );
  return fields
    .filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

const changeRowOf = (r: ChangeRecord): PersonChangeRow => ({
  id: `${r.entity}-${r.id}`,
  entity: r.entity,
  entityId: r.entityId,
  action: r.action,
  changes: changedFields(r),
  actorType: r.actorType,
  actorId: r.actorId,
  reason: r.reason,
  changedAt: r.changedAt.toISOString(),
});

/** W25 人员综合查询: the person's record and every tab of it, for staff of the person's region. */
export function createPersonQueryService(app: FastifyInstance) {
  /** The person, when they exist and belong to the staff member's regions; 404 otherwise. */
  async function personInScope(request: FastifyRequest, id: number) {
    const row = await personWithUnit(app.db, id);
    if (!row || !inStaffScope(request.actor, row.person.regionCode)) {
      throw notFound('未找到该参保人员');
    }
    return row;
  }

  return {
    async search(request: FastifyRequest, q: PersonSearchQuery) {
      const window = pageWindow(q.page, q.pageSize);
      // a valid number is searched as stored (upper case, 15 digits upgraded); anything else as typed
      const checked = q.certNo
        ? validateCertNo(q.certType ?? '01', q.certNo, beijingDateOf(app.clock.now()))
        : null;
      const certNo = checked?.ok ? checked.normalized : q.certNo?.toUpperCase();
      const found = await searchPersons(
        app.db,
        { certType: q.certType, certNo, personNo: q.personNo, name: q.name },
        staffRegions(request.actor),
        window,
      );
      // a list masks certificate numbers (DESIGN); the number searched for is the clerk's own
      const items = certNo
        ? found.items
        : found.items.map((p) => ({ ...p, certNo: maskCertNo(p.certNo) }));
      return { items, total: found.total, page: q.page, pageSize: q.pageSize };
    },

    async profile(request: FastifyRequest, id: number): Promise<PersonProfile> {
      const { person: p, unitNo, unitName } = await personInScope(request, id);
      // reading a person's whole record leaves a trace, as any access to personal data should
      await app.write(request, (_tx, audit) =>
        audit({
          action: 'person.view',
          entity: 'person',
          entityId: p.id,
          regionCode: p.regionCode,
        }),
      );
      return {
        id: p.id,
        personNo: p.personNo,
        name: p.name,
        certType: p.certType,
        certNo: p.certNo,
        sex: p.sex,
        birthDate: p.birthDate,
        personCategory: p.personCategory,
        regionCode: p.regionCode,
        status: p.status,
        ethnicity: p.ethnicity,
        nationality: p.nationality,
        identity: p.identity,
        workStartDate: p.workStartDate,
        education: p.education,
        politicalStatus: p.politicalStatus,
        maritalStatus: p.maritalStatus,
        studentNo: p.studentNo,
        householdType: p.householdType,
        householdDivisionCode: p.householdDivisionCode,
        householdAddress: p.householdAddress,
        householdPostcode: p.householdPostcode,
        residenceDivisionCode: p.residenceDivisionCode,
        residenceAddress: p.residenceAddress,
        residencePostcode: p.residencePostcode,
        phone: p.phone,
        email: p.email,
        contactName: p.contactName,
        contactPhone: p.contactPhone,
        bankCode: p.bankCode,
        bankAccount: p.bankAccount,
        bankAccountName: p.bankAccountName,
        ssCardNo: p.ssCardNo,
        retiredOn: p.retiredOn,
        deathDate: p.deathDate,
        unitNo,
        unitName,
        createdAt: p.createdAt.toISOString(),
        updatedAt: p.updatedAt.toISOString(),
      };
    },

    async enrolments(request: FastifyRequest, id: number, scope: 'current' | 'history') {
      await personInScope(request, id);
      const statuses = scope === 'current' ? ['正常参保', '暂停参保'] : ['终止参保'];
      return { items: await enrolmentsWithUnits(app.db, id, statuses) };
    },

    async changes(request: FastifyRequest, id: number, q: { page: number; pageSize: number }) {
      await personInScope(request, id);
      const found = await personChanges(app.db, id, pageWindow(q.page, q.pageSize));
      return {
        items: found.items.map(changeRowOf),
        total: found.total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    async contributions(request: FastifyRequest, id: number, q: PersonContributionsQuery) {
      await personInScope(request, id);
      const found = await personContributions(app.db, id, q, pageWindow(q.page, q.pageSize));
      return { ...found, page: q.page, pageSize: q.pageSize };
    },

    async deemed(request: FastifyRequest, id: number) {
      await personInScope(request, id);
      const items = await personDeemedContributions(app.db, id);
      return { items, totalMonths: items.reduce((n, r) => n + r.months, 0) };
    },

    async duplicates(
      request: FastifyRequest,
      q: { regionCode?: string; page: number; pageSize: number },
    ) {
      const mine = staffRegions(request.actor);
      const regions = q.regionCode
        ? mine === null || mine.includes(q.regionCode)
          ? [q.regionCode]
          : []
        : mine;
      const found = await duplicateEnrolments(app.db, regions, pageWindow(q.page, q.pageSize));
      const items = found.items.map((p) => ({ ...p, certNo: maskCertNo(p.certNo) }));
      return { items, total: found.total, page: q.page, pageSize: q.pageSize };
    },

    async specialIdentities(request: FastifyRequest, id: number) {
      await personInScope(request, id);
      return { items: await personSpecialIdentities(app.db, id) };
    },
  };
}

export type PersonQueryService = ReturnType<typeof createPersonQueryService>;
