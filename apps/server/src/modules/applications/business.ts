import type { Tx } from '@yibao/db';
import type { MaterialRule, ReviewPolicy } from '@yibao/domain';
import type { ApplicationChannel } from '@yibao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Audit } from '../../plugins/audit';
import type { Actor } from '../../plugins/context';

/** Who files or acts: a request, or a background job on behalf of its owner. */
export type Requester = Pick<FastifyRequest, 'actor' | 'signInMethod'> &
  Partial<Pick<FastifyRequest, 'id' | 'ip'>>;

/** What a business's rules and effect see: the transaction, its audit, who acts, when. */
export interface BusinessContext {
  app: FastifyInstance;
  tx: Tx;
  audit: Audit;
  actor: Actor;
  /** how the actor signed in (password, qr, sso …): some businesses allow only some ways */
  signInMethod: string | null;
  now: Date;
  /** set when a background job files the application: reports a long effect's progress */
  progress?: (done: number, total: number) => Promise<void>;
}

/** Who or what an application is about, as its lists show it. */
export interface ApplicationSubject {
  personId: number | null;
  unitId: number | null;
  name: string;
  certType: string;
  certNo: string;
  regionCode: string;
}

/** The stored application as a business's effect reads it. */
export interface StoredApplication<P> {
  id: number;
  applicationNo: string;
  payload: P;
  subjectPersonId: number | null;
  subjectUnitId: number | null;
  regionCode: string;
  applicantType: string;
  applicantId: string;
  /** what apply() answered, once applied (compensate() reads it) */
  effectResult: Record<string, unknown> | null;
}

export type Decision = { ok: true } | { ok: false; reason: string };

/**
 * A business type, declared in code by the module that owns it: its words, channels, payload
 * schema, review policy, materials checklist, time limit and the effect that approval applies.
 */
export interface BusinessDefinition<P extends Record<string, unknown>> {
  code: string;
  /** the guide's name, as 我的待办件 shows it */
  name: string;
  channels: readonly ApplicationChannel[];
  /** actor types that may apply */
  applicants: readonly Actor['type'][];
  payload: z.ZodType<P>;
  review: ReviewPolicy;
  materials: readonly MaterialRule[];
  /** 办理时限 in working days; null when none */
  timeLimitDays: number | null;
  /** the item of guide 002 it belongs to, if any */
  serviceItemNo?: number;
  insuranceType?: string;
  /** finds and checks the subject; throws an AppError when the actor may not apply for it */
  subject(ctx: BusinessContext, payload: P): Promise<ApplicationSubject>;
  /** 系统自助审核: the rules' decision (review policy 'auto' only) */
  decide?(ctx: BusinessContext, app: StoredApplication<P>): Promise<Decision>;
  /** the effect of approval, in the approving transaction; answers what it created */
  apply(ctx: BusinessContext, app: StoredApplication<P>): Promise<Record<string, unknown> | null>;
  /** undoes the effect when a 即时办结 item fails its 复核 */
  compensate?(ctx: BusinessContext, app: StoredApplication<P>): Promise<void>;
}

// Stored without the payload's type: the registry parses the payload before any call.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyBusiness = BusinessDefinition<any>;

export interface BusinessRegistry {
  define<P extends Record<string, unknown>>(business: BusinessDefinition<P>): void;
  get(code: string): AnyBusiness | undefined;
  all(): AnyBusiness[];
}

export function createBusinessRegistry(): BusinessRegistry {
  const byCode = new Map<string, AnyBusiness>();
  return {
    define(business) {
      if (byCode.has(business.code)) throw new Error(`business ${business.code} defined twice`);
      if (business.review === 'auto' && !business.decide) {
        throw new Error(`business ${business.code}: 系统自助审核 needs decide()`);
      }
      if (business.review === 'immediate' && !business.compensate) {
        throw new Error(`business ${business.code}: 即时办结 needs compensate()`);
      }
      byCode.set(business.code, business as AnyBusiness);
    },
    get: (code) => byCode.get(code),
    all: () => [...byCode.values()],
  };
}
