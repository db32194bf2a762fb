import { specialIdentityPayload, type SpecialIdentityPayload } from '@yibao/contracts';
import {
  and,
  eq,
  gte,
  isNull,
  lte,
  or,
  specialIdentities,
  specialIdentityHistory,
} from '@yibao/db';
import { isDictionaryCode } from '@yibao/db/dictionaries';
import { conflict, invalid } from '../../plugins/errors';
import type { BusinessContext, BusinessDefinition } from '../applications';
import { writeHistory } from './history';
import { scannedDocument } from './materials';
import { enrolmentsOf } from './registry.repository';
import { PERSON_REGISTER_RIGHT } from './window-resident-enrolment.business';
import { personByCert, requireWindowRight } from './window-subjects';

const OPEN_END = '9999-12-31';

async function check(ctx: BusinessContext, p: SpecialIdentityPayload) {
  if (!isDictionaryCode('special-identity-types', p.identityType)) {
    throw invalid('请选择特殊身份类型', 'payload.identityType');
  }
  const person = await personByCert(ctx, p.certType, p.certNo);
  const resident = (await enrolmentsOf(ctx.tx, person.id, ['390'])).find(
    (e) => e.status !== '终止参保',
  );
  if (!resident) throw conflict('该人员不是城乡居民参保人员', 'payload.certNo');
  // the same identity may not be held twice over any day
  const [overlap] = await ctx.tx
    .select({ id: specialIdentities.id })
    .from(specialIdentities)
    .where(
      and(
        eq(specialIdentities.personId, person.id),
        eq(specialIdentities.identityType, p.identityType),
        eq(specialIdentities.status, '有效'),
        lte(specialIdentities.startDate, p.endDate === '' ? OPEN_END : p.endDate),
        or(isNull(specialIdentities.endDate), gte(specialIdentities.endDate, p.startDate)),
      ),
    );
  if (overlap) throw conflict('该人员在此期间已有相同的特殊身份', 'payload.identityType');
  return { person, resident };
}

/**
 * W13 (三) 城乡居民特殊身份登记 (002 十三, 单个模式): a special identity (特困人员, 低保对象 …)
 * from the day given, 即时办结; a failed 复核 makes it 无效.
 */
export const specialIdentity: BusinessDefinition<SpecialIdentityPayload> = {
  code: 'special-identity',
  name: '城乡居民特殊身份登记',
  channels: ['window'],
  applicants: ['staff'],
  payload: specialIdentityPayload,
  review: 'immediate',
  materials: [scannedDocument('identity-proof', '特殊人员资料证明', true, 10)],
  timeLimitDays: null,
  serviceItemNo: 13,
  insuranceType: '390',

  async subject(ctx, p) {
    requireWindowRight(ctx, PERSON_REGISTER_RIGHT);
    const { person, resident } = await check(ctx, p);
    return {
      personId: person.id,
      unitId: null,
      name: person.name,
      certType: person.certType,
      certNo: person.certNo,
      regionCode: resident.regionCode,
    };
  },

  async apply(ctx, app) {
    const p = app.payload;
    const { person, resident } = await check(ctx, p);
    const id = await insertSpecialIdentity(
      ctx,
      person.id,
      resident.regionCode,
      p,
      `办件 ${app.applicationNo}`,
    );
    return { personId: person.id, specialIdentityId: id };
  },

  async compensate(ctx, app) {
    await voidSpecialIdentity(
      ctx,
      Number(app.effectResult?.specialIdentityId),
      `办件 ${app.applicationNo} 复核不通过，撤销特殊身份登记`,
    );
  },
};

/** The identity held from the payload's dates, with its history; single and batch alike. */
export async function insertSpecialIdentity(
  ctx: BusinessContext,
  personId: number,
  regionCode: string,
  p: Omit<SpecialIdentityPayload, 'certType' | 'certNo'>,
  reason: string,
) {
  const values = {
    personId,
    regionCode,
    identityType: p.identityType,
    startDate: p.startDate,
    endDate: p.endDate === '' ? null : p.endDate,
    source: p.source,
    createdAt: ctx.now,
  };
  const [row] = await ctx.tx.insert(specialIdentities).values(values).returning();
  if (!row) throw new Error('special identity not inserted');
  await writeHistory(
    ctx.tx,
    specialIdentityHistory,
    { entityId: row.id, action: 'create', before: null, after: values },
    { actor: ctx.actor, at: ctx.now, reason },
  );
  return row.id;
}

/** A failed 复核: the identity stops holding (无效); nothing when it is void already. */
export async function voidSpecialIdentity(ctx: BusinessContext, id: number, reason: string) {
  const [row] = await ctx.tx
    .update(specialIdentities)
    .set({ status: '无效' })
    .where(and(eq(specialIdentities.id, id), eq(specialIdentities.status, '有效')))
    .returning();
  if (!row) return;
  await writeHistory(
    ctx.tx,
    specialIdentityHistory,
    { entityId: id, action: 'cancel', before: { status: '有效' }, after: { status: '无效' } },
    { actor: ctx.actor, at: ctx.now, reason },
  );
}
