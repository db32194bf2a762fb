import type { Executor } from '@yibao/db';
import type { Actor } from '../../plugins/context';
import { forbidden } from '../../plugins/errors';
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
