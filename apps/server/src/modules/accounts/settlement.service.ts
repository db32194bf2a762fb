import type { RefundRequest, SettlementReply, SettlementRequest } from '@yibao/contracts';
import { isUniqueViolation } from '@yibao/db';
import { dictionaryLabel, isDictionaryCode } from '@yibao/db/dictionaries';
import {
  beijingDateOf,
  maskCertNo,
  ratioFor,
  splitBill,
  tierOf,
  visitClassOf,
  type VisitClass,
} from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { ttlCache } from '../../lib/ttl-cache';
import { conflict, forbidden, invalid, notFound } from '../../plugins/errors';
import { accountOfPerson } from './accounts.repository';
import { checkPasswordWithLockout } from './account-security';
import { lockAccounts, postMovements, runningBalances, type Posting } from './ledger.repository';
import {
  lockForSettlement,
  settlementSnapshot,
  writeSettlement,
} from './settlement-posting.repository';
import {
  addToAccumulator,
  findInstitution,
  findInsured,
  findPolicy,
  findPolicyById,
  findSettlement,
  lockAccumulator,
  lockSettlement,
  markRefunded,
  settlementPayments,
  type PersonMatch,
  type PolicyRow,
  type SettlementRow,
} from './settlement.repository';
import type { VoucherCodes } from './voucher-code';

/** The fields a retry must repeat exactly; the password is left out (it is not stored). */
function requestHashOf(body: SettlementRequest): string {
  const { accountPassword: _password, ...settled } = body;
  return createHash('sha256').update(JSON.stringify(settled)).digest('hex');
}

/** 摘要 of a movement: 医疗消费(门诊), 医疗退费(住院), 定点药店购药 … */
const movementText = (visitClass: string, pharmacy: boolean, refund: boolean) =>
  pharmacy
    ? refund
      ? '定点药店退费'
      : '定点药店购药'
    : `${refund ? '医疗退费' : '医疗消费'}(${visitClass})`;

interface Payment {
  kind: string;
  amountFen: number;
  holderName: string;
  holderPersonId: number;
  relation: string;
}

function toReply(
  s: SettlementRow,
  replayed: boolean,
  person: { name: string; certNo: string },
  payments: Payment[],
  policy: PolicyRow | undefined,
): SettlementReply {
  return {
    txnNo: s.txnNo,
    status: s.status,
    replayed,
    person: { name: person.name, certNo: maskCertNo(person.certNo) },
    medType: s.medType,
    visitClass: s.visitClass,
    visitDate: s.visitDate,
    remote: s.remote,
    totalFen: s.totalFen,
    inCatalogueFen: s.inCatalogueFen,
    outCatalogueFen: s.outCatalogueFen,
    deductibleFen: s.deductibleFen,
    fundFen: s.fundFen,
    accountFen: s.accountFen,
    cashFen: s.cashFen,
    accountPayments: payments
      .filter((p) => p.kind === '消费')
      .map((p) => ({ holderName: p.holderName, relation: p.relation, amountFen: -p.amountFen })),
    policy: {
      deductibleFen: policy?.deductibleFen ?? 0,
      ratioBp: policy ? ratioFor(policy, s.tier as Parameters<typeof ratioFor>[1]) : 0,
      annualCapFen: policy?.annualCapFen ?? 0,
      source: policy?.source ?? '',
    },
    settledAt: s.settledAt.toISOString(),
    refundTxnNo: s.refundTxnNo,
    refundedAt: s.refundedAt ? s.refundedAt.toISOString() : null,
  };
}

/** X08: designated institutions settle visits; the engine splits them and posts the ledger. */
export function createSettlementService(app: FastifyInstance, codes: VoucherCodes) {
  const now = () => app.clock.now();
  // Read on every settlement, changed rarely: a changed policy or agreement applies within 30 s.
  const institutions = ttlCache<number, Awaited<ReturnType<typeof findInstitution>>>(30_000, () =>
    Date.now(),
  );
  const policies = ttlCache<string, PolicyRow | undefined>(30_000, () => Date.now());

  function institutionOf(request: FastifyRequest): number {
    if (!request.institutionId) throw forbidden('仅限定点医药机构调用');
    return request.institutionId;
  }

  /** Who the request names: by 医保码 (checked here) or by certificate. */
  function whoOf(body: SettlementRequest): PersonMatch {
    if (!body.voucherToken)
      return { certType: body.certType, certNo: (body.certNo ?? '').toUpperCase() };
    const personId = codes.read(body.voucherToken, now());
    if (!personId) throw invalid('医保码无效或已过期，请刷新后重新出示', 'voucherToken');
    return { personId };
  }

  /** A stored settlement as the interface answers it. */
  async function stored(s: SettlementRow, replayed: boolean): Promise<SettlementReply> {
    const [payments, person, policy] = await Promise.all([
      settlementPayments(app.db, s.id),
      findInsured(app.db, { personId: s.personId }),
      s.policyId ? findPolicyById(app.db, s.policyId) : undefined,
    ]);
    const withRelation = payments.map((p) => ({
      ...p,
      relation: p.holderPersonId === s.personId ? '本人' : '共济',
    }));
    return toReply(s, replayed, person ?? { name: '', certNo: '' }, withRelation, policy);
  }

  /** The same transaction number again: the stored answer if the bill is the same, else 409. */
  async function replay(s: SettlementRow, hash: string) {
    if (s.requestHash !== hash) throw conflict('交易流水号已用于另一笔结算', 'txnNo');
    return stored(s, true);
  }

  async function settle(request: FastifyRequest, body: SettlementRequest) {
    const institutionId = institutionOf(request);
    const hash = requestHashOf(body);
    if (!isDictionaryCode('medical-categories', body.medType))
      throw invalid('医疗类别不正确', 'medType');
    if (body.visitDate > beijingDateOf(now())) throw invalid('就诊日期不能晚于今天', 'visitDate');
    const snapshot = await settlementSnapshot(app.db, {
      institutionId,
      txnNo: body.txnNo,
      who: whoOf(body),
      visitDate: body.visitDate,
    });
    if (snapshot.existingId !== null) {
      const existing = await findSettlement(app.db, institutionId, body.txnNo);
      if (existing) return replay(existing, hash);
    }
    const person = snapshot.person;
    if (!person)
      throw invalid('未查询到该人员的有效参保信息', body.voucherToken ? 'voucherToken' : 'certNo');
    const institution = await institutions.get(institutionId, () =>
      findInstitution(app.db, institutionId),
    );
    if (!institution || institution.status !== '正常') throw forbidden('定点医药机构协议状态异常');
    const visitClass: VisitClass = visitClassOf(body.medType);
    const policyKey = {
      regionCode: person.regionCode,
      personClass: person.personClass,
      visitClass,
      on: body.visitDate,
    };
    const policy = await policies.get(JSON.stringify(policyKey), () =>
      findPolicy(app.db, policyKey),
    );
    if (!policy) throw conflict('参保地未配置该类人员的待遇政策，无法结算');
    const tier = tierOf(institution.kind, institution.level);
    const remote = institution.regionCode !== person.regionCode;
    const candidates = snapshot.accounts;
    const own = candidates.find((c) => c.holderPersonId === person.personId);
    // The password is checked before any lock is taken: hashing is slow, locks should be short.
    let ownUnlocked = false;
    if (own && body.accountPassword !== undefined) {
      const account = await accountOfPerson(app.db, person.personId);
      if (!account) throw invalid('个人账户密码不正确', 'accountPassword');
      await checkPasswordWithLockout(app, request, account, body.accountPassword);
      ownUnlocked = true;
    }
    const key = { personId: person.personId, year: Number(body.visitDate.slice(0, 4)), visitClass };

    try {
      const { settlement, payments } = await app.write(request, async (tx) => {
        const { used, locked } = await lockForSettlement(
          tx,
          key,
          candidates.map((c) => c.accountId),
        );
        const byId = new Map(locked.map((a) => [a.id, a]));
        const holderOf = new Map(candidates.map((c) => [c.accountId, c]));
        // Own account: locally with 免密支付 or the password, elsewhere only if 异地使用 is on.
        // A 共济 holder's account: locally always (the link is the holder's consent), elsewhere
        // only if the holder allows remote use.
        const usable = candidates.flatMap((c) => {
          const a = byId.get(c.accountId);
          if (!a || a.status !== '正常') return [];
          const allowed = remote
            ? a.remoteUse
            : c === own
              ? a.passwordFreeLocal || ownUnlocked
              : true;
          return allowed ? [{ accountId: a.id, balanceFen: a.balanceFen }] : [];
        });
        const split = splitBill({
          inCatalogueFen: body.inCatalogueFen,
          outCatalogueFen: body.outCatalogueFen,
          deductibleLeftFen: Math.max(0, policy.deductibleFen - used.deductibleUsedFen),
          ratioBp: ratioFor(policy, tier),
          capLeftFen: Math.max(0, policy.annualCapFen - used.fundPaidFen),
          accounts: usable,
        });
        const at = now();
        const postings: Posting[] = split.accountPayments.map((p) => ({
          accountId: p.accountId,
          kind: '消费',
          amountFen: -p.amountFen,
          description: movementText(visitClass, tier === 'pharmacy', false),
          idempotencyKey: `settle:${institutionId}:${body.txnNo}:${p.accountId}`,
          occurredAt: at,
          userPersonId:
            holderOf.get(p.accountId)?.holderPersonId === person.personId ? null : person.personId,
          institutionId,
          reference: body.txnNo,
        }));
        const written = await writeSettlement(tx, {
          settlement: {
            institutionId,
            txnNo: body.txnNo,
            requestHash: hash,
            personId: person.personId,
            regionCode: person.regionCode,
            personClass: person.personClass,
            medType: body.medType,
            visitClass,
            tier,
            remote,
            visitDate: body.visitDate,
            policyId: policy.id,
            totalFen: split.totalFen,
            inCatalogueFen: body.inCatalogueFen,
            outCatalogueFen: body.outCatalogueFen,
            deductibleFen: split.deductibleFen,
            fundFen: split.fundFen,
            accountFen: split.accountFen,
            cashFen: split.cashFen,
            items: body.items,
            settledAt: at,
          },
          movements: runningBalances(locked, postings),
          accumulator: { ...key, deductibleFen: split.deductibleFen, fundFen: split.fundFen },
          audit: {
            ctx: { actor: request.actor, requestId: request.id, ip: request.ip },
            at,
            settlement: {
              action: 'settlement.settle',
              entity: 'settlement',
              after: { txnNo: body.txnNo, ...split },
            },
          },
        });
        const payments: Payment[] = written.movements.map((m) => {
          const c = holderOf.get(m.accountId);
          return {
            kind: m.kind,
            amountFen: m.amountFen,
            holderName: c?.holderName ?? '',
            holderPersonId: c?.holderPersonId ?? 0,
            relation: c === own ? '本人' : dictionaryLabel('relations', c?.relation ?? ''),
          };
        });
        return { settlement: written.settlement, payments };
      });
      return toReply(settlement, false, person, payments, policy);
    } catch (err) {
      // The same transaction number posted at the same moment by a retry: answer as a replay.
      if (!isUniqueViolation(err)) throw err;
      const again = await findSettlement(app.db, institutionId, body.txnNo);
      if (!again) throw err;
      return replay(again, hash);
    }
  }

  async function get(request: FastifyRequest, txnNo: string) {
    const s = await findSettlement(app.db, institutionOf(request), txnNo);
    if (!s) throw notFound('结算记录不存在');
    return stored(s, false);
  }

  /**
   * 退费: reverses one settlement exactly — every account gets back what it paid, the year's
   * accumulators give back the deductible and the fund payment. A second refund is refused; the
   * same refund sent again answers as before.
   */
  async function refund(request: FastifyRequest, txnNo: string, body: RefundRequest) {
    const institutionId = institutionOf(request);
    const refunded = await app.write(request, async (tx, audit) => {
      const s = await lockSettlement(tx, institutionId, txnNo);
      if (!s) throw notFound('结算记录不存在');
      if (s.status === '已退费') {
        if (s.refundTxnNo === body.refundTxnNo) return s;
        throw conflict('该笔结算已退费，不能重复退费');
      }
      const visitClass = s.visitClass as VisitClass;
      const key = { personId: s.personId, year: Number(s.visitDate.slice(0, 4)), visitClass };
      await lockAccumulator(tx, key);
      const paid = (await settlementPayments(tx, s.id)).filter((p) => p.kind === '消费');
      const locked = await lockAccounts(
        tx,
        paid.map((p) => p.accountId),
      );
      if (locked.some((a) => a.status !== '正常'))
        throw conflict('个人账户已销户或冻结，该笔退费请到经办机构办理');
      const at = now();
      const movements = await postMovements(
        tx,
        locked,
        paid.map((p) => ({
          accountId: p.accountId,
          kind: '退费',
          amountFen: -p.amountFen,
          description: movementText(s.visitClass, s.tier === 'pharmacy', true),
          idempotencyKey: `refund:${s.id}:${p.accountId}`,
          occurredAt: at,
          userPersonId: p.userPersonId,
          institutionId,
          settlementId: s.id,
          reference: body.refundTxnNo,
        })),
      );
      await addToAccumulator(tx, key, { deductibleFen: -s.deductibleFen, fundFen: -s.fundFen });
      await markRefunded(tx, s.id, body.refundTxnNo, at);
      await audit.many([
        {
          action: 'settlement.refund',
          entity: 'settlement',
          entityId: s.id,
          regionCode: s.regionCode,
          before: { status: s.status },
          after: { status: '已退费', refundTxnNo: body.refundTxnNo },
        },
        ...movements.map((m) => ({
          action: 'account-movement.post',
          entity: 'account-movement',
          entityId: m.id,
          regionCode: s.regionCode,
          after: {
            accountId: m.accountId,
            kind: m.kind,
            amountFen: m.amountFen,
            balanceAfterFen: m.balanceAfterFen,
            settlementId: s.id,
          },
        })),
      ]);
      return { ...s, status: '已退费', refundTxnNo: body.refundTxnNo, refundedAt: at };
    });
    return stored(refunded, false);
  }

  return { settle, get, refund };
}
export type SettlementService = ReturnType<typeof createSettlementService>;
