import {
  calendarDay,
  calendarDayBody,
  calendarDayParam,
  calendarQuery,
  dueDateQuery,
  dueDateReply,
  exportQuery,
  pageOf,
  pageQuery,
} from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRight, requireSignedIn } from '../../plugins/session';
import { replyList } from '../documents';
import type { CalendarService } from './calendar.service';

const tags = ['platform'];

export function calendarRoutes(service: CalendarService) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    fastify.rights.declare('calendar', [{ code: 'calendar.manage', name: '节假日设置' }]);
    app.get(
      '/api/calendar/days',
      {
        preValidation: requireSignedIn,
        schema: {
          tags,
          summary: '节假日与调休上班日',
          querystring: pageQuery.extend(calendarQuery.shape).extend(exportQuery.shape),
          response: { 200: pageOf(calendarDay) },
        },
      },
      async (request, reply) =>
        replyList(reply, request.query, {
          title: `${request.query.year ?? ''}节假日安排`,
          exportKeys: ['day', 'kind', 'name', 'source'],
          printedAt: fastify.clock.now().toISOString(),
          fetch: ({ page, pageSize }) => service.list(request.query.year, page, pageSize),
          toRow: (d) => ({ ...d, kind: d.kind === 'holiday' ? '法定节假日' : '调休上班' }),
        }),
    );
    app.put(
      '/api/calendar/days/:day',
      {
        preValidation: requireRight('calendar.manage'),
        schema: {
          tags,
          summary: '设置节假日或调休上班日',
          params: calendarDayParam,
          body: calendarDayBody,
          response: { 200: calendarDay },
        },
      },
      async (request) => service.set(request, request.params.day, request.body),
    );
    app.delete(
      '/api/calendar/days/:day',
      {
        preValidation: requireRight('calendar.manage'),
        schema: {
          tags,
          summary: '删除节假日或调休设置',
          params: calendarDayParam,
          response: { 200: z.object({ ok: z.literal(true) }) },
        },
      },
      async (request) => {
        await service.remove(request, request.params.day);
        return { ok: true as const };
      },
    );
    app.get(
      '/api/calendar/due-date',
      {
        schema: {
          tags,
          summary: '按工作日计算办理时限的到期日',
          querystring: dueDateQuery,
          response: { 200: dueDateReply },
        },
      },
      async (request) => ({
        from: request.query.from,
        days: request.query.days,
        dueDate: await service.dueDate(request.query.from, request.query.days),
      }),
    );
  };
}
