import type { DatabaseHandle } from '@yibao/db';
import Fastify, { type FastifyInstance } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import type { Config } from './config';
import { replySerializerCompiler } from './lib/reply-serializer';
import { auditRoutes } from './modules/audit';
import {
  authRoutes,
  mobileAuthRoutes,
  personAuthRoutes,
  personCentreRoutes,
  ssoRoutes,
  unitOperatorRoutes,
} from './modules/auth';
import { accountsPlugin } from './modules/accounts';
import { applicationsPlugin } from './modules/applications';
import { calendarPlugin } from './modules/calendar';
import { registryPlugin } from './modules/registry';
import { serviceGuidePlugin } from './modules/service-guide';
import { dictionariesRoutes } from './modules/dictionaries';
import { jobsPlugin, jobsRoutes } from './modules/jobs';
import { notificationsPlugin } from './modules/notifications';
import { platformRoutes } from './modules/platform';
import { staffRoutes } from './modules/staff';
import { auditPlugin } from './plugins/audit';
import type { ServerClock } from './plugins/clock';
import { contextPlugin } from './plugins/context';
import { errorsPlugin } from './plugins/errors';
import { openapiPlugin } from './plugins/openapi';
import { rightsPlugin } from './plugins/rights';
import { sessionPlugin } from './plugins/session';
import { storagePlugin } from './plugins/storage';
import { webPlugin } from './plugins/web';

declare module 'fastify' {
  interface FastifyInstance {
    apiRoutes(): { method: string; url: string }[];
  }
}

export interface AppDeps {
  config: Config;
  database: DatabaseHandle;
  databaseUrl: string;
  clock: ServerClock;
}

/** Plugin order: config → db → session → error handler → modules → static web. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      deps.config.logLevel === 'silent'
        ? false
        : {
            level: deps.config.logLevel,
            redact: [
              'req.headers.cookie',
              'req.headers.authorization',
              'res.headers["set-cookie"]',
            ],
          },
    genReqId: (req) => (req.headers['x-request-id'] as string | undefined) ?? randomUUID(),
    trustProxy: deps.config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
  });
  // Every API route, for the access-rule test that fails when a new route has no rule.
  const routes: { method: string; url: string }[] = [];
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) {
      if (method !== 'HEAD' && r.url.startsWith('/api/')) routes.push({ method, url: r.url });
    }
  });
  app.decorate('apiRoutes', () => routes);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(replySerializerCompiler(deps.config.env !== 'production'));

  await app.register(contextPlugin, deps);
  await app.register(auditPlugin);
  await app.register(rightsPlugin);
  await app.register(sessionPlugin);
  await app.register(errorsPlugin);
  await app.register(openapiPlugin);
  await app.register(jobsPlugin, { databaseUrl: deps.databaseUrl });
  await app.register(notificationsPlugin);
  await app.register(storagePlugin);

  await app.register(platformRoutes);
  await app.register(authRoutes);
  await app.register(personAuthRoutes);
  await app.register(personCentreRoutes);
  await app.register(unitOperatorRoutes);
  await app.register(mobileAuthRoutes);
  await app.register(ssoRoutes);
  await app.register(dictionariesRoutes);
  await app.register(auditRoutes);
  await app.register(jobsRoutes);
  await app.register(calendarPlugin);
  await app.register(staffRoutes);
  await app.register(applicationsPlugin);
  await app.register(registryPlugin);
  await app.register(accountsPlugin);
  await app.register(serviceGuidePlugin);

  await app.register(webPlugin);
  return app;
}
