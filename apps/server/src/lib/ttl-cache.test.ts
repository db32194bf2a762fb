import { describe, expect, it } from 'vitest';
import { ttlCache } from './ttl-cache';

describe('ttlCache', () => {
  it('answers from memory until the entry expires, then loads again', async () => {
    let t = 0;
    let loads = 0;
    const cache = ttlCache<string, number>(1_000, () => t);
    const load = async () => ++loads;
    expect(await cache.get('a', load)).toBe(1);
    t = 999;
    expect(await cache.get('a', load)).toBe(1);
    t = 1_000;
    expect(await cache.get('a', load)).toBe(2);
    expect(await cache.get('b', load)).toBe(3);
  });

  it('starts over rather than grow past its size', async () => {
    const cache = ttlCache<number, number>(1_000, () => 0, 2);
    let loads = 0;
    for (const k of [1, 2, 3, 1]) await cache.get(k, async () => ++loads);
    expect(loads).toBe(4);
  });
});
