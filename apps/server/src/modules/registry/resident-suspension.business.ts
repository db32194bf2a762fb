import { residentSuspensionPayload, type ResidentSuspensionPayload } from '@yibao/contracts';
import { enrolmentHistory } from '@yibao/db';
import { conflict, invalid } from '../../plugins/errors';
import type { BusinessContext, BusinessDefinition } from '../applications';
import { undoOwnChange } from './history';
import { scannedDocument } from './materials';
import { activeEnrolments, findEnrolmentById, updateEnrolment } from './registry.repository';
import { PERSON_REGISTER_RIGHT } from './window-resident-enrolment.business';
import { personByCert, requireWindowRight } from './window-subjects';

async function check(ctx: BusinessContext, p: ResidentSuspensionPayload) {
  const person = await personByCert(ctx, p.certType, p.certNo);
  const [enrolment] = await activeEnrolments(ctx.tx, person.id, ['390']);
  if (!enrolment) {
    throw conflict('该人员没有正常参保的城乡居民基本医疗保险', 'payload.certNo');
  }
  if (p.stopDate < enrolment.startDate) {
    throw invalid(`停保日期不能早于参保日期${enrolment.startDate}`, 'payload.stopDate');
  }
  return { person, enrolment };
}

/**
 * W13 (二) 城乡居民停保 (002 十三): the resident enrolment is 暂停参保 from the day given,
 * 即时办结; a failed 复核 resumes it. 续保 later starts a new enrolment.
 */
export const residentSuspension: BusinessDefinition<ResidentSuspensionPayload> = {
  code: 'resident-suspension',
  name: '城乡居民停保',
  channels: ['window'],
  applicants: ['staff'],
  payload: residentSuspensionPayload,
  review: 'immediate',
  materials: [
    scannedDocument('stop-request', '居民基本医疗保险停保申请', true),
    scannedDocument('proxy-documents', '非本人办理：参保人和办理人身份证复印件、委托书', false, 10),
  ],
  timeLimitDays: null,
  serviceItemNo: 13,
  insuranceType: '390',

  async subject(ctx, p) {
    requireWindowRight(ctx, PERSON_REGISTER_RIGHT);
    const { person, enrolment } = await check(ctx, p);
    return {
      personId: person.id,
      unitId: null,
      name: person.name,
      certType: person.certType,
      certNo: person.certNo,
      regionCode: enrolment.regionCode,
    };
  },

  async apply(ctx, app) {
    const { enrolment: found } = await check(ctx, app.payload);
    const enrolment = await findEnrolmentById(ctx.tx, found.id, true);
    if (enrolment?.status !== '正常参保') throw conflict('该人员的参保状态已变化');
    await updateEnrolment(
      ctx.tx,
      enrolment,
      { status: '暂停参保', endDate: app.payload.stopDate },
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
