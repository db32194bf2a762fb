import {
  flexibleAdditionPayload,
  flexibleDeathReductionPayload,
  flexibleHospitalChangePayload,
  flexibleReductionPayload,
  USCC_CERT_TYPE,
  type FlexibleAdditionPayload,
  type FlexibleDeathReductionPayload,
  type FlexibleHospitalChangePayload,
  type FlexibleReductionPayload,
} from '@yibao/contracts';
import { addDays, beijingDateOf, firstDayOfNextMonth } from '@yibao/domain';
import { conflict, invalid } from '../../plugins/errors';
import type { ApplicationSubject, BusinessContext, BusinessDefinition } from '../applications';
import { changeHospital, hospitalVerdict } from './designated-hospital-change.business';
import { checkNoBasicScheme } from './employee-enrolment.business';
import { agencyOfOperator, enrolThroughAgency } from './flexible-agency';
import { portalDocument } from './materials';
import {
  activeEnrolments,
  findEnrolmentById,
  findPersonById,
  updateEnrolment,
  updatePerson,
  type PersonRow,
} from './registry.repository';
import type { UnitRow } from './units.repository';
import { personByCert } from './window-subjects';

/** 缴费截止月份: contributions stop with the month the reduction is decided in. */
const lastDayOfThisMonth = (now: Date) => addDays(firstDayOfNextMonth(beijingDateOf(now)), -1);

const subjectOf = (person: PersonRow): ApplicationSubject => ({
  personId: person.id,
  unitId: person.unitId,
  name: person.name,
  certType: person.certType,
  certNo: person.certNo,
  regionCode: person.regionCode,
});

/** A person the agency insures: named as the registry names them, enrolled through it. */
export async function memberOf(
  ctx: BusinessContext,
  unit: UnitRow,
  who: { name: string; certType: string; certNo: string },
) {
  const person = await personByCert(ctx, who.certType, who.certNo);
  if (person.name !== who.name.trim()) throw invalid('姓名与证件号码不一致', 'payload.name');
  const [enrolment] = (await activeEnrolments(ctx.tx, person.id, ['310'])).filter(
    (e) => e.unitId === unit.id,
  );
  if (!enrolment || person.unitId !== unit.id) {
    throw conflict(`${person.name}不是本机构正常参保的灵活就业人员`, 'payload.certNo');
  }
  return { person, enrolment };
}

/** Ends the person's enrolment through the agency this month; a death also marks the person. */
async function reduce(
  ctx: BusinessContext,
  personId: number,
  enrolmentId: number,
  reason: string,
  death: boolean,
) {
  const enrolment = await findEnrolmentById(ctx.tx, enrolmentId, true);
  const person = await findPersonById(ctx.tx, personId, true);
  if (enrolment?.status !== '正常参保' || !person) throw conflict('该人员的参保状态已变化');
  await updateEnrolment(
    ctx.tx,
    enrolment,
    { status: '终止参保', endDate: lastDayOfThisMonth(ctx.now) },
    'stop',
    ctx.actor,
    ctx.now,
    reason,
  );
  await updatePerson(
    ctx.tx,
    person,
    death ? { unitId: null, status: '死亡' } : { unitId: null },
    ctx.actor,
    ctx.now,
    reason,
  );
}

/** U02 灵活就业人员增员申报 (001 §一): a registry person joins the agency; 系统自助审核. */
export const flexibleAddition: BusinessDefinition<FlexibleAdditionPayload> = {
  code: 'flexible-addition',
  name: '灵活就业人员增员申报',
  channels: ['unit'],
  applicants: ['unit-operator'],
  payload: flexibleAdditionPayload,
  review: 'auto',
  materials: [],
  timeLimitDays: null,
  insuranceType: '310',

  async subject(ctx, p) {
    const unit = await agencyOfOperator(ctx.tx, ctx.actor);
    const person = await personByCert(ctx, p.certType, p.certNo);
    if (person.name !== p.name.trim()) throw invalid('姓名与证件号码不一致', 'payload.name');
    if (person.regionCode !== unit.regionCode) {
      throw conflict('该人员不在本机构所在的统筹区', 'payload.certNo');
    }
    return subjectOf(person);
  },

  async decide(ctx, app) {
    const person = app.subjectPersonId ? await findPersonById(ctx.tx, app.subjectPersonId) : null;
    if (!person || person.status !== '正常')
      return { ok: false, reason: '人员状态不是正常，不能增员' };
    try {
      await checkNoBasicScheme(ctx, person.id);
      return { ok: true };
    } catch (err) {
      return { ok: false, reason: err instanceof Error ? err.message : '不能增员' };
    }
  },

  async apply(ctx, app) {
    const unit = await agencyOfOperator(ctx.tx, ctx.actor);
    const person = app.subjectPersonId
      ? await findPersonById(ctx.tx, app.subjectPersonId, true)
      : null;
    if (!person) throw conflict('人员不存在');
    await checkNoBasicScheme(ctx, person.id);
    const reason = `办件 ${app.applicationNo}`;
    await updatePerson(
      ctx.tx,
      person,
      { unitId: unit.id, personCategory: app.payload.personCategory },
      ctx.actor,
      ctx.now,
      reason,
    );
    const enrolment = await enrolThroughAgency(ctx, person.id, unit, reason);
    return { personId: person.id, enrolmentId: enrolment.id };
  },
};

/** U03 死亡减员: one person with the death certificate; 需要前台经办落地审核. */
export const flexibleDeathReduction: BusinessDefinition<FlexibleDeathReductionPayload> = {
  code: 'flexible-reduction-death',
  name: '灵活就业人员减员申报（死亡减员）',
  channels: ['unit'],
  applicants: ['unit-operator'],
  payload: flexibleDeathReductionPayload,
  review: 'front-desk',
  materials: [portalDocument('death-certificate', '死亡证明', true)],
  timeLimitDays: 5,
  insuranceType: '310',

  async subject(ctx, p) {
    const unit = await agencyOfOperator(ctx.tx, ctx.actor);
    const { person } = await memberOf(ctx, unit, p);
    return subjectOf(person);
  },

  async apply(ctx, app) {
    // approved by the front desk: the agency of the application, not of the reviewer
    const person = app.subjectPersonId ? await findPersonById(ctx.tx, app.subjectPersonId) : null;
    const unitId = person?.unitId;
    const [enrolment] = person
      ? (await activeEnrolments(ctx.tx, person.id, ['310'])).filter((e) => e.unitId === unitId)
      : [];
    if (!person || !enrolment) throw conflict('该人员已不是正常参保的灵活就业人员');
    await reduce(ctx, person.id, enrolment.id, `办件 ${app.applicationNo}`, true);
    return { personId: person.id, enrolmentId: enrolment.id };
  },
};

/** U03 普通减员: several persons at once, one reason; 系统自助审核. */
export const flexibleReduction: BusinessDefinition<FlexibleReductionPayload> = {
  code: 'flexible-reduction',
  name: '灵活就业人员减员申报（普通减员）',
  channels: ['unit'],
  applicants: ['unit-operator'],
  payload: flexibleReductionPayload,
  review: 'auto',
  materials: [],
  timeLimitDays: null,
  insuranceType: '310',

  async subject(ctx, p) {
    const unit = await agencyOfOperator(ctx.tx, ctx.actor);
    const seen = new Set<string>();
    for (const who of p.persons) {
      const key = `${who.certType}:${who.certNo.toUpperCase()}`;
      if (seen.has(key)) throw invalid(`${who.name}重复勾选`, 'payload.persons');
      seen.add(key);
      await memberOf(ctx, unit, who);
    }
    const first = p.persons[0];
    return {
      personId: null,
      unitId: unit.id,
      name:
        p.persons.length === 1 && first
          ? first.name
          : `${first?.name ?? ''}等${p.persons.length}人`,
      certType: USCC_CERT_TYPE,
      certNo: unit.uscc,
      regionCode: unit.regionCode,
    };
  },

  async decide() {
    // every person was checked as the agency's when filed, in the same transaction
    return { ok: true };
  },

  async apply(ctx, app) {
    const unit = await agencyOfOperator(ctx.tx, ctx.actor);
    const reduced: number[] = [];
    for (const who of app.payload.persons) {
      const { person, enrolment } = await memberOf(ctx, unit, who);
      await reduce(ctx, person.id, enrolment.id, `办件 ${app.applicationNo}`, false);
      reduced.push(person.id);
    }
    return { personIds: reduced };
  },
};

/** U04 灵活就业人员定点医疗机构变更: the agency changes one slot of its person; 系统自助审核. */
export const flexibleHospitalChange: BusinessDefinition<FlexibleHospitalChangePayload> = {
  code: 'flexible-designated-hospital-change',
  name: '灵活就业人员定点医疗机构变更',
  channels: ['unit'],
  applicants: ['unit-operator'],
  payload: flexibleHospitalChangePayload,
  review: 'auto',
  materials: [],
  timeLimitDays: null,
  insuranceType: '310',

  async subject(ctx, p) {
    const unit = await agencyOfOperator(ctx.tx, ctx.actor);
    const { person } = await memberOf(ctx, unit, p);
    return subjectOf(person);
  },

  async decide(ctx, app) {
    if (!app.subjectPersonId) return { ok: false, reason: '人员不存在' };
    const { refusal } = await hospitalVerdict(ctx, app.subjectPersonId, app.payload);
    return refusal ? { ok: false, reason: refusal } : { ok: true };
  },

  apply: (ctx, app) => changeHospital(ctx, app, app.payload),
};
