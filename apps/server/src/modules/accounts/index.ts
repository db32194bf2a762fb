import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** 个人账户: the ledger, family mutual aid, the account's password and the settlement engine. */
export const accountsPlugin = fp(async (app: FastifyInstance) => {
  void app;
});
