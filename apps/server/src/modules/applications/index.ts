import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { applicationsRoutes } from './applications.routes';
import { createApplicationsService, type ApplicationsService } from './applications.service';
import { createBusinessRegistry, type BusinessRegistry } from './business';
import { createMaterialsService, MAX_UPLOAD_BYTES } from './materials.service';
import { createReviewService } from './review.service';

export type {
  ApplicationSubject,
  BusinessContext,
  BusinessDefinition,
  Decision,
  StoredApplication,
  Requester,
} from './business';
export { holdsRight, inStaffScope, staffRegions } from './access';
/** The materials filed with an application (a business's effect may keep one, e.g. a photo). */
export { materialsOf } from './applications.repository';

declare module 'fastify' {
  interface FastifyInstance {
    /** Business types: each module that owns a business defines it here. */
    businesses: BusinessRegistry;
    /** Filing applications from other modules (a confirmed batch import, …). */
    applications: Pick<ApplicationsService, 'submit'>;
  }
}

/** 办件 (X01, X02): the business registry, the workflow, materials and the review console. */
export const applicationsPlugin = fp(async (app: FastifyInstance) => {
  const registry = createBusinessRegistry();
  app.decorate('businesses', registry);
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });
  const applications = createApplicationsService(app, registry);
  app.decorate('applications', { submit: applications.submit.bind(applications) });
  const review = createReviewService(app, registry, applications);
  const materials = createMaterialsService(app, registry);
  await app.register(applicationsRoutes({ applications, review, materials }));
});
