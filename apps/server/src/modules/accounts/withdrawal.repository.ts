import {
  and,
  applications,
  count,
  desc,
  enrolments,
  eq,
  inArray,
  personalAccountHistory,
  personalAccounts,
  persons,
  sql,
  units,
  type Executor,
  type SQL,
  type Tx,
} from '@yibao/db';
import { ACCOUNT_WITHDRAWAL_CODES } from '@yibao/contracts';
import type { PageWindow } from '@yibao/domain';

/** The person fields 个人账户清退登记 shows and its rules read. */
const personColumns = {
  id: persons.id,
  personNo: persons.personNo,
  name: persons.name,
  certType: persons.certType,
  certNo: persons.certNo,
  sex: persons.sex,
  birthDate: persons.birthDate,
  regionCode: persons.regionCode,
  status: persons.status,
  deathDate: persons.deathDate,
  phone: persons.phone,
  bankCode: persons.bankCode,
  bankAccount: persons.bankAccount,
};
export type WithdrawalPersonRow = {
  [K in keyof typeof personColumns]: (typeof persons.$inferSelect)[K];
};

export async function personByCert(db: Executor, certType: string, certNo: string) {
  const [row] = await db
    .select(personColumns)
    .from(persons)
    .where(and(eq(persons.certType, certType), eq(persons.certNo, certNo)));
  return row ?? null;
}

export async function personById(db: Executor, id: number) {
  const [row] = await db.select(personColumns).from(persons).where(eq(persons.id, id));
  return row ?? null;
}

/** The person's latest 职工基本医疗保险 (310) enrolment, with its unit's name. */
export async function latestEmployeeEnrolment(db: Executor, personId: number) {
  const [row] = await db
    .select({
      status: enrolments.status,
      personType: enrolments.personType,
      startDate: enrolments.startDate,
      endDate: enrolments.endDate,
      unitName: units.name,
    })
    .from(enrolments)
    .leftJoin(units, eq(units.id, enrolments.unitId))
    .where(and(eq(enrolments.personId, personId), eq(enrolments.insuranceType, '310')))
    .orderBy(desc(enrolments.startDate), desc(enrolments.id))
    .limit(1);
  return row ?? null;
}

/** The insurance types the person is still 正常参保 in. */
export async function activeInsuranceTypes(db: Executor, personId: number): Promise<string[]> {
  const rows = await db
    .selectDistinct({ insuranceType: enrolments.insuranceType })
    .from(enrolments)
    .where(and(eq(enrolments.personId, personId), eq(enrolments.status, '正常参保')));
  return rows.map((r) => r.insuranceType);
}

/**
 * A withdrawal of the person still waiting for its review: a second one is refused so the review
 * has one payee to decide on. (A 回退 one does not count: it may never come back, and were it
 * resubmitted, approval of either finds the other's account 销户 and is refused.)
 */
export async function pendingWithdrawal(db: Executor, personId: number, exceptId?: number) {
  const [row] = await db
    .select({ id: applications.id, applicationNo: applications.applicationNo })
    .from(applications)
    .where(
      and(
        eq(applications.subjectPersonId, personId),
        inArray(applications.businessCode, [...ACCOUNT_WITHDRAWAL_CODES]),
        inArray(applications.status, ['submitted', 'in-review']),
        exceptId === undefined ? undefined : sql`${applications.id} <> ${exceptId}`,
      ),
    )
    .orderBy(applications.id)
    .limit(1);
  return row ?? null;
}

/** 销户: the account closed at `at`. The caller holds its lock (lockAccounts). */
export async function closeAccount(tx: Tx, accountId: number, at: Date) {
  await tx
    .update(personalAccounts)
    .set({ status: '销户', closedAt: at })
    .where(eq(personalAccounts.id, accountId));
}

/** A row of personal_account_history, the 办件 that changed the account as its reason. */
export async function writeAccountHistory(
  tx: Tx,
  entry: {
    accountId: number;
    action: string;
    before: Record<string, unknown>;
    after: Record<string, unknown>;
    actorType: string;
    actorId: string | null;
    reason: string;
    at: Date;
  },
) {
  await tx.insert(personalAccountHistory).values({
    entityId: entry.accountId,
    action: entry.action,
    before: entry.before,
    after: entry.after,
    actorType: entry.actorType,
    actorId: entry.actorId,
    reason: entry.reason,
    changedAt: entry.at,
  });
}

export interface WithdrawalFilter {
  /** the staff member's regions; null for every region */
  regions: string[] | null;
  statuses: string[] | null;
  businessCodes: string[];
  applicantId?: string;
  certType?: string;
  certNo?: string;
  id?: number;
}

function whereOf(f: WithdrawalFilter): SQL | undefined {
  return and(
    inArray(applications.businessCode, f.businessCodes),
    f.regions === null ? undefined : inArray(applications.regionCode, f.regions),
    f.statuses === null ? undefined : inArray(applications.status, f.statuses),
    f.applicantId === undefined
      ? undefined
      : and(eq(applications.applicantType, 'staff'), eq(applications.applicantId, f.applicantId)),
    f.certType ? eq(applications.subjectCertType, f.certType) : undefined,
    f.certNo ? eq(applications.subjectCertNo, f.certNo) : undefined,
    f.id === undefined ? undefined : eq(applications.id, f.id),
  );
}

/** The registrations with the account of their person as it is now, newest first. */
export async function withdrawalPage(db: Executor, f: WithdrawalFilter, window: PageWindow) {
  const where = whereOf(f);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        application: applications,
        balanceFen: personalAccounts.balanceFen,
        accountStatus: personalAccounts.status,
      })
      .from(applications)
      .leftJoin(personalAccounts, eq(personalAccounts.personId, applications.subjectPersonId))
      .where(where)
      .orderBy(desc(applications.submittedAt), desc(applications.id))
      .limit(window.limit)
      .offset(window.offset),
    db.select({ n: count() }).from(applications).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}
