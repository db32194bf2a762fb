/**
 * Login lockout (004 FAQ 4): five failed logins in a row lock an account for ten minutes, after
 * which it unlocks by itself with a fresh count.
 */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 10;

export interface LockoutState {
  failedLogins: number;
  lockedUntil: Date | null;
}

export type LoginOutcome =
  | { kind: 'ok'; next: LockoutState }
  | { kind: 'locked'; next: LockoutState; until: Date }
  | { kind: 'wrong-password'; next: LockoutState; triesLeft: number };

export const isLocked = (s: LockoutState, now: Date): boolean =>
  s.lockedUntil !== null && s.lockedUntil.getTime() > now.getTime();

/** The result of one login attempt and the state to store after it. */
export function loginAttempt(state: LockoutState, passwordOk: boolean, now: Date): LoginOutcome {
  if (isLocked(state, now))
    return { kind: 'locked', next: state, until: state.lockedUntil as Date };
  const fresh = state.lockedUntil ? 0 : state.failedLogins;
  if (passwordOk) return { kind: 'ok', next: { failedLogins: 0, lockedUntil: null } };
  const failed = fresh + 1;
  if (failed >= MAX_FAILED_LOGINS) {
    const until = new Date(now.getTime() + LOCK_MINUTES * 60_000);
    return { kind: 'locked', next: { failedLogins: 0, lockedUntil: until }, until };
  }
  return {
    kind: 'wrong-password',
    next: { failedLogins: failed, lockedUntil: null },
    triesLeft: MAX_FAILED_LOGINS - failed,
  };
}
