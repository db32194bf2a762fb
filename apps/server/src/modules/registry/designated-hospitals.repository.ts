import {
  and,
  asc,
  count,
  designatedHospitalHistory,
  designatedHospitals,
  eq,
  ilike,
  institutions,
  type Executor,
} from '@yibao/db';
import type { Actor } from '../../plugins/context';
import { writeHistory } from './history';

/** The person's chosen hospitals, slot by slot, with their names. */
export async function chosenHospitals(db: Executor, personId: number) {
  return db
    .select({
      id: designatedHospitals.id,
      slot: designatedHospitals.slot,
      institutionId: designatedHospitals.institutionId,
      institutionCode: institutions.code,
      name: institutions.name,
      level: institutions.level,
      chosenOn: designatedHospitals.chosenOn,
    })
    .from(designatedHospitals)
    .innerJoin(institutions, eq(institutions.id, designatedHospitals.institutionId))
    .where(eq(designatedHospitals.personId, personId))
    .orderBy(asc(designatedHospitals.slot));
}

export async function findInstitutionByCode(db: Executor, code: string) {
  const [row] = await db.select().from(institutions).where(eq(institutions.code, code));
  return row ?? null;
}

/** 根据医院名称搜索医院: the designated hospitals of a region in force. */
export async function searchHospitals(
  db: Executor,
  regionCode: string,
  name: string,
  page: { limit: number; offset: number },
) {
  const where = and(
    eq(institutions.regionCode, regionCode),
    eq(institutions.kind, 'hospital'),
    eq(institutions.status, '正常'),
    name ? ilike(institutions.name, `%${name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
  );
  const [items, [total]] = await Promise.all([
    db
      .select({
        code: institutions.code,
        name: institutions.name,
        level: institutions.level,
        divisionCode: institutions.divisionCode,
        address: institutions.address,
      })
      .from(institutions)
      .where(where)
      .orderBy(asc(institutions.code))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(institutions).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** Puts the hospital into the slot (replacing what was there), with its history row. */
export async function chooseHospital(
  db: Executor,
  values: { personId: number; slot: number; institutionId: number; regionCode: string; on: string },
  change: { actor: Actor; at: Date; reason: string },
) {
  const [before] = await db
    .select()
    .from(designatedHospitals)
    .where(
      and(
        eq(designatedHospitals.personId, values.personId),
        eq(designatedHospitals.slot, values.slot),
      ),
    )
    .for('update');
  const after = {
    personId: values.personId,
    slot: values.slot,
    institutionId: values.institutionId,
    regionCode: values.regionCode,
    chosenOn: values.on,
  };
  const [row] = before
    ? await db
        .update(designatedHospitals)
        .set({ institutionId: values.institutionId, chosenOn: values.on, updatedAt: change.at })
        .where(eq(designatedHospitals.id, before.id))
        .returning()
    : await db
        .insert(designatedHospitals)
        .values({ ...after, createdAt: change.at, updatedAt: change.at })
        .returning();
  if (!row) throw new Error('designated hospital not written');
  await writeHistory(
    db,
    designatedHospitalHistory,
    {
      entityId: row.id,
      action: before ? 'update' : 'create',
      before: before ? { institutionId: before.institutionId, chosenOn: before.chosenOn } : null,
      after,
    },
    change,
  );
  return row;
}
