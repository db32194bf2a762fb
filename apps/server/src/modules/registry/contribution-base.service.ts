import type {
  ContributionBaseMember,
  ContributionBaseUnitReply,
  Page,
  UnitBaseAuditReply,
} from '@yibao/contracts';
import { baseEffectivePeriod, beijingDateOf, maskCertNo, pageWindow } from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { conflict, notFound } from '../../plugins/errors';
import { inStaffScope } from '../applications';
import { unitBaseAuditOf } from './contribution-base-audit.business';
import { baseLimitOn, unitEmployeeBases } from './contribution-base.repository';
import { findUnitByNo } from './units.repository';

const firstDayOf = (period: number) =>
  `${String(period).slice(0, 4)}-${String(period).slice(4)}-01`;

/** The pages' reads before 保存: the unit, its employees' bases, its declaration to audit. */
export function createContributionBaseService(app: FastifyInstance) {
  /** 单位编号+enter: a unit of the staff member's regions, not 注销; 404 for any other. */
  async function unitInScope(request: FastifyRequest, unitNo: string) {
    const unit = await findUnitByNo(app.db, unitNo.trim());
    if (!unit || !inStaffScope(request.actor, unit.regionCode)) {
      throw notFound('未找到该单位编号的单位');
    }
    if (unit.status !== '正常') throw conflict('该单位已注销', 'unitNo');
    return unit;
  }

  return {
    /** 单位基本信息 of 缴费工资变更核定, the limit in force and the month a change applies from. */
    async unit(request: FastifyRequest, unitNo: string): Promise<ContributionBaseUnitReply> {
      const unit = await unitInScope(request, unitNo);
      const effectivePeriod = baseEffectivePeriod(beijingDateOf(app.clock.now()));
      const limit = await baseLimitOn(app.db, unit.regionCode, firstDayOf(effectivePeriod));
      return {
        unitNo: unit.unitNo,
        name: unit.name,
        unitType: unit.unitType,
        regionCode: unit.regionCode,
        limit: limit && { floorFen: limit.floorFen, capFen: limit.capFen, source: limit.source },
        effectivePeriod,
      };
    },

    /** 个人信息列表: the unit's employees, certificate numbers masked. */
    async members(
      request: FastifyRequest,
      q: {
        unitNo: string;
        certType?: string | undefined;
        certNo?: string | undefined;
        name?: string | undefined;
        page: number;
        pageSize: number;
      },
    ): Promise<Page<ContributionBaseMember>> {
      const unit = await unitInScope(request, q.unitNo);
      const found = await unitEmployeeBases(
        app.db,
        unit.id,
        {
          certType: q.certType,
          certNo: q.certNo?.toUpperCase() || undefined,
          name: q.name || undefined,
        },
        pageWindow(q.page, q.pageSize),
      );
      return {
        items: found.items.map((m) => ({ ...m, certNo: maskCertNo(m.certNo) })),
        total: found.total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    /** 单位缴费基数申报书面稽核: this year's declaration as the registry holds it. */
    async audit(request: FastifyRequest, unitNo: string): Promise<UnitBaseAuditReply> {
      const unit = await unitInScope(request, unitNo);
      const year = Number(beijingDateOf(app.clock.now()).slice(0, 4));
      return unitBaseAuditOf(app.db, unit, year);
    },
  };
}

export type ContributionBaseService = ReturnType<typeof createContributionBaseService>;
