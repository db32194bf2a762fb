import { flexibleRetirementPayload, type FlexibleRetirementPayload } from '@yibao/contracts';
import { eq, retirements } from '@yibao/db';
import { beijingDateOf, firstDayOfNextMonth } from '@yibao/domain';
import { conflict, invalid } from '../../plugins/errors';
import type { BusinessContext, BusinessDefinition } from '../applications';
import { refuseRetirement, retirementFiguresOf } from './employee-retirement.business';
import { flexibleEnrolmentOf } from './flexible-window-suspension.business';
import { scannedDocument } from './materials';
import {
  findEnrolmentById,
  findPersonById,
  updateEnrolment,
  updatePerson,
} from './registry.repository';
import { undoEnrolmentAndPerson } from './undo';
import { PERSON_REGISTER_RIGHT } from './window-resident-enrolment.business';
import { requireWindowRight } from './window-subjects';

/** 人员类别 灵活就业退休人员, insured as 退休 (人员类型 12). */
const FLEXIBLE_RETIREE_CATEGORY = '15';
const RETIREE_PERSON_TYPE = '12';

/** The worker insured as flexible, their figures, and the refusals of arrears and missing months. */
async function check(ctx: BusinessContext, p: FlexibleRetirementPayload) {
  const { person, enrolment } = await flexibleEnrolmentOf(ctx, p.certType, p.certNo);
  if (p.retiredOn > beijingDateOf(ctx.now)) {
    throw invalid('社保离退时间不能晚于今天', 'payload.retiredOn');
  }
  const figures = await retirementFiguresOf(ctx.tx, person);
  refuseRetirement(figures);
  return { person, enrolment, figures };
}

/**
 * W12 (六) 灵活就业人员在职转退休 (002 十二): with no arrears and enough 视同 + 实缴 months (the
 * region's minimum, as for an employee), the worker becomes a 灵活就业退休人员 from the next month
 * (次月生效), 即时办结; a failed 复核 undoes it.
 */
export const flexibleWindowRetirement: BusinessDefinition<FlexibleRetirementPayload> = {
  code: 'flexible-retirement',
  name: '灵活就业人员在职转退休',
  channels: ['window'],
  applicants: ['staff'],
  payload: flexibleRetirementPayload,
  review: 'immediate',
  materials: [
    scannedDocument('retirement-certificate', '《退休证》复印件', true),
    scannedDocument('retirement-approval', '退休登记表、提前退休核准表或退休呈报表', true),
    scannedDocument('deemed-years', '《城镇职工基本医疗保险视同缴费年限认定表》', true),
    scannedDocument('contribution-record', '《城镇职工基本医疗保险参保缴费情况》', true),
    scannedDocument('pension-proof', '养老保险待遇审核表或养老金证明资料复印件', true),
  ],
  timeLimitDays: null,
  serviceItemNo: 12,
  insuranceType: '310',

  async subject(ctx, p) {
    requireWindowRight(ctx, PERSON_REGISTER_RIGHT);
    const { person, enrolment } = await check(ctx, p);
    return {
      personId: person.id,
      unitId: enrolment.unitId,
      name: person.name,
      certType: person.certType,
      certNo: person.certNo,
      regionCode: person.regionCode,
    };
  },

  async apply(ctx, app) {
    const p = app.payload;
    const found = await check(ctx, p);
    const reason = `办件 ${app.applicationNo}`;
    const person = await findPersonById(ctx.tx, found.person.id, true);
    const enrolment = await findEnrolmentById(ctx.tx, found.enrolment.id, true);
    if (!person || enrolment?.status !== '正常参保' || enrolment.personType !== '14') {
      throw conflict('该人员的参保状态已变化');
    }
    const effectiveFrom = firstDayOfNextMonth(beijingDateOf(ctx.now));
    const [row] = await ctx.tx
      .insert(retirements)
      .values({
        personId: person.id,
        unitId: enrolment.unitId,
        regionCode: person.regionCode,
        retirementType: p.retirementType,
        retiredOn: p.retiredOn,
        effectiveFrom,
        pensionFen: p.pensionFen,
        deemedMonths: found.figures.deemedMonths,
        paidMonths: found.figures.paidMonths,
        requiredMonths: found.figures.requiredMonths,
        createdAt: ctx.now,
      })
      .returning();
    if (!row) throw new Error('retirement not inserted');
    await updateEnrolment(
      ctx.tx,
      enrolment,
      { personType: RETIREE_PERSON_TYPE },
      'retire',
      ctx.actor,
      ctx.now,
      reason,
    );
    await updatePerson(
      ctx.tx,
      person,
      { personCategory: FLEXIBLE_RETIREE_CATEGORY, retiredOn: p.retiredOn },
      ctx.actor,
      ctx.now,
      reason,
    );
    return { personId: person.id, enrolmentId: enrolment.id, retirementId: row.id, effectiveFrom };
  },

  async compensate(ctx, app) {
    await undoEnrolmentAndPerson(ctx, app, '在职转退休');
    await ctx.tx
      .update(retirements)
      .set({ status: '已撤销' })
      .where(eq(retirements.id, Number(app.effectResult?.retirementId)));
  },
};
