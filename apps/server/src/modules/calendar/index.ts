import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { calendarRoutes } from './calendar.routes';
import { createCalendarService, type CalendarService } from './calendar.service';

export type { CalendarService } from './calendar.service';

declare module 'fastify' {
  interface FastifyInstance {
    /** due dates of 办理时限 in working days */
    calendar: CalendarService;
  }
}

export const calendarPlugin = fp(async (app: FastifyInstance) => {
  const service = createCalendarService(app);
  app.decorate('calendar', service);
  await app.register(calendarRoutes(service));
});
