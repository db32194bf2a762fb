import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { serviceGuideRoutes } from './service-guide.routes';
import { createServiceGuideService } from './service-guide.service';

/**
 * 办事指南 (guide 002's 41 items): read-only, from the domain's data, joined with the business
 * types registered before it (so it is registered after the modules that define businesses).
 */
export const serviceGuidePlugin = fp(async (app: FastifyInstance) => {
  await app.register(serviceGuideRoutes(createServiceGuideService(app)));
});
