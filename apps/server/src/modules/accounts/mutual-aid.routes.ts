import {
  mutualAidHoldersReply,
  mutualAidMemberCheckBody,
  mutualAidMemberCheckReply,
  mutualAidMembersReply,
} from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requirePerson } from '../../plugins/session';
import type { MutualAidService } from './mutual-aid.service';

const tags = ['accounts'];

/**
 * P15 and P16's reads and P15's 【下一步】; both pages submit through POST /api/applications
 * (mutual-aid-maintenance, mutual-aid-order).
 */
export function mutualAidRoutes(service: MutualAidService) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/api/me/mutual-aid/members',
      {
        preValidation: requirePerson('verified'),
        schema: {
          tags,
          summary: '本人个人账户的家庭共济对象（个人账户家庭共济关系维护）',
          response: { 200: mutualAidMembersReply },
        },
      },
      async (request) => service.members(request),
    );

    app.post(
      '/api/me/mutual-aid/members/check',
      {
        preValidation: requirePerson('verified'),
        schema: {
          tags,
          summary: '添加共济对象【下一步】：校验共济对象信息',
          body: mutualAidMemberCheckBody,
          response: { 200: mutualAidMemberCheckReply },
        },
      },
      async (request) => service.checkMember(request, request.body),
    );

    app.get(
      '/api/me/mutual-aid/holders',
      {
        preValidation: requirePerson('verified'),
        schema: {
          tags,
          summary: '本人可使用的共济账户及其使用顺序（共济账户使用顺序维护）',
          response: { 200: mutualAidHoldersReply },
        },
      },
      async (request) => service.holders(request),
    );
  };
}
