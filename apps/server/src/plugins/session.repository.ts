import type { DatabaseHandle } from '@yibao/db';
import { maskPhone } from '@yibao/domain';
import type { Actor } from './context';

/**
 * The actor behind a session, read with the session in one round trip: every signed-in request
 * starts here, so it is one prepared statement rather than a query per table. Actor ids are the
 * tables' numeric ids, written as text in sessions.actor_id.
 */
type Pool = DatabaseHandle['pool'];

const ACTOR_COLUMNS = `
  st.id as staff_id, st.name as staff_name, st.status as staff_status,
  st.region_codes, st.roles,
  (select coalesce(array_agg(distinct r), '{}') from roles, unnest(roles.rights) as r
    where roles.code = any(st.roles)) as rights,
  pa.id as account_id, pa.status as account_status, pa.person_id, pa.phone as account_phone,
  p.name as person_name,
  op.id as operator_id, op.name as operator_name, op.status as operator_status,
  op.unit_id, op.phone as operator_phone`;

const ACTOR_JOINS = `
  left join staff st on s.actor_type = 'staff' and st.id = s.actor_id::bigint
  left join person_accounts pa on s.actor_type = 'person' and pa.id = s.actor_id::bigint
  left join persons p on p.id = pa.person_id
  left join unit_operators op on s.actor_type = 'unit-operator' and op.id = s.actor_id::bigint`;

export const SESSION_ACTOR = {
  name: 'session_actor',
  text: `select s.sign_in_method, s.last_seen_at, s.expires_at, ${ACTOR_COLUMNS}
    from sessions s ${ACTOR_JOINS}
    where s.id = $1 and s.revoked_at is null`,
};

const ACTOR = {
  name: 'actor_by_id',
  text: `select ${ACTOR_COLUMNS}
    from (values ($1::text, $2::text)) as s(actor_type, actor_id) ${ACTOR_JOINS}`,
};

interface ActorRow {
  staff_id: number | null;
  staff_name: string | null;
  staff_status: string | null;
  region_codes: string[] | null;
  roles: string[] | null;
  rights: string[] | null;
  account_id: number | null;
  account_status: string | null;
  person_id: number | null;
  account_phone: string | null;
  person_name: string | null;
  operator_id: number | null;
  operator_name: string | null;
  operator_status: string | null;
  unit_id: number | null;
  operator_phone: string | null;
}

interface SessionRow extends ActorRow {
  sign_in_method: string;
  last_seen_at: Date;
  expires_at: Date;
}

/** The row as an actor; a disabled or missing one is none. */
function actorOf(r: ActorRow): Actor | null {
  if (r.staff_id !== null) {
    if (r.staff_status !== '正常') return null;
    return {
      type: 'staff',
      id: String(r.staff_id),
      name: r.staff_name ?? '',
      regions: r.region_codes ?? [],
      roles: r.roles ?? [],
      rights: r.rights ?? [],
    };
  }
  if (r.account_id !== null) {
    if (r.account_status !== '正常') return null;
    return {
      type: 'person',
      id: String(r.account_id),
      name: r.person_name ?? maskPhone(r.account_phone ?? ''),
      personId: r.person_id,
      phone: r.account_phone ?? '',
    };
  }
  if (r.operator_id !== null) {
    if (r.operator_status !== '正常') return null;
    return {
      type: 'unit-operator',
      id: String(r.operator_id),
      name: r.operator_name ?? '',
      unitId: r.unit_id,
      phone: r.operator_phone ?? '',
    };
  }
  return null;
}

/** A live (not revoked) session by its token's hash, with its actor; null when either is gone. */
export async function sessionWithActor(pool: Pool, sessionId: string) {
  const { rows } = await pool.query<SessionRow>({ ...SESSION_ACTOR, values: [sessionId] });
  const row = rows[0];
  if (!row) return null;
  const actor = actorOf(row);
  if (!actor) return null;
  return {
    actor,
    signInMethod: row.sign_in_method,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
  };
}

/** An actor by type and id, as a session would carry it. */
export async function actorById(pool: Pool, actorType: string, actorId: string) {
  if (!/^\d+$/.test(actorId)) return null;
  const { rows } = await pool.query<ActorRow>({ ...ACTOR, values: [actorType, actorId] });
  return rows[0] ? actorOf(rows[0]) : null;
}
