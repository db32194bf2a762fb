/**
 * A small seeded PRNG (mulberry32) so the demo data is the same on every machine for a given
 * seed. Math.random is never used: a reproducible data set makes screenshots, tests and bug
 * reports comparable.
 */

/** FNV-1a over a string: turns a label into a 32-bit seed. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** An independent stream for one purpose, so adding draws elsewhere does not shift it. */
  fork(label: string): Random {
    return new Random(hashString(label) ^ Math.imul(this.state, 0x9e3779b1));
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One of the keys, drawn with the given weights. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = entriesOf(weights);
    let roll = this.next() * (totals.get(weights) ?? 0);
    for (const [key, weight] of entries) {
      roll -= weight;
      if (roll < 0) return key;
    }
    return (entries[entries.length - 1] as [K, number])[0];
  }

  /** `length` decimal digits (leading zeros allowed). */
  digits(length: number): string {
    let out = '';
    for (let left = length; left > 0; left -= 8) {
      const chunk = Math.min(8, left);
      out += String(this.int(0, 10 ** chunk - 1)).padStart(chunk, '0');
    }
    return out;
  }
}

// The weight tables are constants: their entries and totals are worked out once.
const entryCache = new WeakMap<object, [string, number][]>();
const totals = new WeakMap<object, number>();

function entriesOf<K extends string>(weights: Readonly<Record<K, number>>): [K, number][] {
  let entries = entryCache.get(weights);
  if (!entries) {
    entries = Object.entries(weights) as [string, number][];
    entryCache.set(weights, entries);
    totals.set(
      weights,
      entries.reduce((sum, [, weight]) => sum + weight, 0),
    );
  }
  return entries as [K, number][];
}
