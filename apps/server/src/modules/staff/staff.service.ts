import type {
  CreateStaffBody,
  RoleBody,
  RoleItem,
  StaffItem,
  UpdateStaffBody,
} from '@yibao/contracts';
import { pageWindow } from '@yibao/domain';
import { isUniqueViolation } from '@yibao/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hashPassword } from '../../lib/passwords';
import { conflict, invalid, notFound } from '../../plugins/errors';
import { revokeSessionsOf } from '../../plugins/session';
import {
  allRoles,
  countStaffWithRole,
  deleteRole,
  findRole,
  findStaffById,
  findStaffPage,
  insertRole,
  insertStaff,
  updateRole,
  updateStaff,
  type RoleRow,
  type StaffRow,
} from './staff.repository';

const toStaff = (s: StaffRow): StaffItem => ({
  id: s.id,
  username: s.username,
  name: s.name,
  roles: s.roles,
  regionCodes: s.regionCodes,
  status: s.status,
  createdAt: s.createdAt.toISOString(),
});
const toRole = (r: RoleRow): RoleItem => ({
  code: r.code,
  name: r.name,
  rights: r.rights,
  builtin: r.builtin === '1',
});
const unique = <T>(xs: T[]) => [...new Set(xs)];

/** Staff accounts, roles and rights: the administrator's side of the window console. */
export function createStaffService(app: FastifyInstance) {
  const now = () => app.clock.now();

  async function checkRoles(codes: string[]) {
    const known = new Set((await allRoles(app.db)).map((r) => r.code));
    const unknown = codes.find((c) => !known.has(c));
    if (unknown) throw invalid(`角色 ${unknown} 不存在`, 'roles');
  }
  function checkRights(rights: string[]) {
    const unknown = rights.find((r) => r !== '*' && !app.rights.has(r));
    if (unknown) throw invalid(`权限 ${unknown} 不存在`, 'rights');
  }

  return {
    async list(
      q: { keyword?: string | undefined; status?: string | undefined },
      page: number,
      pageSize: number,
    ) {
      const { items, total } = await findStaffPage(app.db, q, pageWindow(page, pageSize));
      return { items: items.map(toStaff), total };
    },

    async create(request: FastifyRequest, body: CreateStaffBody): Promise<StaffItem> {
      await checkRoles(body.roles);
      const passwordHash = await hashPassword(body.password);
      try {
        return await app.write(request, async (tx, audit) => {
          const row = await insertStaff(tx, {
            username: body.username,
            name: body.name,
            roles: unique(body.roles),
            regionCodes: unique(body.regionCodes),
            passwordHash,
            createdAt: now(),
            updatedAt: now(),
          });
          await audit({
            action: 'staff.create',
            entity: 'staff',
            entityId: row.id,
            after: toStaff(row),
          });
          return toStaff(row);
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw conflict('用户名已存在', 'username');
        throw err;
      }
    },

    async update(request: FastifyRequest, id: number, body: UpdateStaffBody): Promise<StaffItem> {
      await checkRoles(body.roles);
      if (String(id) === request.actor.id && body.status !== '正常')
        throw invalid('不能停用自己的账号', 'status');
      return app.write(request, async (tx, audit) => {
        const before = await findStaffById(tx, id);
        if (!before) throw notFound('经办人员不存在');
        const values = {
          name: body.name,
          roles: unique(body.roles),
          regionCodes: unique(body.regionCodes),
          status: body.status,
          updatedAt: now(),
        };
        await updateStaff(tx, id, values);
        if (body.status !== '正常') await revokeSessionsOf(tx, 'staff', String(id), now());
        const after = { ...before, ...values };
        await audit({
          action: 'staff.update',
          entity: 'staff',
          entityId: id,
          before: toStaff(before),
          after: toStaff(after),
        });
        return toStaff(after);
      });
    },

    async resetPassword(request: FastifyRequest, id: number, password: string) {
      const passwordHash = await hashPassword(password);
      await app.write(request, async (tx, audit) => {
        if (!(await findStaffById(tx, id))) throw notFound('经办人员不存在');
        await updateStaff(tx, id, { passwordHash, updatedAt: now() });
        await revokeSessionsOf(tx, 'staff', String(id), now());
        await audit({ action: 'staff.reset-password', entity: 'staff', entityId: id });
      });
    },

    roles: async () => (await allRoles(app.db)).map(toRole),

    async createRole(request: FastifyRequest, body: RoleBody): Promise<RoleItem> {
      checkRights(body.rights);
      return app.write(request, async (tx, audit) => {
        if (await findRole(tx, body.code)) throw conflict('角色代码已存在', 'code');
        const row = {
          code: body.code,
          name: body.name,
          rights: unique(body.rights),
          builtin: '0',
          createdAt: now(),
          updatedAt: now(),
        };
        await insertRole(tx, row);
        await audit({ action: 'role.create', entity: 'role', entityId: body.code, after: row });
        return toRole(row);
      });
    },

    async updateRole(
      request: FastifyRequest,
      code: string,
      body: Omit<RoleBody, 'code'>,
    ): Promise<RoleItem> {
      checkRights(body.rights);
      return app.write(request, async (tx, audit) => {
        const before = await findRole(tx, code);
        if (!before) throw notFound('角色不存在');
        if (before.code === 'admin') throw invalid('管理员角色拥有全部权限，不能修改', 'rights');
        const values = { name: body.name, rights: unique(body.rights), updatedAt: now() };
        await updateRole(tx, code, values);
        await audit({
          action: 'role.update',
          entity: 'role',
          entityId: code,
          before: toRole(before),
          after: toRole({ ...before, ...values }),
        });
        return toRole({ ...before, ...values });
      });
    },

    async deleteRole(request: FastifyRequest, code: string) {
      await app.write(request, async (tx, audit) => {
        const before = await findRole(tx, code);
        if (!before) throw notFound('角色不存在');
        if (before.builtin === '1') throw invalid('系统内置角色不能删除', 'code');
        if ((await countStaffWithRole(tx, code)) > 0)
          throw conflict('仍有经办人员使用该角色，不能删除', 'code');
        await deleteRole(tx, code);
        await audit({
          action: 'role.delete',
          entity: 'role',
          entityId: code,
          before: toRole(before),
        });
      });
    },
  };
}
export type StaffService = ReturnType<typeof createStaffService>;
