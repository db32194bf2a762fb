/**
 * @yibao/db/demo — the demo-data generator: three pooling regions (北京市, 玉溪市, 唐山市) with
 * agencies, units, designated institutions, staff, and families of insured persons with years
 * of contributions and account movements; the demo accounts of DESIGN.md among them.
 */
import { inArray } from 'drizzle-orm';
import type { Executor } from '../connection';
import { units } from '../schema/index';
import { DEMO_UNIT_NOS, type DemoUnitRole } from './constants';

export {
  DEMO_CARD_PASSWORD,
  DEMO_DEFAULT_SEED,
  DEMO_PASSWORD,
  DEMO_PERSON_PHONES,
  DEMO_STAFF,
  DEMO_UNIT_NOS,
  DEMO_UNIT_OPERATOR_PHONES,
  DEMO_VERSION,
  type DemoUnitRole,
} from './constants';
export { DEMO_EVOUCHER_PASSWORD } from './write-accounts';
export { DEMO_POLICY_SAMPLES, DEMO_REGIONS } from './config';
export {
  generateDemoData,
  type DemoLoadSummary,
  type DemoStage,
  type GenerateDemoOptions,
} from './generate';
export { planDemoData, type DemoPlan, type DemoPlanOptions } from './plan';

export interface DemoUnit {
  id: number;
  unitNo: string;
  name: string;
  unitType: string;
}

/** The 北京市 units the unit-operator demo accounts act for, by role. */
export async function demoUnitsByRole(db: Executor): Promise<Record<DemoUnitRole, DemoUnit>> {
  const rows = await db
    .select({ id: units.id, unitNo: units.unitNo, name: units.name, unitType: units.unitType })
    .from(units)
    .where(inArray(units.unitNo, Object.values(DEMO_UNIT_NOS)));
  const byNo = new Map(rows.map((row) => [row.unitNo, row]));
  const result = {} as Record<DemoUnitRole, DemoUnit>;
  for (const [role, unitNo] of Object.entries(DEMO_UNIT_NOS) as [DemoUnitRole, string][]) {
    const unit = byNo.get(unitNo);
    if (!unit) throw new Error(`demo unit ${role} (${unitNo}) is not loaded`);
    result[role] = unit;
  }
  return result;
}
