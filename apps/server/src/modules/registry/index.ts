import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { personInfoChange } from './person-info-change.business';
import { residentEnrolment } from './resident-enrolment.business';

/** The registry's businesses on the applications spine. */
export const registryPlugin = fp(async (app: FastifyInstance) => {
  app.businesses.define(personInfoChange);
  app.businesses.define(residentEnrolment);
});
