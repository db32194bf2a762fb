import { and, asc, count, eq, ilike, or, roles, sql, staff, type Executor } from '@yibao/db';
import { actorChanged } from '../../plugins/session-cache';

export type StaffRow = typeof staff.$inferSelect;
export type RoleRow = typeof roles.$inferSelect;

export async function findStaffPage(
  db: Executor,
  filter: { keyword?: string | undefined; status?: string | undefined },
  paging: { offset: number; limit: number },
) {
  const cond = and(
    filter.keyword
      ? or(ilike(staff.username, `%${filter.keyword}%`), ilike(staff.name, `%${filter.keyword}%`))
      : undefined,
    filter.status ? eq(staff.status, filter.status) : undefined,
  );
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(staff)
      .where(cond)
      .orderBy(asc(staff.username))
      .offset(paging.offset)
      .limit(paging.limit),
    db.select({ n: count() }).from(staff).where(cond),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findStaffById(db: Executor, id: number) {
  const [row] = await db.select().from(staff).where(eq(staff.id, id));
  return row ?? null;
}

export async function insertStaff(db: Executor, values: typeof staff.$inferInsert) {
  const [row] = await db.insert(staff).values(values).returning();
  if (!row) throw new Error('staff not inserted');
  return row;
}

export async function updateStaff(
  db: Executor,
  id: number,
  values: Partial<typeof staff.$inferInsert>,
) {
  actorChanged(`staff:${id}`);
  await db.update(staff).set(values).where(eq(staff.id, id));
}

export async function allRoles(db: Executor) {
  return db.select().from(roles).orderBy(asc(roles.code));
}

export async function findRole(db: Executor, code: string) {
  const [row] = await db.select().from(roles).where(eq(roles.code, code));
  return row ?? null;
}

export async function insertRole(db: Executor, values: typeof roles.$inferInsert) {
  actorChanged('*');
  await db.insert(roles).values(values);
}

export async function updateRole(
  db: Executor,
  code: string,
  values: Partial<typeof roles.$inferInsert>,
) {
  actorChanged('*');
  await db.update(roles).set(values).where(eq(roles.code, code));
}

export async function deleteRole(db: Executor, code: string) {
  actorChanged('*');
  await db.delete(roles).where(eq(roles.code, code));
}

export async function countStaffWithRole(db: Executor, code: string) {
  const [row] = await db
    .select({ n: count() })
    .from(staff)
    .where(sql`${code} = any(${staff.roles})`);
  return row?.n ?? 0;
}
