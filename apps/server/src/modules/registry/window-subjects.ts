import { isDictionaryCode } from '@yibao/db/dictionaries';
import { beijingDateOf, validateCertNo } from '@yibao/domain';
import { conflict, forbidden, invalid } from '../../plugins/errors';
import { holdsRight, type BusinessContext } from '../applications';
import { findPersonByCert } from './registry.repository';
import { findUnitByNo } from './units.repository';

/** Refuses a staff member who lacks the right a window business needs. */
export function requireWindowRight(ctx: BusinessContext, right: { code: string; name: string }) {
  if (!holdsRight(ctx.actor, right.code)) throw forbidden(`您没有${right.name}的权限`);
}

/** 人员查询 of a window form: the registry's person by 证件类型 and 证件号码. */
export async function personByCert(ctx: BusinessContext, certType: string, rawCertNo: string) {
  const cert = validateCertNo(certType, rawCertNo, beijingDateOf(ctx.now));
  if (!cert.ok) throw invalid(cert.message, 'payload.certNo');
  const person = await findPersonByCert(ctx.tx, certType, cert.normalized);
  if (!person) throw invalid('未找到该证件号码的参保人员', 'payload.certNo');
  return person;
}

/** 单位编号+enter: a unit of the registry that is not 注销, locked when asked. */
export async function openUnitByNo(ctx: BusinessContext, unitNo: string, lock = false) {
  const unit = await findUnitByNo(ctx.tx, unitNo.trim(), lock);
  if (!unit) throw invalid('未找到该单位编号的单位', 'payload.unitNo');
  if (unit.status !== '正常') throw conflict('该单位已注销', 'payload.unitNo');
  return unit;
}

/** 政治面貌 and 婚姻状态 of a window form: empty, or a code of their dictionary. */
export function checkPersonStatuses(p: { politicalStatus?: string; maritalStatus?: string }) {
  const { politicalStatus = '', maritalStatus = '' } = p;
  if (politicalStatus !== '' && !isDictionaryCode('political-statuses', politicalStatus)) {
    throw invalid('请选择正确的政治面貌', 'payload.politicalStatus');
  }
  if (maritalStatus !== '' && !isDictionaryCode('marital-statuses', maritalStatus)) {
    throw invalid('请选择正确的婚姻状态', 'payload.maritalStatus');
  }
}
