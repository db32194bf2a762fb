/**
 * A small read-through cache whose entries live for a fixed time: for configuration rows read
 * on every request (policies, institutions) that may lag their table by that long.
 */
export function ttlCache<K, V>(ttlMs: number, now: () => number, maxEntries = 10_000) {
  const entries = new Map<K, { value: V; until: number }>();
  return {
    async get(key: K, load: () => Promise<V>): Promise<V> {
      const t = now();
      const hit = entries.get(key);
      if (hit && hit.until > t) return hit.value;
      const value = await load();
      if (entries.size >= maxEntries) entries.clear();
      entries.set(key, { value, until: t + ttlMs });
      return value;
    },
  };
}
