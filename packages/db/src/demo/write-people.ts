/**
 * Writes one batch of households: persons, family relations, enrolments, personal accounts,
 * their history, and the spans the ledger stage expands into monthly rows.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../connection';
import { enrolments, familyRelations, personalAccounts, persons } from '../schema/index';
import type { HistoryEntity, PeopleBatch } from './plan-types';
import { atBeijing } from './time';
import { writeMutualAidLinks } from './write-mutual-aid';
import { lookup, type OrganisationIds } from './write-organisations';
import {
  insertColumns,
  insertRows,
  reserveIds,
  writeCreateHistory,
  writeUpdateHistory,
  type RawColumn,
} from './write-support';

/** Temporary tables of the spans; dropped when the loading transaction commits. */
export async function createStagingTables(tx: Tx): Promise<void> {
  await tx.execute(sql`
    create temp table demo_contribution_spans (
      person_id bigint not null, unit_id bigint, account_id bigint not null,
      region_code text not null, from_period int not null, to_period int not null,
      base_yuan int not null, base_max_yuan int not null, base_growth_bp int not null,
      unit_rate_bp int not null, personal_rate_bp int not null, account_rate_bp int not null,
      arrears_from_period int, seed int not null, mutual_aid_users int not null,
      mutual_aid_user_1 bigint, mutual_aid_user_2 bigint
    ) on commit drop`);
  await tx.execute(sql`
    create temp table demo_resident_spans (
      person_id bigint not null, unit_id bigint, region_code text not null, from_year int not null,
      to_year int not null, annual_fen bigint not null, start_date date not null
    ) on commit drop`);
  await tx.execute(sql`
    create temp table demo_retiree_spans (
      person_id bigint not null, account_id bigint not null,
      region_code text not null, from_period int not null, to_period int not null,
      monthly_fen bigint not null, seed int not null, mutual_aid_users int not null,
      mutual_aid_user_1 bigint, mutual_aid_user_2 bigint
    ) on commit drop`);
  await tx.execute(
    sql`create temp table demo_accounts (account_id bigint not null) on commit drop`,
  );
}

const CONTRIBUTION_SPAN_COLUMNS: RawColumn[] = [
  ['person_id', 'bigint'],
  ['unit_id', 'bigint'],
  ['account_id', 'bigint'],
  ['region_code', 'text'],
  ['from_period', 'int'],
  ['to_period', 'int'],
  ['base_yuan', 'int'],
  ['base_max_yuan', 'int'],
  ['base_growth_bp', 'int'],
  ['unit_rate_bp', 'int'],
  ['personal_rate_bp', 'int'],
  ['account_rate_bp', 'int'],
  ['arrears_from_period', 'int'],
  ['seed', 'int'],
  ['mutual_aid_users', 'int'],
  ['mutual_aid_user_1', 'bigint'],
  ['mutual_aid_user_2', 'bigint'],
];

/** Column arrays from row objects, in the order of the columns. */
function columnsOf(columns: readonly RawColumn[], rows: readonly Record<string, unknown>[]) {
  return columns.map(([name]) => rows.map((row) => row[name] ?? null));
}

export async function writePeopleBatch(
  tx: Tx,
  batch: PeopleBatch,
  organisations: OrganisationIds,
  cardPasswordHash: string,
): Promise<void> {
  const unitId = (unitNo: string | null) =>
    unitNo === null ? null : lookup(organisations.unitIds, unitNo, 'unit');

  const personIdList = await reserveIds(tx, 'persons', batch.persons.length);
  const personIds = new Map(batch.persons.map((p, i) => [p.personNo, personIdList[i] as number]));
  const personId = (personNo: string) => lookup(personIds, personNo, 'person');
  const personRows = batch.persons.map(({ unitNo, hasCardPassword, ...person }) => ({
    ...person,
    id: personId(person.personNo),
    unitId: unitId(unitNo),
    ssCardPasswordHash: hasCardPassword ? cardPasswordHash : null,
  }));
  await insertRows(tx, persons, personRows);

  const relationIds = await reserveIds(tx, 'family_relations', batch.relations.length);
  const relationRows = batch.relations.map((r, i) => ({
    id: relationIds[i] as number,
    personId: personId(r.personNo),
    relativeId: personId(r.relativeNo),
    relation: r.relation,
    validFrom: r.validFrom,
    validTo: null,
    createdAt: atBeijing(r.validFrom),
  }));
  await insertRows(tx, familyRelations, relationRows);

  const enrolmentIdList = await reserveIds(tx, 'enrolments', batch.enrolments.length);
  const enrolmentIds = new Map(
    batch.enrolments.map((e, i) => [e.key, enrolmentIdList[i] as number]),
  );
  const enrolmentRows = batch.enrolments.map(({ key, personNo, unitNo, ...enrolment }) => ({
    ...enrolment,
    id: lookup(enrolmentIds, key, 'enrolment'),
    personId: personId(personNo),
    unitId: unitId(unitNo),
  }));
  await insertRows(tx, enrolments, enrolmentRows);

  const accountIdList = await reserveIds(tx, 'personal_accounts', batch.accounts.length);
  const accountIds = new Map(
    batch.accounts.map((a, i) => [a.personNo, accountIdList[i] as number]),
  );
  const accountId = (personNo: string) => lookup(accountIds, personNo, 'account');
  const accountRows = batch.accounts.map((a) => ({
    id: accountId(a.personNo),
    personId: personId(a.personNo),
    regionCode: a.regionCode,
    balanceFen: 0,
    status: '正常',
    openedAt: a.openedAt,
    closedAt: null,
    createdAt: a.openedAt,
  }));
  await insertRows(tx, personalAccounts, accountRows);
  await insertColumns(tx, sql`demo_accounts`, [['account_id', 'bigint']], [accountIdList]);
  // At most two family members share an account in the demo data: one column each.
  const usersOf = new Map(
    batch.accounts.map((a) => [a.personNo, a.mutualAidUserNos.map((no) => personId(no))]),
  );

  await writeSpans(tx, batch, { personId, unitId, accountId, usersOf });
  // the same account users as the ledger's spans, as 家庭共济 links in force
  await writeMutualAidLinks(tx, batch, personId);

  const idOf = (entity: HistoryEntity, key: string) =>
    entity === 'person' ? personId(key) : lookup(enrolmentIds, key, 'enrolment');
  const statesOf = (entity: HistoryEntity) =>
    new Map(
      batch.createdStates
        .filter((s) => s.entity === entity)
        .map((s) => [idOf(entity, s.key), s.state]),
    );
  const changesOf = (entity: HistoryEntity) =>
    batch.changes
      .filter((c) => c.entity === entity)
      .map((c) => ({ ...c, entityId: idOf(entity, c.key) }));
  await writeCreateHistory(tx, persons, 'person_history', personIdList, statesOf('person'));
  await writeUpdateHistory(tx, 'person_history', changesOf('person'));
  await writeCreateHistory(tx, familyRelations, 'family_relation_history', relationIds);
  await writeCreateHistory(
    tx,
    enrolments,
    'enrolment_history',
    enrolmentIdList,
    statesOf('enrolment'),
  );
  await writeUpdateHistory(tx, 'enrolment_history', changesOf('enrolment'));
  await writeCreateHistory(tx, personalAccounts, 'personal_account_history', accountIdList);
}

interface Resolvers {
  personId(personNo: string): number;
  unitId(unitNo: string | null): number | null;
  accountId(personNo: string): number;
  usersOf: ReadonlyMap<string, number[]>;
}

function mutualAidColumns(userIds: readonly number[]) {
  return {
    mutual_aid_users: userIds.length,
    mutual_aid_user_1: userIds[0] ?? null,
    mutual_aid_user_2: userIds[1] ?? null,
  };
}

async function writeSpans(tx: Tx, batch: PeopleBatch, resolve: Resolvers): Promise<void> {
  const contributionRows = batch.contributionSpans.map((s) => ({
    person_id: resolve.personId(s.personNo),
    unit_id: resolve.unitId(s.unitNo),
    account_id: resolve.accountId(s.personNo),
    region_code: s.regionCode,
    from_period: s.fromPeriod,
    to_period: s.toPeriod,
    base_yuan: s.baseYuan,
    base_max_yuan: s.baseMaxYuan,
    base_growth_bp: s.baseGrowthBp,
    unit_rate_bp: s.unitRateBp,
    personal_rate_bp: s.personalRateBp,
    account_rate_bp: s.accountRateBp,
    arrears_from_period: s.arrearsFromPeriod,
    seed: s.seed,
    ...mutualAidColumns(resolve.usersOf.get(s.personNo) ?? []),
  }));
  await insertColumns(
    tx,
    sql`demo_contribution_spans`,
    CONTRIBUTION_SPAN_COLUMNS,
    columnsOf(CONTRIBUTION_SPAN_COLUMNS, contributionRows),
  );

  const residentColumns: RawColumn[] = [
    ['person_id', 'bigint'],
    ['unit_id', 'bigint'],
    ['region_code', 'text'],
    ['from_year', 'int'],
    ['to_year', 'int'],
    ['annual_fen', 'bigint'],
    ['start_date', 'date'],
  ];
  const residentRows = batch.residentSpans.map((s) => ({
    person_id: resolve.personId(s.personNo),
    unit_id: resolve.unitId(s.unitNo),
    region_code: s.regionCode,
    from_year: s.fromYear,
    to_year: s.toYear,
    annual_fen: s.annualFen,
    start_date: s.startDate,
  }));
  await insertColumns(
    tx,
    sql`demo_resident_spans`,
    residentColumns,
    columnsOf(residentColumns, residentRows),
  );

  const retireeColumns: RawColumn[] = [
    ['person_id', 'bigint'],
    ['account_id', 'bigint'],
    ['region_code', 'text'],
    ['from_period', 'int'],
    ['to_period', 'int'],
    ['monthly_fen', 'bigint'],
    ['seed', 'int'],
    ['mutual_aid_users', 'int'],
    ['mutual_aid_user_1', 'bigint'],
    ['mutual_aid_user_2', 'bigint'],
  ];
  const retireeRows = batch.retireeSpans.map((s) => ({
    person_id: resolve.personId(s.personNo),
    account_id: resolve.accountId(s.personNo),
    region_code: s.regionCode,
    from_period: s.fromPeriod,
    to_period: s.toPeriod,
    monthly_fen: s.monthlyFen,
    seed: s.seed,
    ...mutualAidColumns(resolve.usersOf.get(s.personNo) ?? []),
  }));
  await insertColumns(
    tx,
    sql`demo_retiree_spans`,
    retireeColumns,
    columnsOf(retireeColumns, retireeRows),
  );
}
