import type { StaffLoginBody } from '@yibao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../plugins/errors';
import { verifyPassword } from '../../lib/passwords';
import { findStaffByUsername } from './auth.repository';

const WRONG = '用户名或密码错误';

export function createAuthService(app: FastifyInstance) {
  return {
    /** Checks a staff member's password; every attempt leaves an audit row. */
    async verifyStaff(request: FastifyRequest, body: StaffLoginBody) {
      const s = await findStaffByUsername(app.db, body.username);
      const ok =
        !!s && s.status === '正常' && (await verifyPassword(s.passwordHash, body.password));
      await app.write(
        ok && s
          ? {
              actor: { type: 'staff', id: String(s.id), name: s.name },
              requestId: request.id,
              ip: request.ip,
            }
          : request,
        (_tx, audit) =>
          audit({
            action: ok ? 'auth.login' : 'auth.login-failed',
            entity: 'staff',
            entityId: s?.id ?? null,
            after: { username: body.username, method: 'password' },
          }),
      );
      if (!ok || !s) throw new AppError(401, 'UNAUTHENTICATED', WRONG, 'password');
      return s;
    },
  };
}
