import cookie from '@fastify/cookie';
import { and, eq, isNull, listen, ne, sessions, type Executor } from '@yibao/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from './context';
import { forbidden, unauthenticated } from './errors';
import { actorChanged, createSessionCache, registerSessionCache } from './session-cache';
import { actorById, sessionWithActor } from './session.repository';

export const SESSION_COOKIE = 'yb_sid';
export const IDLE_TIMEOUT_MS = 30 * 60_000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 3600_000;
/**
 * How stale lastSeenAt may get before a request renews it: the idle timeout needs minutes, not
 * milliseconds, and a write on every read request would cost more than the read itself.
 */
export const SEEN_RESOLUTION_MS = 60_000;
/** How long a session read stays trusted when no change is announced (ADR 0008). */
export const SESSION_CACHE_MS = 5_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

declare module 'fastify' {
  interface FastifyRequest {
    sessionId: string | null;
    signInMethod: string | null;
  }
  interface FastifyInstance {
    /** Resolves once every session or actor change committed so far is known to this node. */
    settleSessions(): Promise<void>;
  }
}

export async function loadActor(
  app: FastifyInstance,
  actorType: string,
  actorId: string,
): Promise<Actor | null> {
  return actorById(app.database.pool, actorType, actorId);
}

/**
 * Reads the session cookie into `request.actor`: 30 minutes idle, 12 hours absolute, both by the
 * server clock; an expired or revoked session is simply absent.
 */
export const sessionPlugin = fp(async (app: FastifyInstance) => {
  await app.register(cookie);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('signInMethod', null);

  const cache = createSessionCache(SESSION_CACHE_MS, () => performance.now());
  const unregister = registerSessionCache(cache);
  const listener = listen(app.database, 'actor_changed', cache.forget, cache.setListening);
  app.decorate('settleSessions', () => listener.settle());
  app.addHook('onClose', async () => {
    unregister();
    await listener.close();
  });

  /** The session from its table, its last-seen time renewed when that has grown stale. */
  async function readSession(id: string, now: number) {
    const row = await sessionWithActor(app.database.pool, id);
    if (!row || row.expiresAt.getTime() <= now || now - row.lastSeenAt.getTime() > IDLE_TIMEOUT_MS)
      return null;
    if (now - row.lastSeenAt.getTime() >= SEEN_RESOLUTION_MS) {
      row.lastSeenAt = new Date(now);
      await app.db.update(sessions).set({ lastSeenAt: row.lastSeenAt }).where(eq(sessions.id, id));
    }
    return row;
  }

  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const id = hashToken(token);
    const now = app.clock.now().getTime();
    let session = cache.get(id);
    // A remembered session is trusted only while it needs no renewal; otherwise the table decides.
    if (
      !session ||
      session.expiresAt.getTime() <= now ||
      now - session.lastSeenAt.getTime() >= SEEN_RESOLUTION_MS
    ) {
      const mark = cache.mark();
      const read = await readSession(id, now);
      if (!read) return;
      cache.put(id, read, mark);
      session = read;
    }
    request.actor = session.actor;
    request.sessionId = id;
    request.signInMethod = session.signInMethod;
  });
});

export async function startSession(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  actor: { type: string; id: string },
  signInMethod: string,
): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  const now = app.clock.now();
  await app.db.insert(sessions).values({
    id: hashToken(token),
    actorType: actor.type,
    actorId: actor.id,
    signInMethod,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS),
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
  });
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: app.config.env === 'production',
  });
}

export async function endSession(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  if (request.sessionId) {
    actorChanged(`session:${request.sessionId}`);
    await app.db
      .update(sessions)
      .set({ revokedAt: app.clock.now() })
      .where(eq(sessions.id, request.sessionId));
  }
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** Ends every session of an actor, e.g. after a password change ("log out everywhere"). */
export async function revokeSessionsOf(db: Executor, actorType: string, actorId: string, at: Date) {
  actorChanged(`${actorType}:${actorId}`);
  await db
    .update(sessions)
    .set({ revokedAt: at })
    .where(
      and(
        eq(sessions.actorType, actorType),
        eq(sessions.actorId, actorId),
        isNull(sessions.revokedAt),
      ),
    );
}

/** Ends every other session of an actor, keeping the one making the change. */
export async function revokeOtherSessions(
  db: Executor,
  actorType: string,
  actorId: string,
  keep: string | null,
  at: Date,
) {
  actorChanged(`${actorType}:${actorId}`);
  await db
    .update(sessions)
    .set({ revokedAt: at })
    .where(
      and(
        eq(sessions.actorType, actorType),
        eq(sessions.actorId, actorId),
        isNull(sessions.revokedAt),
        keep ? ne(sessions.id, keep) : undefined,
      ),
    );
}

/**
 * A signed-in person: `verified` also requires real-name verification (实名认证);
 * `unverified` is for the verification itself.
 */
export const requirePerson =
  (stage: 'any' | 'verified' | 'unverified') =>
  async (request: FastifyRequest): Promise<void> => {
    if (request.actor.type !== 'person') throw unauthenticated();
    if (stage === 'verified' && !request.actor.personId) throw forbidden('请先完成实名认证');
    if (stage === 'unverified' && request.actor.personId) throw forbidden('您已完成实名认证');
  };

/** A signed-in unit operator; `bound` also requires the unit binding. */
export const requireUnitOperator =
  (stage: 'any' | 'bound' | 'unbound') =>
  async (request: FastifyRequest): Promise<void> => {
    if (request.actor.type !== 'unit-operator') throw unauthenticated('请先以单位经办人身份登录');
    if (stage === 'bound' && !request.actor.unitId) throw forbidden('请先绑定单位');
    if (stage === 'unbound' && request.actor.unitId) throw forbidden('您的账号已绑定单位');
  };

/** Any signed-in staff member. */
export const requireStaff =
  () =>
  async (request: FastifyRequest): Promise<void> => {
    if (request.actor.type !== 'staff') throw unauthenticated('请先以经办人员身份登录');
  };

/** A staff member holding one of the rights (or every right, '*'). */
export const requireRight =
  (...anyOf: [string, ...string[]]) =>
  async (request: FastifyRequest): Promise<void> => {
    if (request.actor.type !== 'staff') throw unauthenticated('请先以经办人员身份登录');
    const rights = request.actor.rights ?? [];
    if (!rights.includes('*') && !anyOf.some((right) => rights.includes(right))) throw forbidden();
  };

export const requireSignedIn = async (request: FastifyRequest): Promise<void> => {
  if (request.actor.type === 'anonymous') throw unauthenticated();
};
