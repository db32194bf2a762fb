import { employeeReductionPayload, type EmployeeReductionPayload } from '@yibao/contracts';
import { conflict, invalid } from '../../plugins/errors';
import type { BusinessContext, BusinessDefinition } from '../applications';
import { scannedDocument } from './materials';
import {
  activeEnrolments,
  findEnrolmentById,
  findPersonById,
  updateEnrolment,
  updatePerson,
} from './registry.repository';
import { PERSON_REGISTER_RIGHT } from './window-resident-enrolment.business';
import { undoEnrolmentAndPerson } from './undo';
import { openUnitByNo, personByCert, requireWindowRight } from './window-subjects';

/** The employee's enrolment in force through the unit, and the checks of the day given. */
async function check(ctx: BusinessContext, p: EmployeeReductionPayload) {
  const unit = await openUnitByNo(ctx, p.unitNo);
  const person = await personByCert(ctx, p.certType, p.certNo);
  const [enrolment] = (await activeEnrolments(ctx.tx, person.id, ['310'])).filter(
    (e) => e.unitId === unit.id,
  );
  if (!enrolment) throw conflict('该人员不是本单位正常参保的职工', 'payload.certNo');
  if (p.endDate < enrolment.startDate) {
    throw invalid(`停保日期不能早于参保日期${enrolment.startDate}`, 'payload.endDate');
  }
  return { unit, person, enrolment };
}

/**
 * W12 (二) 单位职工减少 (002 十二): the employee's enrolment through the unit ends on the day
 * given (死亡 also records the death), 即时办结; a failed 复核 puts both back.
 */
export const employeeReduction: BusinessDefinition<EmployeeReductionPayload> = {
  code: 'employee-reduction',
  name: '单位职工减少',
  channels: ['window'],
  applicants: ['staff'],
  payload: employeeReductionPayload,
  review: 'immediate',
  materials: [
    scannedDocument(
      'change-form',
      '《城镇职工医疗保险参保人员变动表》（一式两份并加盖单位公章）',
      true,
    ),
    scannedDocument(
      'termination-proof',
      '解除劳动合同证明书、死亡证明或调动文件复印件（加盖单位公章）',
      true,
      10,
    ),
  ],
  timeLimitDays: null,
  serviceItemNo: 12,
  insuranceType: '310',

  async subject(ctx, p) {
    requireWindowRight(ctx, PERSON_REGISTER_RIGHT);
    const { unit, person } = await check(ctx, p);
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
    const p = app.payload;
    const found = await check(ctx, p);
    const reason = `办件 ${app.applicationNo}`;
    const enrolment = await findEnrolmentById(ctx.tx, found.enrolment.id, true);
    const person = await findPersonById(ctx.tx, found.person.id, true);
    if (enrolment?.status !== '正常参保' || !person) throw conflict('该人员的参保状态已变化');
    await updateEnrolment(
      ctx.tx,
      enrolment,
      { status: '终止参保', endDate: p.endDate },
      'stop',
      ctx.actor,
      ctx.now,
      reason,
    );
    await updatePerson(
      ctx.tx,
      person,
      p.reason === 'death'
        ? { unitId: null, status: '死亡', deathDate: p.endDate }
        : { unitId: null },
      ctx.actor,
      ctx.now,
      reason,
    );
    return { personId: person.id, enrolmentId: enrolment.id };
  },

  async compensate(ctx, app) {
    await undoEnrolmentAndPerson(ctx, app, '职工减少');
  },
};
