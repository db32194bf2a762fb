import {
  windowPersonInfoChangePayload,
  type WindowPersonInfoChangePayload,
} from '@yibao/contracts';
import { conflict } from '../../plugins/errors';
import type { BusinessContext, BusinessDefinition } from '../applications';
import { personHistory } from '@yibao/db';
import { undoOwnChange } from './history';
import { scannedDocument } from './materials';
import { changePersonInfo } from './person-info-change.business';
import {
  activeEnrolments,
  findPersonById,
  updatePerson,
  type PersonRow,
} from './registry.repository';
import { checkPersonStatuses, personByCert, requireWindowRight } from './window-subjects';

/** The right to maintain persons' general information at the window (人员一般信息维护). */
export const PERSON_MAINTAIN_RIGHT = { code: 'person.maintain', name: '人员信息维护' };

/** 人员查询: the employee the form is about, in force and 正常. */
export async function findEmployee(ctx: BusinessContext, certType: string, certNo: string) {
  const person = await personByCert(ctx, certType, certNo);
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
    requireWindowRight(ctx, PERSON_MAINTAIN_RIGHT);
    checkPersonStatuses(p);
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

  apply(ctx, app) {
    const { politicalStatus, maritalStatus } = app.payload;
    checkPersonStatuses(app.payload);
    return changePersonInfo(ctx, app, { politicalStatus, maritalStatus });
  },

  async compensate(ctx, app) {
    const person = app.subjectPersonId
      ? await findPersonById(ctx.tx, app.subjectPersonId, true)
      : null;
    if (!person) throw conflict('人员不存在');
    const reason = `办件 ${app.applicationNo}`;
    const undone = await undoOwnChange(ctx.tx, personHistory, person.id, reason, (before) =>
      updatePerson(
        ctx.tx,
        person,
        before as Partial<PersonRow>,
        ctx.actor,
        ctx.now,
        `${reason} 复核不通过，恢复变更前的信息`,
      ),
    );
    if (!undone) {
      throw conflict('该人员信息在本次变更之后又有变更，不能撤销本次变更；请核实后重新维护');
    }
  },
};
