import { cardlessSettlementPayload, type CardlessSettlementPayload } from '@yibao/contracts';
import { cardlessSettlementHistory } from '@yibao/db';
import { beijingDateOf, isNewborn } from '@yibao/domain';
import { conflict, invalid } from '../../plugins/errors';
import type { BusinessContext, BusinessDefinition } from '../applications';
import {
  insertCardless,
  overlappingCardless,
  voidCardless,
} from './cardless-settlement.repository';
import { writeHistory } from './history';
import { scannedDocument } from './materials';
import { enrolmentsOf } from './registry.repository';
import { PERSON_REGISTER_RIGHT } from './window-resident-enrolment.business';
import { personByCert, requireWindowRight } from './window-subjects';

export const CARDLESS_SETTLEMENT = 'cardless-settlement';

/** The newborn resident, and the period free of another one. */
async function check(ctx: BusinessContext, p: CardlessSettlementPayload) {
  const person = await personByCert(ctx, p.certType, p.certNo);
  const resident = (await enrolmentsOf(ctx.tx, person.id, ['390'])).find(
    (e) => e.status === '正常参保',
  );
  if (!resident) {
    throw conflict('该人员未参加城乡居民基本医疗保险，请先办理城乡居民新参保', 'payload.certNo');
  }
  if (!isNewborn(person.birthDate, beijingDateOf(ctx.now))) {
    throw conflict('开通无卡结算的服务对象为新生儿（未满一周岁）', 'payload.certNo');
  }
  if (p.startDate < person.birthDate) {
    throw invalid('开始日期不能早于出生日期', 'payload.startDate');
  }
  const endDate = p.endDate === '' ? null : p.endDate;
  if (await overlappingCardless(ctx.tx, person.id, p.startDate, endDate)) {
    throw conflict('该人员在此期间已开通无卡结算', 'payload.startDate');
  }
  return { person, resident, endDate };
}

/**
 * W13 (四) 开通无卡结算 (002 十三): a newborn without a social-security card yet settles by its
 * certificate from 开始日期; 即时办结 on 户口本 and 新生儿出生证明, and a failed 复核 voids it.
 */
export const cardlessSettlement: BusinessDefinition<CardlessSettlementPayload> = {
  code: CARDLESS_SETTLEMENT,
  name: '开通无卡结算',
  channels: ['window'],
  applicants: ['staff'],
  payload: cardlessSettlementPayload,
  review: 'immediate',
  materials: [
    scannedDocument('household-register', '户口本', true),
    scannedDocument('birth-certificate', '新生儿出生证明', true),
  ],
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
    const { person, resident, endDate } = await check(ctx, app.payload);
    const values = {
      personId: person.id,
      regionCode: resident.regionCode,
      startDate: app.payload.startDate,
      endDate,
      createdAt: ctx.now,
    };
    const row = await insertCardless(ctx.tx, values);
    await writeHistory(
      ctx.tx,
      cardlessSettlementHistory,
      { entityId: row.id, action: 'create', before: null, after: values },
      { actor: ctx.actor, at: ctx.now, reason: `办件 ${app.applicationNo}` },
    );
    return { personId: person.id, cardlessSettlementId: row.id };
  },

  async compensate(ctx, app) {
    const id = Number(app.effectResult?.cardlessSettlementId);
    if (!(await voidCardless(ctx.tx, id))) return;
    await writeHistory(
      ctx.tx,
      cardlessSettlementHistory,
      { entityId: id, action: 'cancel', before: { status: '有效' }, after: { status: '无效' } },
      {
        actor: ctx.actor,
        at: ctx.now,
        reason: `办件 ${app.applicationNo} 复核不通过，撤销开通无卡结算`,
      },
    );
  },
};
