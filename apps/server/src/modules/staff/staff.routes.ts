import {
  createStaffBody,
  exportQuery,
  idParam,
  okReply,
  pageOf,
  pageQuery,
  resetStaffPasswordBody,
  rightItem,
  roleBody,
  roleCodeParam,
  roleItem,
  staffItem,
  staffQuery,
  updateStaffBody,
} from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRight } from '../../plugins/session';
import { replyList } from '../documents';
import { createStaffService } from './staff.service';

const tags = ['staff'];

export async function staffRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const service = createStaffService(fastify);
  fastify.rights.declare('staff', [
    { code: 'staff.manage', name: '经办人员管理' },
    { code: 'role.manage', name: '角色与权限管理' },
  ]);
  const manageStaff = requireRight('staff.manage');
  const manageRoles = requireRight('role.manage');

  app.get(
    '/api/staff',
    {
      preValidation: manageStaff,
      schema: {
        tags,
        summary: '经办人员列表',
        querystring: pageQuery.extend(staffQuery.shape).extend(exportQuery.shape),
        response: { 200: pageOf(staffItem) },
      },
    },
    async (request, reply) =>
      replyList(reply, request.query, {
        title: '经办人员',
        exportKeys: ['username', 'name', 'roles', 'regionCodes', 'status', 'createdAt'],
        printedAt: fastify.clock.now().toISOString(),
        fetch: ({ page, pageSize }) => service.list(request.query, page, pageSize),
        toRow: (s) => ({ ...s, roles: s.roles.join('、'), regionCodes: s.regionCodes.join('、') }),
      }),
  );
  app.post(
    '/api/staff',
    {
      preValidation: manageStaff,
      schema: {
        tags,
        summary: '新增经办人员',
        body: createStaffBody,
        response: { 200: staffItem },
      },
    },
    async (request) => service.create(request, request.body),
  );
  app.put(
    '/api/staff/:id',
    {
      preValidation: manageStaff,
      schema: {
        tags,
        summary: '修改经办人员（角色、统筹区、状态）',
        params: idParam,
        body: updateStaffBody,
        response: { 200: staffItem },
      },
    },
    async (request) => service.update(request, request.params.id, request.body),
  );
  app.post(
    '/api/staff/:id/password',
    {
      preValidation: manageStaff,
      schema: {
        tags,
        summary: '重置经办人员密码',
        params: idParam,
        body: resetStaffPasswordBody,
        response: { 200: okReply },
      },
    },
    async (request) => {
      await service.resetPassword(request, request.params.id, request.body.password);
      return { ok: true as const };
    },
  );
  app.get(
    '/api/rights',
    {
      preValidation: manageRoles,
      schema: {
        tags,
        summary: '权限目录（各模块声明）',
        response: { 200: z.object({ items: z.array(rightItem) }) },
      },
    },
    async () => ({ items: fastify.rights.list() }),
  );
  app.get(
    '/api/roles',
    {
      // Whoever assigns roles to staff or edits the roles needs the list.
      preValidation: requireRight('staff.manage', 'role.manage'),
      schema: {
        tags,
        summary: '角色列表',
        response: { 200: z.object({ items: z.array(roleItem) }) },
      },
    },
    async () => ({ items: await service.roles() }),
  );
  app.post(
    '/api/roles',
    {
      preValidation: manageRoles,
      schema: { tags, summary: '新增角色', body: roleBody, response: { 200: roleItem } },
    },
    async (request) => service.createRole(request, request.body),
  );
  app.put(
    '/api/roles/:code',
    {
      preValidation: manageRoles,
      schema: {
        tags,
        summary: '修改角色权限',
        params: roleCodeParam,
        body: roleBody.omit({ code: true }),
        response: { 200: roleItem },
      },
    },
    async (request) => service.updateRole(request, request.params.code, request.body),
  );
  app.delete(
    '/api/roles/:code',
    {
      preValidation: manageRoles,
      schema: { tags, summary: '删除角色', params: roleCodeParam, response: { 200: okReply } },
    },
    async (request) => {
      await service.deleteRole(request, request.params.code);
      return { ok: true as const };
    },
  );
}
