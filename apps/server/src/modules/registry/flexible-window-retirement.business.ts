import { flexibleRetirementPayload, type FlexibleRetirementPayload } from '@yibao/contracts';
import { beijingDateOf } from '@yibao/domain';
import { invalid } from '../../plugins/errors';
import type { BusinessContext, BusinessDefinition } from '../applications';
import {
  recordRetirement,
  refuseRetirement,
  retirementFiguresOf,
  undoRetirement,
} from './employee-retirement.business';
import { flexibleEnrolmentOf } from './flexible-window-suspension.business';
import { scannedDocument } from './materials';
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
    const found = await check(ctx, app.payload);
    return recordRetirement(ctx, app, found, (_person, enrolment) =>
      enrolment.status === '正常参保' && enrolment.personType === '14'
        ? {
            personType: RETIREE_PERSON_TYPE,
            personCategory: FLEXIBLE_RETIREE_CATEGORY,
            unitId: enrolment.unitId,
          }
        : null,
    );
  },

  compensate: undoRetirement,
};
