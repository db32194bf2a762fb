/**
 * A person's insurance career turned into rows: enrolments (a terminated one per former
 * employer, the current one), their history, the spans of monthly contributions and account
 * allocations, and the personal account of everyone insured as an employee.
 */
import { personTypeOfCategory } from '../dictionaries/index';
import { HISTORY_START_PERIOD, type RegionPolicySample } from './config';
import type { Career, PeopleContext } from './plan-person';
import type { EnrolmentPlan, PeopleBatch, PersonPlan } from './plan-types';
import {
  addMonths,
  addYears,
  atBeijing,
  firstOfNextMonth,
  isBefore,
  isoDateAdd,
  maxDate,
  periodOfIsoDate,
} from './time';

type WorkingCareer = Exclude<Career, { kind: 'resident' }>;
type ResidentCareer = Extract<Career, { kind: 'resident' }>;
type EnrolmentFields = Omit<
  EnrolmentPlan,
  'key' | 'personNo' | 'regionCode' | 'createdAt' | 'updatedAt'
>;

/** Monthly base in yuan in a year, from the base in HISTORY_START's year. */
function baseInYear(policy: RegionPolicySample, base2019: number, year: number): number {
  const grown = base2019 * Math.pow(1 + policy.baseGrowthBp / 10000, year - 2019);
  return Math.min(Math.round(grown), policy.baseMaxYuan);
}

/** Adds a person's enrolments to the batch, numbering them and noting the first start. */
class Enrolments {
  private ordinal = 0;
  firstStart: string | null = null;

  constructor(
    private readonly ctx: PeopleContext,
    private readonly batch: PeopleBatch,
    private readonly person: PersonPlan,
  ) {}

  add(fields: EnrolmentFields): EnrolmentPlan {
    const enrolment: EnrolmentPlan = {
      key: `${this.person.personNo}/${++this.ordinal}`,
      personNo: this.person.personNo,
      regionCode: this.ctx.region.code,
      ...fields,
      createdAt: atBeijing(fields.startDate),
      updatedAt: atBeijing(fields.startDate),
    };
    this.batch.enrolments.push(enrolment);
    this.firstStart ??= fields.startDate;
    return enrolment;
  }

  /** A later change of the enrolment: its 'create' history shows `before`, an update `after`. */
  change(
    enrolment: EnrolmentPlan,
    before: Record<string, unknown>,
    after: Record<string, unknown>,
    on: string,
    reason: string,
  ): void {
    const changedAt = atBeijing(on, 10);
    enrolment.updatedAt = changedAt;
    this.batch.createdStates.push({ entity: 'enrolment', key: enrolment.key, state: before });
    this.batch.changes.push({
      entity: 'enrolment',
      key: enrolment.key,
      before,
      after,
      changedAt,
      reason,
    });
  }
}

export function planCareer(
  ctx: PeopleContext,
  batch: PeopleBatch,
  person: PersonPlan,
  career: Career,
): void {
  if (career.kind === 'resident') planResidentCareer(ctx, batch, person, career);
  else planWorkingCareer(ctx, batch, person, career);
}

/** 城乡居民: one enrolment (through a school class for pupils) and a premium a year. */
function planResidentCareer(
  ctx: PeopleContext,
  batch: PeopleBatch,
  person: PersonPlan,
  career: ResidentCareer,
): void {
  person.unitNo = career.unitNo;
  new Enrolments(ctx, batch, person).add({
    unitNo: career.unitNo,
    insuranceType: '390',
    personType: personTypeOfCategory(career.category) ?? '21',
    status: '正常参保',
    startDate: career.from,
    endDate: null,
    firstEnrolledOn: career.from,
    contributionBaseFen: 0,
  });
  const adult = career.category === '21';
  batch.residentSpans.push({
    personNo: person.personNo,
    unitNo: career.unitNo,
    regionCode: ctx.region.code,
    fromYear: Math.max(Number(career.from.slice(0, 4)), Math.floor(HISTORY_START_PERIOD / 100)),
    toYear: Math.floor(ctx.lastPeriod / 100),
    annualFen: adult ? ctx.policy.residentAdultAnnualFen : ctx.policy.residentChildOrElderAnnualFen,
    startDate: career.from,
  });
  person.createdAt = atBeijing(career.from);
  person.updatedAt = person.createdAt;
}

/** 职工: employees, flexible-employment workers and retirees, all with a personal account. */
function planWorkingCareer(
  ctx: PeopleContext,
  batch: PeopleBatch,
  person: PersonPlan,
  career: WorkingCareer,
): void {
  const { region, policy } = ctx;
  const enrolments = new Enrolments(ctx, batch, person);
  const firstEnrolledOn = maxDate(career.workStart, region.schemeStart);
  const base2019 = career.baseYuan ?? policy.baseMinYuan;
  const workEnd =
    career.kind === 'flexible'
      ? career.flexibleFrom
      : career.kind === 'retiree'
        ? career.retiredOn
        : null;
  const arrearsMonths = career.kind === 'retiree' ? 0 : (career.arrearsMonths ?? 0);
  const addSpan = (unitNo: string, from: string, end: string | null, flexible: boolean) =>
    addContributionSpan(ctx, batch, person, {
      unitNo,
      from,
      end,
      flexible,
      base2019,
      arrearsMonths,
    });
  const baseFenIn = (day: string | null) =>
    baseInYear(policy, base2019, Number((day ?? ctx.today).slice(0, 4))) * 100;

  career.jobs.forEach((job, index) => {
    const next =
      career.jobs[index + 1]?.from ?? (career.kind === 'flexible' ? career.flexibleFrom : null);
    person.unitNo = job.unitNo;
    addSpan(job.unitNo, job.from, next ?? workEnd, false);
    // Work before the employee scheme started has no enrolment; a later job starts with it.
    const startDate = maxDate(job.from, region.schemeStart);
    if (next && !isBefore(startDate, next)) return;
    const retiresHere = career.kind === 'retiree' && next === null;
    const endDate = next ? isoDateAdd(next, -1) : null;
    const enrolment = enrolments.add({
      unitNo: job.unitNo,
      insuranceType: '310',
      personType: retiresHere ? '12' : '11',
      status: next ? '终止参保' : '正常参保',
      startDate,
      endDate,
      firstEnrolledOn,
      contributionBaseFen: retiresHere ? 0 : baseFenIn(endDate),
    });
    if (next) {
      const before = { status: '正常参保', endDate: null };
      enrolments.change(enrolment, before, { status: '终止参保', endDate }, next, '单位减员');
    }
    // Someone retired before the scheme started is enrolled as a retiree from the start.
    if (retiresHere && isBefore(startDate, career.retiredOn)) {
      const reason = '办理退休';
      enrolments.change(
        enrolment,
        { personType: '11' },
        { personType: '12' },
        career.retiredOn,
        reason,
      );
      recordCategoryChange(batch, person, career.retiredOn, reason);
    }
  });

  if (career.kind === 'flexible') {
    enrolments.add({
      unitNo: career.agencyUnitNo,
      insuranceType: '310',
      personType: '14',
      status: '正常参保',
      startDate: career.flexibleFrom,
      endDate: null,
      firstEnrolledOn,
      contributionBaseFen: baseFenIn(null),
    });
    addSpan(career.agencyUnitNo, career.flexibleFrom, null, true);
    person.unitNo = career.agencyUnitNo;
    if (enrolments.firstStart !== career.flexibleFrom) {
      recordCategoryChange(batch, person, career.flexibleFrom, '转为灵活就业');
    }
  }
  if (career.kind === 'retiree') {
    planRetireeAllocations(ctx, batch, person, career.retiredOn);
  }

  const registered = enrolments.firstStart ?? ctx.today;
  person.createdAt = atBeijing(registered);
  person.updatedAt = atBeijing(
    maxDate(registered, workEnd ?? career.jobs.at(-1)?.from ?? registered),
  );
  batch.accounts.push({
    personNo: person.personNo,
    regionCode: region.code,
    openedAt: atBeijing(registered),
    mutualAidUserNos: [],
  });
}

interface SpanOf {
  unitNo: string;
  from: string;
  /** the first day no longer covered; null while it lasts */
  end: string | null;
  flexible: boolean;
  base2019: number;
  arrearsMonths: number;
}

/** Months of contributions at one unit, from 2019-01 at the earliest to last month. */
function addContributionSpan(
  ctx: PeopleContext,
  batch: PeopleBatch,
  person: PersonPlan,
  span: SpanOf,
) {
  const { policy, lastPeriod } = ctx;
  const fromPeriod = Math.max(HISTORY_START_PERIOD, periodOfIsoDate(span.from));
  const toPeriod = span.end
    ? Math.min(lastPeriod, addMonths(periodOfIsoDate(span.end), -1))
    : lastPeriod;
  if (toPeriod < fromPeriod) return;
  const inArrears = span.arrearsMonths > 0 && toPeriod === lastPeriod;
  batch.contributionSpans.push({
    personNo: person.personNo,
    unitNo: span.unitNo,
    regionCode: ctx.region.code,
    fromPeriod,
    toPeriod,
    baseYuan: baseInYear(policy, span.base2019, Math.floor(fromPeriod / 100)),
    baseMaxYuan: policy.baseMaxYuan,
    baseGrowthBp: policy.baseGrowthBp,
    unitRateBp: span.flexible ? 0 : policy.employeeUnitRateBp,
    personalRateBp: span.flexible ? policy.flexibleRateBp : policy.employeePersonalRateBp,
    accountRateBp: span.flexible ? policy.flexibleAccountRateBp : policy.employeeAccountRateBp,
    arrearsFromPeriod: inArrears ? addMonths(lastPeriod, 1 - span.arrearsMonths) : null,
    seed: ctx.random.int(0, 999_999),
  });
}

/** The person's category changed from 在职 on that day (to 退休 or 灵活就业). */
function recordCategoryChange(batch: PeopleBatch, person: PersonPlan, on: string, reason: string) {
  const before = { personCategory: '11', retiredOn: null };
  batch.createdStates.push({ entity: 'person', key: person.personNo, state: before });
  batch.changes.push({
    entity: 'person',
    key: person.personNo,
    before,
    after: { personCategory: person.personCategory, retiredOn: person.retiredOn ?? null },
    changedAt: atBeijing(on, 10),
    reason,
  });
}

/** A retiree's account gets a fixed sum a month, a little more from the 70th birthday on. */
function planRetireeAllocations(
  ctx: PeopleContext,
  batch: PeopleBatch,
  person: PersonPlan,
  retiredOn: string,
) {
  const from = Math.max(HISTORY_START_PERIOD, periodOfIsoDate(retiredOn));
  const seventy = periodOfIsoDate(firstOfNextMonth(addYears(person.birthDate, 70)));
  const seed = ctx.random.int(0, 999_999);
  const span = (fromPeriod: number, toPeriod: number, monthlyFen: number) => {
    if (toPeriod < fromPeriod) return;
    batch.retireeSpans.push({
      personNo: person.personNo,
      regionCode: ctx.region.code,
      fromPeriod,
      toPeriod,
      monthlyFen,
      seed,
    });
  };
  span(from, Math.min(ctx.lastPeriod, addMonths(seventy, -1)), ctx.policy.retireeMonthlyFen);
  span(Math.max(from, seventy), ctx.lastPeriod, ctx.policy.retireeOver70MonthlyFen);
}
