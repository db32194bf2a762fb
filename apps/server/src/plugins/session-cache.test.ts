import { describe, expect, it } from 'vitest';
import type { Actor } from './context';
import { actorChanged, createSessionCache, registerSessionCache } from './session-cache';

const at = new Date('2026-11-29T08:00:00Z');
const session = (actor: Actor) => ({
  actor,
  signInMethod: 'password',
  lastSeenAt: at,
  expiresAt: at,
});
const staff: Actor = { type: 'staff', id: '7', name: '窗口经办员一', rights: [] };
const person: Actor = { type: 'person', id: '7', name: '王志强', personId: 42, phone: '' };

function listeningCache(now: () => number = () => 0) {
  const cache = createSessionCache(5_000, now);
  cache.setListening(true);
  return cache;
}

describe('session cache', () => {
  it('serves an entry for its bound, then forgets it', () => {
    let t = 0;
    const cache = listeningCache(() => t);
    cache.put('s1', session(staff), cache.mark());
    t = 4_999;
    expect(cache.get('s1')?.actor).toBe(staff);
    t = 5_000;
    expect(cache.get('s1')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('neither keeps nor serves anything while the channel is not heard', () => {
    const cache = createSessionCache(5_000, () => 0);
    cache.put('s1', session(staff), cache.mark());
    expect(cache.get('s1')).toBeUndefined();
    cache.setListening(true);
    cache.put('s1', session(staff), cache.mark());
    cache.setListening(false);
    cache.setListening(true);
    expect(cache.get('s1')).toBeUndefined();
  });

  it('drops a read that overlapped a change: it may have seen the old row', () => {
    const cache = listeningCache();
    const mark = cache.mark();
    cache.forget('session:other');
    cache.put('s1', session(staff), mark);
    expect(cache.get('s1')).toBeUndefined();
    cache.put('s1', session(staff), cache.mark());
    expect(cache.get('s1')).toBeDefined();
  });

  it('forgets by session, by actor, by the person behind an account, or everything', () => {
    const cache = listeningCache();
    const fill = () => {
      cache.put('a', session(staff), cache.mark());
      cache.put('b', session(person), cache.mark());
      cache.put('c', session({ ...person, id: '8', personId: 43 }), cache.mark());
    };
    const left = () => ['a', 'b', 'c'].filter((id) => cache.get(id));
    fill();
    cache.forget('session:b');
    expect(left()).toEqual(['a', 'c']);
    fill();
    cache.forget('staff:7');
    expect(left()).toEqual(['b', 'c']);
    fill();
    cache.forget('person:7');
    expect(left()).toEqual(['a', 'c']);
    fill();
    cache.forget('person-of:43');
    expect(left()).toEqual(['a', 'b']);
    fill();
    cache.forget('unit-operator:7');
    expect(left()).toEqual(['a', 'b', 'c']);
    cache.forget('*');
    expect(left()).toEqual([]);
  });

  it('hears this process’s own writes in every registered cache', () => {
    const one = listeningCache();
    const two = listeningCache();
    const unregister = [registerSessionCache(one), registerSessionCache(two)];
    one.put('a', session(staff), one.mark());
    two.put('a', session(staff), two.mark());
    actorChanged('staff:7');
    expect(one.get('a')).toBeUndefined();
    expect(two.get('a')).toBeUndefined();
    unregister.forEach((u) => u());
  });
});
