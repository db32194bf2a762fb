import { employeeEnrolmentPayload, type EmployeeEnrolmentPayload } from '@yibao/contracts';
import { enrolmentHistory, personHistory } from '@yibao/db';
import { beijingDateOf, firstDayOfNextMonth, validateCertNo } from '@yibao/domain';
import { conflict, invalid } from '../../plugins/errors';
import type { BusinessContext, BusinessDefinition } from '../applications';
import { lastChangeOf } from './history';
import { scannedDocument } from './materials';
import {
  activeEnrolments,
  BASIC_SCHEMES,
  findEnrolmentById,
  findPersonByCert,
  findPersonById,
  insertRenewedEnrolment,
  insertPerson,
  updateEnrolment,
  updatePerson,
  type PersonRow,
} from './registry.repository';
import { lockKey } from './units.repository';
import { PERSON_REGISTER_RIGHT } from './window-resident-enrolment.business';
import { checkPersonStatuses, openUnitByNo, requireWindowRight } from './window-subjects';

/** One basic scheme at a time: the refusal naming the scheme already in force. */
export async function checkNoBasicScheme(ctx: BusinessContext, personId: number) {
  const active = await activeEnrolments(ctx.tx, personId, BASIC_SCHEMES);
  if (active.some((e) => e.insuranceType === '310')) {
    throw conflict('该人员已参加职工基本医疗保险，不能重复参保', 'payload.certNo');
  }
  if (active.length) {
    throw conflict('该人员正在参加城乡居民基本医疗保险，请先办理城乡居民停保', 'payload.certNo');
  }
}

/** The checks of the form that need the registry or the day (灵活就业人员新参保 too). */
export async function checkEnrolmentForm(
  ctx: BusinessContext,
  p: Pick<
    EmployeeEnrolmentPayload,
    | 'unitNo'
    | 'certType'
    | 'certNo'
    | 'name'
    | 'birthDate'
    | 'startDate'
    | 'politicalStatus'
    | 'maritalStatus'
  >,
  lock = false,
) {
  checkPersonStatuses(p);
  const unit = await openUnitByNo(ctx, p.unitNo, lock);
  const today = beijingDateOf(ctx.now);
  const cert = validateCertNo(p.certType, p.certNo, today);
  if (!cert.ok) throw invalid(cert.message, 'payload.certNo');
  if (p.birthDate > today) throw invalid('出生日期不能晚于今天', 'payload.birthDate');
  if (p.startDate > firstDayOfNextMonth(today)) {
    throw invalid('参保日期不能晚于下月1日', 'payload.startDate');
  }
  if (lock) await lockKey(ctx.tx, `person-cert:${p.certType}:${cert.normalized}`);
  const person = await findPersonByCert(ctx.tx, p.certType, cert.normalized);
  if (person) {
    if (person.name !== p.name) throw invalid('姓名与证件号码不一致', 'payload.name');
    await checkNoBasicScheme(ctx, person.id);
  }
  return { unit, person, certNo: cert.normalized };
}

/** The 办件's subject: the person of a checked enrolment form (new ones have no id yet). */
export const enrolmentSubject = (
  checked: Awaited<ReturnType<typeof checkEnrolmentForm>>,
  p: { name: string; certType: string },
) => ({
  personId: checked.person?.id ?? null,
  unitId: checked.unit.id,
  name: p.name,
  certType: p.certType,
  certNo: checked.certNo,
  regionCode: checked.unit.regionCode,
});

/** 申办资料 of 单位职工新参保/续保, single and batch alike. */
export const EMPLOYEE_ENROLMENT_MATERIALS = [
  scannedDocument(
    'change-form',
    '《城镇职工医疗保险参保人员变动表》（一式两份并加盖单位公章）',
    true,
  ),
  scannedDocument(
    'employment-proof',
    '聘用文件、报到证、劳动合同或调动文件复印件（加盖单位公章）',
    true,
    10,
  ),
  scannedDocument('wage-proof', '职工工资表或工资审批表等工资证明复印件（加盖单位公章）', true, 10),
];

const reasonOf = (applicationNo: string) => `办件 ${applicationNo}`;

/**
 * W12 (一) 单位职工新参保/续保 (002 十二, 单个模式): the window enrols an employee of a unit
 * 即时办结; a failed 复核 ends the enrolment and gives the person back their former unit.
 */
export const employeeEnrolment: BusinessDefinition<EmployeeEnrolmentPayload> = {
  code: 'employee-enrolment',
  name: '单位职工新参保/续保',
  channels: ['window'],
  applicants: ['staff'],
  payload: employeeEnrolmentPayload,
  review: 'immediate',
  materials: EMPLOYEE_ENROLMENT_MATERIALS,
  timeLimitDays: null,
  serviceItemNo: 12,
  insuranceType: '310',

  async subject(ctx, p) {
    requireWindowRight(ctx, PERSON_REGISTER_RIGHT);
    return enrolmentSubject(await checkEnrolmentForm(ctx, p), p);
  },

  async apply(ctx, app) {
    const p = app.payload;
    const { unit, person: known, certNo } = await checkEnrolmentForm(ctx, p, true);
    const reason = reasonOf(app.applicationNo);
    const details = {
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
    };
    let person: PersonRow;
    if (known) {
      person = await updatePerson(
        ctx.tx,
        known,
        { unitId: unit.id, personCategory: '11' },
        ctx.actor,
        ctx.now,
        reason,
      );
    } else {
      person = await insertPerson(
        ctx.tx,
        {
          personNo: `${unit.regionCode}P${String(app.id).padStart(8, '0')}`,
          name: p.name,
          certType: p.certType,
          certNo,
          ...details,
          personCategory: '11',
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
    const { enrolment, renewal } = await insertRenewedEnrolment(
      ctx.tx,
      {
        personId: person.id,
        unitId: unit.id,
        regionCode: unit.regionCode,
        insuranceType: '310',
        personType: '11',
        status: '正常参保',
        startDate: p.startDate,
        contributionBaseFen: p.wageFen,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      },
      ctx.actor,
      ctx.now,
      reason,
    );
    return { personId: person.id, enrolmentId: enrolment.id, renewal };
  },

  async compensate(ctx, app) {
    const reason = reasonOf(app.applicationNo);
    const undoReason = `${reason} 复核不通过，撤销职工参保登记`;
    const enrolment = await findEnrolmentById(ctx.tx, Number(app.effectResult?.enrolmentId), true);
    if (!enrolment) throw conflict('找不到本办件登记的参保记录');
    if ((await lastChangeOf(ctx.tx, enrolmentHistory, enrolment.id))?.reason !== reason) {
      throw conflict('该参保记录在登记之后又有变更，不能撤销本次职工参保登记');
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
    const person = await findPersonById(ctx.tx, enrolment.personId, true);
    const last = person ? await lastChangeOf(ctx.tx, personHistory, person.id) : null;
    // the person leaves the unit again: back to their former unit, or to none if new
    if (person && last?.reason === reason) {
      const back: Partial<PersonRow> =
        last.action === 'create'
          ? { unitId: null }
          : (last.before as Pick<PersonRow, 'unitId' | 'personCategory'>);
      await updatePerson(ctx.tx, person, back, ctx.actor, ctx.now, undoReason);
    }
  },
};
