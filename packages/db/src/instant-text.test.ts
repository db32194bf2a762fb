import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantText } from './instant-text';

/** The instant as PostgreSQL prints it for a session at `offsetMinutes` from UTC. */
function pgTextOf(ms: number, micros: number, offsetMinutes: number) {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString();
  const fraction = String((((ms % 1000) + 1000) % 1000) * 1000 + micros)
    .padStart(6, '0')
    .replace(/0+$/, '');
  const sign = offsetMinutes < 0 ? '-' : '+';
  const h = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
  const m = Math.abs(offsetMinutes) % 60;
  const offset = `${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
  return `${local.slice(0, 10)} ${local.slice(11, 19)}${fraction ? `.${fraction}` : ''}${offset}`;
}

describe('instantText', () => {
  it('writes what PostgreSQL printed as the same instant to the millisecond', () => {
    expect(instantText('2026-11-30 08:15:00+00')).toBe('2026-11-30T08:15:00.000Z');
    expect(instantText('2026-11-30 08:15:00.5+00')).toBe('2026-11-30T08:15:00.500Z');
    expect(instantText('2026-11-30 08:15:00.123999+00')).toBe('2026-11-30T08:15:00.123Z');
    expect(instantText('2026-11-30 16:15:00+08')).toBe('2026-11-30T08:15:00.000Z');
    expect(instantText('2026-11-30 13:45:00+05:30')).toBe('2026-11-30T08:15:00.000Z');
  });

  it('agrees with a Date for any instant, fraction and offset', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(9000, 0, 1) }),
        fc.integer({ min: 0, max: 999 }),
        fc.oneof(fc.constant(0), fc.integer({ min: -12 * 60, max: 14 * 60 })),
        (ms, micros, offset) => {
          const text = pgTextOf(ms, micros, offset);
          expect(instantText(text)).toBe(new Date(ms).toISOString());
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
