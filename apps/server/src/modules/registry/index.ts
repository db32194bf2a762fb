import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { personInfoChange } from './person-info-change.business';
import { registryRoutes } from './registry.routes';
import { createRegistryService } from './registry.service';
import { residentEnrolment } from './resident-enrolment.business';
import { UNIT_REGISTER_RIGHT, unitRegistration } from './unit-registration.business';
import {
  PERSON_MAINTAIN_RIGHT,
  windowPersonInfoChange,
} from './window-person-info-change.business';
import {
  PERSON_REGISTER_RIGHT,
  windowResidentEnrolment,
} from './window-resident-enrolment.business';

/** The registry's businesses on the applications spine, and the person's own record. */
export const registryPlugin = fp(async (app: FastifyInstance) => {
  app.businesses.define(personInfoChange);
  app.businesses.define(residentEnrolment);
  app.rights.declare('registry', [
    UNIT_REGISTER_RIGHT,
    PERSON_REGISTER_RIGHT,
    PERSON_MAINTAIN_RIGHT,
  ]);
  app.businesses.define(unitRegistration);
  app.businesses.define(windowResidentEnrolment);
  app.businesses.define(windowPersonInfoChange);
  await app.register(registryRoutes(createRegistryService(app)));
});
