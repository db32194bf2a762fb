/**
 * The source of "now". Code that needs the time takes a Clock instead of calling Date.now(),
 * so tests and demos can move time; this file is the one place that reads real time.
 */

export interface Clock {
  now(): Date;
}

export interface SettableClock extends Clock {
  /** Jumps to `date`; time keeps running from there. */
  set(date: Date): void;
  /** Moves time forward (or back, with a negative amount) by `ms` milliseconds. */
  advance(ms: number): void;
  /** Follows real time again. */
  reset(): void;
}

/**
 * A clock that runs at real speed but may be shifted: it keeps an offset from real time rather
 * than a frozen instant, so timestamps taken after a `set` still advance naturally.
 */
export function createSettableClock(start?: Date): SettableClock {
  let offsetMs = 0;
  const set = (date: Date): void => {
    const target = date.getTime();
    if (Number.isNaN(target)) throw new RangeError('invalid Date');
    offsetMs = target - Date.now();
  };
  if (start) set(start);

  return {
    now: () => new Date(Date.now() + offsetMs),
    set,
    advance: (ms) => {
      if (!Number.isFinite(ms)) throw new RangeError(`ms must be a finite number: ${ms}`);
      offsetMs += ms;
    },
    reset: () => {
      offsetMs = 0;
    },
  };
}
