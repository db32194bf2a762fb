import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { persistentSecret, createSealer } from '../../lib/sealer';
import { accountSecurityRoutes } from './account-security.routes';
import { allocationRoutes } from './allocation.routes';
import { ALLOCATE_RIGHT, createAllocationService } from './allocation.service';
import { apiKeysRoutes } from './api-keys.routes';
import { createApiKeysService } from './api-keys.service';
import { settlementRoutes } from './settlement.routes';
import { createSettlementService } from './settlement.service';
import { requireSignedInstitution } from './signature';
import { voucherCodes } from './voucher-code';
import { benefitsRoutes } from './benefits.routes';
import { createBenefitsService } from './benefits.service';
import { consumptionRoutes } from './consumption.routes';
import { createConsumptionService } from './consumption.service';
import { ledgerQueryRoutes } from './ledger-query.routes';
import { createLedgerQueryService } from './ledger-query.service';
import { mutualAidMaintenance, mutualAidOrder } from './mutual-aid.business';
import { mutualAidRoutes } from './mutual-aid.routes';
import { createMutualAidService } from './mutual-aid.service';
import { windowLedgerRoutes } from './window-ledger.routes';
import { createWindowLedgerService } from './window-ledger.service';
import { registerWithdrawal } from './withdrawal.plugin';

/** 个人账户: the ledger, family mutual aid, the account's password and the settlement engine. */
export const accountsPlugin = fp(async (app: FastifyInstance) => {
  await app.register(accountSecurityRoutes);
  app.businesses.define(mutualAidMaintenance);
  app.businesses.define(mutualAidOrder);
  await app.register(mutualAidRoutes(createMutualAidService(app)));
  await app.register(ledgerQueryRoutes(createLedgerQueryService(app)));
  await app.register(windowLedgerRoutes(createWindowLedgerService(app)));
  await app.register(benefitsRoutes(createBenefitsService(app)));
  await app.register(consumptionRoutes(createConsumptionService(app)));
  await registerWithdrawal(app);
  app.rights.declare('accounts', [ALLOCATE_RIGHT]);
  await app.register(allocationRoutes(createAllocationService(app)));
  const secret = persistentSecret(app.config.secretKey, app.config.dataDir);
  const sealer = createSealer(secret, 'institution-api-secret');
  const codes = voucherCodes(secret);
  await app.register(apiKeysRoutes(createApiKeysService(app, sealer, codes)));
  await app.register(
    settlementRoutes(createSettlementService(app, codes), requireSignedInstitution(app, sealer)),
  );
});
