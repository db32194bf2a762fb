import {
  and,
  asc,
  eq,
  inArray,
  lte,
  mutualAidLinkHistory,
  mutualAidLinks,
  mutualAidScopes,
  persons,
  sql,
  type Executor,
} from '@yibao/db';
import type { Actor } from '../../plugins/context';

export type MutualAidLinkRow = typeof mutualAidLinks.$inferSelect;

/** Who changed a link, when and why (the 办件 that did it), for its history row. */
export interface LinkChange {
  actor: Actor;
  at: Date;
  reason: string;
}

const ACTIVE = '有效';
const REMOVED = '已删除';

/**
 * The accounts a member may draw on on a day, in the member's 共济顺序 (P16): the links in
 * force (有效) that took effect by then, ordered by draw_order. The settlement engine pays from
 * the member's own account by its rules and then from these holders' accounts, in this order;
 * whether each holder's account is open and holds money is the engine's to check.
 */
export async function drawableHolders(db: Executor, memberPersonId: number, onDate: string) {
  return db
    .select({
      linkId: mutualAidLinks.id,
      holderPersonId: mutualAidLinks.holderPersonId,
      relation: mutualAidLinks.relation,
      drawOrder: mutualAidLinks.drawOrder,
      effectiveFrom: mutualAidLinks.effectiveFrom,
    })
    .from(mutualAidLinks)
    .where(
      and(
        eq(mutualAidLinks.memberPersonId, memberPersonId),
        eq(mutualAidLinks.status, ACTIVE),
        lte(mutualAidLinks.effectiveFrom, onDate),
      ),
    )
    .orderBy(asc(mutualAidLinks.drawOrder), asc(mutualAidLinks.id));
}

export async function findPersonById(db: Executor, id: number) {
  const [row] = await db.select().from(persons).where(eq(persons.id, id));
  return row ?? null;
}

/** A person is unique by (certificate type, certificate number). */
export async function findPersonByCert(db: Executor, certType: string, certNo: string) {
  const [row] = await db
    .select({ id: persons.id, name: persons.name, status: persons.status })
    .from(persons)
    .where(and(eq(persons.certType, certType), eq(persons.certNo, certNo)));
  return row ?? null;
}

/** The region's 共济范围 rows, oldest first. */
export async function scopesOf(db: Executor, regionCode: string) {
  return db
    .select({
      relations: mutualAidScopes.relations,
      validFrom: mutualAidScopes.validFrom,
      validTo: mutualAidScopes.validTo,
    })
    .from(mutualAidScopes)
    .where(eq(mutualAidScopes.regionCode, regionCode))
    .orderBy(asc(mutualAidScopes.validFrom));
}

/** The holder's 共济对象 in force, oldest first, with who they are. */
export async function membersOfHolder(db: Executor, holderPersonId: number) {
  return db
    .select({
      id: mutualAidLinks.id,
      memberPersonId: mutualAidLinks.memberPersonId,
      relation: mutualAidLinks.relation,
      effectiveFrom: mutualAidLinks.effectiveFrom,
      name: persons.name,
      certType: persons.certType,
      certNo: persons.certNo,
    })
    .from(mutualAidLinks)
    .innerJoin(persons, eq(persons.id, mutualAidLinks.memberPersonId))
    .where(
      and(eq(mutualAidLinks.holderPersonId, holderPersonId), eq(mutualAidLinks.status, ACTIVE)),
    )
    .orderBy(asc(mutualAidLinks.effectiveFrom), asc(mutualAidLinks.id));
}

/** The accounts the member may use (in force, effective or not yet), in 共济顺序. */
export async function holdersOfMember(db: Executor, memberPersonId: number) {
  return db
    .select({
      id: mutualAidLinks.id,
      drawOrder: mutualAidLinks.drawOrder,
      relation: mutualAidLinks.relation,
      effectiveFrom: mutualAidLinks.effectiveFrom,
      holderName: persons.name,
      certType: persons.certType,
      certNo: persons.certNo,
    })
    .from(mutualAidLinks)
    .innerJoin(persons, eq(persons.id, mutualAidLinks.holderPersonId))
    .where(
      and(eq(mutualAidLinks.memberPersonId, memberPersonId), eq(mutualAidLinks.status, ACTIVE)),
    )
    .orderBy(asc(mutualAidLinks.drawOrder), asc(mutualAidLinks.id));
}

/** The links in force on one side (holder or member), locked until the transaction ends. */
export async function lockActiveLinks(db: Executor, side: 'holder' | 'member', personId: number) {
  const column = side === 'holder' ? mutualAidLinks.holderPersonId : mutualAidLinks.memberPersonId;
  return db
    .select()
    .from(mutualAidLinks)
    .where(and(eq(column, personId), eq(mutualAidLinks.status, ACTIVE)))
    .orderBy(asc(mutualAidLinks.drawOrder), asc(mutualAidLinks.id))
    .for('update');
}

async function writeLinkHistory(
  db: Executor,
  entry: {
    entityId: number;
    action: 'create' | 'delete' | 'update';
    before: Record<string, unknown> | null;
    after: Record<string, unknown>;
  },
  change: LinkChange,
) {
  await db.insert(mutualAidLinkHistory).values({
    ...entry,
    actorType: change.actor.type,
    actorId: change.actor.id,
    reason: change.reason,
    changedAt: change.at,
  });
}

const snapshot = (row: MutualAidLinkRow) => ({
  holderPersonId: row.holderPersonId,
  memberPersonId: row.memberPersonId,
  relation: row.relation,
  effectiveFrom: row.effectiveFrom,
  drawOrder: row.drawOrder,
  status: row.status,
  applicationId: row.applicationId,
});

/**
 * A new link, last in the member's 共济顺序 (after every account the member already draws on),
 * with its history row.
 */
export async function insertLink(
  db: Executor,
  values: {
    holderPersonId: number;
    memberPersonId: number;
    relation: string;
    effectiveFrom: string;
    applicationId: number;
  },
  change: LinkChange,
) {
  const [last] = await db
    .select({ order: sql<number | null>`max(${mutualAidLinks.drawOrder})` })
    .from(mutualAidLinks)
    .where(
      and(
        eq(mutualAidLinks.memberPersonId, values.memberPersonId),
        eq(mutualAidLinks.status, ACTIVE),
      ),
    );
  const [row] = await db
    .insert(mutualAidLinks)
    .values({ ...values, drawOrder: (last?.order ?? 0) + 1, status: ACTIVE, createdAt: change.at })
    .returning();
  if (!row) throw new Error('mutual aid link not written');
  await writeLinkHistory(
    db,
    { entityId: row.id, action: 'create', before: null, after: snapshot(row) },
    change,
  );
  return row;
}

/** Ends a link (已删除): the member no longer draws on the holder's account. */
export async function removeLink(db: Executor, link: MutualAidLinkRow, change: LinkChange) {
  const [row] = await db
    .update(mutualAidLinks)
    .set({ status: REMOVED, removedAt: change.at })
    .where(and(eq(mutualAidLinks.id, link.id), eq(mutualAidLinks.status, ACTIVE)))
    .returning();
  if (!row) throw new Error('mutual aid link not removed');
  await writeLinkHistory(
    db,
    {
      entityId: row.id,
      action: 'delete',
      before: { status: link.status },
      after: { status: row.status, removedAt: change.at.toISOString() },
    },
    change,
  );
  return row;
}

/** Gives the links draw_order 1…n in the order given; history rows for those that moved. */
export async function reorderLinks(
  db: Executor,
  current: readonly MutualAidLinkRow[],
  order: readonly number[],
  change: LinkChange,
) {
  const moved: { id: number; from: number; to: number }[] = [];
  for (const [index, id] of order.entries()) {
    const link = current.find((l) => l.id === id);
    if (!link || link.drawOrder === index + 1) continue;
    moved.push({ id, from: link.drawOrder, to: index + 1 });
  }
  for (const m of moved) {
    await db.update(mutualAidLinks).set({ drawOrder: m.to }).where(eq(mutualAidLinks.id, m.id));
    await writeLinkHistory(
      db,
      {
        entityId: m.id,
        action: 'update',
        before: { drawOrder: m.from },
        after: { drawOrder: m.to },
      },
      change,
    );
  }
  return moved;
}

/** Persons by id, for the names a result shows. */
export async function personsByIds(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: persons.id, name: persons.name })
    .from(persons)
    .where(inArray(persons.id, [...ids]));
}
