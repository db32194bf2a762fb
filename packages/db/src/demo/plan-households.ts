/**
 * Households of the generic demo population: couples with children, young couples, single
 * adults, retired couples and three generations under one roof, with their family relations
 * and the family mutual aid (家庭共济) that links members without an account to one who has.
 */
import { addressIn, pickTownship, postcodeOf } from './identities';
import { pickSurname } from './names';
import { addPerson, type Career, type Home, type Job, type PeopleContext } from './plan-person';
import type { PeopleBatch, PersonPlan } from './plan-types';
import { addYears, firstOfNextMonth, isBefore, isoDateAdd, maxDate, minDate } from './time';

/** How often the generic population gets a few months of 欠费: the small set marks one person. */
export interface ArrearsQuota {
  remaining: number;
  probability: number;
}

export interface HouseholdContext extends PeopleContext {
  arrears: ArrearsQuota;
}

const HOUSEHOLD_WEIGHTS = {
  family: 40,
  youngCouple: 12,
  single: 15,
  elderlyCouple: 20,
  threeGenerations: 13,
} as const;

/** What a working-age adult is insured as. */
const WORKING_AGE_ROLES = { employee: 65, flexible: 12, resident: 23 } as const;

const SPOUSE = '10';
const CHILD = '20';
const FATHER = '51';
const MOTHER = '52';
const GRANDCHILD_PATERNAL = '40';
const GRANDCHILD_MATERNAL = '41';
const GRANDPARENT_PATERNAL = '60';
const GRANDPARENT_MATERNAL = '61';
/** 家庭共济 covers the spouse, parents and children (the national scope). */
const MUTUAL_AID_RELATIONS = new Set([SPOUSE, CHILD, FATHER, MOTHER]);

export function homeIn(ctx: PeopleContext, countyCode?: string): Home {
  const township = pickTownship(ctx.random, ctx.region.code, countyCode);
  return {
    township,
    address: addressIn(ctx.random, township),
    postcode: postcodeOf(ctx.region, township.countyCode),
  };
}

/** A birth date for someone `minAge`…`maxAge` years old today. */
export function birthDateForAge(ctx: PeopleContext, minAge: number, maxAge: number): string {
  const { random, today } = ctx;
  const year = Number(today.slice(0, 4)) - random.int(minAge, maxAge);
  const date = `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
  return isBefore(date, today) ? date : addYears(date, -1);
}

/** The first day of a random month between two dates. */
function monthBetween(ctx: PeopleContext, from: string, to: string): string {
  const start = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1;
  const end = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7)) - 1;
  const index = ctx.random.int(start, Math.max(start, end));
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

function pickEmployer(ctx: PeopleContext, except?: string): string {
  const employers = ctx.organisations.employerUnitNos;
  let unitNo = ctx.random.pick(employers);
  while (unitNo === except && employers.length > 1) unitNo = ctx.random.pick(employers);
  return unitNo;
}

function baseYuan(ctx: PeopleContext): number {
  const { baseMinYuan, baseMaxYuan } = ctx.policy;
  const skewed = Math.pow(ctx.random.next(), 2);
  return Math.round((baseMinYuan + (baseMaxYuan - baseMinYuan) * skewed) / 100) * 100;
}

function takeArrears(ctx: HouseholdContext): number {
  if (ctx.arrears.remaining <= 0 || !ctx.random.chance(ctx.arrears.probability)) return 0;
  ctx.arrears.remaining -= 1;
  return ctx.random.int(2, 4);
}

function residentFrom(ctx: PeopleContext, earliest: string): string {
  const year = ctx.random.int(
    Math.max(2015, Number(earliest.slice(0, 4))),
    Number(ctx.today.slice(0, 4)),
  );
  return minDate(maxDate(`${year}-01-01`, earliest), `${ctx.today.slice(0, 8)}01`);
}

/** A working-age adult: employee, flexible-employment worker or adult resident. */
export function workingCareer(ctx: HouseholdContext, birthDate: string): Career {
  const { random, today } = ctx;
  const workStart = firstOfNextMonth(addYears(birthDate, random.int(19, 24)));
  const latestStart = isoDateAdd(today, -62);
  const role = random.weighted(WORKING_AGE_ROLES);
  if (role === 'resident' || !isBefore(workStart, latestStart)) {
    return {
      kind: 'resident',
      category: '21',
      from: residentFrom(ctx, addYears(birthDate, 18)),
      unitNo: null,
    };
  }
  const firstJob: Job = { unitNo: pickEmployer(ctx), from: workStart };
  if (role === 'flexible') {
    const flexibleFrom = monthBetween(
      ctx,
      maxDate(workStart, '2015-01-01'),
      isoDateAdd(today, -92),
    );
    const earlierJob = random.chance(0.6) && isBefore(addYears(workStart, 2), flexibleFrom);
    return {
      kind: 'flexible',
      workStart: earlierJob ? workStart : flexibleFrom,
      jobs: earlierJob ? [firstJob] : [],
      flexibleFrom,
      agencyUnitNo: random.pick(ctx.organisations.flexibleAgencyUnitNos),
      baseYuan: ctx.policy.baseMinYuan,
      arrearsMonths: takeArrears(ctx),
    };
  }
  const jobs = [firstJob];
  if (isBefore(workStart, '2021-01-01') && random.chance(0.3)) {
    const change = monthBetween(
      ctx,
      maxDate(addYears(workStart, 1), '2019-06-01'),
      isoDateAdd(today, -183),
    );
    jobs.push({ unitNo: pickEmployer(ctx, firstJob.unitNo), from: change });
  }
  return { kind: 'employee', workStart, jobs, baseYuan: baseYuan(ctx) };
}

/** Someone of retirement age: a retiree (if already retired) or an elderly resident. */
export function elderlyCareer(ctx: HouseholdContext, sex: '1' | '2', birthDate: string): Career {
  const { random, today } = ctx;
  if (random.chance(0.3)) {
    return {
      kind: 'resident',
      category: '22',
      from: residentFrom(ctx, '2015-01-01'),
      unitNo: null,
    };
  }
  const retirementAge = sex === '1' ? 60 : random.chance(0.5) ? 55 : 50;
  const retiredOn = firstOfNextMonth(addYears(birthDate, retirementAge));
  const workStart = firstOfNextMonth(addYears(birthDate, random.int(18, 23)));
  const jobs = [{ unitNo: pickEmployer(ctx), from: workStart }];
  if (!isBefore(retiredOn, today))
    return { kind: 'employee', workStart, jobs, baseYuan: baseYuan(ctx) };
  return { kind: 'retiree', workStart, jobs, retiredOn, baseYuan: baseYuan(ctx) };
}

/** A child: an infant, a pupil in a class of a demo school, or a child resident. */
export function childCareer(ctx: PeopleContext, birthDate: string): Career {
  const age = Number(ctx.today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  if (age < 3) return { kind: 'resident', category: '24', from: birthDate, unitNo: null };
  const entryYear = Number(birthDate.slice(0, 4)) + (Number(birthDate.slice(5, 7)) >= 9 ? 7 : 6);
  const classes = ctx.organisations.classes.filter((c) => c.entryYear === entryYear);
  if (classes.length > 0) {
    const schoolClass = ctx.random.pick(classes);
    return {
      kind: 'resident',
      category: '23',
      from: `${entryYear}-09-01`,
      unitNo: schoolClass.unitNo,
    };
  }
  return { kind: 'resident', category: '23', from: maxDate(birthDate, '2015-01-01'), unitNo: null };
}

export function relate(
  batch: PeopleBatch,
  person: PersonPlan,
  relative: PersonPlan,
  relation: string,
  validFrom: string,
): void {
  batch.relations.push({
    personNo: person.personNo,
    relativeNo: relative.personNo,
    relation,
    validFrom,
  });
}

export function relateSpouses(
  batch: PeopleBatch,
  a: PersonPlan,
  b: PersonPlan,
  married: string,
): void {
  relate(batch, a, b, SPOUSE, married);
  relate(batch, b, a, SPOUSE, married);
}

export function relateParentAndChild(
  batch: PeopleBatch,
  parent: PersonPlan,
  child: PersonPlan,
): void {
  relate(batch, parent, child, CHILD, child.birthDate);
  relate(batch, child, parent, parent.sex === '1' ? FATHER : MOTHER, child.birthDate);
  if (!child.contactName && parent.phone) {
    child.contactName = parent.name;
    child.contactPhone = parent.phone;
  }
}

export function relateGrandparent(
  batch: PeopleBatch,
  grandparent: PersonPlan,
  grandchild: PersonPlan,
  paternal: boolean,
): void {
  relate(
    batch,
    grandparent,
    grandchild,
    paternal ? GRANDCHILD_PATERNAL : GRANDCHILD_MATERNAL,
    grandchild.birthDate,
  );
  relate(
    batch,
    grandchild,
    grandparent,
    paternal ? GRANDPARENT_PATERNAL : GRANDPARENT_MATERNAL,
    grandchild.birthDate,
  );
}

function marriageDate(ctx: PeopleContext, a: PersonPlan, b: PersonPlan): string {
  const younger = isBefore(a.birthDate, b.birthDate) ? b.birthDate : a.birthDate;
  return minDate(addYears(younger, ctx.random.int(22, 27)), ctx.today);
}

/**
 * Links the members without an account of their own (children, resident spouse or parents)
 * to the account of the household's member who has one: the family mutual aid scope.
 */
export function linkMutualAid(batch: PeopleBatch, members: PersonPlan[]): void {
  const memberNos = new Set(members.map((m) => m.personNo));
  const holders = new Set(
    batch.accounts.filter((a) => memberNos.has(a.personNo)).map((a) => a.personNo),
  );
  for (const account of batch.accounts) {
    if (!memberNos.has(account.personNo)) continue;
    account.mutualAidUserNos = batch.relations
      .filter(
        (r) =>
          r.personNo === account.personNo &&
          MUTUAL_AID_RELATIONS.has(r.relation) &&
          !holders.has(r.relativeNo),
      )
      .map((r) => r.relativeNo)
      .filter((no, i, all) => all.indexOf(no) === i)
      .slice(0, 2);
  }
}

/** Plans one household into the batch and returns how many persons it holds. */
export function planHousehold(ctx: HouseholdContext, batch: PeopleBatch): number {
  const { random } = ctx;
  const firstRelation = batch.relations.length;
  const firstAccount = batch.accounts.length;
  const home = homeIn(ctx);
  const kind = random.weighted(HOUSEHOLD_WEIGHTS);
  const members: PersonPlan[] = [];
  const add = (sex: '1' | '2', birthDate: string, career: Career, surname?: string) => {
    const person = addPerson(ctx, batch, {
      sex,
      birthDate,
      home,
      career,
      ...(surname ? { surname } : {}),
    });
    members.push(person);
    return person;
  };
  const adult = (sex: '1' | '2', minAge: number, maxAge: number, surname?: string) => {
    const birthDate = birthDateForAge(ctx, minAge, maxAge);
    return add(sex, birthDate, workingCareer(ctx, birthDate), surname);
  };
  const elder = (sex: '1' | '2', minAge: number, maxAge: number, surname?: string) => {
    const birthDate = birthDateForAge(ctx, minAge, maxAge);
    return add(sex, birthDate, elderlyCareer(ctx, sex, birthDate), surname);
  };

  if (kind === 'single') {
    adult(random.chance(0.5) ? '1' : '2', 20, 58);
  } else if (kind === 'elderlyCouple') {
    const husband = elder('1', 62, 86);
    const wife = elder('2', 58, 84);
    relateSpouses(batch, husband, wife, marriageDate(ctx, husband, wife));
  } else {
    const young = kind === 'youngCouple';
    const husbandSurname = pickSurname(random);
    const husband = adult('1', young ? 24 : 29, young ? 34 : 48, husbandSurname);
    const wife = adult('2', young ? 23 : 27, young ? 33 : 46);
    const married = marriageDate(ctx, husband, wife);
    relateSpouses(batch, husband, wife, married);
    const children = young ? (random.chance(0.3) ? 1 : 0) : random.int(1, 2);
    for (let i = 0; i < children; i++) {
      const motherAge = Number(ctx.today.slice(0, 4)) - Number(wife.birthDate.slice(0, 4));
      const birthDate = birthDateForAge(ctx, 0, Math.max(0, Math.min(16, motherAge - 23)));
      const sex = random.chance(0.52) ? '1' : '2';
      const surname = random.chance(0.9) ? husbandSurname : wife.name.charAt(0);
      const child = add(sex, birthDate, childCareer(ctx, birthDate), surname);
      relateParentAndChild(batch, husband, child);
      relateParentAndChild(batch, wife, child);
    }
    if (kind === 'threeGenerations') {
      const paternal = random.chance(0.6);
      const parentOf = paternal ? husband : wife;
      const grandparentAge =
        Number(ctx.today.slice(0, 4)) - Number(parentOf.birthDate.slice(0, 4)) + random.int(24, 30);
      const sex = random.chance(0.4) ? '1' : '2';
      const surname = sex === '1' ? parentOf.name.charAt(0) : undefined;
      const grandparent = elder(
        sex,
        Math.min(grandparentAge, 95),
        Math.min(grandparentAge, 95),
        surname,
      );
      relateParentAndChild(batch, grandparent, parentOf);
      for (const child of members.filter((m) => m !== husband && m !== wife && m !== grandparent)) {
        relateGrandparent(batch, grandparent, child, paternal);
      }
    }
  }
  linkMutualAid(
    {
      ...batch,
      relations: batch.relations.slice(firstRelation),
      accounts: batch.accounts.slice(firstAccount),
    },
    members,
  );
  return members.length;
}
