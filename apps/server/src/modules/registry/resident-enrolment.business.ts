import { residentEnrolmentPayload, type ResidentEnrolmentPayload } from '@yibao/contracts';
import type { Executor } from '@yibao/db';
import { beijingDateOf, validateCertNo } from '@yibao/domain';
import { conflict, forbidden, invalid } from '../../plugins/errors';
import type { Actor } from '../../plugins/context';
import type { BusinessContext, BusinessDefinition, StoredApplication } from '../applications';
import {
  activeEnrolments,
  BASIC_SCHEMES,
  enrolmentsOf,
  findPersonByCert,
  findPersonById,
  insertRenewedEnrolment,
  insertPerson,
  updateEnrolment,
} from './registry.repository';

/** Signing in by e-voucher QR: the only way that allows 为他人办理 (000 §1). */
const QR_SIGN_IN = 'qr-evoucher';

export async function checkNotInsured(db: Executor, personId: number) {
  const active = await activeEnrolments(db, personId, BASIC_SCHEMES);
  if (active.length) throw conflict('该人员已参加基本医疗保险，不能重复参保', 'payload.certNo');
}

/** Who asks for a resident enrolment, and how they signed in. */
export interface ResidentApplicant {
  actor: Actor;
  signInMethod: string | null;
  now: Date;
}

/**
 * 参保人员新参保申报信息查询: the rules on the person to enrol — 为他人办理 only after a QR sign-in,
 * 为自己办理 only with one's own identity, a valid certificate number, the registry's name, no
 * basic medical insurance in force. Answers the person's row (if the registry has one), the
 * applicant's own row and the certificate number as stored; throws the refusal otherwise.
 */
export async function checkResidentSubject(
  db: Executor,
  who: ResidentApplicant,
  p: Pick<ResidentEnrolmentPayload, 'forWhom' | 'name' | 'certType' | 'certNo'>,
) {
  const self = who.actor.personId ? await findPersonById(db, who.actor.personId) : null;
  if (!self) throw forbidden('请先完成实名认证');
  if (p.forWhom === 'other' && who.signInMethod !== QR_SIGN_IN) {
    throw forbidden('通过医保电子凭证扫码方式登录才可以选择【为他人办理】');
  }
  const checked = validateCertNo(p.certType, p.certNo, beijingDateOf(who.now));
  if (!checked.ok) throw invalid(checked.message, 'payload.certNo');
  const certNo = checked.normalized;
  if (p.forWhom === 'self') {
    if (self.certType !== p.certType || self.certNo !== certNo || self.name !== p.name) {
      throw invalid('为自己办理时，姓名和证件须与本人实名信息一致', 'payload.certNo');
    }
  }
  const existing = await findPersonByCert(db, p.certType, certNo);
  if (existing) {
    if (existing.name !== p.name) throw invalid('姓名与证件号码不一致', 'payload.name');
    await checkNotInsured(db, existing.id);
  }
  return { self, existing, certNo };
}

/** The resident's own fields of a 居民新参保登记, from the portal or the window. */
export type ResidentFields = Omit<ResidentEnrolmentPayload, 'forWhom' | 'promise'> & {
  /** the window's form (W13) asks for these too */
  politicalStatus?: string;
  maritalStatus?: string;
  studentNo?: string;
};

/**
 * The effect of 居民新参保登记 (P21, W13): the person's record when the registry has none, then
 * the resident enrolment (390) from today — 续保 when an earlier one has ended. A batch names
 * each new person's 个人编号 itself (`personNo`): its one 办件 enrols many.
 */
export async function enrolResident(
  ctx: BusinessContext,
  app: StoredApplication<unknown>,
  p: ResidentFields,
  personNo?: string,
) {
  const certNo = p.certNo.trim().toUpperCase();
  let person = app.subjectPersonId
    ? await findPersonById(ctx.tx, app.subjectPersonId, true)
    : await findPersonByCert(ctx.tx, p.certType, certNo);
  const reason = `办件 ${app.applicationNo}`;
  if (!person) {
    person = await insertPerson(
      ctx.tx,
      {
        personNo: personNo ?? `${app.regionCode}P${String(app.id).padStart(8, '0')}`,
        name: p.name,
        certType: p.certType,
        certNo,
        sex: p.sex,
        birthDate: p.birthDate,
        ethnicity: p.ethnicity,
        householdType: p.householdType,
        politicalStatus: p.politicalStatus ?? '',
        maritalStatus: p.maritalStatus ?? '',
        studentNo: p.studentNo ?? '',
        householdDivisionCode: p.householdDivisionCode,
        residenceDivisionCode: p.residenceDivisionCode,
        residenceAddress: p.residenceAddress,
        phone: p.phone,
        personCategory: p.admissionCategory,
        regionCode: app.regionCode,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      },
      ctx.actor,
      ctx.now,
      reason,
    );
  }
  await checkNotInsured(ctx.tx, person.id);
  const today = beijingDateOf(ctx.now);
  // 续保 after 停保: the suspended enrolment ends where it stopped
  const earlier = await enrolmentsOf(ctx.tx, person.id, ['390']);
  for (const suspended of earlier.filter((e) => e.status === '暂停参保')) {
    await updateEnrolment(
      ctx.tx,
      suspended,
      { status: '终止参保', endDate: suspended.endDate ?? today },
      'end',
      ctx.actor,
      ctx.now,
      reason,
    );
  }
  const { enrolment, renewal } = await insertRenewedEnrolment(
    ctx.tx,
    {
      personId: person.id,
      regionCode: app.regionCode,
      insuranceType: '390',
      personType:
        p.admissionCategory === '23' || p.studentOrChild
          ? '23'
          : p.admissionCategory === '24'
            ? '24'
            : '21',
      status: '正常参保',
      startDate: today,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    },
    ctx.actor,
    ctx.now,
    reason,
  );
  return { personId: person.id, enrolmentId: enrolment.id, renewal };
}

/**
 * P21 居民新参保登记 (000 §1, shown in 我的待办件 as 居民参保登记): 需要前台经办落地审核; approval
 * creates the resident enrolment (390), and the person's record when the registry has none.
 */
export const residentEnrolment: BusinessDefinition<ResidentEnrolmentPayload> = {
  code: 'resident-enrolment',
  name: '居民参保登记',
  channels: ['personal', 'mobile'],
  applicants: ['person'],
  payload: residentEnrolmentPayload,
  review: 'front-desk',
  materials: [
    {
      code: 'photo',
      name: '参保人近期免冠照片',
      required: false,
      types: ['image/jpeg'],
      maxBytes: 200 * 1024,
      maxFiles: 1,
    },
    {
      code: 'household',
      name: '户口簿或居住证明',
      required: true,
      types: ['image/jpeg', 'image/png', 'application/pdf'],
      maxBytes: 2 * 1024 * 1024,
    },
  ],
  timeLimitDays: 5,
  serviceItemNo: 13,
  insuranceType: '390',

  async subject(ctx, p) {
    const { self, existing, certNo } = await checkResidentSubject(ctx.tx, ctx, p);
    return {
      personId: existing?.id ?? null,
      unitId: null,
      name: p.name,
      certType: p.certType,
      certNo,
      // a resident is insured where the household or residence is: the applicant's region here
      regionCode: existing?.regionCode ?? self.regionCode,
    };
  },

  apply: (ctx, app) => enrolResident(ctx, app, app.payload),
};
