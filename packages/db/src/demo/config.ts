/**
 * The demo regions and the policy figures the generator uses.
 *
 * 示例参数 (sample values): the rates, bases, premiums and allocations below are plausible
 * figures for demo data only, not taken from any official document. The platform itself reads
 * policy from region-keyed, dated configuration rows; these numbers only shape the history
 * the demo persons carry.
 */
export const DEMO_POLICY_SAMPLES = {
  '110000': {
    /** 职工: unit 9.8 %, personal 2 % of the monthly base; the personal 2 % goes to the account */
    employeeUnitRateBp: 980,
    employeePersonalRateBp: 200,
    employeeAccountRateBp: 200,
    /** 灵活就业: the worker pays the whole rate; part of it is credited to the account */
    flexibleRateBp: 1000,
    flexibleAccountRateBp: 200,
    /** monthly contribution base in yuan for 2019; it grows by baseGrowthBp a year, capped */
    baseMinYuan: 6000,
    baseMaxYuan: 30000,
    baseGrowthBp: 400,
    /** 城乡居民 annual premium in fen */
    residentAdultAnnualFen: 69_000,
    residentChildOrElderAnnualFen: 34_500,
    /** monthly allocation to a retiree's account in fen (under / from 70) */
    retireeMonthlyFen: 10_000,
    retireeOver70MonthlyFen: 11_000,
  },
  '530400': {
    employeeUnitRateBp: 800,
    employeePersonalRateBp: 200,
    employeeAccountRateBp: 200,
    flexibleRateBp: 900,
    flexibleAccountRateBp: 200,
    baseMinYuan: 4000,
    baseMaxYuan: 18000,
    baseGrowthBp: 400,
    residentAdultAnnualFen: 40_000,
    residentChildOrElderAnnualFen: 40_000,
    retireeMonthlyFen: 7_000,
    retireeOver70MonthlyFen: 8_000,
  },
  '130200': {
    employeeUnitRateBp: 800,
    employeePersonalRateBp: 200,
    employeeAccountRateBp: 200,
    flexibleRateBp: 1000,
    flexibleAccountRateBp: 200,
    baseMinYuan: 4500,
    baseMaxYuan: 20000,
    baseGrowthBp: 400,
    residentAdultAnnualFen: 40_000,
    residentChildOrElderAnnualFen: 40_000,
    retireeMonthlyFen: 8_000,
    retireeOver70MonthlyFen: 9_000,
  },
} as const;

export type DemoRegionCode = keyof typeof DEMO_POLICY_SAMPLES;
export type RegionPolicySample = (typeof DEMO_POLICY_SAMPLES)[DemoRegionCode];

/** Contributions and account movements start here (or at a person's later start). */
export const HISTORY_START_PERIOD = 201901;

export interface DemoRegion {
  code: DemoRegionCode;
  name: string;
  provinceCode: string;
  phoneAreaCode: string;
  localPhoneDigits: number;
  /** postcode per county; counties not listed use defaultPostcode */
  postcodes: Readonly<Record<string, string>>;
  defaultPostcode: string;
  /** counties that get a county-level agency, with its name */
  countyAgencies: readonly { divisionCode: string; name: string }[];
  /** 民族 codes with weights */
  ethnicityWeights: Readonly<Record<string, number>>;
  /** 户口性质 codes for town and village households */
  householdTypeTown: string;
  householdTypeVillage: string;
  /** the first letter of social-security card numbers issued here */
  cardPrefix: string;
  /** date the employee scheme started, the earliest 首次参保日期 */
  schemeStart: string;
}

export const DEMO_REGIONS: readonly DemoRegion[] = [
  {
    code: '110000',
    name: '北京市',
    provinceCode: '110000',
    phoneAreaCode: '010',
    localPhoneDigits: 8,
    postcodes: {
      '110101': '100010',
      '110102': '100032',
      '110105': '100020',
      '110106': '100071',
      '110107': '100043',
      '110108': '100080',
      '110109': '102300',
      '110111': '102488',
      '110112': '101100',
      '110113': '101300',
      '110114': '102200',
      '110115': '102600',
      '110116': '101400',
      '110117': '101200',
      '110118': '101500',
      '110119': '102100',
    },
    defaultPostcode: '100000',
    countyAgencies: [
      { divisionCode: '110105', name: '北京市朝阳区医疗保障局' },
      { divisionCode: '110108', name: '北京市海淀区医疗保障局' },
      { divisionCode: '110101', name: '北京市东城区医疗保障事务经办中心' },
    ],
    ethnicityWeights: { '01': 92, '11': 4, '03': 3, '02': 1 },
    householdTypeTown: '11',
    householdTypeVillage: '21',
    cardPrefix: 'B',
    schemeStart: '2001-04-01',
  },
  {
    code: '530400',
    name: '玉溪市',
    provinceCode: '530000',
    phoneAreaCode: '0877',
    localPhoneDigits: 7,
    postcodes: {
      '530402': '653100',
      '530403': '652600',
      '530423': '652700',
      '530424': '652800',
      '530425': '651100',
      '530426': '653200',
      '530427': '653400',
      '530428': '653300',
      '530481': '652500',
    },
    defaultPostcode: '653100',
    countyAgencies: [
      { divisionCode: '530402', name: '玉溪市红塔区医疗保障局' },
      { divisionCode: '530403', name: '玉溪市江川区医疗保障局' },
      { divisionCode: '530426', name: '峨山彝族自治县医疗保障经办中心' },
    ],
    ethnicityWeights: { '01': 70, '07': 16, '16': 6, '18': 5, '14': 3 },
    householdTypeTown: '10',
    householdTypeVillage: '20',
    cardPrefix: 'Y',
    schemeStart: '2002-01-01',
  },
  {
    code: '130200',
    name: '唐山市',
    provinceCode: '130000',
    phoneAreaCode: '0315',
    localPhoneDigits: 7,
    postcodes: {
      '130202': '063000',
      '130203': '063000',
      '130204': '063100',
      '130205': '063021',
      '130207': '063300',
      '130208': '064000',
      '130209': '063200',
      '130224': '063500',
      '130225': '063600',
      '130227': '064300',
      '130229': '064100',
      '130281': '064200',
      '130283': '064400',
      '130284': '063700',
    },
    defaultPostcode: '063000',
    countyAgencies: [
      { divisionCode: '130203', name: '唐山市路北区医疗保障局' },
      { divisionCode: '130202', name: '唐山市路南区医疗保障局' },
      { divisionCode: '130283', name: '迁安市医疗保障经办中心' },
    ],
    ethnicityWeights: { '01': 94, '11': 4, '03': 2 },
    householdTypeTown: '10',
    householdTypeVillage: '20',
    cardPrefix: 'T',
    schemeStart: '2001-10-01',
  },
];

export function demoRegion(code: string): DemoRegion {
  const region = DEMO_REGIONS.find((r) => r.code === code);
  if (!region) throw new RangeError(`not a demo region: ${code}`);
  return region;
}

/** How many persons the small data set holds per region (the demo families included). */
export const SMALL_PERSONS_PER_REGION: Readonly<Record<DemoRegionCode, number>> = {
  '110000': 150,
  '530400': 70,
  '130200': 70,
};
