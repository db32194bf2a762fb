import {
  windowResidentEnrolmentPayload,
  type WindowResidentEnrolmentPayload,
} from '@yibao/contracts';
import { divisionPath } from '@yibao/db/dictionaries';
import { beijingDateOf, validateCertNo } from '@yibao/domain';
import { conflict, invalid } from '../../plugins/errors';
import type { BusinessContext, BusinessDefinition } from '../applications';
import {
  findEnrolmentById,
  findPersonByCert,
  regionExists,
  updateEnrolment,
} from './registry.repository';
import { scannedDocument } from './materials';
import { checkNotInsured, enrolResident } from './resident-enrolment.business';
import { checkPersonStatuses, requireWindowRight } from './window-subjects';

/** The right to enrol persons at the window (窗口经办员 hold it). */
export const PERSON_REGISTER_RIGHT = { code: 'person.register', name: '人员参保登记' };

/** The checks of the paper form that need the registry, the dictionaries or the day. */
async function check(ctx: BusinessContext, p: WindowResidentEnrolmentPayload) {
  checkPersonStatuses(p);
  if (!(await regionExists(ctx.tx, p.regionCode))) {
    throw invalid('医保区划不存在', 'payload.regionCode');
  }
  if (!divisionPath(p.residenceDivisionCode)?.includes(p.regionCode)) {
    throw invalid('居住地不在所选医保区划内', 'payload.residenceDivisionCode');
  }
  const today = beijingDateOf(ctx.now);
  const cert = validateCertNo(p.certType, p.certNo, today);
  if (!cert.ok) throw invalid(cert.message, 'payload.certNo');
  if (p.birthDate > today) throw invalid('出生日期不能晚于今天', 'payload.birthDate');
  const existing = await findPersonByCert(ctx.tx, p.certType, cert.normalized);
  if (existing) {
    if (existing.name !== p.name) throw invalid('姓名与证件号码不一致', 'payload.name');
    await checkNotInsured(ctx.tx, existing.id);
  }
  return { existing, certNo: cert.normalized };
}

/**
 * W13 (一) 城乡居民新参保/续保 (002 十三): the window enrols a resident 即时办结 — the enrolment is
 * in force from the clerk's 保存; 复核初审 and 复核复审 confirm it, and a failed 复核 ends it again.
 */
export const windowResidentEnrolment: BusinessDefinition<WindowResidentEnrolmentPayload> = {
  code: 'resident-enrolment-window',
  name: '城乡居民新参保/续保',
  channels: ['window'],
  applicants: ['staff'],
  payload: windowResidentEnrolmentPayload,
  review: 'immediate',
  materials: [
    scannedDocument('id-document', '医保电子凭证或有效身份证件或金融社保卡', true),
    scannedDocument('enrolment-form', '《城乡居民基本医疗保险参保登记表》', true),
    scannedDocument(
      'newborn-or-student',
      '新生儿：父母一方参保证明、出生证明；在校学生：学校提供的学生花名册',
      false,
      10,
    ),
    scannedDocument(
      'special-group',
      '特殊人群证明（港澳台居民通行证或居住证、劳动关系证明等）',
      false,
      10,
    ),
  ],
  timeLimitDays: null,
  serviceItemNo: 13,
  insuranceType: '390',

  async subject(ctx, p) {
    requireWindowRight(ctx, PERSON_REGISTER_RIGHT);
    const { existing, certNo } = await check(ctx, p);
    return {
      personId: existing?.id ?? null,
      unitId: null,
      name: p.name,
      certType: p.certType,
      certNo,
      regionCode: p.regionCode,
    };
  },

  async apply(ctx, app) {
    await check(ctx, app.payload);
    return enrolResident(ctx, app, app.payload);
  },

  async compensate(ctx, app) {
    const id = Number(app.effectResult?.enrolmentId);
    const enrolment = Number.isInteger(id) ? await findEnrolmentById(ctx.tx, id, true) : null;
    if (!enrolment) throw conflict('找不到本办件登记的参保记录');
    if (enrolment.status === '终止参保') return;
    if (enrolment.status !== '正常参保') {
      throw conflict(`该参保记录已为${enrolment.status}，不能撤销本次参保登记`);
    }
    await updateEnrolment(
      ctx.tx,
      enrolment,
      { status: '终止参保', endDate: enrolment.startDate },
      'cancel',
      ctx.actor,
      ctx.now,
      `办件 ${app.applicationNo} 复核不通过，撤销参保登记`,
    );
  },
};
