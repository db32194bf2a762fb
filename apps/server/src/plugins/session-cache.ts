import type { Actor } from './context';

export interface CachedSession {
  actor: Actor;
  signInMethod: string;
  lastSeenAt: Date;
  expiresAt: Date;
}

/**
 * A change that makes remembered sessions wrong, as the database's 'actor_changed' channel
 * names it: 'session:<id>', '<actor type>:<id>', 'person-of:<person id>' or '*'.
 */
export type ActorChange = string;

/**
 * Sessions with their actors as read in the last `boundMs`: a signed-in request then needs no
 * round trip before its own work. Whatever would change an entry is announced on the
 * 'actor_changed' channel by the database itself, and forgotten here at once by this process's
 * own writes; entries are served only while that channel is heard (ADR 0008).
 */
export function createSessionCache(boundMs: number, now: () => number, maxEntries = 50_000) {
  const entries = new Map<string, CachedSession & { until: number }>();
  let listening = false;
  // Bumped by every change: a read that overlapped one may have seen the old row.
  let generation = 0;

  const forgetWhere = (match: (actor: Actor) => boolean) => {
    for (const [id, entry] of entries) if (match(entry.actor)) entries.delete(id);
  };

  return {
    get(id: string): CachedSession | undefined {
      if (!listening) return undefined;
      const entry = entries.get(id);
      if (!entry) return undefined;
      if (entry.until > now()) return entry;
      entries.delete(id);
      return undefined;
    },
    /** Where a read begins: `put` keeps its result only if nothing changed since. */
    mark(): number {
      return generation;
    },
    put(id: string, session: CachedSession, mark: number) {
      if (!listening || mark !== generation) return;
      if (entries.size >= maxEntries) entries.clear();
      entries.set(id, { ...session, until: now() + boundMs });
    },
    forget(change: ActorChange) {
      generation++;
      const colon = change.indexOf(':');
      const kind = change.slice(0, colon);
      const key = change.slice(colon + 1);
      if (colon < 0) entries.clear();
      else if (kind === 'session') entries.delete(key);
      else if (kind === 'person-of') forgetWhere((a) => String(a.personId) === key);
      else forgetWhere((a) => a.type === kind && a.id === key);
    },
    /** Off while the channel is not heard; everything known before is dropped either way. */
    setListening(on: boolean) {
      generation++;
      listening = on;
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}

export type SessionCache = ReturnType<typeof createSessionCache>;

const caches = new Set<SessionCache>();

/** The caches of this process's apps, so that its own writes are forgotten before they answer. */
export function registerSessionCache(cache: SessionCache): () => void {
  caches.add(cache);
  return () => caches.delete(cache);
}

/**
 * Tells this process at once what the database will announce to every node on commit: called by
 * the writes that change a session or an actor.
 */
export function actorChanged(change: ActorChange): void {
  for (const cache of caches) cache.forget(change);
}
