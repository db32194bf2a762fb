import {
  apiNonces,
  institutionApiKeys,
  institutions,
  executePrepared,
  type Executor,
} from '@yibao/db';
import { and, desc, eq, lt, sql } from 'drizzle-orm';

/**
 * The credential of a signed request and, in the same round trip, the nonce recorded: freshNonce
 * is false when the nonce was seen before (a replay). Revoked keys are not found.
 */
export async function keyForRequest(db: Executor, keyId: string, nonce: string, now: Date) {
  const { rows } = await executePrepared<{
    id: string;
    institution_id: string;
    secret_sealed: string;
    institution_name: string;
    fresh: boolean;
  }>(
    db,
    sql`
    with k as (
      select k.id, k.institution_id, k.secret_sealed, i.name as institution_name
      from institution_api_keys k join institutions i on i.id = k.institution_id
      where k.key_id = ${keyId} and k.status = '有效' and i.status = '正常'
    ), n as (
      insert into api_nonces (key_id, nonce, seen_at)
      select ${keyId}, ${nonce}, ${now} where exists (select 1 from k)
      on conflict do nothing
      returning 1
    )
    select k.*, exists (select 1 from n) as fresh from k`,
  );
  const r = rows[0];
  return r
    ? {
        id: Number(r.id),
        institutionId: Number(r.institution_id),
        secretSealed: r.secret_sealed,
        institutionName: r.institution_name,
        freshNonce: r.fresh,
      }
    : null;
}

export async function touchKey(db: Executor, id: number, at: Date) {
  await db.update(institutionApiKeys).set({ lastUsedAt: at }).where(eq(institutionApiKeys.id, id));
}

/** Nonces older than the freshness window can no longer be replayed: a stale timestamp is refused. */
export async function forgetStaleNonces(db: Executor, before: Date) {
  await db.delete(apiNonces).where(lt(apiNonces.seenAt, before));
}

/** The designated institutions a unit runs (a hospital's or pharmacy's own unit). */
export async function institutionsOfUnit(db: Executor, unitId: number) {
  return db
    .select({ id: institutions.id, code: institutions.code, name: institutions.name })
    .from(institutions)
    .where(eq(institutions.unitId, unitId))
    .orderBy(institutions.code);
}

export async function keysOfUnit(db: Executor, unitId: number) {
  return db
    .select({
      id: institutionApiKeys.id,
      keyId: institutionApiKeys.keyId,
      name: institutionApiKeys.name,
      status: institutionApiKeys.status,
      createdAt: institutionApiKeys.createdAt,
      revokedAt: institutionApiKeys.revokedAt,
      lastUsedAt: institutionApiKeys.lastUsedAt,
      institutionId: institutionApiKeys.institutionId,
      institutionCode: institutions.code,
      institutionName: institutions.name,
    })
    .from(institutionApiKeys)
    .innerJoin(institutions, eq(institutions.id, institutionApiKeys.institutionId))
    .where(eq(institutions.unitId, unitId))
    .orderBy(desc(institutionApiKeys.createdAt), desc(institutionApiKeys.id));
}
export type ApiKeyRow = Awaited<ReturnType<typeof keysOfUnit>>[number];

export async function insertKey(db: Executor, row: typeof institutionApiKeys.$inferInsert) {
  const [inserted] = await db.insert(institutionApiKeys).values(row).returning();
  if (!inserted) throw new Error('api key not inserted');
  return inserted;
}

export async function revokeKey(db: Executor, id: number, at: Date) {
  const [row] = await db
    .update(institutionApiKeys)
    .set({ status: '已吊销', revokedAt: at })
    .where(and(eq(institutionApiKeys.id, id), eq(institutionApiKeys.status, '有效')))
    .returning();
  return row;
}
