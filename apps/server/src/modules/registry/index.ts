import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { assistanceSubsidy } from './assistance-subsidy.business';
import { assistanceSubsidyRoutes } from './assistance-subsidy.routes';
import { createAssistanceSubsidyService } from './assistance-subsidy.service';
import { cardlessSettlement } from './cardless-settlement.business';
import { cardlessSettlementRoutes } from './cardless-settlement.routes';
import { createCardlessSettlementService } from './cardless-settlement.service';
import { CERTIFICATE_ISSUE_RIGHT, certificatesRoutes } from './certificates.routes';
import { createCertificatesService } from './certificates.service';
import { designatedHospitalChange } from './designated-hospital-change.business';
import { designatedHospitalsRoutes } from './designated-hospitals.routes';
import { createDesignatedHospitalsService } from './designated-hospitals.service';
import { flexibleEnrolment, flexibleInfoChange } from './flexible-enrolment.business';
import { flexibleWindowEnrolment } from './flexible-window-enrolment.business';
import { flexibleWindowRetirement } from './flexible-window-retirement.business';
import { flexibleWindowSuspension } from './flexible-window-suspension.business';
import { flexibleWindowRoutes } from './flexible-window.routes';
import { createFlexibleWindowService } from './flexible-window.service';
import {
  flexibleAddition,
  flexibleDeathReduction,
  flexibleHospitalChange,
  flexibleReduction,
} from './flexible.business';
import { flexibleRoutes } from './flexible.routes';
import { createFlexibleService } from './flexible.service';
import { employeeEnrolmentBatch } from './employee-batch.business';
import { createEmployeeBatchService } from './employee-batch.service';
import { employeeEnrolment } from './employee-enrolment.business';
import { employeeReduction } from './employee-reduction.business';
import { employeeRetirement } from './employee-retirement.business';
import { personInfoChange } from './person-info-change.business';
import { personQueryRoutes } from './person-query.routes';
import { createPersonQueryService, PERSON_READ_RIGHT } from './person-query.service';
import { registryRoutes } from './registry.routes';
import { createRegistryService } from './registry.service';
import { residentEnrolment } from './resident-enrolment.business';
import { residentEnrolmentBatch, specialIdentityBatch } from './resident-batch.business';
import { residentBatchRoutes } from './resident-batch.routes';
import { createResidentBatchService } from './resident-batch.service';
import { residentSuspension } from './resident-suspension.business';
import { specialIdentity } from './special-identity.business';
import { unitDeregistration } from './unit-deregistration.business';
import { unitQueryRoutes } from './unit-query.routes';
import { createUnitQueryService, UNIT_READ_RIGHT } from './unit-query.service';
import { UNIT_REGISTER_RIGHT, unitRegistration } from './unit-registration.business';
import {
  PERSON_MAINTAIN_RIGHT,
  windowPersonInfoChange,
} from './window-person-info-change.business';
import {
  PERSON_REGISTER_RIGHT,
  windowResidentEnrolment,
} from './window-resident-enrolment.business';
import { unitInfoChange } from './unit-info-change.business';
import { unitInfoChangeRoutes } from './unit-info-change.routes';
import { createUnitInfoChangeService } from './unit-info-change.service';
import { residentInfoChange, RESIDENT_INFO_CHANGE } from './resident-info-change.business';
import { residentInfoChangeRoutes } from './resident-info-change.routes';
import { createInfoChangeReviewService } from './resident-info-change.service';
import { contributionBaseChange } from './contribution-base-change.business';
import { unitBaseAudit } from './contribution-base-audit.business';
import { contributionBaseRoutes } from './contribution-base.routes';
import { createContributionBaseService } from './contribution-base.service';
import { employeePostChange } from './employee-post-change.business';
import { employeePostRoutes } from './employee-post-change.routes';
import { flexibleEnrolmentBatch } from './flexible-batch.business';
import { employeeBatchRoutes, flexibleBatchRoutes } from './employee-batch.routes';
import { createFlexibleBatchService } from './flexible-batch.service';

/** The registry's businesses on the applications spine, the person's own record, W25's reads. */
export const registryPlugin = fp(async (app: FastifyInstance) => {
  app.businesses.define(personInfoChange);
  app.businesses.define(residentEnrolment);
  app.rights.declare('registry', [
    UNIT_REGISTER_RIGHT,
    PERSON_REGISTER_RIGHT,
    PERSON_MAINTAIN_RIGHT,
    PERSON_READ_RIGHT,
    CERTIFICATE_ISSUE_RIGHT,
    UNIT_READ_RIGHT,
  ]);
  app.businesses.define(unitRegistration);
  app.businesses.define(windowResidentEnrolment);
  app.businesses.define(windowPersonInfoChange);
  app.businesses.define(unitDeregistration);
  app.businesses.define(employeeEnrolment);
  app.businesses.define(employeeReduction);
  app.businesses.define(employeeRetirement);
  app.businesses.define(residentSuspension);
  app.businesses.define(specialIdentity);
  app.businesses.define(employeeEnrolmentBatch);
  app.businesses.define(designatedHospitalChange);
  app.businesses.define(flexibleAddition);
  app.businesses.define(flexibleDeathReduction);
  app.businesses.define(flexibleReduction);
  app.businesses.define(flexibleHospitalChange);
  app.businesses.define(flexibleEnrolment);
  app.businesses.define(flexibleInfoChange);
  app.businesses.define(flexibleWindowEnrolment);
  app.businesses.define(flexibleWindowSuspension);
  app.businesses.define(flexibleWindowRetirement);
  app.businesses.define(unitInfoChange);
  app.businesses.define(residentInfoChange);
  app.businesses.define(cardlessSettlement);
  app.businesses.define(assistanceSubsidy);
  await app.register(assistanceSubsidyRoutes(createAssistanceSubsidyService(app)));
  app.businesses.define(residentEnrolmentBatch);
  app.businesses.define(specialIdentityBatch);
  await app.register(residentBatchRoutes(createResidentBatchService(app)));
  app.businesses.define(employeePostChange);
  app.businesses.define(contributionBaseChange);
  app.businesses.define(unitBaseAudit);
  await app.register(employeePostRoutes());
  await app.register(contributionBaseRoutes(createContributionBaseService(app)));
  await app.register(cardlessSettlementRoutes(createCardlessSettlementService(app)));
  await app.register(registryRoutes(createRegistryService(app)));
  await app.register(personQueryRoutes(createPersonQueryService(app)));
  await app.register(employeeBatchRoutes(createEmployeeBatchService(app)));
  await app.register(certificatesRoutes(createCertificatesService(app)));
  await app.register(designatedHospitalsRoutes(createDesignatedHospitalsService(app)));
  await app.register(flexibleRoutes(createFlexibleService(app)));
  await app.register(unitQueryRoutes(createUnitQueryService(app)));
  await app.register(flexibleWindowRoutes(createFlexibleWindowService(app)));
  app.businesses.define(flexibleEnrolmentBatch);
  await app.register(flexibleBatchRoutes(createFlexibleBatchService(app)));
  await app.register(unitInfoChangeRoutes(createUnitInfoChangeService(app)));
  await app.register(
    residentInfoChangeRoutes(createInfoChangeReviewService(app, RESIDENT_INFO_CHANGE)),
  );
});
