import {
  windowPersonInfoChangePayload,
  type WindowPersonInfoChangePayload,
} from '@yibao/contracts';
import { beijingDateOf, validateCertNo } from '@yibao/domain';
import { conflict, forbidden, invalid } from '../../plugins/errors';
import { holdsRight, type BusinessContext, type BusinessDefinition } from '../applications';
import { scannedDocument } from './materials';
import { changePersonInfo } from './person-info-change.business';
import {
  activeEnrolments,
  findPersonByCert,
  findPersonById,
  lastPersonChange,
  updatePerson,
  type PersonRow,
} from './registry.repository';

/** The right to maintain persons' general information at the window (人员一般信息维护). */
export const PERSON_MAINTAIN_RIGHT = { code: 'person.maintain', name: '人员信息维护' };

/** 人员查询: the employee the form is about, by 证件类型 and 证件号码. */
export async function findEmployee(ctx: BusinessContext, certType: string, rawCertNo: string) {
  const cert = validateCertNo(certType, rawCertNo, beijingDateOf(ctx.now));
  if (!cert.ok) throw invalid(cert.message, 'payload.certNo');
  const person = await findPersonByCert(ctx.tx, certType, cert.normalized);
  if (!person) throw invalid('未找到该证件号码的参保人员', 'payload.certNo');
  if (person.status !== '正常') throw conflict('人员状态不是正常，不能变更基本信息');
  const employee = await activeEnrolments(ctx.tx, person.id, ['310']);
  if (employee.length === 0) {
    throw conflict('该人员不是职工参保人员，不能办理职工基本信息变更', 'payload.certNo');
  }
  return person;
}

/**
 * W15 (一) 职工基本信息变更 (002 十五, 人员一般信息维护): the window changes an employee's general
 * information 即时办结; a failed 复核 restores the values from before the change.
 */
export const windowPersonInfoChange: BusinessDefinition<WindowPersonInfoChangePayload> = {
  code: 'person-info-change-window',
  name: '职工基本信息变更',
  channels: ['window'],
  applicants: ['staff'],
  payload: windowPersonInfoChangePayload,
  review: 'immediate',
  materials: [
    scannedDocument(
      'change-form',
      '《城镇职工医疗保险参保人员信息变更登记表》（一式两份并加盖单位公章）',
      true,
    ),
    scannedDocument('change-proof', '变更信息证明复印件', true, 10),
  ],
  timeLimitDays: null,
  serviceItemNo: 15,
  insuranceType: '310',

  async subject(ctx, p) {
    if (!holdsRight(ctx.actor, PERSON_MAINTAIN_RIGHT.code)) {
      throw forbidden('您没有人员信息维护的权限');
    }
    const person = await findEmployee(ctx, p.certType, p.certNo);
    return {
      personId: person.id,
      unitId: null,
      name: person.name,
      certType: person.certType,
      certNo: person.certNo,
      regionCode: person.regionCode,
    };
  },

  apply: changePersonInfo,

  async compensate(ctx, app) {
    const person = app.subjectPersonId
      ? await findPersonById(ctx.tx, app.subjectPersonId, true)
      : null;
    if (!person) throw conflict('人员不存在');
    const last = await lastPersonChange(ctx.tx, person.id);
    if (last?.reason !== `办件 ${app.applicationNo}` || !last.before) {
      throw conflict('该人员信息在本次变更之后又有变更，不能撤销本次变更；请核实后重新维护');
    }
    await updatePerson(
      ctx.tx,
      person,
      last.before as Partial<PersonRow>,
      ctx.actor,
      ctx.now,
      `办件 ${app.applicationNo} 复核不通过，恢复变更前的信息`,
    );
  },
};
