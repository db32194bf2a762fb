import {
  RESIDENT_KEY_FIELDS,
  residentInfoChangePayload,
  type ResidentInfoChangePayload,
} from '@yibao/contracts';
import { enrolmentHistory, personHistory } from '@yibao/db';
import { divisionPath, isDictionaryCode, personTypeOfCategory } from '@yibao/db/dictionaries';
import { beijingDateOf, birthDateFromCertNo, sexFromCertNo } from '@yibao/domain';
import { conflict, invalid } from '../../plugins/errors';
import type { BusinessContext, BusinessDefinition } from '../applications';
import { undoOwnChange } from './history';
import { differences, requireKeyMaterial } from './info-change';
import { scannedDocument } from './materials';
import {
  activeEnrolments,
  findEnrolmentById,
  findPersonById,
  updateEnrolment,
  updatePerson,
  type PersonRow,
} from './registry.repository';
import { PERSON_MAINTAIN_RIGHT } from './window-person-info-change.business';
import { checkPersonStatuses, personByCert, requireWindowRight } from './window-subjects';

export const RESIDENT_INFO_CHANGE = 'resident-info-change';

const KEY_MATERIAL = { code: 'key-change-proof', name: '关键信息变更辅助材料' };

/** Certificates whose number states 性别 and 出生日期 (居民身份证, 港澳台居民居住证). */
const STATING_CERTS = ['01', '17'];

/** 性别 and 出生日期 must agree with a certificate number that states them. */
function checkAgainstCert(certType: string, certNo: string, p: ResidentInfoChangePayload) {
  if (!STATING_CERTS.includes(certType)) return;
  let stated: { sex: string; birthDate: string };
  try {
    stated = { sex: sexFromCertNo(certNo), birthDate: birthDateFromCertNo(certNo) };
  } catch {
    return; // an old number without a date in it: nothing to compare
  }
  if (p.sex !== stated.sex) throw invalid('性别与证件号码不一致', 'payload.sex');
  if (p.birthDate !== stated.birthDate) {
    throw invalid('出生日期与证件号码不一致', 'payload.birthDate');
  }
}

/**
 * The resident and their 城乡居民 enrolment in force, and what the form changes of each: the
 * person's information, and 参保身份 on the enrolment as well.
 */
async function prepare(ctx: BusinessContext, p: ResidentInfoChangePayload, lock = false) {
  const found = await personByCert(ctx, p.certType, p.certNo);
  const person = lock ? await findPersonById(ctx.tx, found.id, true) : found;
  if (person?.status !== '正常') throw conflict('人员状态不是正常，不能变更参保信息');
  const [active] = await activeEnrolments(ctx.tx, person.id, ['390']);
  const enrolment = active && lock ? await findEnrolmentById(ctx.tx, active.id, true) : active;
  if (!enrolment) {
    throw conflict(
      '该人员没有正常参保的城乡居民基本医疗保险，不能办理城乡居民参保信息变更',
      'payload.certNo',
    );
  }
  if (!isDictionaryCode('ethnicities', p.ethnicity))
    throw invalid('请选择民族', 'payload.ethnicity');
  if (!isDictionaryCode('household-types', p.householdType)) {
    throw invalid('请选择户口性质', 'payload.householdType');
  }
  checkPersonStatuses(p);
  if (!divisionPath(p.residenceDivisionCode)?.includes(enrolment.regionCode)) {
    throw invalid('居住地不在参保地医保区划内', 'payload.residenceDivisionCode');
  }
  if (p.birthDate > beijingDateOf(ctx.now)) {
    throw invalid('出生日期不能晚于今天', 'payload.birthDate');
  }
  checkAgainstCert(person.certType, person.certNo, p);
  const personDiff = differences<PersonRow>(person, {
    name: p.name,
    sex: p.sex,
    birthDate: p.birthDate,
    ethnicity: p.ethnicity,
    householdType: p.householdType,
    politicalStatus: p.politicalStatus,
    personCategory: p.admissionCategory,
    studentNo: p.studentNo,
    phone: p.phone,
    residenceDivisionCode: p.residenceDivisionCode,
    residenceAddress: p.residenceAddress,
  });
  const enrolmentDiff = differences(enrolment, {
    personType: personTypeOfCategory(p.admissionCategory) ?? enrolment.personType,
  });
  if (personDiff.list.length + enrolmentDiff.list.length === 0) {
    throw invalid('参保信息没有变化，无需保存', 'payload.certNo');
  }
  return { person, enrolment, personDiff, enrolmentDiff };
}

/**
 * W16 城乡居民参保信息变更登记 (002 十六, 城乡居民参保维护): the window changes a resident's
 * information 即时办结 — the person's record and, for 参保身份, the enrolment, each with its history
 * row; 姓名, 性别 and 出生日期 need the 关键信息变更辅助材料. 复核初审 and 复核复审 follow (城乡居民
 * 参保维护审核); a failed 复核 restores the values from before.
 */
export const residentInfoChange: BusinessDefinition<ResidentInfoChangePayload> = {
  code: RESIDENT_INFO_CHANGE,
  name: '城乡居民参保信息变更登记',
  channels: ['window'],
  applicants: ['staff'],
  payload: residentInfoChangePayload,
  review: 'immediate',
  materials: [
    scannedDocument('id-document', '医保电子凭证或有效身份证件或金融社保卡', true),
    scannedDocument('change-form', '《基本医疗保险城乡居民参保信息变更登记表》', true),
    scannedDocument(KEY_MATERIAL.code, KEY_MATERIAL.name, false, 10),
    scannedDocument(
      'proxy-documents',
      '非本人办理：代办人身份证复印件、具有法律效力有效委托书',
      false,
      10,
    ),
  ],
  timeLimitDays: null,
  serviceItemNo: 16,
  insuranceType: '390',

  async subject(ctx, p) {
    requireWindowRight(ctx, PERSON_MAINTAIN_RIGHT);
    const { person, enrolment } = await prepare(ctx, p);
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
    const { person, enrolment, personDiff, enrolmentDiff } = await prepare(ctx, app.payload, true);
    await requireKeyMaterial(ctx, app, personDiff.list, RESIDENT_KEY_FIELDS, KEY_MATERIAL);
    const reason = `办件 ${app.applicationNo}`;
    if (personDiff.list.length) {
      await updatePerson(ctx.tx, person, personDiff.changed, ctx.actor, ctx.now, reason);
    }
    if (enrolmentDiff.list.length) {
      await updateEnrolment(
        ctx.tx,
        enrolment,
        enrolmentDiff.changed,
        'update',
        ctx.actor,
        ctx.now,
        reason,
      );
    }
    return {
      personId: person.id,
      enrolmentId: enrolment.id,
      personChanged: personDiff.list.length > 0,
      enrolmentChanged: enrolmentDiff.list.length > 0,
      changes: [...personDiff.list, ...enrolmentDiff.list],
    };
  },

  async compensate(ctx, app) {
    const reason = `办件 ${app.applicationNo}`;
    const undoReason = `${reason} 复核不通过，恢复变更前的信息`;
    const effect = app.effectResult ?? {};
    const person = await findPersonById(ctx.tx, Number(effect.personId), true);
    const enrolment = await findEnrolmentById(ctx.tx, Number(effect.enrolmentId), true);
    if (!person || !enrolment) throw conflict('找不到本办件变更的人员或参保记录');
    // both go back, or the transaction undoes the one that did
    const personUndone =
      effect.personChanged !== true ||
      (await undoOwnChange(ctx.tx, personHistory, person.id, reason, (before) =>
        updatePerson(ctx.tx, person, before as Partial<PersonRow>, ctx.actor, ctx.now, undoReason),
      ));
    const enrolmentUndone =
      effect.enrolmentChanged !== true ||
      (await undoOwnChange(ctx.tx, enrolmentHistory, enrolment.id, reason, (before) =>
        updateEnrolment(ctx.tx, enrolment, before, 'restore', ctx.actor, ctx.now, undoReason),
      ));
    if (!personUndone || !enrolmentUndone) {
      throw conflict('该人员信息在本次变更之后又有变更，不能撤销本次变更；请核实后重新维护');
    }
  },
};
