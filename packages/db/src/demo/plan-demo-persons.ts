/**
 * The persons of the demo accounts (DESIGN.md): fixed names, birth dates and careers, so the
 * README and the walkthroughs can describe them. Their certificate numbers, addresses and
 * other details still come from the seeded generator.
 */
import { DEMO_PERSON_PHONES } from './constants';
import {
  homeIn,
  linkMutualAid,
  relateParentAndChild,
  relateSpouses,
  type HouseholdContext,
} from './plan-households';
import { addPerson, type PeopleContext } from './plan-person';
import type { PeopleBatch } from './plan-types';

/** Where the demo employees work: the region's demo employer (its fifth unit). */
function demoEmployer(ctx: PeopleContext): string {
  const unitNo = ctx.organisations.employerUnitNos[0];
  if (!unitNo) throw new Error('demo data: no employer planned');
  return unitNo;
}

/** Another employer of the region, for earlier jobs. */
function formerEmployer(ctx: PeopleContext, index: number): string {
  const employers = ctx.organisations.employerUnitNos;
  return employers[1 + (index % (employers.length - 1))] ?? demoEmployer(ctx);
}

/** The first class of the demo school for pupils who entered in that year, if it is taught. */
function demoClass(ctx: PeopleContext, entryYear: number): string | null {
  return ctx.organisations.classes.find((c) => c.entryYear === entryYear)?.unitNo ?? null;
}

function planBeijingDemoPersons(ctx: HouseholdContext, batch: PeopleBatch): void {
  const card = { hasCardPassword: true };

  // 13800000001: an employee who changed employer in 2022, with his wife (an employee), their
  // daughter (a pupil of the demo school) and his father (an elderly resident) in the family
  // mutual aid of his account; he is a member of his wife's account.
  const familyHome = homeIn(ctx, '110105');
  const firstAt = batch.persons.length;
  const firstAccount = batch.accounts.length;
  const firstRelation = batch.relations.length;
  const employee = addPerson(ctx, batch, {
    ...card,
    name: '王志强',
    sex: '1',
    birthDate: '1986-05-12',
    home: familyHome,
    phone: DEMO_PERSON_PHONES.beijingEmployee,
    career: {
      kind: 'employee',
      workStart: '2009-07-01',
      jobs: [
        { unitNo: formerEmployer(ctx, 0), from: '2009-07-01' },
        { unitNo: demoEmployer(ctx), from: '2022-03-01' },
      ],
      baseYuan: 16000,
    },
  });
  const wife = addPerson(ctx, batch, {
    name: '李静',
    sex: '2',
    birthDate: '1988-09-23',
    home: familyHome,
    career: {
      kind: 'employee',
      workStart: '2011-07-01',
      jobs: [{ unitNo: formerEmployer(ctx, 1), from: '2011-07-01' }],
      baseYuan: 12000,
    },
  });
  const daughter = addPerson(ctx, batch, {
    name: '王梓涵',
    sex: '2',
    birthDate: '2017-03-15',
    home: familyHome,
    career: { kind: 'resident', category: '23', from: '2023-09-01', unitNo: demoClass(ctx, 2023) },
  });
  const father = addPerson(ctx, batch, {
    name: '王德顺',
    sex: '1',
    birthDate: '1956-02-08',
    home: familyHome,
    career: { kind: 'resident', category: '22', from: '2018-01-01', unitNo: null },
  });
  relateSpouses(batch, employee, wife, '2014-10-01');
  relateParentAndChild(batch, employee, daughter);
  relateParentAndChild(batch, wife, daughter);
  relateParentAndChild(batch, father, employee);
  batch.relations.push(
    {
      personNo: father.personNo,
      relativeNo: daughter.personNo,
      relation: '40',
      validFrom: daughter.birthDate,
    },
    {
      personNo: daughter.personNo,
      relativeNo: father.personNo,
      relation: '60',
      validFrom: daughter.birthDate,
    },
  );
  linkMutualAid(
    {
      ...batch,
      relations: batch.relations.slice(firstRelation),
      accounts: batch.accounts.slice(firstAccount),
    },
    batch.persons.slice(firstAt),
  );
  // and he may use his wife's account too: 共济账户使用顺序维护 has an account to show him
  const wifeAccount = batch.accounts.find((a) => a.personNo === wife.personNo);
  if (!wifeAccount) throw new Error('demo data: 13800000001’s wife has no account');
  wifeAccount.mutualAidUserNos.push(employee.personNo);

  // 13800000002: a retiree (retired in 2021 at 55) and her retired husband.
  const retireeHome = homeIn(ctx, '110102');
  const retiree = addPerson(ctx, batch, {
    ...card,
    name: '赵淑珍',
    sex: '2',
    birthDate: '1966-04-18',
    home: retireeHome,
    phone: DEMO_PERSON_PHONES.beijingRetiree,
    career: {
      kind: 'retiree',
      workStart: '1986-08-01',
      jobs: [{ unitNo: formerEmployer(ctx, 2), from: '1986-08-01' }],
      retiredOn: '2021-05-01',
      baseYuan: 9000,
    },
  });
  const husband = addPerson(ctx, batch, {
    name: '孙国强',
    sex: '1',
    birthDate: '1962-11-03',
    home: retireeHome,
    career: {
      kind: 'retiree',
      workStart: '1981-09-01',
      jobs: [{ unitNo: formerEmployer(ctx, 4), from: '1981-09-01' }],
      retiredOn: '2022-12-01',
      baseYuan: 11000,
    },
  });
  relateSpouses(batch, retiree, husband, '1990-05-01');

  // 13800000003: an adult resident with a rural household in 昌平区.
  const ruralHome = homeIn(ctx, '110114');
  addPerson(ctx, batch, {
    ...card,
    name: '陈晓燕',
    sex: '2',
    birthDate: '1990-07-06',
    home: ruralHome,
    phone: DEMO_PERSON_PHONES.beijingResident,
    career: { kind: 'resident', category: '21', from: '2019-01-01', unitNo: null },
  });

  // 13800000004: employed until 2020, insured since through the flexible-employment agency.
  addPerson(ctx, batch, {
    ...card,
    name: '刘洋',
    sex: '1',
    birthDate: '1985-10-20',
    home: homeIn(ctx, '110106'),
    phone: DEMO_PERSON_PHONES.beijingFlexibleWorker,
    career: {
      kind: 'flexible',
      workStart: '2008-07-01',
      jobs: [{ unitNo: formerEmployer(ctx, 3), from: '2008-07-01' }],
      flexibleFrom: '2020-09-01',
      agencyUnitNo: ctx.organisations.flexibleAgencyUnitNos[0] ?? demoEmployer(ctx),
      baseYuan: 6500,
    },
  });
}

/** The demo persons of a region, planned before its generic households. */
export function planDemoPersons(ctx: HouseholdContext, batch: PeopleBatch): void {
  const card = { hasCardPassword: true };
  if (ctx.region.code === '110000') {
    planBeijingDemoPersons(ctx, batch);
  } else if (ctx.region.code === '530400') {
    addPerson(ctx, batch, {
      ...card,
      name: '杨丽',
      sex: '2',
      birthDate: '1992-03-14',
      home: homeIn(ctx, '530402'),
      phone: DEMO_PERSON_PHONES.yuxiEmployee,
      career: {
        kind: 'employee',
        workStart: '2015-07-01',
        jobs: [{ unitNo: demoEmployer(ctx), from: '2015-07-01' }],
        baseYuan: 6000,
      },
    });
  } else if (ctx.region.code === '130200') {
    addPerson(ctx, batch, {
      ...card,
      name: '张磊',
      sex: '1',
      birthDate: '1983-12-01',
      home: homeIn(ctx, '130203'),
      phone: DEMO_PERSON_PHONES.tangshanEmployee,
      career: {
        kind: 'employee',
        workStart: '2006-08-01',
        jobs: [{ unitNo: demoEmployer(ctx), from: '2006-08-01' }],
        baseYuan: 8000,
      },
    });
  }
}
