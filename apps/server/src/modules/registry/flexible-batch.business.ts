import { employeeBatchPayload, USCC_CERT_TYPE, type EmployeeBatchPayload } from '@yibao/contracts';
import { conflict, invalid } from '../../plugins/errors';
import type { BusinessContext, BusinessDefinition } from '../applications';
import { findBatch, updateBatch } from './employee-batch.repository';
import { isFlexibleAgency } from './flexible-agency';
import { refusalOf, type FlexibleRow } from './flexible-batch.check';
import {
  enrolFlexible,
  flexibleWindowEnrolment,
  undoFlexible,
} from './flexible-window-enrolment.business';
import { findUnitById } from './units.repository';
import { PERSON_REGISTER_RIGHT } from './window-resident-enrolment.business';
import { openUnitByNo, requireWindowRight } from './window-subjects';

export const FLEXIBLE_BATCH = 'flexible-enrolment-batch';
/** rows written between two progress reports */
const STEP = 50;

/** The batch and its agency, still open. Only its operator files it; others' 复核 may undo it. */
async function batchOf(ctx: BusinessContext, batchId: number, lock = false, ownOnly = false) {
  const batch = await findBatch(ctx.tx, batchId, lock);
  if (
    !batch ||
    batch.kind !== FLEXIBLE_BATCH ||
    (ownOnly && (batch.createdByType !== ctx.actor.type || batch.createdById !== ctx.actor.id))
  ) {
    throw invalid('批量数据不存在', 'payload.batchId');
  }
  const unit = batch.unitId ? await findUnitById(ctx.tx, batch.unitId) : null;
  if (!unit) throw invalid('批量数据不存在', 'payload.batchId');
  return { batch, unit: await openUnitByNo(ctx, unit.unitNo, lock) };
}

const reasonOf = (applicationNo: string) => `办件 ${applicationNo}`;

/**
 * W12 (四) 灵活就业人员新参保/续保 · 批量模式: the good rows of a checked template, each enrolled
 * as the single business enrols one (a 续保 ends the 停保 first), in the one job that 确认导入
 * starts; 即时办结, and a failed 复核 undoes every row of the batch or none.
 */
export const flexibleEnrolmentBatch: BusinessDefinition<EmployeeBatchPayload> = {
  code: FLEXIBLE_BATCH,
  name: '灵活就业人员新参保/续保（批量）',
  channels: ['window'],
  applicants: ['staff'],
  payload: employeeBatchPayload,
  review: 'immediate',
  materials: flexibleWindowEnrolment.materials,
  timeLimitDays: null,
  serviceItemNo: 12,
  insuranceType: '310',

  async subject(ctx, p) {
    requireWindowRight(ctx, PERSON_REGISTER_RIGHT);
    const { batch, unit } = await batchOf(ctx, p.batchId, false, true);
    if (batch.status !== 'importing') throw conflict('该批数据已导入或未确认');
    if (!isFlexibleAgency(unit)) {
      throw conflict('该单位不是灵活就业代管机构，不能办理灵活就业人员参保');
    }
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
    const { batch, unit } = await batchOf(ctx, app.payload.batchId, true, true);
    // under the batch's lock: a second run of the same batch writes nothing
    if (batch.status !== 'importing') throw conflict('该批数据已导入或未确认');
    const rows = batch.rows as FlexibleRow[];
    const ready = rows.filter((r) => r.payload);
    const reason = reasonOf(app.applicationNo);
    const prefix = `${unit.regionCode}L${String(batch.id).padStart(6, '0')}`;
    let written = 0;
    for (const [i, row] of ready.entries()) {
      if (i % STEP === 0) await ctx.progress?.(i, ready.length);
      if (!row.payload) continue;
      // the registry may have moved since the check: the single business's rules again
      const verdict = await refusalOf(ctx, row.payload, true);
      if (!verdict.checked) {
        Object.assign(row, { message: verdict.refusal, payload: null });
        continue;
      }
      const personNo = `${prefix}${String(row.rowNumber).padStart(5, '0')}`;
      const done = await enrolFlexible(ctx, row.payload, verdict.checked, personNo, reason);
      Object.assign(row, {
        personId: done.personId,
        enrolmentId: done.enrolmentId,
        endedIds: done.endedIds,
        // a known person keeps the 个人编号 they have
        personNo: verdict.checked.person?.personNo ?? personNo,
      });
      written++;
    }
    await ctx.progress?.(ready.length, ready.length);
    await updateBatch(ctx.tx, batch.id, {
      rows,
      good: written,
      bad: rows.length - written,
      status: 'done',
      applicationId: app.id,
    });
    return { batchId: batch.id, imported: written, refused: rows.length - written };
  },

  async compensate(ctx, app) {
    const { batch } = await batchOf(ctx, app.payload.batchId, true);
    const reason = reasonOf(app.applicationNo);
    // one transaction: a row that cannot be undone keeps every row of the batch as it is
    for (const row of batch.rows as FlexibleRow[]) {
      if (row.enrolmentId === undefined) continue;
      await undoFlexible(
        ctx,
        { enrolmentId: row.enrolmentId, endedIds: row.endedIds ?? [] },
        reason,
        `${reason} 复核不通过，撤销批量灵活就业人员参保登记`,
      );
    }
  },
};
