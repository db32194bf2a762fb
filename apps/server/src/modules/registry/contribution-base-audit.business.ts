import {
  USCC_CERT_TYPE,
  unitBaseAuditPayload,
  type UnitBaseAuditPayload,
  type UnitBaseAuditReply,
} from '@yibao/contracts';
import { type Executor } from '@yibao/db';
import { baseAuditCategoryOf, baseAuditVerdict, beijingDateOf } from '@yibao/domain';
import { conflict, invalid } from '../../plugins/errors';
import type { BusinessContext, BusinessDefinition } from '../applications';
import {
  declaredFigures,
  insertAudit,
  revokeAudit,
  validAuditOf,
} from './contribution-base.repository';
import { requireScope } from './contribution-base-change.business';
import { scannedDocument } from './materials';
import { UNIT_REGISTER_RIGHT } from './unit-registration.business';
import type { UnitRow } from './units.repository';
import { openUnitByNo, requireWindowRight } from './window-subjects';

/** The unit's declaration of the year as the registry holds it, and an audit already on record. */
export async function unitBaseAuditOf(
  db: Executor,
  unit: UnitRow,
  year: number,
): Promise<UnitBaseAuditReply> {
  const existing = await validAuditOf(db, unit.id, year);
  return {
    unitNo: unit.unitNo,
    name: unit.name,
    uscc: unit.uscc,
    unitType: unit.unitType,
    category: baseAuditCategoryOf(unit.unitType, unit.uscc),
    auditYear: year,
    ...(await declaredFigures(db, unit.id)),
    existing: existing && {
      applicationId: existing.applicationId,
      result: existing.result,
      createdAt: existing.createdAt.toISOString(),
    },
  };
}

/** The unit, this year's declaration not audited yet, and the verdict on the audited figures. */
async function check(ctx: BusinessContext, p: UnitBaseAuditPayload, lock = false) {
  const unit = await openUnitByNo(ctx, p.unitNo, lock);
  requireScope(ctx, unit.regionCode);
  const year = Number(beijingDateOf(ctx.now).slice(0, 4));
  const declared = await unitBaseAuditOf(ctx.tx, unit, year);
  if (declared.existing) {
    throw conflict(`该单位${year}年度的缴费基数申报已书面稽核，不能重复办理`, 'payload.unitNo');
  }
  const figures = {
    declaredHeadcount: declared.declaredHeadcount,
    declaredTotalFen: declared.declaredTotalFen,
    declaredRetirees: declared.declaredRetirees,
    auditedHeadcount: p.auditedHeadcount,
    auditedTotalFen: p.auditedTotalFen,
    auditedRetirees: p.auditedRetirees,
  };
  const verdict = baseAuditVerdict(figures);
  if (verdict.result !== 'match' && p.opinion === '') {
    throw invalid('稽核结果与申报不符，请填写稽核意见', 'payload.opinion');
  }
  return { unit, year, category: declared.category, figures, verdict };
}

/**
 * W11 (三) 单位缴费基数申报书面稽核 (002 十一): the window checks the unit's declared bases (the
 * registry's, for this year) against its paper records and records both, the result and the
 * opinion, 即时办结; a failed 复核 revokes the record so the audit can be done again.
 */
export const unitBaseAudit: BusinessDefinition<UnitBaseAuditPayload> = {
  code: 'unit-base-audit',
  name: '单位缴费基数申报书面稽核',
  channels: ['window'],
  applicants: ['staff'],
  payload: unitBaseAuditPayload,
  review: 'immediate',
  materials: [
    scannedDocument(
      'active-wages',
      '在职职工工资资料：企业单位提供上一年度劳资统计报表、当年底的工资发放花名册、会计明细账（工资情况部分）、财务会计报表（工资情况部分）原件及复印件（无劳资统计报表、会计明细账、财务会计报表的，提供上一年度工资发放花名册）；机关事业单位提供上一年工资花名册及《上一年机关工作人员年终一次性奖金发放审批表》，并附上一年养老保险申报表',
      true,
      20,
    ),
    scannedDocument(
      'retiree-statement',
      '退休人员资料：企业单位附社保中心打印并加盖公章的《上一年企业离退休人员基本养老金单位发放情况表》；机关事业单位附机关社保中心打印并加盖公章的上一年底《单位工资数据表》',
      true,
    ),
    scannedDocument('uscc', '单位统一社会信用代码', true),
  ],
  timeLimitDays: null,
  serviceItemNo: 11,
  insuranceType: '310',

  async subject(ctx, p) {
    requireWindowRight(ctx, UNIT_REGISTER_RIGHT);
    const { unit } = await check(ctx, p);
    return {
      personId: null,
      unitId: unit.id,
      name: unit.name,
      certType: USCC_CERT_TYPE,
      certNo: unit.uscc,
      regionCode: unit.regionCode,
    };
  },

  async apply(ctx, app) {
    const { unit, year, category, figures, verdict } = await check(ctx, app.payload, true);
    const row = await insertAudit(
      ctx.tx,
      {
        unitId: unit.id,
        regionCode: unit.regionCode,
        auditYear: year,
        unitCategory: category,
        ...figures,
        result: verdict.result,
        differenceFen: verdict.differenceFen,
        opinion: app.payload.opinion,
        applicationId: app.id,
        createdAt: ctx.now,
      },
      { actor: ctx.actor, at: ctx.now, reason: `办件 ${app.applicationNo}` },
    );
    return {
      unitId: unit.id,
      auditId: row.id,
      auditYear: year,
      ...figures,
      result: verdict.result,
      differenceFen: verdict.differenceFen,
    };
  },

  async compensate(ctx, app) {
    const revoked = await revokeAudit(ctx.tx, Number(app.effectResult?.auditId), {
      actor: ctx.actor,
      at: ctx.now,
      reason: `办件 ${app.applicationNo} 复核不通过，撤销书面稽核记录`,
    });
    if (!revoked) throw conflict('找不到本办件的书面稽核记录');
  },
};
