/** Writes the regions, agencies, units, institutions and staff of the plan. */
import type { Tx } from '../connection';
import { agencies, institutions, regions, staff, units } from '../schema/index';
import type { OrganisationPlan } from './plan-types';
import { insertRows, reserveIds, writeCreateHistory } from './write-support';

export interface OrganisationIds {
  agencyIds: Map<string, number>;
  unitIds: Map<string, number>;
}

export function lookup(map: ReadonlyMap<string, number>, key: string, what: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`demo data: unknown ${what} ${key}`);
  return id;
}

/** Ids for business keys, in the order of the keys. */
async function reserveFor(tx: Tx, tableName: string, keys: readonly string[]) {
  const ids = await reserveIds(tx, tableName, keys.length);
  return new Map(keys.map((key, i) => [key, ids[i] as number]));
}

export async function writeOrganisations(
  tx: Tx,
  plan: OrganisationPlan,
  staffPasswordHash: string,
): Promise<OrganisationIds> {
  // Regions are reference data another loader may have written already.
  await tx.insert(regions).values(plan.regions).onConflictDoNothing();

  const agencyIds = await reserveFor(
    tx,
    'agencies',
    plan.agencies.map((a) => a.code),
  );
  const agencyRows = plan.agencies.map((a) => ({ ...a, id: lookup(agencyIds, a.code, 'agency') }));
  await insertRows(tx, agencies, agencyRows);
  await writeCreateHistory(tx, agencies, 'agency_history', [...agencyIds.values()]);

  const unitIds = await reserveFor(
    tx,
    'units',
    plan.units.map((u) => u.unitNo),
  );
  const unitRows = plan.units.map(({ agencyCode, parentUnitNo, ...unit }) => ({
    ...unit,
    id: lookup(unitIds, unit.unitNo, 'unit'),
    agencyId: lookup(agencyIds, agencyCode, 'agency'),
    parentId: parentUnitNo === null ? null : lookup(unitIds, parentUnitNo, 'unit'),
  }));
  await insertRows(tx, units, unitRows);
  await writeCreateHistory(tx, units, 'unit_history', [...unitIds.values()]);

  const institutionIds = await reserveIds(tx, 'institutions', plan.institutions.length);
  const institutionRows = plan.institutions.map(({ unitNo, ...institution }, i) => ({
    ...institution,
    id: institutionIds[i] as number,
    unitId: lookup(unitIds, unitNo, 'unit'),
  }));
  await insertRows(tx, institutions, institutionRows);
  await writeCreateHistory(tx, institutions, 'institution_history', institutionIds);

  // staff.roles is an array column, which unnest would flatten: a plain multi-row insert.
  const staffIds = await reserveIds(tx, 'staff', plan.staff.length);
  const staffRows = plan.staff.map(({ agencyCode, ...account }, i) => ({
    ...account,
    id: staffIds[i] as number,
    agencyId: agencyCode,
    passwordHash: staffPasswordHash,
    status: '正常',
    updatedAt: account.createdAt,
  }));
  await tx.insert(staff).values(staffRows);
  await writeCreateHistory(tx, staff, 'staff_history', staffIds);
  return { agencyIds, unitIds };
}
