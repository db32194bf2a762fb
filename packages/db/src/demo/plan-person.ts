/**
 * One person: the person row with identifiers, contacts and bank details, and (./plan-career)
 * the insurance career behind it.
 */
import type { DemoRegion, RegionPolicySample } from './config';
import { banksOf, type IdentityAllocator, type Township } from './identities';
import { personName } from './names';
import type { RegionOrganisations } from './plan-organisations';
import { planCareer } from './plan-career';
import type { PeopleBatch, PersonPlan } from './plan-types';
import type { Random } from './random';
import { ageOn, atBeijing } from './time';

export interface PeopleContext {
  region: DemoRegion;
  policy: RegionPolicySample;
  random: Random;
  ids: IdentityAllocator;
  /** Beijing date of `now` */
  today: string;
  /** the month before `now`: the last month with contributions */
  lastPeriod: number;
  organisations: RegionOrganisations;
}

/** Where a household lives (户籍 and 居住 are the same for the demo households). */
export interface Home {
  township: Township;
  address: string;
  postcode: string;
}

export interface Job {
  unitNo: string;
  /** the first day of a month */
  from: string;
}

export type Career =
  | { kind: 'employee'; workStart: string; jobs: Job[]; baseYuan?: number; arrearsMonths?: number }
  | {
      kind: 'flexible';
      workStart: string;
      jobs: Job[];
      flexibleFrom: string;
      agencyUnitNo: string;
      baseYuan?: number;
      arrearsMonths?: number;
    }
  | { kind: 'retiree'; workStart: string; jobs: Job[]; retiredOn: string; baseYuan?: number }
  | { kind: 'resident'; category: '21' | '22' | '23' | '24'; from: string; unitNo: string | null };

export interface PersonSpec {
  sex: '1' | '2';
  birthDate: string;
  home: Home;
  career: Career;
  name?: string;
  surname?: string;
  /** a given phone (the demo accounts); null for none; undefined draws one by age */
  phone?: string | null;
  hasCardPassword?: boolean;
}

/**
 * Half the cards carry the demo card password (those whose number ends in an even digit), so the
 * mobile channel's 社保卡 real-name check has holders without a portal account to work with.
 */
function cardHasPassword(ssCardNo: string | null | undefined): boolean {
  return !!ssCardNo && Number(ssCardNo.at(-1)) % 2 === 0;
}

const CATEGORY_OF_KIND = { employee: '11', flexible: '14', retiree: '12' } as const;

function educationFor(random: Random, career: Career, age: number): string {
  if (career.kind === 'resident' && age < 18) return age >= 6 ? '80' : '';
  if (age >= 60) return random.pick(['65', '70', '80', '60', '30']);
  if (career.kind === 'employee') return random.pick(['20', '20', '30', '14', '60', '11']);
  return random.pick(['30', '60', '70', '40', '20']);
}

export function addPerson(ctx: PeopleContext, batch: PeopleBatch, spec: PersonSpec): PersonPlan {
  const { random, ids, region, today } = ctx;
  const birthYear = Number(spec.birthDate.slice(0, 4));
  const age = ageOn(spec.birthDate, today);
  const career = spec.career;
  const adult = age >= 18;
  const phone =
    spec.phone === null
      ? ''
      : spec.phone !== undefined
        ? ids.claimPhone(spec.phone)
        : adult && (age < 70 || random.chance(0.6))
          ? ids.mobile(random)
          : '';
  const hasBank = career.kind !== 'resident' || (adult && random.chance(0.5));
  const bankCode = hasBank ? random.pick(banksOf(region.code)) : '';
  const name = spec.name ?? personName(random, spec.sex, birthYear, spec.surname);
  const worker = career.kind !== 'resident';
  const personNo = ids.personNo(region.code);
  const person: PersonPlan = {
    personNo,
    name,
    certType: '01',
    certNo: ids.certNo(random, spec.home.township.countyCode, spec.birthDate, spec.sex),
    sex: spec.sex,
    birthDate: spec.birthDate,
    ethnicity: random.weighted(region.ethnicityWeights),
    nationality: 'CHN',
    identity: worker ? (random.chance(0.4) ? '干部' : '工人') : '',
    workStartDate: worker ? career.workStart : null,
    education: educationFor(random, career, age),
    householdType: spec.home.township.rural
      ? region.householdTypeVillage
      : region.householdTypeTown,
    householdDivisionCode: spec.home.township.code,
    householdAddress: spec.home.address,
    householdPostcode: spec.home.postcode,
    residenceDivisionCode: spec.home.township.code,
    residenceAddress: spec.home.address,
    residencePostcode: spec.home.postcode,
    phone,
    email: phone && age < 50 && random.chance(0.3) ? `${phone}@139.com` : '',
    contactName: '',
    contactPhone: '',
    bankCode,
    bankAccount: hasBank ? ids.bankCard(random, bankCode) : '',
    bankAccountName: hasBank ? name : '',
    photoPath: null,
    ssCardNo: ids.cardNo(random, region.cardPrefix),
    hasCardPassword: false,
    personCategory: career.kind === 'resident' ? career.category : CATEGORY_OF_KIND[career.kind],
    retiredOn: career.kind === 'retiree' ? career.retiredOn : null,
    deathDate: null,
    regionCode: region.code,
    unitNo: null,
    status: '正常',
    createdAt: atBeijing(today),
    updatedAt: atBeijing(today),
  };
  person.hasCardPassword = spec.hasCardPassword ?? cardHasPassword(person.ssCardNo);
  batch.persons.push(person);
  planCareer(ctx, batch, person, career);
  return person;
}
