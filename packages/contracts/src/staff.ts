import { z } from 'zod';
import { newPasswordField } from './auth';

export const rightItem = z.object({ code: z.string(), name: z.string(), module: z.string() });
export type RightItem = z.infer<typeof rightItem>;

export const roleItem = z.object({
  code: z.string(),
  name: z.string(),
  rights: z.array(z.string()),
  builtin: z.boolean(),
});
export type RoleItem = z.infer<typeof roleItem>;

export const roleBody = z.object({
  code: z
    .string({ message: '请输入角色代码' })
    .trim()
    .regex(/^[a-z][a-z0-9-]{1,29}$/, '角色代码为2至30位小写字母、数字或连字符，以字母开头'),
  name: z
    .string({ message: '请输入角色名称' })
    .trim()
    .min(1, '请输入角色名称')
    .max(30, '角色名称不能超过30个字'),
  rights: z.array(z.string()).max(200),
});
export type RoleBody = z.infer<typeof roleBody>;
export const roleCodeParam = z.object({ code: z.string().min(1).max(30) });

const regionCodes = z
  .array(z.string().regex(/^(\*|\d{6})$/, '统筹区代码应为6位数字'))
  .min(1, '请至少选择一个统筹区');

export const staffItem = z.object({
  id: z.number(),
  username: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  regionCodes: z.array(z.string()),
  status: z.string(),
  createdAt: z.string(),
});
export type StaffItem = z.infer<typeof staffItem>;

export const staffQuery = z.object({
  keyword: z.string().trim().max(60).optional(),
  status: z.enum(['正常', '停用']).optional(),
});

export const createStaffBody = z.object({
  username: z
    .string({ message: '请输入用户名' })
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9_]{3,29}$/, '用户名为4至30位字母、数字或下划线，以字母开头'),
  name: z.string({ message: '请输入姓名' }).trim().min(1, '请输入姓名').max(30),
  roles: z.array(z.string()).min(1, '请至少选择一个角色'),
  regionCodes,
  password: newPasswordField,
});
export type CreateStaffBody = z.infer<typeof createStaffBody>;

export const updateStaffBody = z.object({
  name: z.string({ message: '请输入姓名' }).trim().min(1, '请输入姓名').max(30),
  roles: z.array(z.string()).min(1, '请至少选择一个角色'),
  regionCodes,
  status: z.enum(['正常', '停用']),
});
export type UpdateStaffBody = z.infer<typeof updateStaffBody>;

export const resetStaffPasswordBody = z.object({ password: newPasswordField });
