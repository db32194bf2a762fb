import {
  ACCOUNT_WITHDRAWAL_DEATH,
  ACCOUNT_WITHDRAWAL_TRANSFER,
  withdrawalDeathPayload,
  withdrawalTransferPayload,
  type WithdrawalDeathPayload,
  type WithdrawalKind,
  type WithdrawalPayload,
  type WithdrawalResult,
  type WithdrawalTransferPayload,
} from '@yibao/contracts';
import { divisionPath, isDictionaryCode, isKnownDivision } from '@yibao/db/dictionaries';
import type { Executor } from '@yibao/db';
import { beijingDateOf, serviceItemByNo, validateCertNo, type MaterialRule } from '@yibao/domain';
import { conflict, forbidden, invalid } from '../../plugins/errors';
import {
  holdsRight,
  inStaffScope,
  type BusinessContext,
  type BusinessDefinition,
  type StoredApplication,
} from '../applications';
import { accountOfPerson } from './accounts.repository';
import { lockAccounts, postMovements } from './ledger.repository';
import { lockActiveLinks, removeLink } from './mutual-aid.repository';
import {
  activeInsuranceTypes,
  closeAccount,
  pendingWithdrawal,
  personByCert,
  personById,
  writeAccountHistory,
  type WithdrawalPersonRow,
} from './withdrawal.repository';

/** 个人账户清退登记、撤销: the window clerk's right (审核 is the spine's application.review). */
export const WITHDRAW_RIGHT = { code: 'account.withdraw', name: '个人账户清退登记、撤销' };

export const SERVICE_ITEM_NO = 26;

/** What the rules of a withdrawal read: the person, their account and what else is going on. */
export interface WithdrawalFacts {
  person: WithdrawalPersonRow;
  account: { balanceFen: number; status: string } | null;
  /** the insurance types the person is still 正常参保 in */
  activeTypes: readonly string[];
  pending: { id: number; applicationNo: string } | null;
}

/**
 * Why the kind of withdrawal may not be registered (or approved) now; null when it may. The
 * account must be open with money in it and no other withdrawal waiting; 死亡 needs the death
 * recorded or every enrolment ended, 转移 needs the 职工医保 relation gone from this region.
 */
export function withdrawalRefusal(kind: WithdrawalKind, f: WithdrawalFacts): string | null {
  if (!f.account) return '该人员没有职工医保个人账户';
  if (f.account.status === '销户') return '该人员的个人账户已销户';
  if (f.account.status !== '正常') {
    return `该人员的个人账户已${f.account.status}，不能办理一次性支取`;
  }
  if (f.account.balanceFen <= 0) return '该人员的个人账户余额为零，无需办理一次性支取';
  if (f.pending) {
    return `该人员已有未审核的个人账户清退登记（办件编号${f.pending.applicationNo}），请先审核或撤销`;
  }
  if (kind === 'death') {
    if (f.person.status !== '死亡' && f.activeTypes.length > 0) {
      return '该人员仍为正常参保状态，请先办理停保（减少原因：死亡）后再办理死亡人员清退账户';
    }
    return null;
  }
  if (f.person.status === '死亡') return '该人员已登记死亡，请按死亡人员清退账户办理';
  if (f.activeTypes.includes('310')) {
    return '该人员职工基本医疗保险仍在本统筹区正常参保，请先办理停保（转出）后再办理转移人员清退账户';
  }
  return null;
}

/** The facts of a person; `exceptId` leaves the application being approved out of `pending`. */
export async function factsOf(
  db: Executor,
  person: WithdrawalPersonRow,
  exceptId?: number,
): Promise<WithdrawalFacts & { accountId: number | null }> {
  // one after the other: inside a transaction they share one connection
  const account = await accountOfPerson(db, person.id);
  const activeTypes = await activeInsuranceTypes(db, person.id);
  const pending = await pendingWithdrawal(db, person.id, exceptId);
  return {
    person,
    account: account ? { balanceFen: account.balanceFen, status: account.status } : null,
    accountId: account?.id ?? null,
    activeTypes,
    pending,
  };
}

/** The checks of the fields that no form rule can make: dates, dictionaries, certificates. */
function checkPayload(
  kind: WithdrawalKind,
  p: WithdrawalPayload,
  person: WithdrawalPersonRow,
  regionCode: string,
  today: string,
) {
  if (!isDictionaryCode('banks', p.bankCode)) throw invalid('请选择银行大类', 'payload.bankCode');
  if (kind === 'death') {
    const d = p as WithdrawalDeathPayload;
    if (d.deathDate > today) throw invalid('死亡日期不能晚于今天', 'payload.deathDate');
    if (d.deathDate < person.birthDate) {
      throw invalid('死亡日期不能早于出生日期', 'payload.deathDate');
    }
    const heir = validateCertNo(d.heirCertType, d.heirCertNo, today);
    if (!heir.ok) throw invalid(heir.message, 'payload.heirCertNo');
    if (d.heirCertType === person.certType && heir.normalized === person.certNo) {
      throw invalid('继承人不能是死者本人', 'payload.heirCertNo');
    }
    if (!isDictionaryCode('relations', d.heirRelation)) {
      throw invalid('请选择与死者关系', 'payload.heirRelation');
    }
    return;
  }
  const t = p as WithdrawalTransferPayload;
  if (t.transferDate > today) throw invalid('转移日期不能晚于今天', 'payload.transferDate');
  if (!isKnownDivision(t.transferRegionCode)) {
    throw invalid('请选择转入地', 'payload.transferRegionCode');
  }
  if ((divisionPath(t.transferRegionCode) ?? []).includes(regionCode)) {
    throw invalid('转入地不能是本统筹区', 'payload.transferRegionCode');
  }
}

/** The person of a registration: the certificate as the registry writes it, in the staff's scope. */
async function personOf(ctx: BusinessContext, p: WithdrawalPayload) {
  const cert = validateCertNo(p.certType, p.certNo, beijingDateOf(ctx.now));
  if (!cert.ok) throw invalid(cert.message, 'payload.certNo');
  const person = await personByCert(ctx.tx, p.certType, cert.normalized);
  if (!person) throw invalid('未找到该证件号码的参保人员', 'payload.certNo');
  if (!inStaffScope(ctx.actor, person.regionCode)) {
    throw forbidden('该参保地不在您的经办范围内');
  }
  return person;
}

/** The guide's 申办资料 of the part, under our item codes (the names are the guide's). */
function materialsOf(partNo: number, codes: readonly string[]): MaterialRule[] {
  const part = serviceItemByNo(SERVICE_ITEM_NO)?.parts?.find((x) => x.no === partNo);
  if (part?.materials.length !== codes.length) {
    throw new Error(`service item 26 (${partNo}): the materials do not match their codes`);
  }
  return part.materials.map((m, i) => ({
    code: codes[i] ?? '',
    name: m.name,
    required: m.required,
    types: ['image/jpeg', 'image/png', 'application/pdf'],
    maxBytes: 5 * 1024 * 1024,
    maxFiles: 5,
  }));
}

/** 办理时限 of the part: 6 个工作日. */
function timeLimitOf(partNo: number): number | null {
  const limit = serviceItemByNo(SERVICE_ITEM_NO)?.parts?.find((x) => x.no === partNo)?.timeLimit;
  return limit?.kind === 'workingDays' ? limit.days : null;
}

const DESCRIPTIONS: Record<WithdrawalKind, string> = {
  death: '个人账户一次性支取(死亡)',
  transfer: '个人账户一次性支取(转移)',
};

/**
 * 审核通过: the whole balance leaves the account as one 清算 movement (idempotency key
 * `withdrawal:<办件 id>`) and the account is closed (销户) — with its history and audit rows,
 * in the approving transaction. The clerk who registered it may not approve it.
 */
async function payOutAndClose(
  ctx: BusinessContext,
  app: StoredApplication<WithdrawalPayload>,
  kind: WithdrawalKind,
): Promise<WithdrawalResult> {
  if (ctx.actor.type === app.applicantType && ctx.actor.id === app.applicantId) {
    throw conflict('个人账户清退须由登记人以外的经办人员审核');
  }
  const person = app.subjectPersonId ? await personById(ctx.tx, app.subjectPersonId) : null;
  if (!person) throw conflict('人员不存在');
  const account = await accountOfPerson(ctx.tx, person.id);
  if (!account) throw conflict('该人员没有职工医保个人账户');
  const [locked] = await lockAccounts(ctx.tx, [account.id]);
  if (!locked) throw conflict('该人员没有职工医保个人账户');
  const facts = await factsOf(ctx.tx, person, app.id);
  const refusal = withdrawalRefusal(kind, {
    ...facts,
    account: { balanceFen: locked.balanceFen, status: locked.status },
  });
  if (refusal) throw conflict(refusal);

  const reason = `办件 ${app.applicationNo}`;
  const [movement] = await postMovements(
    ctx.tx,
    [locked],
    [
      {
        accountId: locked.id,
        kind: '清算',
        amountFen: -locked.balanceFen,
        description: DESCRIPTIONS[kind],
        idempotencyKey: `withdrawal:${app.id}`,
        occurredAt: ctx.now,
        applicationId: app.id,
        reference: app.applicationNo,
      },
    ],
  );
  if (!movement) throw new Error('the 清算 movement was not written');
  await closeAccount(ctx.tx, locked.id, ctx.now);
  // nobody draws on a closed account: the holder's 共济 links end with it
  const links = await lockActiveLinks(ctx.tx, 'holder', person.id);
  for (const link of links) {
    await removeLink(ctx.tx, link, {
      actor: ctx.actor,
      at: ctx.now,
      reason: `办件 ${app.applicationNo}`,
    });
  }
  const closedAt = ctx.now.toISOString();
  await writeAccountHistory(ctx.tx, {
    accountId: locked.id,
    action: 'close',
    before: { status: locked.status, balanceFen: locked.balanceFen, closedAt: null },
    after: { status: '销户', balanceFen: 0, closedAt },
    actorType: ctx.actor.type,
    actorId: ctx.actor.id,
    reason,
    at: ctx.now,
  });
  await ctx.audit.many([
    {
      action: 'account-movement.post',
      entity: 'account-movement',
      entityId: movement.id,
      regionCode: locked.regionCode,
      after: {
        accountId: locked.id,
        kind: movement.kind,
        amountFen: movement.amountFen,
        balanceAfterFen: movement.balanceAfterFen,
        applicationId: app.id,
      },
    },
    {
      action: 'personal-account.close',
      entity: 'personal-account',
      entityId: locked.id,
      regionCode: locked.regionCode,
      before: { status: locked.status, balanceFen: locked.balanceFen },
      after: { status: '销户', balanceFen: 0, closedAt, reason },
    },
    ...links.map((link) => ({
      action: 'mutual-aid.delete',
      entity: 'mutual_aid_link',
      entityId: link.id,
      regionCode: locked.regionCode,
      before: { status: link.status, memberPersonId: link.memberPersonId },
      after: { status: '已删除', reason },
    })),
  ]);
  return { accountId: locked.id, movementId: movement.id, paidFen: -movement.amountFen, closedAt };
}

/** One part of item 二十六 as a business: 个人账户清退登记 → 审核 (front desk) → 支取 and 销户. */
function withdrawalBusiness<P extends WithdrawalPayload>(
  kind: WithdrawalKind,
  def: Pick<BusinessDefinition<P>, 'code' | 'name' | 'payload'> & {
    partNo: number;
    materialCodes: readonly string[];
  },
): BusinessDefinition<P> {
  return {
    code: def.code,
    name: def.name,
    channels: ['window'],
    applicants: ['staff'],
    payload: def.payload,
    review: 'front-desk',
    materials: materialsOf(def.partNo, def.materialCodes),
    timeLimitDays: timeLimitOf(def.partNo),
    serviceItemNo: SERVICE_ITEM_NO,
    insuranceType: '310',

    async subject(ctx, p) {
      if (!holdsRight(ctx.actor, WITHDRAW_RIGHT.code)) {
        throw forbidden(`您没有${WITHDRAW_RIGHT.name}的权限`);
      }
      const person = await personOf(ctx, p);
      const account = await accountOfPerson(ctx.tx, person.id);
      // two clerks registering the same account at once: the second waits and then sees the first
      if (account) await lockAccounts(ctx.tx, [account.id]);
      const regionCode = account?.regionCode ?? person.regionCode;
      checkPayload(kind, p, person, regionCode, beijingDateOf(ctx.now));
      const refusal = withdrawalRefusal(kind, await factsOf(ctx.tx, person));
      if (refusal) throw conflict(refusal, 'payload.certNo');
      return {
        personId: person.id,
        unitId: null,
        name: person.name,
        certType: person.certType,
        certNo: person.certNo,
        regionCode,
      };
    },

    async apply(ctx, app) {
      return { ...(await payOutAndClose(ctx, app, kind)) };
    },
  };
}

/** W26 (一) 死亡人员清退账户: paid to the heir named on the registration. */
export const withdrawalDeath = withdrawalBusiness<WithdrawalDeathPayload>('death', {
  code: ACCOUNT_WITHDRAWAL_DEATH,
  name: '个人账户一次性支取（死亡人员清退账户）',
  payload: withdrawalDeathPayload,
  partNo: 1,
  materialCodes: [
    'id-document',
    'application-form',
    'death-certificate',
    'heir-bank-card',
    'heir-id-copy',
  ],
});

/** W26 (二) 转移人员清退账户: paid to the insured person's own bank account. */
export const withdrawalTransfer = withdrawalBusiness<WithdrawalTransferPayload>('transfer', {
  code: ACCOUNT_WITHDRAWAL_TRANSFER,
  name: '个人账户一次性支取（转移人员清退账户）',
  payload: withdrawalTransferPayload,
  partNo: 2,
  materialCodes: ['id-document', 'application-form', 'transfer-letter', 'bank-card', 'id-copy'],
});
