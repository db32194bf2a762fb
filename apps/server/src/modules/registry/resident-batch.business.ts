import { employeeBatchPayload, type EmployeeBatchPayload } from '@yibao/contracts';
import { enrolmentHistory } from '@yibao/db';
import { conflict, invalid } from '../../plugins/errors';
import type { BusinessContext, BusinessDefinition, StoredApplication } from '../applications';
import { findBatch, updateBatch } from './employee-batch.repository';
import { lastChangeOf } from './history';
import {
  findEnrolmentById,
  findPersonById,
  regionExists,
  updateEnrolment,
} from './registry.repository';
import {
  identitiesAgainstRegistry,
  residentsAgainstRegistry,
  type IdentityRow,
  type ResidentRow,
} from './resident-batch.check';
import { enrolResident } from './resident-enrolment.business';
import {
  insertSpecialIdentity,
  specialIdentity,
  voidSpecialIdentity,
} from './special-identity.business';
import { lockKey } from './units.repository';
import {
  PERSON_REGISTER_RIGHT,
  windowResidentEnrolment,
} from './window-resident-enrolment.business';
import { requireWindowRight } from './window-subjects';

export const RESIDENT_ENROLMENT_BATCH = 'resident-enrolment-batch';
export const SPECIAL_IDENTITY_BATCH = 'special-identity-batch';
/** rows written between two progress reports */
const STEP = 100;

/** The batch, still the operator's own when they file it; the 复核 of others may undo it. */
async function batchOf(
  ctx: BusinessContext,
  kind: string,
  batchId: number,
  lock = false,
  ownOnly = false,
) {
  const batch = await findBatch(ctx.tx, batchId, lock);
  if (
    !batch ||
    batch.kind !== kind ||
    (ownOnly && (batch.createdByType !== ctx.actor.type || batch.createdById !== ctx.actor.id))
  ) {
    throw invalid('批量数据不存在', 'payload.batchId');
  }
  return batch;
}

/** A batch's 办件 is about its 医保区划: the region's staff act on it. */
async function subjectOf(ctx: BusinessContext, kind: string, batchId: number, what: string) {
  requireWindowRight(ctx, PERSON_REGISTER_RIGHT);
  const batch = await batchOf(ctx, kind, batchId, false, true);
  if (batch.status !== 'importing') throw conflict('该批数据已导入或未确认');
  if (!(await regionExists(ctx.tx, batch.regionCode))) throw invalid('医保区划不存在');
  return {
    personId: null,
    unitId: null,
    name: `${what}（${batch.good}人）`,
    certType: '',
    certNo: '',
    regionCode: batch.regionCode,
  };
}

/** Writes the ready rows one by one, reporting progress; answers the batch's final counts. */
async function importRows<R extends { payload: object | null }>(
  ctx: BusinessContext,
  app: StoredApplication<EmployeeBatchPayload>,
  batch: { id: number },
  rows: R[],
  write: (row: R) => Promise<void>,
) {
  const ready = rows.filter((r) => r.payload);
  for (let i = 0; i < ready.length; i++) {
    if (i % STEP === 0) await ctx.progress?.(i, ready.length);
    const row = ready[i];
    if (row) await write(row);
  }
  await ctx.progress?.(ready.length, ready.length);
  await updateBatch(ctx.tx, batch.id, {
    rows,
    good: ready.length,
    bad: rows.length - ready.length,
    status: 'done',
    applicationId: app.id,
  });
  return { batchId: batch.id, imported: ready.length, refused: rows.length - ready.length };
}

/**
 * W13 (一) 城乡居民批量参保: the good rows of a checked template enrolled as the single form
 * enrols one (a new person's record, 390 from today, 续保 after 停保), in the one job that
 * 确认导入 starts; 即时办结, and a failed 复核 ends every enrolment of the batch again.
 */
export const residentEnrolmentBatch: BusinessDefinition<EmployeeBatchPayload> = {
  code: RESIDENT_ENROLMENT_BATCH,
  name: '城乡居民新参保/续保（批量）',
  channels: ['window'],
  applicants: ['staff'],
  payload: employeeBatchPayload,
  review: 'immediate',
  materials: windowResidentEnrolment.materials,
  timeLimitDays: null,
  serviceItemNo: 13,
  insuranceType: '390',

  subject: (ctx, p) => subjectOf(ctx, RESIDENT_ENROLMENT_BATCH, p.batchId, '城乡居民批量参保'),

  async apply(ctx, app) {
    const batch = await batchOf(ctx, RESIDENT_ENROLMENT_BATCH, app.payload.batchId, true, true);
    // under the batch's lock: a second run of the same batch writes nothing
    if (batch.status !== 'importing') throw conflict('该批数据已导入或未确认');
    const rows = batch.rows as ResidentRow[];
    await lockKey(ctx.tx, `resident-batch:${batch.regionCode}`);
    // the registry may have moved since the check: those rows are refused now
    await residentsAgainstRegistry(ctx.tx, rows);
    const prefix = `${batch.regionCode}R${String(batch.id).padStart(6, '0')}`;
    return importRows(ctx, app, batch, rows, async (row) => {
      if (!row.payload) return;
      const done = await enrolResident(
        ctx,
        app,
        row.payload,
        `${prefix}${String(row.rowNumber).padStart(5, '0')}`,
      );
      const person = await findPersonById(ctx.tx, done.personId);
      Object.assign(row, {
        personId: done.personId,
        enrolmentId: done.enrolmentId,
        personNo: person?.personNo,
      });
    });
  },

  async compensate(ctx, app) {
    const batch = await batchOf(ctx, RESIDENT_ENROLMENT_BATCH, app.payload.batchId, true);
    const reason = `办件 ${app.applicationNo}`;
    const imported = (batch.rows as ResidentRow[]).filter((r) => r.enrolmentId !== undefined);
    const enrolments = [];
    let changed = 0;
    for (const row of imported) {
      const enrolment = await findEnrolmentById(ctx.tx, Number(row.enrolmentId), true);
      const last = enrolment ? await lastChangeOf(ctx.tx, enrolmentHistory, enrolment.id) : null;
      if (!enrolment || enrolment.status !== '正常参保' || last?.reason !== reason) changed++;
      else enrolments.push(enrolment);
    }
    if (changed > 0) {
      throw conflict(`本批中有${changed}人的参保记录在导入后又有变更，不能整体撤销`);
    }
    for (const enrolment of enrolments) {
      await updateEnrolment(
        ctx.tx,
        enrolment,
        { status: '终止参保', endDate: enrolment.startDate },
        'cancel',
        ctx.actor,
        ctx.now,
        `${reason} 复核不通过，撤销批量城乡居民参保登记`,
      );
    }
  },
};

/**
 * W13 (三) 城乡居民特殊身份登记 · 批量模式: the good rows' identities held from their dates, in
 * the one job that 确认导入 starts; 即时办结, and a failed 复核 voids them all.
 */
export const specialIdentityBatch: BusinessDefinition<EmployeeBatchPayload> = {
  code: SPECIAL_IDENTITY_BATCH,
  name: '城乡居民特殊身份登记（批量）',
  channels: ['window'],
  applicants: ['staff'],
  payload: employeeBatchPayload,
  review: 'immediate',
  materials: specialIdentity.materials,
  timeLimitDays: null,
  serviceItemNo: 13,
  insuranceType: '390',

  subject: (ctx, p) =>
    subjectOf(ctx, SPECIAL_IDENTITY_BATCH, p.batchId, '城乡居民特殊身份批量登记'),

  async apply(ctx, app) {
    const batch = await batchOf(ctx, SPECIAL_IDENTITY_BATCH, app.payload.batchId, true, true);
    // under the batch's lock: a second run of the same batch writes nothing
    if (batch.status !== 'importing') throw conflict('该批数据已导入或未确认');
    const rows = batch.rows as IdentityRow[];
    await lockKey(ctx.tx, `identity-batch:${batch.regionCode}`);
    await identitiesAgainstRegistry(ctx.tx, rows, batch.regionCode, true);
    const reason = `办件 ${app.applicationNo}`;
    return importRows(ctx, app, batch, rows, async (row) => {
      if (!row.payload || row.personId === undefined) return;
      row.specialIdentityId = await insertSpecialIdentity(
        ctx,
        row.personId,
        batch.regionCode,
        row.payload,
        reason,
      );
    });
  },

  async compensate(ctx, app) {
    const batch = await batchOf(ctx, SPECIAL_IDENTITY_BATCH, app.payload.batchId, true);
    for (const row of batch.rows as IdentityRow[]) {
      if (row.specialIdentityId === undefined) continue;
      await voidSpecialIdentity(
        ctx,
        row.specialIdentityId,
        `办件 ${app.applicationNo} 复核不通过，撤销批量特殊身份登记`,
      );
    }
  },
};
