import {
  unitDeregistrationPayload,
  USCC_CERT_TYPE,
  type UnitDeregistrationPayload,
} from '@yibao/contracts';
import { unitHistory } from '@yibao/db';
import { beijingDateOf } from '@yibao/domain';
import { conflict, invalid } from '../../plugins/errors';
import type { BusinessContext, BusinessDefinition } from '../applications';
import { undoOwnChange } from './history';
import { scannedDocument } from './materials';
import { UNIT_REGISTER_RIGHT } from './unit-registration.business';
import { activeUnitEnrolments, findUnitByNo, updateUnit } from './units.repository';
import { openUnitByNo, requireWindowRight } from './window-subjects';

/** The checks of 单位注销: a date not in the future, and nobody insured through the unit. */
async function check(ctx: BusinessContext, p: UnitDeregistrationPayload, lock = false) {
  const unit = await openUnitByNo(ctx, p.unitNo, lock);
  if (p.cancelledOn > beijingDateOf(ctx.now)) {
    throw invalid('注销日期不能晚于今天', 'payload.cancelledOn');
  }
  const members = await activeUnitEnrolments(ctx.tx, unit.id);
  if (members > 0) {
    throw conflict(`该单位尚有正常参保人员${members}人，请先办理单位职工减少`, 'payload.unitNo');
  }
  return unit;
}

/**
 * W11 (二) 单位注销 (002 十一): 即时办结 — the unit is 注销 from the clerk's 保存, once no one is
 * insured through it; a failed 复核 restores it.
 */
export const unitDeregistration: BusinessDefinition<UnitDeregistrationPayload> = {
  code: 'unit-deregistration',
  name: '单位注销',
  channels: ['window'],
  applicants: ['staff'],
  payload: unitDeregistrationPayload,
  review: 'immediate',
  materials: [
    scannedDocument('deregistration-form', '《社会保险注销登记表》（加盖单位公章）', true),
    scannedDocument('dissolution-document', '注销或解散等文件复印件', true),
  ],
  timeLimitDays: null,
  serviceItemNo: 11,

  async subject(ctx, p) {
    requireWindowRight(ctx, UNIT_REGISTER_RIGHT);
    const unit = await check(ctx, p);
    return {
      personId: null,
      unitId: unit.id,
      name: unit.name,
      certType: USCC_CERT_TYPE,
      certNo: unit.uscc,
      regionCode: unit.regionCode,
    };
  },

  async apply(ctx, app) {
    const p = app.payload;
    const unit = await check(ctx, p, true);
    await updateUnit(
      ctx.tx,
      unit,
      { status: '注销', cancelledOn: p.cancelledOn, cancelReason: p.cancelReason },
      'cancel',
      ctx.actor,
      ctx.now,
      `办件 ${app.applicationNo}`,
    );
    return { unitId: unit.id, unitNo: unit.unitNo };
  },

  async compensate(ctx, app) {
    const unit = await findUnitByNo(ctx.tx, app.payload.unitNo.trim(), true);
    if (!unit) throw conflict('单位不存在');
    const reason = `办件 ${app.applicationNo}`;
    const undone = await undoOwnChange(ctx.tx, unitHistory, unit.id, reason, (before) =>
      updateUnit(
        ctx.tx,
        unit,
        before,
        'restore',
        ctx.actor,
        ctx.now,
        `${reason} 复核不通过，撤销单位注销`,
      ),
    );
    if (!undone) throw conflict('该单位在注销之后又有变更，不能撤销本次单位注销');
  },
};
