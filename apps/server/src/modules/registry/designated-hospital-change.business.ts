import {
  designatedHospitalChangePayload,
  type DesignatedHospitalChangePayload,
} from '@yibao/contracts';
import { beijingDateOf, designatedChoiceRefusal } from '@yibao/domain';
import { conflict, forbidden } from '../../plugins/errors';
import type { BusinessContext, BusinessDefinition } from '../applications';
import {
  chooseHospital,
  chosenHospitals,
  findInstitutionByCode,
} from './designated-hospitals.repository';
import { activeEnrolments, findPersonById } from './registry.repository';

/** The person, the hospital, and the rules' verdict on putting it into the slot. */
export async function hospitalVerdict(
  ctx: BusinessContext,
  personId: number,
  p: { slot: number; institutionCode: string },
) {
  const person = await findPersonById(ctx.tx, personId);
  if (!person) throw forbidden('人员不存在');
  const hospital = await findInstitutionByCode(ctx.tx, p.institutionCode);
  const chosen = await chosenHospitals(ctx.tx, person.id);
  const refusal = hospital
    ? designatedChoiceRefusal(
        new Map(chosen.map((c) => [c.slot, c.institutionId])),
        p.slot,
        hospital,
        person.regionCode,
      )
    : '医院不存在';
  return { person, hospital, refusal };
}

/** The effect of a hospital change: the slot takes the hospital, if the rules still allow. */
export async function changeHospital(
  ctx: BusinessContext,
  app: { subjectPersonId: number | null; applicationNo: string },
  p: { slot: number; institutionCode: string },
) {
  if (!app.subjectPersonId) throw conflict('人员不存在');
  const { person, hospital, refusal } = await hospitalVerdict(ctx, app.subjectPersonId, p);
  if (refusal || !hospital) throw conflict(refusal ?? '医院不存在');
  await chooseHospital(
    ctx.tx,
    {
      personId: person.id,
      slot: p.slot,
      institutionId: hospital.id,
      regionCode: person.regionCode,
      on: beijingDateOf(ctx.now),
    },
    { actor: ctx.actor, at: ctx.now, reason: `办件 ${app.applicationNo}` },
  );
  return { slot: p.slot, institutionCode: hospital.code, name: hospital.name };
}

/**
 * P13 职工个人定点医疗机构变更 (000 §1): pick the slot, search the hospital by name, 选择, 提交 —
 * decided by the rules at once (系统自助审核).
 */
export const designatedHospitalChange: BusinessDefinition<DesignatedHospitalChangePayload> = {
  code: 'designated-hospital-change',
  name: '职工个人定点医疗机构变更',
  channels: ['personal', 'mobile'],
  applicants: ['person'],
  payload: designatedHospitalChangePayload,
  review: 'auto',
  materials: [],
  timeLimitDays: null,
  insuranceType: '310',

  async subject(ctx) {
    const personId = ctx.actor.personId;
    const person = personId ? await findPersonById(ctx.tx, personId) : null;
    if (!person) throw forbidden('请先完成实名认证');
    const employee = await activeEnrolments(ctx.tx, person.id, ['310']);
    if (employee.length === 0) {
      throw forbidden('您不是职工参保人员，不能办理职工个人定点医疗机构变更');
    }
    return {
      personId: person.id,
      unitId: null,
      name: person.name,
      certType: person.certType,
      certNo: person.certNo,
      regionCode: person.regionCode,
    };
  },

  async decide(ctx, app) {
    if (!app.subjectPersonId) return { ok: false, reason: '人员不存在' };
    const { refusal } = await hospitalVerdict(ctx, app.subjectPersonId, app.payload);
    return refusal ? { ok: false, reason: refusal } : { ok: true };
  },

  apply: (ctx, app) => changeHospital(ctx, app, app.payload),
};
