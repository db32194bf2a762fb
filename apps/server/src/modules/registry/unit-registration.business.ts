import {
  unitRegistrationPayload,
  USCC_CERT_TYPE,
  type UnitRegistrationPayload,
} from '@yibao/contracts';
import type { Executor } from '@yibao/db';
import { divisionPath, isDictionaryCode } from '@yibao/db/dictionaries';
import { beijingDateOf, validateCertNo } from '@yibao/domain';
import { conflict, forbidden, invalid } from '../../plugins/errors';
import {
  holdsRight,
  inStaffScope,
  type BusinessContext,
  type BusinessDefinition,
  type StoredApplication,
} from '../applications';
import { scannedDocument } from './materials';
import { regionExists } from './registry.repository';
import {
  findUnitByUscc,
  insertUnit,
  lastOpeningReason,
  lockKey,
  nextUnitNo,
  unitMembers,
  updateUnit,
  type UnitRow,
} from './units.repository';

/** The right to register a unit at the window (窗口经办员 hold it). */
export const UNIT_REGISTER_RIGHT = { code: 'unit.register', name: '单位参保登记' };

const ALREADY_REGISTERED = '该统一社会信用代码已登记';

const reasonOf = (app: StoredApplication<UnitRegistrationPayload>) => `办件 ${app.applicationNo}`;

/** A 注销 unit that nothing hangs on may be registered again under its USCC (after a failed 复核). */
async function reusable(db: Executor, unit: UnitRow) {
  if (unit.status !== '注销') return false;
  const members = await unitMembers(db, unit.id);
  return members.enrolments + members.persons + members.operators === 0;
}

/** The checks of the form that need the registry, the dictionaries or the day. */
export async function check(ctx: BusinessContext, p: UnitRegistrationPayload) {
  if (!(await regionExists(ctx.tx, p.regionCode))) {
    throw invalid('医保区划不存在', 'payload.regionCode');
  }
  if (!divisionPath(p.divisionCode)?.includes(p.regionCode)) {
    throw invalid('所属行政区不在所选医保区划内', 'payload.divisionCode');
  }
  if (!isDictionaryCode('unit-types', p.unitType)) {
    throw invalid('请选择单位类型', 'payload.unitType');
  }
  if (!isDictionaryCode('certificate-types', p.legalRepCertType)) {
    throw invalid('请选择法定代表人证件类型', 'payload.legalRepCertType');
  }
  const today = beijingDateOf(ctx.now);
  const cert = validateCertNo(p.legalRepCertType, p.legalRepCertNo, today);
  if (!cert.ok) throw invalid(cert.message, 'payload.legalRepCertNo');
  if (p.establishedOn !== '' && p.establishedOn > today) {
    throw invalid('批准成立日期不能晚于今天', 'payload.establishedOn');
  }
  if (p.bankCode !== '' && !isDictionaryCode('banks', p.bankCode)) {
    throw invalid('请选择开户银行', 'payload.bankCode');
  }
  return { legalRepCertNo: cert.normalized, today };
}

/** The unit's columns from the form. */
export const columnsOf = (p: UnitRegistrationPayload, legalRepCertNo: string, today: string) => ({
  uscc: p.uscc,
  name: p.name,
  unitType: p.unitType,
  managementType: p.managementType,
  regionCode: p.regionCode,
  divisionCode: p.divisionCode,
  address: p.address,
  postcode: p.postcode,
  contactName: p.contactName,
  contactPhone: p.contactPhone,
  email: p.email,
  officePhone: p.officePhone,
  legalRepName: p.legalRepName,
  legalRepCertType: p.legalRepCertType,
  legalRepCertNo,
  legalRepPhone: p.legalRepPhone,
  establishedOn: p.establishedOn === '' ? null : p.establishedOn,
  approvalDocNo: p.approvalDocNo,
  regCertType: p.regCertType,
  regCertNo: p.regCertNo,
  taxNo: p.taxNo,
  bankUsages: [...p.bankUsages],
  bankCode: p.bankCode,
  bankAccountName: p.bankAccountName,
  bankAccount: p.bankAccount,
  registeredOn: today,
  status: '正常',
});

/**
 * W11 单位参保登记 · 新参保 (002 十一 (一)): the window registers a unit 即时办结 — the unit exists
 * from the clerk's 保存; 复核初审 and 复核复审 by two other staff confirm it, and a failed 复核
 * 注销s the unit again (while nobody is enrolled under it).
 */
export const unitRegistration: BusinessDefinition<UnitRegistrationPayload> = {
  code: 'unit-registration',
  name: '单位参保登记',
  channels: ['window'],
  applicants: ['staff'],
  payload: unitRegistrationPayload,
  review: 'immediate',
  materials: [
    scannedDocument('uscc-certificate', '统一社会信用代码证书或单位批准成立的文件', true),
    scannedDocument('registration-form', '基本医疗保险单位参保信息登记表', true),
  ],
  timeLimitDays: null,
  serviceItemNo: 11,

  async subject(ctx, p) {
    if (!holdsRight(ctx.actor, UNIT_REGISTER_RIGHT.code))
      throw forbidden('您没有单位参保登记的权限');
    if (!inStaffScope(ctx.actor, p.regionCode)) throw forbidden('该参保地不在您的经办范围内');
    await check(ctx, p);
    const existing = await findUnitByUscc(ctx.tx, p.uscc);
    if (existing && !(await reusable(ctx.tx, existing))) {
      throw conflict(ALREADY_REGISTERED, 'payload.uscc');
    }
    return {
      personId: null,
      unitId: null,
      name: p.name,
      certType: USCC_CERT_TYPE,
      certNo: p.uscc,
      regionCode: p.regionCode,
    };
  },

  async apply(ctx, app) {
    const p = app.payload;
    const { legalRepCertNo, today } = await check(ctx, p);
    await lockKey(ctx.tx, `unit-uscc:${p.uscc}`);
    const values = columnsOf(p, legalRepCertNo, today);
    const existing = await findUnitByUscc(ctx.tx, p.uscc, true);
    if (existing) {
      if (!(await reusable(ctx.tx, existing))) throw conflict(ALREADY_REGISTERED, 'payload.uscc');
      const unit = await updateUnit(
        ctx.tx,
        existing,
        values,
        'reopen',
        ctx.actor,
        ctx.now,
        reasonOf(app),
      );
      return { unitId: unit.id, unitNo: unit.unitNo };
    }
    await lockKey(ctx.tx, `unit-no:${p.regionCode}`);
    const unitNo = await nextUnitNo(ctx.tx, p.regionCode);
    const unit = await insertUnit(
      ctx.tx,
      { ...values, unitNo, createdAt: ctx.now, updatedAt: ctx.now },
      ctx.actor,
      ctx.now,
      reasonOf(app),
    );
    return { unitId: unit.id, unitNo: unit.unitNo };
  },

  async compensate(ctx, app) {
    const unit = await findUnitByUscc(ctx.tx, app.payload.uscc, true);
    if (!unit || (await lastOpeningReason(ctx.tx, unit.id)) !== reasonOf(app)) {
      throw conflict('该单位已由其他办件重新登记，不能撤销本次单位参保登记');
    }
    if (unit.status === '注销') return;
    const members = await unitMembers(ctx.tx, unit.id);
    const held = [
      members.enrolments ? `参保登记${members.enrolments}条` : '',
      members.persons ? `所属人员${members.persons}人` : '',
      members.operators ? `单位经办人${members.operators}人` : '',
    ].filter(Boolean);
    if (held.length) {
      throw conflict(
        `该单位已有${held.join('、')}，不能撤销单位参保登记；请先办理人员减员或停用单位经办人`,
      );
    }
    await updateUnit(
      ctx.tx,
      unit,
      { status: '注销' },
      'cancel',
      ctx.actor,
      ctx.now,
      `${reasonOf(app)} 复核不通过，撤销单位参保登记`,
    );
  },
};
