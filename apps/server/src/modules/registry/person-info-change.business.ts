import { personInfoChangePayload, type PersonInfoChangePayload } from '@yibao/contracts';
import { forbidden } from '../../plugins/errors';
import type { BusinessContext, BusinessDefinition, StoredApplication } from '../applications';
import { activeEnrolments, findPersonById, updatePerson } from './registry.repository';

/** The registry's columns that 职工个人基本信息变更 sets, at the portal (P10) or the window (W15). */
export const personInfoValues = (p: PersonInfoChangePayload) => ({
  name: p.name,
  ethnicity: p.ethnicity,
  phone: p.phone,
  education: p.education,
  contactName: p.contactName,
  contactPhone: p.contactPhone,
  householdDivisionCode: p.householdDivisionCode,
  householdAddress: p.householdAddress,
  householdPostcode: p.householdPostcode,
  residenceDivisionCode: p.residenceDivisionCode,
  residenceAddress: p.residenceAddress,
  residencePostcode: p.residencePostcode,
  bankCode: p.bankCode,
  bankAccount: p.bankAccount,
  email: p.email,
});

/**
 * The effect of 职工个人基本信息变更: the person's record takes the form's values, and `more`
 * (what only the window's form asks: 政治面貌, 婚姻状态).
 */
export async function changePersonInfo(
  ctx: BusinessContext,
  app: StoredApplication<PersonInfoChangePayload>,
  more: { politicalStatus?: string; maritalStatus?: string } = {},
) {
  const person = app.subjectPersonId
    ? await findPersonById(ctx.tx, app.subjectPersonId, true)
    : null;
  if (!person) throw forbidden('人员不存在');
  await updatePerson(
    ctx.tx,
    person,
    { ...personInfoValues(app.payload), ...more },
    ctx.actor,
    ctx.now,
    `办件 ${app.applicationNo}`,
  );
  return { personId: person.id };
}

/** P10 职工个人基本信息变更: 系统自助审核, applied at once ("职工个人基本信息变更成功"). */
export const personInfoChange: BusinessDefinition<PersonInfoChangePayload> = {
  code: 'person-info-change',
  name: '职工个人基本信息变更',
  channels: ['personal', 'mobile'],
  applicants: ['person'],
  payload: personInfoChangePayload,
  review: 'auto',
  materials: [],
  timeLimitDays: null,
  serviceItemNo: 15,
  insuranceType: '310',

  async subject(ctx) {
    const personId = ctx.actor.personId;
    if (!personId) throw forbidden('请先完成实名认证');
    const person = await findPersonById(ctx.tx, personId);
    if (!person) throw forbidden('请先完成实名认证');
    const employee = await activeEnrolments(ctx.tx, personId, ['310']);
    if (employee.length === 0) throw forbidden('您不是职工参保人员，不能办理职工个人基本信息变更');
    return {
      personId,
      unitId: null,
      name: person.name,
      certType: person.certType,
      certNo: person.certNo,
      regionCode: person.regionCode,
    };
  },

  async decide(ctx, app) {
    const person = app.subjectPersonId ? await findPersonById(ctx.tx, app.subjectPersonId) : null;
    return person?.status === '正常'
      ? { ok: true }
      : { ok: false, reason: '人员状态不是正常，不能变更基本信息' };
  },

  apply: (ctx, app) => changePersonInfo(ctx, app),
};
