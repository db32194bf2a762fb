import { INITIAL_ACCOUNT_PASSWORD } from '@yibao/contracts';
import type { Executor } from '@yibao/db';
import { timingSafeEqual } from 'node:crypto';
import { verifyPassword } from '../../lib/passwords';

/**
 * Whether `password` is the account's 个人账户密码. A null hash means the person never set
 * one, so the initial 000000 is the password. The settlement engine calls this; the database
 * handle stays in the signature for callers that hold a transaction, though the check itself
 * reads nothing. Lockout is the caller's business (see account-security.service.ts).
 */
export async function checkAccountPassword(
  _db: Executor,
  account: { id: number; passwordHash: string | null },
  password: string,
): Promise<boolean> {
  if (account.passwordHash === null) {
    const given = Buffer.from(password);
    const initial = Buffer.from(INITIAL_ACCOUNT_PASSWORD);
    return given.length === initial.length && timingSafeEqual(given, initial);
  }
  return verifyPassword(account.passwordHash, password);
}
