import { employeeBatchPayload, USCC_CERT_TYPE, type EmployeeBatchPayload } from '@yibao/contracts';
import { conflict, invalid } from '../../plugins/errors';
import type { BusinessContext, BusinessDefinition } from '../applications';
import { EMPLOYEE_ENROLMENT_MATERIALS } from './employee-enrolment.business';
import { checkAgainstRegistry, type CheckedRow } from './employee-batch.check';
import {
  findBatch,
  importable,
  importEmployeeRows,
  undoEmployeeRows,
  updateBatch,
} from './employee-batch.repository';
import { lockKey } from './units.repository';
import { PERSON_REGISTER_RIGHT } from './window-resident-enrolment.business';
import { openUnitByNo, requireWindowRight } from './window-subjects';
import { findUnitById } from './units.repository';

export const EMPLOYEE_BATCH = 'employee-enrolment-batch';
/** rows written per statement, between two progress reports */
const CHUNK = 2000;

/**
 * The batch and its unit, still open. Only its operator files it; the 复核 of others may undo it.
 */
async function batchOf(ctx: BusinessContext, batchId: number, lock = false, ownOnly = false) {
  const batch = await findBatch(ctx.tx, batchId, lock);
  if (
    !batch ||
    batch.kind !== EMPLOYEE_BATCH ||
    (ownOnly && (batch.createdByType !== ctx.actor.type || batch.createdById !== ctx.actor.id))
  ) {
    throw invalid('批量数据不存在', 'payload.batchId');
  }
  const unit = batch.unitId ? await findUnitById(ctx.tx, batch.unitId) : null;
  if (!unit) throw invalid('批量数据不存在', 'payload.batchId');
  return { batch, unit: await openUnitByNo(ctx, unit.unitNo, lock) };
}

/**
 * W12 (一) 批量模式: the good rows of a checked template, written together in the job that the
 * operator's 确认导入 starts; 即时办结, and a failed 复核 undoes the whole batch.
 */
export const employeeEnrolmentBatch: BusinessDefinition<EmployeeBatchPayload> = {
  code: EMPLOYEE_BATCH,
  name: '单位职工新参保/续保（批量）',
  channels: ['window'],
  applicants: ['staff'],
  payload: employeeBatchPayload,
  review: 'immediate',
  materials: EMPLOYEE_ENROLMENT_MATERIALS,
  timeLimitDays: null,
  serviceItemNo: 12,
  insuranceType: '310',

  async subject(ctx, p) {
    requireWindowRight(ctx, PERSON_REGISTER_RIGHT);
    const { batch, unit } = await batchOf(ctx, p.batchId, false, true);
    if (batch.status !== 'importing') throw conflict('该批数据已导入或未确认');
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
    const rows = batch.rows as CheckedRow[];
    const good = rows.filter((r) => r.payload);
    // the registry may have moved since the check: those rows are refused now
    await checkAgainstRegistry(ctx.tx, good);
    const ready = good.filter(importable);
    await lockKey(ctx.tx, `employee-batch:${unit.id}`);
    for (let from = 0; from < ready.length; from += CHUNK) {
      await ctx.progress?.(from, ready.length);
      await importEmployeeRows(ctx.tx, ready.slice(from, from + CHUNK), {
        unitId: unit.id,
        regionCode: unit.regionCode,
        personNoPrefix: `${unit.regionCode}B${String(batch.id).padStart(6, '0')}`,
        actor: ctx.actor,
        at: ctx.now,
        reason: `办件 ${app.applicationNo}`,
      });
    }
    await ctx.progress?.(ready.length, ready.length);
    await updateBatch(ctx.tx, batch.id, {
      rows,
      good: ready.length,
      bad: rows.length - ready.length,
      status: 'done',
      applicationId: app.id,
    });
    return {
      batchId: batch.id,
      imported: ready.length,
      refused: rows.length - ready.length,
    };
  },

  async compensate(ctx, app) {
    const { batch, unit } = await batchOf(ctx, app.payload.batchId, true);
    const reason = `办件 ${app.applicationNo}`;
    const changed = await undoEmployeeRows(ctx.tx, batch.rows as CheckedRow[], {
      unitId: unit.id,
      actor: ctx.actor,
      at: ctx.now,
      reason,
      undoReason: `${reason} 复核不通过，撤销批量职工参保登记`,
    });
    if (changed > 0) {
      throw conflict(`本批中有${changed}人的参保记录在导入后又有变更，不能整体撤销`);
    }
  },
};
