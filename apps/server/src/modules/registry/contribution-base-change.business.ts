import {
  contributionBaseChangePayload,
  type ContributionBaseChangePayload,
} from '@yibao/contracts';
import { enrolmentHistory } from '@yibao/db';
import { baseEffectivePeriod, beijingDateOf, contributionBaseRefusal } from '@yibao/domain';
import { conflict, forbidden, invalid } from '../../plugins/errors';
import { inStaffScope, type BusinessContext, type BusinessDefinition } from '../applications';
import { baseLimitOn } from './contribution-base.repository';
import { undoOwnChange } from './history';
import { scannedDocument } from './materials';
import { findEnrolmentById, findPersonById, updateEnrolment } from './registry.repository';
import { PERSON_MAINTAIN_RIGHT } from './window-person-info-change.business';
import { openUnitByNo, requireWindowRight } from './window-subjects';

/**
 * Refuses staff of other regions before anything of the subject is checked, so a refusal tells
 * them nothing about a unit or person outside their scope.
 */
export function requireScope(ctx: BusinessContext, regionCode: string) {
  if (!inStaffScope(ctx.actor, regionCode)) throw forbidden('该参保地不在您的经办范围内');
}

/**
 * The unit, its employee's enrolment in force and a base the region allows that differs from the
 * current one; `effectivePeriod` is the month the new base applies from.
 */
async function check(ctx: BusinessContext, p: ContributionBaseChangePayload, lock = false) {
  const unit = await openUnitByNo(ctx, p.unitNo);
  requireScope(ctx, unit.regionCode);
  const enrolment = await findEnrolmentById(ctx.tx, p.enrolmentId, lock);
  if (enrolment?.unitId !== unit.id) {
    throw invalid('该职工不是本单位的参保职工', 'payload.enrolmentId');
  }
  if (enrolment.insuranceType !== '310' || enrolment.personType !== '11') {
    throw conflict('只有在职职工的职工医保可以变更缴费基数', 'payload.enrolmentId');
  }
  if (enrolment.status !== '正常参保') {
    throw conflict(`该职工${enrolment.status}，不能变更缴费基数`, 'payload.enrolmentId');
  }
  if (enrolment.contributionBaseFen !== p.beforeFen) {
    throw conflict('该职工的缴费基数已变化，请重新查询后再变更', 'payload.enrolmentId');
  }
  const person = await findPersonById(ctx.tx, enrolment.personId);
  if (!person) throw conflict('人员不存在');
  const today = beijingDateOf(ctx.now);
  const effectivePeriod = baseEffectivePeriod(today);
  const limit = await baseLimitOn(
    ctx.tx,
    unit.regionCode,
    `${String(effectivePeriod).slice(0, 4)}-${String(effectivePeriod).slice(4)}-01`,
  );
  if (!limit) throw conflict('该统筹区未配置职工医保缴费基数上下限，不能变更缴费基数');
  const refusal = contributionBaseRefusal(limit, p.baseFen);
  if (refusal) throw invalid(refusal, 'payload.baseFen');
  if (p.baseFen === enrolment.contributionBaseFen) {
    throw invalid('变更后缴费基数与原缴费基数相同', 'payload.baseFen');
  }
  return { unit, enrolment, person, effectivePeriod };
}

/**
 * W15 (三) 单位职工缴费基数变更 (002 十五, 缴费工资变更核定): an employee's monthly base changes
 * 即时办结 and applies from the next month (当月申请，次月生效), the months before keeping the old
 * base; the enrolment's history keeps the old base and its month. A failed 复核 restores both.
 */
export const contributionBaseChange: BusinessDefinition<ContributionBaseChangePayload> = {
  code: 'contribution-base-change',
  name: '单位职工缴费基数变更',
  channels: ['window'],
  applicants: ['staff'],
  payload: contributionBaseChangePayload,
  review: 'immediate',
  materials: [
    scannedDocument('change-form', '《城镇职工医疗保险参保人员变动表》（加盖单位公章）', true),
    scannedDocument('audit-statement', '情况说明（稽核科签字盖章）', true),
    scannedDocument('wage-approval', '工资待遇审批表', true),
  ],
  timeLimitDays: null,
  serviceItemNo: 15,
  insuranceType: '310',

  async subject(ctx, p) {
    requireWindowRight(ctx, PERSON_MAINTAIN_RIGHT);
    const { person, unit } = await check(ctx, p);
    return {
      personId: person.id,
      unitId: unit.id,
      name: person.name,
      certType: person.certType,
      certNo: person.certNo,
      regionCode: unit.regionCode,
    };
  },

  async apply(ctx, app) {
    const { enrolment, effectivePeriod } = await check(ctx, app.payload, true);
    await updateEnrolment(
      ctx.tx,
      enrolment,
      { contributionBaseFen: app.payload.baseFen, contributionBaseFrom: effectivePeriod },
      'update',
      ctx.actor,
      ctx.now,
      `办件 ${app.applicationNo}`,
    );
    return {
      personId: enrolment.personId,
      enrolmentId: enrolment.id,
      beforeFen: enrolment.contributionBaseFen,
      baseFen: app.payload.baseFen,
      effectivePeriod,
    };
  },

  async compensate(ctx, app) {
    const enrolment = await findEnrolmentById(ctx.tx, app.payload.enrolmentId, true);
    if (!enrolment) throw conflict('找不到本办件变更的参保记录');
    const reason = `办件 ${app.applicationNo}`;
    const undone = await undoOwnChange(ctx.tx, enrolmentHistory, enrolment.id, reason, (before) =>
      updateEnrolment(
        ctx.tx,
        enrolment,
        before,
        'restore',
        ctx.actor,
        ctx.now,
        `${reason} 复核不通过，恢复变更前的缴费基数`,
      ),
    );
    if (!undone) throw conflict('该职工的参保信息在本次变更之后又有变更，不能撤销本次缴费基数变更');
  },
};
