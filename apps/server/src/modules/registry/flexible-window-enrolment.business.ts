import {
  flexibleWindowEnrolmentPayload,
  type FlexibleWindowEnrolmentPayload,
} from '@yibao/contracts';
import { enrolmentHistory, personHistory } from '@yibao/db';
import { beijingDateOf } from '@yibao/domain';
import { conflict, invalid } from '../../plugins/errors';
import type { BusinessContext, BusinessDefinition } from '../applications';
import { checkEnrolmentForm, enrolmentSubject } from './employee-enrolment.business';
import { isFlexibleAgency } from './flexible-agency';
import { lastChangeOf, undoOwnChange } from './history';
import { scannedDocument } from './materials';
import {
  enrolmentsOf,
  findEnrolmentById,
  findPersonById,
  insertPerson,
  insertRenewedEnrolment,
  updateEnrolment,
  updatePerson,
  type PersonRow,
} from './registry.repository';
import { PERSON_REGISTER_RIGHT } from './window-resident-enrolment.business';
import { requireWindowRight } from './window-subjects';

/** 缴费人员类别 and 参保身份 of a flexible-employment worker. */
const FLEXIBLE_CATEGORY = '14';
const FLEXIBLE_PERSON_TYPE = '14';

const reasonOf = (applicationNo: string) => `办件 ${applicationNo}`;

/**
 * The employee form's checks, the unit being an agency of flexible-employment workers, and the
 * 停保 the 续保 ends: a person whose 310 is 暂停参保 continues after the 中断日期.
 */
export async function checkFlexibleEnrolment(
  ctx: BusinessContext,
  p: FlexibleWindowEnrolmentPayload,
  lock = false,
) {
  const found = await checkEnrolmentForm(ctx, p, lock);
  if (!isFlexibleAgency(found.unit)) {
    throw conflict('该单位不是灵活就业代管机构，不能办理灵活就业人员参保', 'payload.unitNo');
  }
  const suspended = found.person
    ? (await enrolmentsOf(ctx.tx, found.person.id, ['310'])).filter((e) => e.status === '暂停参保')
    : [];
  for (const e of suspended) {
    if (e.endDate && p.startDate <= e.endDate) {
      throw invalid(`续保的参保日期应晚于中断日期${e.endDate}`, 'payload.startDate');
    }
  }
  return { ...found, suspended };
}

type Checked = Awaited<ReturnType<typeof checkFlexibleEnrolment>>;

/**
 * Enrols a checked worker through the agency (the 续保 ends the 停保 first); single and batch
 * alike. Answers what the 复核's undo needs.
 */
export async function enrolFlexible(
  ctx: BusinessContext,
  p: FlexibleWindowEnrolmentPayload,
  { unit, person: known, certNo, suspended }: Checked,
  personNo: string,
  reason: string,
) {
  let person: PersonRow;
  if (known) {
    person = await updatePerson(
      ctx.tx,
      known,
      { unitId: unit.id, personCategory: FLEXIBLE_CATEGORY },
      ctx.actor,
      ctx.now,
      reason,
    );
  } else {
    person = await insertPerson(
      ctx.tx,
      {
        personNo,
        name: p.name,
        certType: p.certType,
        certNo,
        sex: p.sex,
        ethnicity: p.ethnicity,
        birthDate: p.birthDate,
        workStartDate: p.workStartDate === '' ? null : p.workStartDate,
        education: p.education,
        politicalStatus: p.politicalStatus,
        maritalStatus: p.maritalStatus,
        householdType: p.householdType,
        phone: p.phone,
        email: p.email,
        personCategory: FLEXIBLE_CATEGORY,
        regionCode: unit.regionCode,
        unitId: unit.id,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      },
      ctx.actor,
      ctx.now,
      reason,
    );
  }
  // 续保 after 停保: the suspended enrolment ends where it was interrupted
  const ended: number[] = [];
  for (const e of suspended) {
    const locked = await findEnrolmentById(ctx.tx, e.id, true);
    if (locked?.status !== '暂停参保') throw conflict('该人员的参保状态已变化');
    await updateEnrolment(
      ctx.tx,
      locked,
      { status: '终止参保', endDate: locked.endDate ?? beijingDateOf(ctx.now) },
      'end',
      ctx.actor,
      ctx.now,
      reason,
    );
    ended.push(locked.id);
  }
  const { enrolment, renewal } = await insertRenewedEnrolment(
    ctx.tx,
    {
      personId: person.id,
      unitId: unit.id,
      regionCode: unit.regionCode,
      insuranceType: '310',
      personType: FLEXIBLE_PERSON_TYPE,
      status: '正常参保',
      startDate: p.startDate,
      contributionBaseFen: p.baseFen,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    },
    ctx.actor,
    ctx.now,
    reason,
  );
  return { personId: person.id, enrolmentId: enrolment.id, renewal, endedIds: ended };
}

/** A failed 复核: ends the enrolment, puts the 停保 back, the person back to their former unit. */
export async function undoFlexible(
  ctx: BusinessContext,
  effect: Record<string, unknown>,
  reason: string,
  undoReason: string,
) {
  const enrolment = await findEnrolmentById(ctx.tx, Number(effect.enrolmentId), true);
  if (!enrolment) throw conflict('找不到本办件登记的参保记录');
  if ((await lastChangeOf(ctx.tx, enrolmentHistory, enrolment.id))?.reason !== reason) {
    throw conflict('该参保记录在登记之后又有变更，不能撤销本次灵活就业人员参保登记');
  }
  await updateEnrolment(
    ctx.tx,
    enrolment,
    { status: '终止参保', endDate: enrolment.startDate },
    'cancel',
    ctx.actor,
    ctx.now,
    undoReason,
  );
  const endedIds = Array.isArray(effect.endedIds) ? (effect.endedIds as unknown[]) : [];
  for (const id of endedIds) {
    const ended = await findEnrolmentById(ctx.tx, Number(id), true);
    if (!ended) continue;
    const restored = await undoOwnChange(ctx.tx, enrolmentHistory, ended.id, reason, (before) =>
      updateEnrolment(ctx.tx, ended, before, 'restore', ctx.actor, ctx.now, undoReason),
    );
    if (!restored) throw conflict('停保的参保记录在续保之后又有变更，不能撤销本次续保');
  }
  const person = await findPersonById(ctx.tx, enrolment.personId, true);
  const last = person ? await lastChangeOf(ctx.tx, personHistory, person.id) : null;
  // the person leaves the agency again: back to their former unit, or to none if new
  if (person && last?.reason === reason) {
    const back: Partial<PersonRow> =
      last.action === 'create'
        ? { unitId: null }
        : (last.before as Pick<PersonRow, 'unitId' | 'personCategory'>);
    await updatePerson(ctx.tx, person, back, ctx.actor, ctx.now, undoReason);
  }
}

/**
 * W12 (四) 灵活就业人员新参保/续保 (002 十二, 单个模式): the window enrols a flexible-employment
 * worker through an agency (310, 人员类型 灵活就业) 即时办结 — a 续保 ends the 停保 first. A
 * failed 复核 ends the enrolment, puts the 停保 back and gives the person back their former unit.
 */
export const flexibleWindowEnrolment: BusinessDefinition<FlexibleWindowEnrolmentPayload> = {
  code: 'flexible-enrolment-window',
  name: '灵活就业人员新参保/续保',
  channels: ['window'],
  applicants: ['staff'],
  payload: flexibleWindowEnrolmentPayload,
  review: 'immediate',
  materials: [
    scannedDocument('id-document', '医保电子凭证或有效身份证件或金融社保卡', true),
    scannedDocument('declaration-form', '《灵活就业人员医疗保险缴费申报单》', true),
    scannedDocument(
      'special-group',
      '特殊人群：港澳台人员的通行证或居住证、建立劳动关系的证明；外国人的就业证件及居留证件或永久居留证',
      false,
      10,
    ),
  ],
  timeLimitDays: null,
  serviceItemNo: 12,
  insuranceType: '310',

  async subject(ctx, p) {
    requireWindowRight(ctx, PERSON_REGISTER_RIGHT);
    return enrolmentSubject(await checkFlexibleEnrolment(ctx, p), p);
  },

  async apply(ctx, app) {
    const checked = await checkFlexibleEnrolment(ctx, app.payload, true);
    const personNo = `${checked.unit.regionCode}F${String(app.id).padStart(8, '0')}`;
    return enrolFlexible(ctx, app.payload, checked, personNo, reasonOf(app.applicationNo));
  },

  async compensate(ctx, app) {
    const reason = reasonOf(app.applicationNo);
    await undoFlexible(
      ctx,
      app.effectResult ?? {},
      reason,
      `${reason} 复核不通过，撤销灵活就业人员参保登记`,
    );
  },
};
