import type { CalendarDay, CalendarDayBody } from '@yibao/contracts';
import { createWorkingCalendar, dayOfWeek, pageWindow, type WorkingCalendar } from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { invalid, notFound } from '../../plugins/errors';
import {
  allDays,
  deleteDay,
  findDay,
  findDays,
  upsertDay,
  type CalendarDayRow,
} from './calendar.repository';

const toDay = (r: CalendarDayRow): CalendarDay => ({ ...r, kind: r.kind as CalendarDay['kind'] });

/**
 * The working-day calendar of 办理时限: public holidays and make-up workdays are rows an
 * administrator maintains; the rules themselves live in the domain package.
 */
export function createCalendarService(app: FastifyInstance) {
  let cached: WorkingCalendar | null = null;
  const calendar = async (): Promise<WorkingCalendar> => {
    if (!cached) {
      const rows = await allDays(app.db);
      cached = createWorkingCalendar({
        holidays: rows.filter((r) => r.kind === 'holiday').map((r) => r.day),
        workdays: rows.filter((r) => r.kind === 'workday').map((r) => r.day),
      });
    }
    return cached;
  };

  return {
    calendar,
    async dueDate(from: string, days: number): Promise<string> {
      return (await calendar()).addWorkingDays(from, days);
    },
    async list(year: number | undefined, page: number, pageSize: number) {
      const { items, total } = await findDays(app.db, year, pageWindow(page, pageSize));
      return { items: items.map(toDay), total };
    },
    async set(request: FastifyRequest, day: string, body: CalendarDayBody): Promise<CalendarDay> {
      const weekday = dayOfWeek(day);
      const weekend = weekday === 0 || weekday === 6;
      if (body.kind === 'workday' && !weekend) throw invalid('调休上班日应为周六或周日', 'kind');
      const row = { day, ...body };
      await app.write(request, async (tx, audit) => {
        const before = await findDay(tx, day);
        await upsertDay(tx, row);
        await audit({
          action: before ? 'calendar.update' : 'calendar.create',
          entity: 'calendar-day',
          entityId: day,
          before,
          after: row,
        });
      });
      cached = null;
      return toDay(row);
    },
    async remove(request: FastifyRequest, day: string): Promise<void> {
      await app.write(request, async (tx, audit) => {
        const before = await findDay(tx, day);
        if (!before) throw notFound('该日期没有节假日或调休设置');
        await deleteDay(tx, day);
        await audit({ action: 'calendar.delete', entity: 'calendar-day', entityId: day, before });
      });
      cached = null;
    },
  };
}
export type CalendarService = ReturnType<typeof createCalendarService>;
