/**
 * Agencies, units of every type and designated institutions of one demo region. The first five
 * units of every region are, in this order, the flexible-employment agency, the school, the
 * tertiary hospital, the pharmacy and an ordinary employer — in 北京市 these are the units of
 * the unit-operator demo accounts (DEMO_UNIT_NOS).
 */
import type { DemoRegion } from './config';
import type { DemoUnitRole } from './constants';
import {
  numeral,
  pickTownship,
  regionGeography,
  type IdentityAllocator,
  type Township,
} from './identities';
import { BRAND_WORDS, ENTERPRISE_KINDS, pickSurname } from './names';
import type { AgencyPlan, InstitutionPlan, UnitPlan } from './plan-types';
import type { Random } from './random';
import {
  agencyPlan,
  departmentDraft,
  hospitalDraft,
  institutionPlan,
  pharmacyDraft,
  placeName,
  schoolDraft,
  unitPlan,
  type UnitDraft,
} from './plan-units';

/** A class of a school, for placing pupils by the year they entered. */
export interface SchoolClass {
  unitNo: string;
  entryYear: number;
}

export interface RegionOrganisations {
  agencies: AgencyPlan[];
  units: UnitPlan[];
  institutions: InstitutionPlan[];
  /** units that employ people, the demo employer first */
  employerUnitNos: string[];
  flexibleAgencyUnitNos: string[];
  classes: SchoolClass[];
}

/** How many of each kind a region gets for a given population. */
function unitCounts(personsInRegion: number) {
  return {
    enterprises: Math.max(8, Math.round(personsInRegion / 250)),
    schools: Math.max(1, Math.round(personsInRegion / 4000)),
    hospitals: Math.max(3, Math.round(personsInRegion / 20000)),
    pharmacies: Math.max(2, Math.round(personsInRegion / 10000)),
  };
}

/** Collects the units of a region as they are planned, numbering them in order. */
class RegionUnits {
  readonly units: UnitPlan[] = [];
  private readonly usedNames = new Set<string>();
  readonly cityShort: string;

  constructor(
    readonly region: DemoRegion,
    readonly random: Random,
    private readonly ids: IdentityAllocator,
  ) {
    this.cityShort = region.name.replace(/市$/, '');
  }

  add(draft: UnitDraft): UnitPlan {
    const countyAgency = this.region.countyAgencies.some(
      (a) => a.divisionCode === draft.township.countyCode,
    );
    const agencyCode = `${countyAgency ? draft.township.countyCode : this.region.code}01`;
    const unit = unitPlan(this.random, this.ids, this.region, draft, agencyCode);
    this.units.push(unit);
    this.usedNames.add(unit.name);
    return unit;
  }

  anywhere(countyCode?: string): Township {
    return pickTownship(this.random, this.region.code, countyCode);
  }

  brand(): string {
    return this.random.pick(BRAND_WORDS);
  }

  place(township: Township): string {
    return placeName(this.region, township.countyCode);
  }

  /** A company name not used yet in the region. */
  enterpriseName(suffix: string, ordinal: number): string {
    const candidates = [
      `${this.cityShort}${this.brand()}${suffix}`,
      `${this.cityShort}${this.brand()}${this.brand()}${suffix}`,
    ];
    const free = candidates.find((name) => !this.usedNames.has(name));
    return (
      free ??
      `${this.cityShort}${this.brand()}${suffix.replace('有限公司', `第${ordinal}有限公司`)}`
    );
  }
}

export function planRegionOrganisations(
  region: DemoRegion,
  random: Random,
  ids: IdentityAllocator,
  personsInRegion: number,
  today: string,
): RegionOrganisations {
  const agencies: AgencyPlan[] = [
    agencyPlan(random, region, `${region.code}01`, `${region.name}医疗保障事务中心`, region.code),
    ...region.countyAgencies.map((county) =>
      agencyPlan(random, region, `${county.divisionCode}01`, county.name, county.divisionCode),
    ),
  ];
  const plan = new RegionUnits(region, random, ids);
  const counts = unitCounts(personsInRegion);

  // The five units of the unit-operator demo accounts come first, so their numbers are stable.
  const demoRole = (role: DemoUnitRole) => (region.code === '110000' ? role : undefined);
  const geography = regionGeography(region.code);
  const mainCounty = geography.counties.find((c) => c.endsWith('05')) ?? geography.counties[0];
  const flexTownship = plan.anywhere(mainCounty);
  const flexibleAgency = plan.add({
    name: `${plan.place(flexTownship)}人才服务中心`,
    unitType: 'agency-flex',
    usccPrefix: '12',
    industry: '租赁和商务服务业',
    economicType: '事业单位',
    township: flexTownship,
    role: demoRole('flexibleAgency'),
  });
  const schools = [
    plan.add({
      ...schoolDraft(region, plan.anywhere(), plan.brand(), ''),
      role: demoRole('school'),
    }),
  ];
  const hospitals = [
    plan.add({
      ...hospitalDraft(`${region.name}第一中心医院`, plan.anywhere(mainCounty)),
      role: demoRole('hospital'),
    }),
  ];
  const pharmacies = [
    plan.add({
      ...pharmacyDraft(`${region.name}${plan.brand()}大药房有限公司`, plan.anywhere()),
      role: demoRole('pharmacy'),
    }),
  ];
  const employerKind = ENTERPRISE_KINDS[0];
  const employers = [
    plan.add({
      name: `${plan.cityShort}${plan.brand()}${employerKind.suffix}`,
      unitType: 'enterprise',
      usccPrefix: '91',
      industry: employerKind.industry,
      economicType: '有限责任公司',
      township: plan.anywhere(mainCounty),
      role: demoRole('employer'),
    }),
  ];

  employers.push(...planOtherEmployers(plan, counts.enterprises));
  const levels = new Map<string, string>([[hospitals[0]?.unitNo ?? '', '31']]);
  for (let i = 1; i < counts.hospitals; i++) {
    const township = plan.anywhere();
    const community = i % 2 === 0;
    const name = community
      ? `${plan.place(township)}${township.name.replace(/(街道|地区|镇|乡)$/, '')}社区卫生服务中心`
      : `${plan.place(township)}第${numeral(i)}人民医院`;
    const hospital = plan.add(hospitalDraft(name, township));
    levels.set(hospital.unitNo, community ? '10' : i === 1 ? '20' : '21');
    hospitals.push(hospital);
  }
  for (let i = 1; i < counts.pharmacies; i++) {
    const township = plan.anywhere();
    const branch = township.name.replace(/(街道|地区)$/, '');
    const name = `${plan.cityShort}${plan.brand()}堂医药连锁有限公司${branch}店`;
    pharmacies.push(plan.add(pharmacyDraft(name, township)));
  }
  for (let i = 1; i < counts.schools; i++) {
    schools.push(
      plan.add(schoolDraft(region, plan.anywhere(), plan.brand(), `第${numeral(i + 1)}`)),
    );
  }
  const classes = schools.flatMap((school) => planSchoolTree(plan, school, today));
  employers.push(...hospitals, ...pharmacies, ...schools);

  const institutions = [
    ...hospitals.map((h) =>
      institutionPlan(random, ids, region, h, 'hospital', levels.get(h.unitNo) ?? '20'),
    ),
    ...pharmacies.map((p) => institutionPlan(random, ids, region, p, 'pharmacy', '')),
  ];
  return {
    agencies,
    units: plan.units,
    institutions,
    employerUnitNos: employers.map((u) => u.unitNo),
    flexibleAgencyUnitNos: [flexibleAgency.unitNo],
    classes,
  };
}

/** Enterprises, and one unit of each other employer type: 机关, 事业单位, 社团, 民非, 个体. */
function planOtherEmployers(plan: RegionUnits, enterprises: number): UnitPlan[] {
  const { random, region, cityShort } = plan;
  const employers: UnitPlan[] = [];
  for (let i = 1; i < enterprises; i++) {
    const kind = random.pick(ENTERPRISE_KINDS);
    const economicType = kind.suffix.includes('股份')
      ? '股份有限公司'
      : random.pick(['有限责任公司', '私营企业']);
    const name = plan.enterpriseName(kind.suffix, i);
    const township = plan.anywhere();
    employers.push(
      plan.add({
        name,
        unitType: 'enterprise',
        usccPrefix: '91',
        industry: kind.industry,
        economicType,
        township,
      }),
    );
  }
  const office = plan.anywhere();
  const library = plan.anywhere();
  const shop = plan.anywhere();
  const drafts: UnitDraft[] = [
    {
      name: `${plan.place(office)}市场监督管理局`,
      unitType: 'government',
      usccPrefix: '11',
      industry: '公共管理、社会保障和社会组织',
      economicType: '机关',
      township: office,
    },
    {
      name: `${plan.place(library)}图书馆`,
      unitType: 'institution',
      usccPrefix: '12',
      industry: '文化、体育和娱乐业',
      economicType: '事业单位',
      township: library,
    },
    {
      name: `${region.name}软件行业协会`,
      unitType: 'social-org',
      usccPrefix: '51',
      industry: '公共管理、社会保障和社会组织',
      economicType: '社会团体',
      township: plan.anywhere(),
    },
    {
      name: `${cityShort}${plan.brand()}养老服务中心`,
      unitType: 'private-non-enterprise',
      usccPrefix: '52',
      industry: '卫生和社会工作',
      economicType: '民办非企业单位',
      township: plan.anywhere(),
    },
    {
      name: `${plan.place(shop)}${pickSurname(random)}记便利店`,
      unitType: 'individual',
      usccPrefix: '92',
      industry: '批发和零售业',
      economicType: '个体经营',
      township: shop,
    },
  ];
  return [...employers, ...drafts.map((draft) => plan.add(draft))];
}

/**
 * A school's tree of child units (unit_type school-dept): 学生儿童医保 → the six grades taught
 * this school year (2021级 … 2026级) → two classes each (一班, 二班).
 */
function planSchoolTree(plan: RegionUnits, school: UnitPlan, today: string): SchoolClass[] {
  const township: Township = {
    code: school.divisionCode,
    name: '',
    countyCode: school.divisionCode.slice(0, 6),
    rural: false,
  };
  // The school year starts in September: before then the newest grade is last year's.
  const newestEntryYear = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) >= 9 ? 0 : 1);
  const department = plan.add(departmentDraft('学生儿童医保', school, township));
  const classes: SchoolClass[] = [];
  for (let entryYear = newestEntryYear - 5; entryYear <= newestEntryYear; entryYear++) {
    const grade = plan.add(departmentDraft(`${entryYear}级`, department, township));
    for (let c = 1; c <= 2; c++) {
      const schoolClass = plan.add(departmentDraft(`${numeral(c)}班`, grade, township));
      classes.push({ unitNo: schoolClass.unitNo, entryYear });
    }
  }
  return classes;
}
