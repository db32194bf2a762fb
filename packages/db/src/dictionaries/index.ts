/**
 * Dictionaries (code lists) and administrative divisions: pure data and small look-ups.
 * `GET /api/dictionaries/:name` and `GET /api/divisions` serve them to the forms.
 */
import { certificateTypes, studentCertificateTypes } from './certificate-types';
import { banks, hospitalKinds, hospitalLevels, unitTypes } from './institutions';
import { insuranceTypes, medicalCategories } from './insurance';
import {
  educationLevels,
  ethnicities,
  householdTypes,
  maritalStatuses,
  nationalities,
  personCategories,
  personTypes,
  politicalStatuses,
  relations,
  sexes,
  specialIdentityTypes,
} from './persons';
import type { Dictionary } from './types';

export type { Dictionary, DictionaryItem } from './types';
export { certificateTypes, studentCertificateTypes } from './certificate-types';
export { insuranceTypes, medicalCategories } from './insurance';
export {
  educationLevels,
  ethnicities,
  householdTypes,
  maritalStatuses,
  nationalities,
  personCategories,
  personTypeOfCategory,
  personTypes,
  politicalStatuses,
  relations,
  sexes,
  specialIdentityTypes,
} from './persons';
export { banks, hospitalKinds, hospitalLevels, unitTypes, type UnitType } from './institutions';
export * from './divisions';

/** Every dictionary, in the order `GET /api/dictionaries` lists them. */
export const dictionaryList: readonly Dictionary[] = [
  certificateTypes,
  studentCertificateTypes,
  insuranceTypes,
  medicalCategories,
  personCategories,
  personTypes,
  sexes,
  ethnicities,
  nationalities,
  educationLevels,
  householdTypes,
  politicalStatuses,
  maritalStatuses,
  relations,
  specialIdentityTypes,
  banks,
  unitTypes,
  hospitalLevels,
  hospitalKinds,
];

/** The dictionaries by name. */
export const dictionaries: ReadonlyMap<string, Dictionary> = new Map(
  dictionaryList.map((d) => [d.name, d]),
);

/** The names `GET /api/dictionaries/:name` accepts. */
export const dictionaryNames: readonly string[] = dictionaryList.map((d) => d.name);

/** The dictionary of that name, or undefined. */
export function getDictionary(name: string): Dictionary | undefined {
  return dictionaries.get(name);
}

/** Whether `code` is an entry of the named dictionary (for validating stored codes). */
export function isDictionaryCode(name: string, code: string): boolean {
  return getDictionary(name)?.items.some((item) => item.code === code) ?? false;
}

/** The name shown for a code ('01' → '居民身份证(户口簿)'); the code itself if unknown. */
export function dictionaryLabel(name: string, code: string): string {
  return getDictionary(name)?.items.find((item) => item.code === code)?.name ?? code;
}
