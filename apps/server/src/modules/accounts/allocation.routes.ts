import { allocationRequest, jobItem } from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireRight } from '../../plugins/session';
import { ALLOCATE_RIGHT, type AllocationService } from './allocation.service';

/** Starts a month's 个人账户划入 for a region; the job page shows its progress. */
export function allocationRoutes(service: AllocationService) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    app.post(
      '/api/accounts/allocations',
      {
        preValidation: requireRight(ALLOCATE_RIGHT.code),
        schema: {
          tags: ['accounts'],
          summary: '个人账户月度划入（后台任务，可重复执行，每人每月只划入一次）',
          body: allocationRequest,
          response: { 200: jobItem },
        },
      },
      async (request) => service.start(request, request.body),
    );
  };
}
