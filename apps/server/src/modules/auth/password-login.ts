import { isLocked, loginAttempt, type LockoutState } from '@yibao/domain';
import type { Tx } from '@yibao/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { verifyPassword } from '../../lib/passwords';
import type { Actor } from '../../plugins/context';
import { AppError, unauthenticated } from '../../plugins/errors';

export const loginMessages = {
  locked: '累计登录失败5次，账户已被锁定，请10分钟后再试',
  wrongPassword: (left: number) => `账号或密码错误，您还可以尝试${left}次`,
};

export interface PasswordAccount extends LockoutState {
  id: number;
  passwordHash: string;
}

/**
 * Password check with the lockout rule, shared by personal accounts and unit operators: the
 * account row is locked while its failure count changes, and every attempt is audited.
 */
export async function passwordLogin(
  app: FastifyInstance,
  request: FastifyRequest,
  opts: {
    entity: string;
    account: PasswordAccount;
    password: string;
    actor: Actor;
    lockRow: (tx: Tx, id: number) => Promise<LockoutState | null>;
    saveState: (tx: Tx, id: number, state: LockoutState) => Promise<void>;
  },
): Promise<void> {
  const now = app.clock.now();
  const { account, entity } = opts;
  const audited = (actor: Actor | null, action: string, after?: unknown) =>
    app.write(actor ? { actor, requestId: request.id, ip: request.ip } : request, (_tx, audit) =>
      audit({ action, entity, entityId: account.id, after }),
    );
  if (isLocked(account, now)) {
    await audited(null, 'auth.login-refused-locked');
    throw new AppError(429, 'RATE_LIMITED', loginMessages.locked);
  }
  // argon2 outside the transaction: the row lock is held only for the bookkeeping
  const ok = await verifyPassword(account.passwordHash, opts.password);
  const outcome = await app.write(request, async (tx, audit) => {
    const state = await opts.lockRow(tx, account.id);
    if (!state) throw unauthenticated();
    const result = loginAttempt(state, ok, now);
    await opts.saveState(tx, account.id, result.next);
    if (result.kind !== 'ok') {
      await audit({
        action: result.kind === 'locked' ? 'auth.locked' : 'auth.login-failed',
        entity,
        entityId: account.id,
        before: state,
        after: result.next,
      });
    }
    return result;
  });
  if (outcome.kind === 'locked') throw new AppError(429, 'RATE_LIMITED', loginMessages.locked);
  if (outcome.kind === 'wrong-password') {
    throw new AppError(
      401,
      'UNAUTHENTICATED',
      loginMessages.wrongPassword(outcome.triesLeft),
      'password',
    );
  }
  await audited(opts.actor, 'auth.login', { method: 'password' });
}
