/**
 * Row builders of the organisations: agencies, units (with their legal representative,
 * contact, bank account and USCC), designated institutions and staff.
 */
import { divisionTree } from '../dictionaries/index';
import type { DemoRegion } from './config';
import { DEMO_STAFF, DEMO_UNIT_OPERATOR_PHONES, type DemoUnitRole } from './constants';
import {
  banksOf,
  landline,
  officeAddressIn,
  pickTownship,
  postcodeOf,
  regionGeography,
  type IdentityAllocator,
  type Township,
} from './identities';
import { personName } from './names';
import type { AgencyPlan, InstitutionPlan, StaffPlan, UnitPlan } from './plan-types';
import type { Random } from './random';
import { atBeijing, isoDateAdd } from './time';

export interface UnitDraft {
  name: string;
  unitType: string;
  usccPrefix: string;
  industry: string;
  economicType: string;
  township: Township;
  /** a school's department, grade or class: shares the school's people, bank and dates */
  parent?: UnitPlan;
  role?: DemoUnitRole;
}

/** 北京市朝阳区, 玉溪市红塔区, 迁安市 (a county-level city stands alone). */
export function placeName(region: DemoRegion, countyCode: string): string {
  const county = divisionTree(region.code)?.children.find((c) => c.value === countyCode);
  const label = county?.label ?? '';
  return label.endsWith('市') ? label : region.name + label;
}

export function agencyPlan(
  random: Random,
  region: DemoRegion,
  code: string,
  name: string,
  divisionCode: string,
): AgencyPlan {
  const township = pickTownship(
    random,
    region.code,
    divisionCode === region.code ? undefined : divisionCode,
  );
  return {
    code,
    name,
    regionCode: region.code,
    divisionCode,
    level: divisionCode === region.code ? 'city' : 'county',
    address: officeAddressIn(random, township),
    phone: landline(random, region),
    createdAt: atBeijing('2019-01-01'),
    updatedAt: atBeijing('2019-01-01'),
  };
}

/** 北京市海淀区明德小学; later schools of the same brand get an ordinal (明德第二小学). */
export function schoolDraft(
  region: DemoRegion,
  township: Township,
  brand: string,
  ordinal: string,
): UnitDraft {
  return {
    name: `${placeName(region, township.countyCode)}${brand}${ordinal}小学`,
    unitType: 'school',
    usccPrefix: '12',
    industry: '教育',
    economicType: '事业单位',
    township,
  };
}

export function hospitalDraft(name: string, township: Township): UnitDraft {
  return {
    name,
    unitType: 'hospital',
    usccPrefix: '12',
    industry: '卫生和社会工作',
    economicType: '事业单位',
    township,
  };
}

export function pharmacyDraft(name: string, township: Township): UnitDraft {
  return {
    name,
    unitType: 'pharmacy',
    usccPrefix: '91',
    industry: '批发和零售业',
    economicType: '有限责任公司',
    township,
  };
}

/** A school's 学生儿童医保 department, grade or class: a child unit (unit_type school-dept). */
export function departmentDraft(name: string, parent: UnitPlan, township: Township): UnitDraft {
  return {
    name,
    unitType: 'school-dept',
    usccPrefix: '12',
    industry: '教育',
    economicType: '事业单位',
    township,
    parent,
  };
}

/** A date in the given years (days up to the 28th, so every month has it). */
function dateIn(random: Random, fromYear: number, toYear: number): string {
  const month = String(random.int(1, 12)).padStart(2, '0');
  const day = String(random.int(1, 28)).padStart(2, '0');
  return `${random.int(fromYear, toYear)}-${month}-${day}`;
}

export function unitPlan(
  random: Random,
  ids: IdentityAllocator,
  region: DemoRegion,
  draft: UnitDraft,
  agencyCode: string,
): UnitPlan {
  const countyCode = draft.township.countyCode;
  const identity = {
    unitNo: ids.unitNo(region.code),
    // Units need a code of their own, a school's classes too (the column is unique).
    uscc: ids.uscc(random, draft.usccPrefix, countyCode),
    name: draft.name,
    unitType: draft.unitType,
    regionCode: region.code,
    agencyCode,
    divisionCode: draft.township.code,
    postcode: postcodeOf(region, countyCode),
    industry: draft.industry,
    economicType: draft.economicType,
    affiliation: agencyCode === `${region.code}01` ? '市属' : '区县属',
    status: '正常',
  };
  if (draft.parent) {
    const { parent } = draft;
    return { ...parent, ...identity, address: '', parentUnitNo: parent.unitNo };
  }
  const established = dateIn(random, 1995, 2017);
  const registeredOn = isoDateAdd(established, random.int(10, 60));
  const repSex = random.chance(0.6) ? '1' : '2';
  const repBirth = dateIn(random, 1960, 1988);
  const bankCode = random.pick(banksOf(region.code));
  return {
    ...identity,
    address: officeAddressIn(random, draft.township),
    legalRepName: personName(random, repSex, Number(repBirth.slice(0, 4))),
    legalRepCertType: '01',
    legalRepCertNo: ids.certNo(
      random,
      random.pick(regionGeography(region.code).counties),
      repBirth,
      repSex,
    ),
    legalRepPhone: ids.mobile(random),
    contactName: personName(random, random.chance(0.5) ? '1' : '2', random.int(1975, 1998)),
    contactPhone: draft.role
      ? ids.claimPhone(DEMO_UNIT_OPERATOR_PHONES[draft.role])
      : ids.mobile(random),
    bankCode,
    bankAccountName: draft.name,
    bankAccount: ids.corporateAccount(random),
    establishedOn: established,
    registeredOn,
    parentUnitNo: null,
    createdAt: atBeijing(registeredOn),
    updatedAt: atBeijing(registeredOn),
  };
}

export function institutionPlan(
  random: Random,
  ids: IdentityAllocator,
  region: DemoRegion,
  unit: UnitPlan,
  kind: 'hospital' | 'pharmacy',
  level: string,
): InstitutionPlan {
  const agreementFrom = `${random.int(2016, 2021)}-01-01`;
  return {
    code: ids.institutionCode(kind === 'hospital' ? 'H' : 'P', unit.divisionCode.slice(0, 6)),
    name: unit.name,
    kind,
    level,
    unitNo: unit.unitNo,
    regionCode: region.code,
    divisionCode: unit.divisionCode,
    address: unit.address ?? '',
    phone: landline(random, region),
    isPrimaryCare: level === '10' ? '1' : '0',
    crossRegion: level === '31' || level === '21' ? '1' : '0',
    status: '正常',
    agreementFrom,
    agreementTo: '2027-12-31',
    createdAt: atBeijing(agreementFrom),
    updatedAt: atBeijing(agreementFrom),
  };
}

export function planStaff(): StaffPlan[] {
  return DEMO_STAFF.map((account) => {
    const region = account.regionCodes[0];
    return {
      ...account,
      agencyCode: region && region !== '*' ? `${region}01` : null,
      createdAt: atBeijing('2019-01-01'),
    };
  });
}
