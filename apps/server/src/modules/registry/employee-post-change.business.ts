import {
  employeePostChangePayload,
  type EmployeePostChangePayload,
  type EmployeePostReply,
} from '@yibao/contracts';
import { personHistory, type Executor } from '@yibao/db';
import { conflict, invalid } from '../../plugins/errors';
import type { BusinessContext, BusinessDefinition } from '../applications';
import { requireScope } from './contribution-base-change.business';
import { undoOwnChange } from './history';
import { scannedDocument } from './materials';
import {
  activeEnrolments,
  findPersonById,
  updatePerson,
  type PersonRow,
} from './registry.repository';
import { findUnitById } from './units.repository';
import { PERSON_MAINTAIN_RIGHT } from './window-person-info-change.business';
import { personByCert, requireWindowRight } from './window-subjects';

/** The three columns 职务职级职称变更 sets. */
const postValues = (p: Pick<PersonRow, 'adminPost' | 'techTitleLevel' | 'vocationalLevel'>) => ({
  adminPost: p.adminPost,
  techTitleLevel: p.techTitleLevel,
  vocationalLevel: p.vocationalLevel,
});

/** Whether the person is an employee in service: 职工医保 正常参保 as 在职 (11). */
async function inService(db: Executor, personId: number) {
  const enrolments = await activeEnrolments(db, personId, ['310']);
  return enrolments.some((e) => e.personType === '11');
}

/** 人员查询 of 人员重要信息维护: the person as the page shows them, whether they may be changed. */
export async function employeePostOf(db: Executor, person: PersonRow): Promise<EmployeePostReply> {
  const unit = person.unitId ? await findUnitById(db, person.unitId) : null;
  return {
    name: person.name,
    certType: person.certType,
    certNo: person.certNo,
    sex: person.sex,
    ethnicity: person.ethnicity,
    birthDate: person.birthDate,
    workStartDate: person.workStartDate,
    education: person.education,
    politicalStatus: person.politicalStatus,
    maritalStatus: person.maritalStatus,
    regionCode: person.regionCode,
    status: person.status,
    unitName: unit?.name ?? null,
    inService: await inService(db, person.id),
    ...postValues(person),
  };
}

/** The employee in service the form is about, and a change that changes something. */
async function check(ctx: BusinessContext, p: EmployeePostChangePayload) {
  const person = await personByCert(ctx, p.certType, p.certNo);
  requireScope(ctx, person.regionCode);
  if (person.status !== '正常') throw conflict('人员状态不是正常，不能变更职务职级职称');
  if (!(await inService(ctx.tx, person.id))) {
    throw conflict('该人员不是在职职工，不能办理单位职工职务职级职称变更', 'payload.certNo');
  }
  const before = postValues(person);
  const after = postValues(p);
  if ((Object.keys(after) as (keyof typeof after)[]).every((k) => after[k] === before[k])) {
    throw invalid('职务职级职称信息未变更', 'payload.adminPost');
  }
  return person;
}

/**
 * W15 (二) 单位职工职务职级职称变更 (002 十五, 人员重要信息维护): 行政职务, 专业技术职务等级 and
 * 国家职业资格等级 of an employee in service, 即时办结; a failed 复核 restores the values before.
 */
export const employeePostChange: BusinessDefinition<EmployeePostChangePayload> = {
  code: 'employee-post-change',
  name: '单位职工职务职级职称变更',
  channels: ['window'],
  applicants: ['staff'],
  payload: employeePostChangePayload,
  review: 'immediate',
  materials: [
    scannedDocument('post-form', '《医疗保险参保人员职务职级或职称信息备案表》', true),
    scannedDocument(
      'post-proof',
      '任职或聘任或降职或解聘等职务职级职称变更证明文件复印件',
      true,
      10,
    ),
  ],
  timeLimitDays: null,
  serviceItemNo: 15,
  insuranceType: '310',

  async subject(ctx, p) {
    requireWindowRight(ctx, PERSON_MAINTAIN_RIGHT);
    const person = await check(ctx, p);
    return {
      personId: person.id,
      unitId: person.unitId,
      name: person.name,
      certType: person.certType,
      certNo: person.certNo,
      regionCode: person.regionCode,
    };
  },

  async apply(ctx, app) {
    const found = await check(ctx, app.payload);
    const person = await findPersonById(ctx.tx, found.id, true);
    if (!person) throw conflict('人员不存在');
    await updatePerson(
      ctx.tx,
      person,
      postValues(app.payload),
      ctx.actor,
      ctx.now,
      `办件 ${app.applicationNo}`,
    );
    return { personId: person.id };
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
        `${reason} 复核不通过，恢复变更前的职务职级职称`,
      ),
    );
    if (!undone) {
      throw conflict('该人员信息在本次变更之后又有变更，不能撤销本次变更；请核实后重新维护');
    }
  },
};
