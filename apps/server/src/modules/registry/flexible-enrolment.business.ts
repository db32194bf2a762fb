import {
  flexibleEnrolmentPayload,
  flexibleInfoChangePayload,
  type FlexibleEnrolmentPayload,
  type FlexibleInfoChangePayload,
} from '@yibao/contracts';
import type { Executor } from '@yibao/db';
import { beijingDateOf, designatedChoiceRefusal, validateCertNo } from '@yibao/domain';
import { conflict, invalid } from '../../plugins/errors';
import { materialsOf, type BusinessContext, type BusinessDefinition } from '../applications';
import {
  chooseHospital,
  chosenHospitals,
  findInstitutionByCode,
} from './designated-hospitals.repository';
import { checkNoBasicScheme } from './employee-enrolment.business';
import { agencyOfOperator, enrolThroughAgency } from './flexible-agency';
import { memberOf } from './flexible.business';
import { changePersonInfo, personInfoValues } from './person-info-change.business';
import {
  findPersonByCert,
  findPersonById,
  insertPerson,
  updatePerson,
} from './registry.repository';

/** The 电子照片 the application carries: where the storage keeps it. */
async function photoOf(db: Executor, applicationId: number) {
  const photo = (await materialsOf(db, applicationId)).find((m) => m.itemCode === 'photo');
  return photo?.storageKey ?? null;
}

/** Why the chosen hospitals (定点医疗机构1–4, in order) cannot all be taken, or null. */
async function hospitalsRefusal(ctx: BusinessContext, codes: readonly string[], region: string) {
  const chosen = new Map<number, number>();
  for (const [i, code] of codes.entries()) {
    if (!code) continue;
    const hospital = await findInstitutionByCode(ctx.tx, code);
    const refusal = hospital
      ? designatedChoiceRefusal(chosen, i + 1, hospital, region)
      : '医院不存在';
    if (refusal || !hospital) return `定点医疗机构${i + 1}：${refusal ?? '医院不存在'}`;
    chosen.set(i + 1, hospital.id);
  }
  return null;
}

/**
 * U01 灵活就业人员参保登记 (001 §一): a person joins the agency's insured with every field of
 * the three panels, the photo and 定点医疗机构1–4; 系统自助审核 by the rules.
 */
export const flexibleEnrolment: BusinessDefinition<FlexibleEnrolmentPayload> = {
  code: 'flexible-enrolment',
  name: '灵活就业人员参保登记',
  channels: ['unit'],
  applicants: ['unit-operator'],
  payload: flexibleEnrolmentPayload,
  review: 'auto',
  materials: [
    {
      code: 'photo',
      name: '电子照片',
      required: true,
      types: ['image/jpeg'],
      minBytes: 9 * 1024,
      maxBytes: 20 * 1024,
      picture: { width: 358, height: 441 },
      maxFiles: 1,
    },
  ],
  timeLimitDays: null,
  insuranceType: '310',

  async subject(ctx, p) {
    const unit = await agencyOfOperator(ctx.tx, ctx.actor);
    const cert = validateCertNo(p.certType, p.certNo, beijingDateOf(ctx.now));
    if (!cert.ok) throw invalid(cert.message, 'payload.certNo');
    const known = await findPersonByCert(ctx.tx, p.certType, cert.normalized);
    if (known && known.name !== p.name) throw invalid('姓名与证件号码不一致', 'payload.name');
    return {
      personId: known?.id ?? null,
      unitId: unit.id,
      name: p.name,
      certType: p.certType,
      certNo: cert.normalized,
      regionCode: unit.regionCode,
    };
  },

  async decide(ctx, app) {
    if (app.subjectPersonId) {
      try {
        await checkNoBasicScheme(ctx, app.subjectPersonId);
      } catch (err) {
        return { ok: false, reason: err instanceof Error ? err.message : '不能参保' };
      }
    }
    const refusal = await hospitalsRefusal(ctx, app.payload.hospitals, app.regionCode);
    return refusal ? { ok: false, reason: refusal } : { ok: true };
  },

  async apply(ctx, app) {
    const unit = await agencyOfOperator(ctx.tx, ctx.actor);
    const p = app.payload;
    const reason = `办件 ${app.applicationNo}`;
    const fields = {
      ...personInfoValues(p),
      sex: p.sex,
      birthDate: p.birthDate,
      nationality: p.nationality,
      workStartDate: p.workStartDate,
      identity: p.identity,
      householdType: p.householdType,
      personCategory: p.personCategory,
      unitId: unit.id,
      photoPath: await photoOf(ctx.tx, app.id),
    };
    const known = app.subjectPersonId
      ? await findPersonById(ctx.tx, app.subjectPersonId, true)
      : null;
    if (known) await checkNoBasicScheme(ctx, known.id);
    const person = known
      ? await updatePerson(ctx.tx, known, fields, ctx.actor, ctx.now, reason)
      : await insertPerson(
          ctx.tx,
          {
            ...fields,
            personNo: `${unit.regionCode}F${String(app.id).padStart(8, '0')}`,
            certType: p.certType,
            certNo: app.payload.certNo.trim().toUpperCase(),
            regionCode: unit.regionCode,
            createdAt: ctx.now,
            updatedAt: ctx.now,
          },
          ctx.actor,
          ctx.now,
          reason,
        );
    const enrolment = await enrolThroughAgency(ctx, person.id, unit, reason);
    const refusal = await hospitalsRefusal(ctx, p.hospitals, unit.regionCode);
    if (refusal) throw conflict(refusal);
    for (const [i, code] of p.hospitals.entries()) {
      const hospital = code ? await findInstitutionByCode(ctx.tx, code) : null;
      if (!hospital) continue;
      await chooseHospital(
        ctx.tx,
        {
          personId: person.id,
          slot: i + 1,
          institutionId: hospital.id,
          regionCode: unit.regionCode,
          on: beijingDateOf(ctx.now),
        },
        { actor: ctx.actor, at: ctx.now, reason },
      );
    }
    return {
      personId: person.id,
      personNo: person.personNo,
      enrolmentId: enrolment.id,
      hospitals: (await chosenHospitals(ctx.tx, person.id)).length,
    };
  },
};

/** U05 灵活就业人员信息维护: the agency changes its person's general information at once. */
export const flexibleInfoChange: BusinessDefinition<FlexibleInfoChangePayload> = {
  code: 'flexible-info-change',
  name: '灵活就业人员信息维护',
  channels: ['unit'],
  applicants: ['unit-operator'],
  payload: flexibleInfoChangePayload,
  review: 'auto',
  materials: [],
  timeLimitDays: null,
  insuranceType: '310',

  async subject(ctx, p) {
    const unit = await agencyOfOperator(ctx.tx, ctx.actor);
    const person = await findPersonByCert(ctx.tx, p.certType, p.certNo.trim().toUpperCase());
    const { person: member } = await memberOf(ctx, unit, {
      name: person?.name ?? p.name,
      certType: p.certType,
      certNo: p.certNo,
    });
    return {
      personId: member.id,
      unitId: unit.id,
      name: member.name,
      certType: member.certType,
      certNo: member.certNo,
      regionCode: member.regionCode,
    };
  },

  async decide(ctx, app) {
    const person = app.subjectPersonId ? await findPersonById(ctx.tx, app.subjectPersonId) : null;
    return person?.status === '正常'
      ? { ok: true }
      : { ok: false, reason: '人员状态不是正常，不能维护信息' };
  },

  apply: changePersonInfo,
};
