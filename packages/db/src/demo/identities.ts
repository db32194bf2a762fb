/**
 * Identifiers and contact details of demo persons and units: certificate numbers, USCCs,
 * phones, bank accounts, card numbers, addresses in real townships. One allocator per data
 * set keeps every identifier unique, whatever the random draws.
 */
import { makeCertNo18, makeUscc } from '@yibao/domain';
import { divisionName, divisionTree } from '../dictionaries/index';
import type { DemoRegion } from './config';
import { CHINESE_NUMERALS, ROAD_NAMES, VILLAGE_NAMES } from './names';
import type { Random } from './random';

export interface Township {
  code: string;
  name: string;
  countyCode: string;
  /** 镇 and 乡 get village addresses and rural households */
  rural: boolean;
}

export interface RegionGeography {
  /** GB/T 2260 counties: development zones (7x codes) are not counties a certificate names */
  counties: string[];
  townshipsByCounty: Map<string, Township[]>;
}

const geographies = new Map<string, RegionGeography>();

export function regionGeography(regionCode: string): RegionGeography {
  const cached = geographies.get(regionCode);
  if (cached) return cached;
  const tree = divisionTree(regionCode);
  if (!tree) throw new RangeError(`no division tree for ${regionCode}`);
  const townshipsByCounty = new Map<string, Township[]>();
  for (const county of tree.children) {
    if (county.value.charAt(4) === '7') continue;
    const townships = county.children.map((t) => ({
      code: t.value,
      name: t.label,
      countyCode: county.value,
      rural: /[镇乡]$/.test(t.label),
    }));
    if (townships.length > 0) townshipsByCounty.set(county.value, townships);
  }
  const geography = { counties: [...townshipsByCounty.keys()], townshipsByCounty };
  geographies.set(regionCode, geography);
  return geography;
}

export function pickTownship(random: Random, regionCode: string, countyCode?: string): Township {
  const geography = regionGeography(regionCode);
  const county = countyCode ?? random.pick(geography.counties);
  return random.pick(geography.townshipsByCounty.get(county) ?? []);
}

/** A full address in the township: a flat in a town, a house number in a village. */
export function addressIn(random: Random, township: Township): string {
  const place = divisionName(township.code) ?? township.name;
  if (township.rural) return `${place}${random.pick(VILLAGE_NAMES)}村${random.int(1, 180)}号`;
  const floor = random.int(1, 18);
  const room = `${floor}0${random.int(1, 4)}`;
  return `${place}${random.pick(ROAD_NAMES)}${random.int(1, 199)}号院${random.int(1, 12)}号楼${random.int(1, 4)}单元${room}`;
}

/** An office address: road and number only. */
export function officeAddressIn(random: Random, township: Township): string {
  const place = divisionName(township.code) ?? township.name;
  return `${place}${random.pick(ROAD_NAMES)}${random.int(1, 299)}号`;
}

export function postcodeOf(region: DemoRegion, countyCode: string): string {
  return region.postcodes[countyCode] ?? region.defaultPostcode;
}

/** A landline with the region's area code: 010-89151234. */
export function landline(random: Random, region: DemoRegion): string {
  return `${region.phoneAreaCode}-${random.int(2, 8)}${random.digits(region.localPhoneDigits - 1)}`;
}

// Mobile prefixes; 138 and 139 are left out so no generated number can take a demo account's.
const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '150',
  '151',
  '152',
].concat(
  ['155', '156', '158', '159', '166', '177', '180', '181', '182', '185', '186', '187', '188'],
  ['189', '191', '199'],
);

// Issuer numbers (BIN) of debit cards of the banks in the banks dictionary.
const CARD_BINS: Readonly<Record<string, string>> = {
  '102': '622202',
  '103': '622848',
  '104': '621661',
  '105': '621700',
  '301': '622260',
  '308': '622588',
  '313': '621468',
  '402': '621067',
  '403': '621799',
};
const BEIJING_BANKS = ['102', '103', '104', '105', '301', '308', '313', '402', '403'];
const NATIONAL_BANKS = ['102', '103', '104', '105', '301', '308', '403'];

export function banksOf(regionCode: string): readonly string[] {
  return regionCode === '110000' ? BEIJING_BANKS : NATIONAL_BANKS;
}

/** The Luhn check digit of a card number body. */
export function luhnCheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let digit = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) digit *= 2;
    if (digit > 9) digit -= 9;
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

// The USCC alphabet without I, O, Z, S, V (GB 32100).
const USCC_BODY_ALPHABET = [...'0123456789ABCDEFGHJKLMNPQRTUWXY'];

/** Hands out identifiers that must be unique across the whole data set. */
export class IdentityAllocator {
  private readonly certNos = new Set<string>();
  private readonly phones = new Set<string>();
  private readonly cardNos = new Set<string>();
  private readonly usccs = new Set<string>();
  private readonly bankAccounts = new Set<string>();
  private readonly personCounters = new Map<string, number>();
  private readonly unitCounters = new Map<string, number>();
  private readonly institutionCounters = new Map<string, number>();

  /** A GB 11643 number for the county and birth date; the sequence's parity carries the sex. */
  certNo(random: Random, countyCode: string, birthDate: string, sex: '1' | '2'): string {
    const birth = birthDate.replaceAll('-', '');
    let sequence = random.int(0, 499) * 2 + (sex === '1' ? 1 : 0);
    for (let tries = 0; tries < 500; tries++) {
      const certNo = makeCertNo18(countyCode, birth, String(sequence).padStart(3, '0'));
      if (!this.certNos.has(certNo)) {
        this.certNos.add(certNo);
        return certNo;
      }
      sequence = (sequence + 2) % 1000;
    }
    throw new Error(`no free certificate number for ${countyCode} ${birthDate}`);
  }

  /** Reserves a phone given by hand (the demo accounts' numbers). */
  claimPhone(phone: string): string {
    if (this.phones.has(phone)) throw new Error(`phone already used: ${phone}`);
    this.phones.add(phone);
    return phone;
  }

  mobile(random: Random): string {
    for (;;) {
      const phone = random.pick(MOBILE_PREFIXES) + random.digits(8);
      if (!this.phones.has(phone)) return this.claimPhone(phone);
    }
  }

  /** A 19-digit debit card number with the bank's BIN and a Luhn check digit. */
  bankCard(random: Random, bankCode: string): string {
    for (;;) {
      const body = (CARD_BINS[bankCode] ?? '622202') + random.digits(12);
      const card = body + luhnCheckDigit(body);
      if (!this.bankAccounts.has(card)) {
        this.bankAccounts.add(card);
        return card;
      }
    }
  }

  /** A corporate account number (no check digit: banks use their own schemes). */
  corporateAccount(random: Random): string {
    for (;;) {
      const account = String(random.int(1, 9)) + random.digits(16);
      if (!this.bankAccounts.has(account)) {
        this.bankAccounts.add(account);
        return account;
      }
    }
  }

  /** 社会保障卡卡号: the region's letter and eight digits. */
  cardNo(random: Random, prefix: string): string {
    for (;;) {
      const cardNo = prefix + random.digits(8);
      if (!this.cardNos.has(cardNo)) {
        this.cardNos.add(cardNo);
        return cardNo;
      }
    }
  }

  /** A GB 32100 code: authority and type (e.g. '91' enterprise), division, a random body. */
  uscc(random: Random, authorityAndType: string, divisionCode: string): string {
    for (;;) {
      let body = '';
      for (let i = 0; i < 9; i++) body += random.pick(USCC_BODY_ALPHABET);
      const code = makeUscc(authorityAndType + divisionCode + body);
      if (!this.usccs.has(code)) {
        this.usccs.add(code);
        return code;
      }
    }
  }

  /** 个人编号: the region code and an eight-digit sequence. */
  personNo(regionCode: string): string {
    const next = (this.personCounters.get(regionCode) ?? 0) + 1;
    this.personCounters.set(regionCode, next);
    return regionCode + String(next).padStart(8, '0');
  }

  /** 单位编号: the region code and a five-digit sequence (北京市's first five are the demo units). */
  unitNo(regionCode: string): string {
    const next = (this.unitCounters.get(regionCode) ?? 0) + 1;
    this.unitCounters.set(regionCode, next);
    return regionCode + String(next).padStart(5, '0');
  }

  /** 定点医药机构编码: H or P, the county, a five-digit sequence (H11010500001). */
  institutionCode(kind: 'H' | 'P', countyCode: string): string {
    const key = kind + countyCode;
    const next = (this.institutionCounters.get(key) ?? 0) + 1;
    this.institutionCounters.set(key, next);
    return key + String(next).padStart(5, '0');
  }
}

export function numeral(n: number): string {
  return CHINESE_NUMERALS[n - 1] ?? String(n);
}
