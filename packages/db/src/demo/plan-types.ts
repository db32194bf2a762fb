/**
 * The demo data as planned in memory, before any id exists: rows refer to each other by their
 * business keys (unit number, person number, enrolment key). The writer reserves ids and
 * resolves the keys; monthly rows (contributions, account movements) are planned as spans and
 * expanded set-based in SQL, so a million persons never become a hundred million JS objects.
 */
import type { agencies, enrolments, institutions, persons, regions, units } from '../schema/index';

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

export type RegionPlan = Insert<typeof regions>;
export type AgencyPlan = Omit<Insert<typeof agencies>, 'id'> & { createdAt: Date };

export interface UnitPlan extends Omit<Insert<typeof units>, 'id' | 'agencyId' | 'parentId'> {
  agencyCode: string;
  parentUnitNo: string | null;
  createdAt: Date;
}

export interface InstitutionPlan extends Omit<Insert<typeof institutions>, 'id' | 'unitId'> {
  unitNo: string;
  createdAt: Date;
}

export interface StaffPlan {
  username: string;
  name: string;
  roles: string[];
  regionCodes: string[];
  agencyCode: string | null;
  createdAt: Date;
}

export interface OrganisationPlan {
  regions: RegionPlan[];
  agencies: AgencyPlan[];
  /** parents before their children */
  units: UnitPlan[];
  institutions: InstitutionPlan[];
  staff: StaffPlan[];
}

export interface PersonPlan extends Omit<
  Insert<typeof persons>,
  'id' | 'unitId' | 'ssCardPasswordHash'
> {
  personNo: string;
  unitNo: string | null;
  /** the demo accounts get the card password */
  hasCardPassword: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface RelationPlan {
  personNo: string;
  relativeNo: string;
  /** code of the relations dictionary */
  relation: string;
  validFrom: string;
}

export interface EnrolmentPlan extends Omit<
  Insert<typeof enrolments>,
  'id' | 'personId' | 'unitId'
> {
  /** personNo + '/' + ordinal: unique in the data set */
  key: string;
  personNo: string;
  unitNo: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface AccountPlan {
  personNo: string;
  regionCode: string;
  openedAt: Date;
  /** family members without an account of their own who use this one (家庭共济) */
  mutualAidUserNos: string[];
}

/** Months of 职工 contributions at one unit, expanded to one row a month in SQL. */
export interface ContributionSpan {
  personNo: string;
  unitNo: string | null;
  regionCode: string;
  fromPeriod: number;
  toPeriod: number;
  /** monthly base in yuan in fromPeriod's year; grows by baseGrowthBp a year up to baseMaxYuan */
  baseYuan: number;
  baseMaxYuan: number;
  baseGrowthBp: number;
  unitRateBp: number;
  personalRateBp: number;
  accountRateBp: number;
  /** months from here on are 欠费 (unpaid); null when all are paid */
  arrearsFromPeriod: number | null;
  /** drives the deterministic choice of spending months and amounts */
  seed: number;
}

/** Years of 城乡居民 premiums: one row a year (period YYYY01). */
export interface ResidentSpan {
  personNo: string;
  unitNo: string | null;
  regionCode: string;
  fromYear: number;
  toYear: number;
  annualFen: number;
  /** the first year's premium is not paid before the enrolment starts */
  startDate: string;
}

/** Months of the fixed monthly allocation to a retiree's account. */
export interface RetireeSpan {
  personNo: string;
  regionCode: string;
  fromPeriod: number;
  toPeriod: number;
  monthlyFen: number;
  seed: number;
}

export type HistoryEntity = 'person' | 'enrolment';

/** A later change of a planned row, written as an 'update' history row. */
export interface HistoryChange {
  entity: HistoryEntity;
  /** personNo or enrolment key */
  key: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  changedAt: Date;
  reason: string;
}

/** What a changed row looked like when it was created (its 'create' history row). */
export interface CreatedState {
  entity: HistoryEntity;
  key: string;
  state: Record<string, unknown>;
}

/** Whole households, so family relations never cross a batch. */
export interface PeopleBatch {
  persons: PersonPlan[];
  relations: RelationPlan[];
  enrolments: EnrolmentPlan[];
  accounts: AccountPlan[];
  contributionSpans: ContributionSpan[];
  residentSpans: ResidentSpan[];
  retireeSpans: RetireeSpan[];
  changes: HistoryChange[];
  createdStates: CreatedState[];
}

export function emptyBatch(): PeopleBatch {
  return {
    persons: [],
    relations: [],
    enrolments: [],
    accounts: [],
    contributionSpans: [],
    residentSpans: [],
    retireeSpans: [],
    changes: [],
    createdStates: [],
  };
}
