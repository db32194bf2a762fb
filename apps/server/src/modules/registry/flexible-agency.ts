import type { Executor } from '@yibao/db';
import { beijingDateOf } from '@yibao/domain';
import type { Actor } from '../../plugins/context';
import { forbidden } from '../../plugins/errors';
import type { BusinessContext } from '../applications';
import { insertRenewedEnrolment } from './registry.repository';
import { findUnitById } from './units.repository';

/** A unit that manages flexible-employment persons (灵活就业代管). */
export const isFlexibleAgency = (unit: { unitType: string; managementType: string }) =>
  unit.unitType === 'agency-flex' || unit.managementType === 'agency';

/** The operator's own unit, when it is a flexible-employment agency in force. */
export async function agencyOfOperator(db: Executor, actor: Actor) {
  const unit = actor.unitId ? await findUnitById(db, actor.unitId) : null;
  if (!unit || !isFlexibleAgency(unit) || unit.status !== '正常') {
    throw forbidden('本单位不是灵活就业代管机构');
  }
  return unit;
}

/** The person's 灵活就业 enrolment (310) through the agency, from the month it is declared in. */
export async function enrolThroughAgency(
  ctx: BusinessContext,
  personId: number,
  unit: { id: number; regionCode: string },
  reason: string,
) {
  const { enrolment } = await insertRenewedEnrolment(
    ctx.tx,
    {
      personId,
      unitId: unit.id,
      regionCode: unit.regionCode,
      insuranceType: '310',
      personType: '14',
      status: '正常参保',
      startDate: `${beijingDateOf(ctx.now).slice(0, 7)}-01`,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    },
    ctx.actor,
    ctx.now,
    reason,
  );
  return enrolment;
}
