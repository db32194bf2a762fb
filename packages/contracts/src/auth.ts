import { z } from 'zod';

export const staffLoginBody = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(60),
  password: z.string().min(1, '请输入密码').max(200),
});
export type StaffLoginBody = z.infer<typeof staffLoginBody>;

export const sessionReply = z.object({
  actorType: z.string(),
  id: z.string(),
  name: z.string(),
  signInMethod: z.string(),
  regions: z.array(z.string()),
  /** staff roles: clerk, reviewer, admin */
  roles: z.array(z.string()),
});
export type SessionReply = z.infer<typeof sessionReply>;
