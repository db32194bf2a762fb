import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createJobRunner, type JobRunner } from './jobs.service';

export { jobsRoutes } from './jobs.routes';
export type { JobHandler, JobContext, JobRunner } from './jobs.service';

declare module 'fastify' {
  interface FastifyInstance {
    jobs: JobRunner;
  }
}

/** Decorates `app.jobs`; modules register their handlers, the runner starts once the app is ready. */
export const jobsPlugin = fp(async (app: FastifyInstance, opts: { databaseUrl: string }) => {
  const runner = createJobRunner(app, opts.databaseUrl);
  app.decorate('jobs', runner);
  app.addHook('onReady', async () => {
    await runner.start();
  });
  app.addHook('onClose', async () => {
    await runner.stop();
  });
});
