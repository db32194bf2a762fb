import {
  UNIT_KEY_FIELDS,
  unitInfoChangePayload,
  USCC_CERT_TYPE,
  type UnitInfoChangePayload,
} from '@yibao/contracts';
import { unitHistory } from '@yibao/db';
import { conflict, invalid } from '../../plugins/errors';
import type { BusinessContext, BusinessDefinition } from '../applications';
import { undoOwnChange } from './history';
import { differences, requireKeyMaterial } from './info-change';
import { scannedDocument } from './materials';
import {
  check as checkUnitForm,
  columnsOf,
  UNIT_REGISTER_RIGHT,
} from './unit-registration.business';
import {
  activeUnitEnrolments,
  findUnitById,
  findUnitByNo,
  findUnitByUscc,
  lockKey,
  updateUnit,
} from './units.repository';
import { openUnitByNo, requireWindowRight } from './window-subjects';

export const UNIT_INFO_CHANGE = 'unit-info-change';

const KEY_MATERIAL = {
  code: 'key-change-proof',
  name: '关键信息变更辅助材料（加盖单位公章）',
};

/**
 * The unit as the form would leave it, and what differs: the checks of 单位参保登记 again, the
 * region kept, a USCC no other unit holds, and 单位管理类型 only while nobody is insured through it.
 */
async function prepare(ctx: BusinessContext, p: UnitInfoChangePayload, lock = false) {
  const unit = await openUnitByNo(ctx, p.unitNo, lock);
  if (p.regionCode !== unit.regionCode) {
    throw invalid('医保区划不能变更；跨统筹区请办理转移接续', 'payload.regionCode');
  }
  const { legalRepCertNo, today } = await checkUnitForm(ctx, p);
  // 登记日期 and 状态 belong to 新参保 and 注销, not to a change of information
  const {
    registeredOn: _registered,
    status: _status,
    ...values
  } = columnsOf(p, legalRepCertNo, today);
  const diff = differences(unit, values);
  if (diff.list.length === 0) throw invalid('单位信息没有变化，无需保存', 'payload.unitNo');
  if ('managementType' in diff.changed && (await activeUnitEnrolments(ctx.tx, unit.id)) > 0) {
    throw conflict('该单位尚有正常参保人员，不能变更单位管理类型', 'payload.managementType');
  }
  if ('uscc' in diff.changed) {
    const other = await findUnitByUscc(ctx.tx, p.uscc);
    if (other && other.id !== unit.id) throw conflict('该统一社会信用代码已登记', 'payload.uscc');
  }
  return { unit, diff };
}

/**
 * W14 单位参保信息变更登记 (002 十四, 单位信息维护): the window changes a unit's registered
 * information 即时办结 — only what differs is written, with its history row; a key field needs the
 * 关键信息变更辅助材料. A failed 复核 restores the values from before.
 */
export const unitInfoChange: BusinessDefinition<UnitInfoChangePayload> = {
  code: UNIT_INFO_CHANGE,
  name: '单位参保信息变更登记',
  channels: ['window'],
  applicants: ['staff'],
  payload: unitInfoChangePayload,
  review: 'immediate',
  materials: [
    scannedDocument('change-form', '《基本医疗保险参保单位信息变更登记表》（加盖单位公章）', true),
    scannedDocument(KEY_MATERIAL.code, KEY_MATERIAL.name, false, 10),
  ],
  timeLimitDays: null,
  serviceItemNo: 14,

  async subject(ctx, p) {
    requireWindowRight(ctx, UNIT_REGISTER_RIGHT);
    const { unit } = await prepare(ctx, p);
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
    const { unit, diff } = await prepare(ctx, p, true);
    await requireKeyMaterial(ctx, app, diff.list, UNIT_KEY_FIELDS, KEY_MATERIAL);
    if ('uscc' in diff.changed) await lockKey(ctx.tx, `unit-uscc:${p.uscc}`);
    await updateUnit(
      ctx.tx,
      unit,
      diff.changed,
      'update',
      ctx.actor,
      ctx.now,
      `办件 ${app.applicationNo}`,
    );
    return { unitId: unit.id, unitNo: unit.unitNo, changes: diff.list };
  },

  async compensate(ctx, app) {
    const found = app.subjectUnitId ? await findUnitById(ctx.tx, app.subjectUnitId) : null;
    // locked, so nobody changes it between the look at its history and the restore
    const unit = found ? await findUnitByNo(ctx.tx, found.unitNo, true) : null;
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
        `${reason} 复核不通过，恢复变更前的单位信息`,
      ),
    );
    if (!undone) {
      throw conflict('该单位信息在本次变更之后又有变更，不能撤销本次变更；请核实后重新维护');
    }
  },
};
