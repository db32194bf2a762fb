import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLocked, loginAttempt, MAX_FAILED_LOGINS, type LockoutState } from './lockout';

const t0 = new Date('2026-11-23T08:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const fresh: LockoutState = { failedLogins: 0, lockedUntil: null };

describe('login lockout', () => {
  it('counts down the tries and locks on the fifth failure for ten minutes', () => {
    let s = fresh;
    const left: number[] = [];
    for (let i = 0; i < 4; i++) {
      const r = loginAttempt(s, false, t0);
      expect(r.kind).toBe('wrong-password');
      if (r.kind === 'wrong-password') left.push(r.triesLeft);
      s = r.next;
    }
    expect(left).toEqual([4, 3, 2, 1]);
    const fifth = loginAttempt(s, false, t0);
    expect(fifth).toMatchObject({ kind: 'locked', until: at(10) });
    expect(loginAttempt(fifth.next, true, at(9.99)).kind).toBe('locked');
    expect(loginAttempt(fifth.next, true, at(10)).kind).toBe('ok');
  });

  it('starts a fresh count after the lock has passed', () => {
    const locked: LockoutState = { failedLogins: 0, lockedUntil: at(10) };
    const r = loginAttempt(locked, false, at(11));
    expect(r).toMatchObject({ kind: 'wrong-password', triesLeft: MAX_FAILED_LOGINS - 1 });
  });

  it('never lets a right password in while locked, and never locks on a right password (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ ok: fc.boolean(), dt: fc.integer({ min: 0, max: 30 }) })),
        (attempts) => {
          let s = fresh;
          let now = t0;
          let consecutiveFailures = 0;
          for (const a of attempts) {
            now = new Date(now.getTime() + a.dt * 60_000);
            const wasLocked = isLocked(s, now);
            const r = loginAttempt(s, a.ok, now);
            if (wasLocked) expect(r.kind).toBe('locked');
            if (!wasLocked && a.ok) expect(r.kind).toBe('ok');
            if (!wasLocked) consecutiveFailures = a.ok ? 0 : consecutiveFailures + 1;
            if (!wasLocked && !a.ok)
              expect(r.kind === 'locked').toBe(consecutiveFailures >= MAX_FAILED_LOGINS);
            if (r.kind === 'locked' && !wasLocked) consecutiveFailures = 0;
            expect(r.next.failedLogins).toBeLessThan(MAX_FAILED_LOGINS);
            s = r.next;
          }
        },
      ),
    );
  });
});
