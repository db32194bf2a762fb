import type { BenefitClassStatus, BenefitStatusReply } from '@yibao/contracts';
import { beijingDateOf, type PersonClass, type VisitClass } from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { forbidden, invalid } from '../../plugins/errors';
import { accumulatorsOf, lastSchemeOfYear } from './benefits.repository';
import { findInsured, findPolicy, type PolicyRow } from './settlement.repository';

const VISIT_CLASSES: readonly VisitClass[] = ['门诊', '住院'];

/** The signed-in person; every read of 个人权益 starts here, never from an id in the request. */
export function personOf(request: FastifyRequest): number {
  const personId = request.actor.personId;
  if (!personId) throw forbidden('请先完成实名认证');
  return personId;
}

/** 查询年度 may be any year up to this one. */
export function checkYear(year: number, today: string): void {
  if (year > Number(today.slice(0, 4))) throw invalid('查询年度不能晚于当前年度', 'year');
}

/** The day whose policy a year is read under: its last day, or today for this year. */
export function policyDateOf(year: number, today: string): string {
  return Number(today.slice(0, 4)) === year ? today : `${year}-12-31`;
}

/** 剩余可支付额度: what the cap still allows; a cap lowered below what was paid leaves 0. */
export const capLeft = (annualCapFen: number, fundPaidFen: number) =>
  Math.max(0, annualCapFen - fundPaidFen);

function classStatus(
  visitClass: VisitClass,
  used: { deductibleUsedFen: number; fundPaidFen: number } | undefined,
  policy: PolicyRow | undefined,
): BenefitClassStatus {
  const fundPaidFen = used?.fundPaidFen ?? 0;
  return {
    visitClass,
    deductibleUsedFen: used?.deductibleUsedFen ?? 0,
    fundPaidFen,
    policy: policy
      ? {
          deductibleFen: policy.deductibleFen,
          annualCapFen: policy.annualCapFen,
          ratiosBp: {
            primary: policy.ratioPrimaryBp,
            secondary: policy.ratioSecondaryBp,
            tertiary: policy.ratioTertiaryBp,
            pharmacy: policy.ratioPharmacyBp,
          },
          validFrom: policy.validFrom,
          validTo: policy.validTo,
          source: policy.source,
        }
      : null,
    capLeftFen: policy ? capLeft(policy.annualCapFen, fundPaidFen) : null,
  };
}

/** P50 职工医疗保险待遇查询: the year's accumulators beside the policy they count against. */
export function createBenefitsService(app: FastifyInstance) {
  const db = app.db;
  const today = () => beijingDateOf(app.clock.now());

  /** The year's settled scheme, else the person's current enrolment (职工 first, else 居民). */
  async function schemeOf(personId: number, year: number) {
    const settled = await lastSchemeOfYear(db, personId, year);
    if (settled) {
      return { regionCode: settled.regionCode, personClass: settled.personClass as PersonClass };
    }
    const insured = await findInsured(db, { personId });
    return insured ? { regionCode: insured.regionCode, personClass: insured.personClass } : null;
  }

  return {
    async status(request: FastifyRequest, year: number): Promise<BenefitStatusReply> {
      const personId = personOf(request);
      const now = today();
      checkYear(year, now);
      const policyDate = policyDateOf(year, now);
      const [scheme, used] = await Promise.all([
        schemeOf(personId, year),
        accumulatorsOf(db, personId, year),
      ]);
      const policies = scheme
        ? await Promise.all(
            VISIT_CLASSES.map((visitClass) =>
              findPolicy(db, { ...scheme, visitClass, on: policyDate }),
            ),
          )
        : [];
      return {
        year,
        policyDate,
        scheme,
        classes: VISIT_CLASSES.map((visitClass, i) =>
          classStatus(
            visitClass,
            used.find((u) => u.visitClass === visitClass),
            policies[i],
          ),
        ),
      };
    },
  };
}

export type BenefitsService = ReturnType<typeof createBenefitsService>;
