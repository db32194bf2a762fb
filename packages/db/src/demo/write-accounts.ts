import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../connection';
import { evouchers, personAccounts, persons, unitOperators, units } from '../schema/index';
import {
  DEMO_PERSON_PHONES,
  DEMO_UNIT_NOS,
  DEMO_UNIT_OPERATOR_PHONES,
  type DemoUnitRole,
} from './constants';

/** Six-digit e-voucher password of the demo persons whose e-voucher is active. */
export const DEMO_EVOUCHER_PASSWORD = '123456';

const operatorNames: Record<DemoUnitRole, string> = {
  flexibleAgency: '代管机构经办人',
  school: '学校经办人',
  hospital: '医院经办人',
  pharmacy: '药店经办人',
  employer: '单位经办人',
};

/**
 * The demo logins of DESIGN.md: every demo person has a real-name verified portal account with
 * the demo password and an active e-voucher; each demo unit has its operator, bound to it.
 */
export async function writeDemoAccounts(
  db: Executor,
  opts: { passwordHash: string; evoucherHash: string; now: Date },
): Promise<{ personAccounts: number; unitOperators: number }> {
  const phones = Object.values(DEMO_PERSON_PHONES);
  const people = await db
    .select({ id: persons.id, phone: persons.phone })
    .from(persons)
    .where(inArray(persons.phone, phones));
  const holders = phones.map((phone) => {
    const p = people.find((x) => x.phone === phone);
    if (!p) throw new Error(`demo person ${phone} missing`);
    return p;
  });
  await db.insert(personAccounts).values(
    holders.map((p) => ({
      phone: p.phone,
      passwordHash: opts.passwordHash,
      personId: p.id,
      realNameMethod: 'phone',
      realNameAt: opts.now,
      createdAt: opts.now,
    })),
  );
  await db.insert(evouchers).values(
    holders.map((p) => ({
      personId: p.id,
      passwordHash: opts.evoucherHash,
      activatedAt: opts.now,
    })),
  );

  const roles = Object.keys(DEMO_UNIT_NOS) as DemoUnitRole[];
  const demoUnits = await db
    .select({ id: units.id, unitNo: units.unitNo })
    .from(units)
    .where(
      and(inArray(units.unitNo, Object.values(DEMO_UNIT_NOS)), eq(units.regionCode, '110000')),
    );
  await db.insert(unitOperators).values(
    roles.map((role) => {
      const unit = demoUnits.find((u) => u.unitNo === DEMO_UNIT_NOS[role]);
      if (!unit) throw new Error(`demo unit ${role} missing`);
      return {
        phone: DEMO_UNIT_OPERATOR_PHONES[role],
        name: operatorNames[role],
        passwordHash: opts.passwordHash,
        unitId: unit.id,
        boundAt: opts.now,
        createdAt: opts.now,
      };
    }),
  );
  return { personAccounts: holders.length, unitOperators: roles.length };
}
