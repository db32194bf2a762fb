import type { FastifyInstance } from 'fastify';
import { withdrawalDeath, withdrawalTransfer } from './withdrawal.business';
import { withdrawalRoutes } from './withdrawal.routes';
import { createWithdrawalService } from './withdrawal.service';

/** W26 参保人员个人账户一次性支取: its two businesses on the spine and its routes. */
export async function registerWithdrawal(app: FastifyInstance) {
  app.businesses.define(withdrawalDeath);
  app.businesses.define(withdrawalTransfer);
  await app.register(withdrawalRoutes(createWithdrawalService(app)));
}
