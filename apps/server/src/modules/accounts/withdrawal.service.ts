import {
  ACCOUNT_WITHDRAWAL_CODES,
  WITHDRAWAL_KINDS,
  withdrawalKindOf,
  type PersonLookupQuery,
  type WithdrawalDeathPayload,
  type WithdrawalItem,
  type WithdrawalListQuery,
  type WithdrawalPerson,
  type WithdrawalTransferPayload,
} from '@yibao/contracts';
import { dictionaryLabel, divisionName } from '@yibao/db/dictionaries';
import {
  APPLICATION_STATUS_LABELS,
  beijingDateOf,
  maskCertNo,
  pageWindow,
  validateCertNo,
  type ApplicationStatus,
  type ReviewPolicy,
} from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { invalid, notFound } from '../../plugins/errors';
import { inStaffScope, staffRegions } from '../applications';
import { accountOfPerson } from './accounts.repository';
import { factsOf, withdrawalRefusal } from './withdrawal.business';
import { drawWithdrawalForm } from './withdrawal.pdf';
import {
  latestEmployeeEnrolment,
  personByCert,
  personById,
  withdrawalPage,
  type WithdrawalFilter,
} from './withdrawal.repository';

type PageRow = Awaited<ReturnType<typeof withdrawalPage>>['rows'][number];

const STATUSES: Record<WithdrawalListQuery['status'], string[] | null> = {
  pending: ['submitted', 'in-review'],
  approved: ['approved'],
  rejected: ['rejected'],
  withdrawn: ['withdrawn'],
  all: null,
};

const paidOf = (row: PageRow['application']): number | null => {
  const paid = row.effectResult?.paidFen;
  return row.status === 'approved' && typeof paid === 'number' ? paid : null;
};

/** A registration as the lists show it: the balance now while it waits, the payout once paid. */
function itemOf(r: PageRow, mask: boolean): WithdrawalItem {
  const a = r.application;
  const kind = withdrawalKindOf(a.businessCode) ?? 'death';
  const status = a.status as ApplicationStatus;
  const paid = paidOf(a);
  const balance = paid ?? r.balanceFen ?? 0;
  const waiting = status === 'submitted' || status === 'in-review';
  const transferCode = kind === 'transfer' ? String(a.payload.transferRegionCode ?? '') : null;
  return {
    id: a.id,
    applicationNo: a.applicationNo,
    businessCode: a.businessCode,
    kind,
    kindLabel: WITHDRAWAL_KINDS.find((k) => k.value === kind)?.label ?? kind,
    status,
    statusLabel: status === 'withdrawn' ? '已撤销' : APPLICATION_STATUS_LABELS[status],
    reviewPolicy: a.reviewPolicy as ReviewPolicy,
    name: a.subjectName,
    certType: a.subjectCertType,
    certNo: mask ? maskCertNo(a.subjectCertNo) : a.subjectCertNo,
    regionCode: a.regionCode,
    balanceFen: balance,
    paidFen: paid ?? (waiting ? balance : 0),
    accountStatus: r.accountStatus,
    transferRegionName: transferCode ? (divisionName(transferCode) ?? transferCode) : null,
    applicantId: a.applicantId,
    applicantName: a.applicantName,
    submittedAt: a.submittedAt.toISOString(),
    dueOn: a.dueOn,
    decidedAt: a.decidedAt?.toISOString() ?? null,
    decisionReason: a.decisionReason,
  };
}

/** 证件类型 + number as the form writes them. */
const certText = (certType: string, certNo: string) =>
  `${dictionaryLabel('certificate-types', certType)} ${certNo}`;

/**
 * W26's reads: 人员查询 of 个人账户清退登记 (the account and why a kind may not be registered),
 * the registrations (未审核 for 审核, the clerk's own for 撤销), one registration, and its
 * application form as a PDF. Staff see only their regions.
 */
export function createWithdrawalService(app: FastifyInstance) {
  const db = app.db;
  const today = () => beijingDateOf(app.clock.now());

  async function one(request: FastifyRequest, id: number) {
    const { rows } = await withdrawalPage(
      db,
      {
        regions: staffRegions(request.actor),
        statuses: null,
        businessCodes: [...ACCOUNT_WITHDRAWAL_CODES],
        id,
      },
      pageWindow(1, 1),
    );
    const row = rows[0];
    if (!row) throw notFound('办件不存在');
    return row;
  }

  return {
    async lookup(request: FastifyRequest, q: PersonLookupQuery): Promise<WithdrawalPerson> {
      const checked = validateCertNo(q.certType, q.certNo, today());
      if (!checked.ok) throw invalid(checked.message, 'certNo');
      const found = await personByCert(db, q.certType, checked.normalized);
      if (!found || !inStaffScope(request.actor, found.regionCode)) {
        throw notFound('未找到该证件号码的参保人员');
      }
      const [facts, enrolment, account] = await Promise.all([
        factsOf(db, found),
        latestEmployeeEnrolment(db, found.id),
        accountOfPerson(db, found.id),
      ]);
      // reading a person's account leaves a trace, as any access to personal data should
      await app.write(request, (_tx, audit) =>
        audit({
          action: 'account-withdrawal.lookup',
          entity: 'person',
          entityId: found.id,
          regionCode: found.regionCode,
        }),
      );
      return {
        id: found.id,
        personNo: found.personNo,
        name: found.name,
        certType: found.certType,
        certNo: found.certNo,
        sex: found.sex,
        birthDate: found.birthDate,
        regionCode: found.regionCode,
        personStatus: found.status,
        deathDate: found.deathDate,
        phone: found.phone,
        bankCode: found.bankCode,
        bankAccount: found.bankAccount,
        enrolment,
        account: account
          ? {
              balanceFen: account.balanceFen,
              status: account.status,
              openedAt: account.openedAt.toISOString(),
            }
          : null,
        pending: facts.pending && {
          id: facts.pending.id,
          applicationNo: facts.pending.applicationNo,
        },
        refusals: {
          death: withdrawalRefusal('death', facts),
          transfer: withdrawalRefusal('transfer', facts),
        },
      };
    },

    async list(request: FastifyRequest, q: WithdrawalListQuery, page: number, pageSize: number) {
      const filter: WithdrawalFilter = {
        regions: staffRegions(request.actor),
        statuses: STATUSES[q.status],
        businessCodes: q.kind
          ? WITHDRAWAL_KINDS.filter((k) => k.value === q.kind).map((k) => k.businessCode)
          : [...ACCOUNT_WITHDRAWAL_CODES],
      };
      if (q.mine) filter.applicantId = request.actor.id ?? '';
      if (q.certType) filter.certType = q.certType;
      if (q.certNo) filter.certNo = q.certNo.toUpperCase();
      const { rows, total } = await withdrawalPage(db, filter, pageWindow(page, pageSize));
      return { items: rows.map((r) => itemOf(r, true)), total };
    },

    async detail(request: FastifyRequest, id: number): Promise<WithdrawalItem> {
      return itemOf(await one(request, id), false);
    },

    /** 打印申请表: annex 3 filled from the registration. */
    async formPdf(request: FastifyRequest, id: number) {
      const row = await one(request, id);
      const a = row.application;
      const item = itemOf(row, false);
      const person = a.subjectPersonId ? await personById(db, a.subjectPersonId) : null;
      const enrolment = person ? await latestEmployeeEnrolment(db, person.id) : null;
      const p = a.payload as Partial<WithdrawalDeathPayload & WithdrawalTransferPayload>;
      const death = item.kind === 'death';
      const holder = death ? String(p.heirName ?? '') : a.subjectName;
      const remark = [
        death
          ? `死亡日期：${String(p.deathDate ?? '')}`
          : `转入地：${item.transferRegionName ?? ''}；转移日期：${String(p.transferDate ?? '')}`,
        !death && p.phone ? `联系电话：${p.phone}` : '',
        p.remark ?? '',
      ]
        .filter(Boolean)
        .join('；');
      const pdf = await drawWithdrawalForm({
        applicationNo: a.applicationNo,
        kind: item.kind,
        appliedOn: beijingDateOf(a.submittedAt),
        regionName: divisionName(a.regionCode) ?? a.regionCode,
        applicantName: a.applicantName,
        person: {
          name: a.subjectName,
          cert: certText(a.subjectCertType, a.subjectCertNo),
          unitName: enrolment?.unitName ?? '',
        },
        amountFen: item.balanceFen,
        paid: item.status === 'approved',
        bank: {
          account: String(p.bankAccount ?? ''),
          branch: `${dictionaryLabel('banks', String(p.bankCode ?? ''))} ${String(p.bankBranch ?? '')}`,
          holder,
        },
        phone: String(p.phone ?? ''),
        heir: death
          ? {
              name: holder,
              relation: dictionaryLabel('relations', String(p.heirRelation ?? '')),
              cert: certText(String(p.heirCertType ?? ''), String(p.heirCertNo ?? '')),
              address: String(p.heirAddress ?? ''),
            }
          : null,
        remark,
      });
      return { pdf, applicationNo: a.applicationNo };
    },
  };
}

export type WithdrawalService = ReturnType<typeof createWithdrawalService>;
