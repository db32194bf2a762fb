import { z } from 'zod';

const day = z.iso.date({ message: '日期格式应为 YYYY-MM-DD' });

export const calendarDayKinds = { holiday: '法定节假日', workday: '调休上班' } as const;

export const calendarDay = z.object({
  day: z.string(),
  kind: z.enum(['holiday', 'workday']),
  name: z.string(),
  source: z.string(),
});
export type CalendarDay = z.infer<typeof calendarDay>;

export const calendarQuery = z.object({
  year: z.coerce.number().int().min(2000, '年份不正确').max(2100, '年份不正确').optional(),
});

export const calendarDayParam = z.object({ day });

export const calendarDayBody = z.object({
  kind: z.enum(['holiday', 'workday'], { message: '请选择类型' }),
  name: z.string().trim().max(30, '名称不能超过30个字').default(''),
  source: z.string().trim().min(1, '请填写依据（文件名称）').max(120, '依据不能超过120个字'),
});
export type CalendarDayBody = z.infer<typeof calendarDayBody>;

export const dueDateQuery = z.object({
  from: day,
  days: z.coerce.number().int().min(0, '办理时限不能为负').max(365, '办理时限不能超过365个工作日'),
});
export const dueDateReply = z.object({ from: z.string(), days: z.number(), dueDate: z.string() });
