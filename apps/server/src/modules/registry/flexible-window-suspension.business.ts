import { flexibleSuspensionPayload, type FlexibleSuspensionPayload } from '@yibao/contracts';
import { enrolmentHistory } from '@yibao/db';
import { addDays, beijingDateOf, firstDayOfNextMonth } from '@yibao/domain';
import { conflict, invalid } from '../../plugins/errors';
import type { BusinessContext, BusinessDefinition } from '../applications';
import { undoOwnChange } from './history';
import { scannedDocument } from './materials';
import { activeEnrolments, findEnrolmentById, updateEnrolment } from './registry.repository';
import { PERSON_REGISTER_RIGHT } from './window-resident-enrolment.business';
import { personByCert, requireWindowRight } from './window-subjects';

/** The person's 灵活就业 enrolment in force (310, 人员类型 14), or the refusal. */
export async function flexibleEnrolmentOf(ctx: BusinessContext, certType: string, certNo: string) {
  const person = await personByCert(ctx, certType, certNo);
  const [enrolment] = (await activeEnrolments(ctx.tx, person.id, ['310'])).filter(
    (e) => e.personType === '14',
  );
  if (!enrolment) throw conflict('该人员不是正常参保的灵活就业人员', 'payload.certNo');
  return { person, enrolment };
}

/** The person's enrolment, and the 中断日期 between its start and the end of this month. */
async function check(ctx: BusinessContext, p: FlexibleSuspensionPayload) {
  const found = await flexibleEnrolmentOf(ctx, p.certType, p.certNo);
  if (p.interruptedOn < found.enrolment.startDate) {
    throw invalid(`中断日期不能早于参保日期${found.enrolment.startDate}`, 'payload.interruptedOn');
  }
  // contributions are monthly: the interruption is at the latest this month's last day
  const lastDay = addDays(firstDayOfNextMonth(beijingDateOf(ctx.now)), -1);
  if (p.interruptedOn > lastDay) {
    throw invalid(`中断日期不能晚于本月最后一天${lastDay}`, 'payload.interruptedOn');
  }
  return found;
}

/**
 * W12 (五) 灵活就业人员停保 (002 十二): the worker's 310 is 暂停参保 from the 中断日期, with the
 * 中断原因 and 备注 on the enrolment, 即时办结; a failed 复核 resumes it. 续保 ((四)) later ends
 * the interruption and starts anew.
 */
export const flexibleWindowSuspension: BusinessDefinition<FlexibleSuspensionPayload> = {
  code: 'flexible-suspension',
  name: '灵活就业人员停保',
  channels: ['window'],
  applicants: ['staff'],
  payload: flexibleSuspensionPayload,
  review: 'immediate',
  materials: [
    scannedDocument('stop-request', '城镇职工基本医疗保险停保申请', true),
    scannedDocument(
      'proxy-documents',
      '非本人办理：参保人身份证复印件、办理人身份证复印件、具有法律效力的有效委托书',
      false,
      10,
    ),
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
      regionCode: enrolment.regionCode,
    };
  },

  async apply(ctx, app) {
    const p = app.payload;
    const { enrolment: found } = await check(ctx, p);
    const enrolment = await findEnrolmentById(ctx.tx, found.id, true);
    if (enrolment?.status !== '正常参保') throw conflict('该人员的参保状态已变化');
    await updateEnrolment(
      ctx.tx,
      enrolment,
      {
        status: '暂停参保',
        endDate: p.interruptedOn,
        stopReason: p.interruptReason,
        stopRemark: p.remark,
      },
      'suspend',
      ctx.actor,
      ctx.now,
      `办件 ${app.applicationNo}`,
    );
    return { personId: enrolment.personId, enrolmentId: enrolment.id };
  },

  async compensate(ctx, app) {
    const reason = `办件 ${app.applicationNo}`;
    const enrolment = await findEnrolmentById(ctx.tx, Number(app.effectResult?.enrolmentId), true);
    if (!enrolment) throw conflict('找不到本办件停保的参保记录');
    const undone = await undoOwnChange(ctx.tx, enrolmentHistory, enrolment.id, reason, (before) =>
      updateEnrolment(
        ctx.tx,
        enrolment,
        before,
        'restore',
        ctx.actor,
        ctx.now,
        `${reason} 复核不通过，撤销停保`,
      ),
    );
    if (!undone) throw conflict('该参保记录在停保之后又有变更，不能撤销本次停保');
  },
};
