import {
  assistanceSubsidyPayload,
  type AssistanceSubsidyPayload,
  type AssistanceSubsidyQuote,
} from '@yibao/contracts';
import { assistanceSubsidyHistory, type Executor } from '@yibao/db';
import { bestSubsidy } from '@yibao/domain';
import { conflict } from '../../plugins/errors';
import type { BusinessDefinition } from '../applications';
import {
  activeSubsidy,
  identitiesInYear,
  insertSubsidy,
  policiesOn,
} from './assistance-subsidy.repository';
import { writeHistory } from './history';
import { scannedDocument } from './materials';
import { enrolmentsOf, type PersonRow } from './registry.repository';
import { PERSON_REGISTER_RIGHT } from './window-resident-enrolment.business';
import { personByCert, requireWindowRight } from './window-subjects';

export const ASSISTANCE_SUBSIDY = 'assistance-subsidy';

/**
 * 个人缴费补贴 of a resident for a 缴费年度 (002 三十三): an enrolled resident who holds a special
 * identity in that year gets what the region's policy in force on 1 January pays for that
 * identity — the identity that pays most when several hold — once per year. Throws the refusal.
 */
export async function quoteSubsidy(
  db: Executor,
  person: PersonRow,
  year: number,
): Promise<AssistanceSubsidyQuote & { identityId: number; policyId: number }> {
  const resident = (await enrolmentsOf(db, person.id, ['390'])).find(
    (e) => e.status === '正常参保',
  );
  if (!resident) throw conflict('该人员不是城乡居民参保人员', 'payload.certNo');
  const identities = await identitiesInYear(db, person.id, year);
  if (identities.length === 0) {
    throw conflict('该人员在该缴费年度没有有效的特殊身份，不符合资助条件', 'payload.certNo');
  }
  const policies = await policiesOn(
    db,
    resident.regionCode,
    [...new Set(identities.map((i) => i.identityType))],
    `${year}-01-01`,
  );
  const options = identities.flatMap((identity) => {
    const policy = policies.find((p) => p.identityType === identity.identityType);
    return policy
      ? [
          {
            identity,
            policy,
            contributionFen: policy.contributionFen,
            subsidyBp: policy.subsidyBp,
            subsidyFen: policy.subsidyFen,
          },
        ]
      : [];
  });
  const best = bestSubsidy(options);
  if (!best || best.subsidyFen === 0) {
    throw conflict('该人员的特殊身份在该缴费年度没有资助政策，不符合资助条件', 'payload.year');
  }
  if (await activeSubsidy(db, person.id, year)) {
    throw conflict('该人员该缴费年度已享受个人缴费补贴', 'payload.year');
  }
  return {
    name: person.name,
    personNo: person.personNo,
    regionCode: resident.regionCode,
    year,
    identityType: best.identity.identityType,
    identityStartDate: best.identity.startDate,
    identityEndDate: best.identity.endDate,
    contributionFen: best.contributionFen,
    subsidyBp: best.policy.subsidyBp,
    fixedSubsidyFen: best.policy.subsidyFen,
    subsidyFen: best.subsidyFen,
    personalFen: best.personalFen,
    policySource: best.policy.source,
    policyValidFrom: best.policy.validFrom,
    identityId: best.identity.id,
    policyId: best.policy.id,
  };
}

/**
 * W33 符合资助条件的救助对象参加城乡居民基本医疗保险个人缴费补贴 (002 三十三): filed at the window on
 * the 救助对象身份证明, decided within 6 个工作日 by front-desk review; approval records the
 * subsidy as the policy then in force computes it.
 */
export const assistanceSubsidy: BusinessDefinition<AssistanceSubsidyPayload> = {
  code: ASSISTANCE_SUBSIDY,
  name: '符合资助条件的救助对象参加城乡居民基本医疗保险个人缴费补贴',
  channels: ['window'],
  applicants: ['staff'],
  payload: assistanceSubsidyPayload,
  review: 'front-desk',
  materials: [scannedDocument('assistance-proof', '救助对象身份证明', true, 10)],
  timeLimitDays: 6,
  serviceItemNo: 33,
  insuranceType: '390',

  async subject(ctx, p) {
    requireWindowRight(ctx, PERSON_REGISTER_RIGHT);
    const person = await personByCert(ctx, p.certType, p.certNo);
    const quote = await quoteSubsidy(ctx.tx, person, p.year);
    return {
      personId: person.id,
      unitId: null,
      name: person.name,
      certType: person.certType,
      certNo: person.certNo,
      regionCode: quote.regionCode,
    };
  },

  async apply(ctx, app) {
    const person = await personByCert(ctx, app.payload.certType, app.payload.certNo);
    // the registry and the policies may have moved since filing: computed again now
    const q = await quoteSubsidy(ctx.tx, person, app.payload.year);
    const values = {
      personId: person.id,
      regionCode: q.regionCode,
      year: q.year,
      specialIdentityId: q.identityId,
      identityType: q.identityType,
      policyId: q.policyId,
      contributionFen: q.contributionFen,
      subsidyFen: q.subsidyFen,
      personalFen: q.personalFen,
      applicationId: app.id,
      createdAt: ctx.now,
    };
    const row = await insertSubsidy(ctx.tx, values);
    await writeHistory(
      ctx.tx,
      assistanceSubsidyHistory,
      { entityId: row.id, action: 'create', before: null, after: values },
      { actor: ctx.actor, at: ctx.now, reason: `办件 ${app.applicationNo}` },
    );
    return { personId: person.id, subsidyId: row.id, subsidyFen: q.subsidyFen };
  },
};
