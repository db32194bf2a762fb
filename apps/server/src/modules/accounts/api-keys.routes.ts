import {
  apiKeyItem,
  apiKeyParams,
  apiKeysReply,
  issueApiKeyBody,
  issuedApiKeyReply,
  voucherCodeReply,
} from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requirePerson, requireUnitOperator } from '../../plugins/session';
import type { ApiKeysService } from './api-keys.service';

const tags = ['settlement'];

/** The unit portal's 接口凭证 and the person's 医保码: how callers of X08 are identified. */
export function apiKeysRoutes(service: ApiKeysService) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const operator = requireUnitOperator('bound');

    app.get(
      '/api/unit/api-keys',
      {
        preValidation: operator,
        schema: { tags, summary: '本单位的接口凭证', response: { 200: apiKeysReply } },
      },
      async (request) => service.list(request),
    );
    app.post(
      '/api/unit/api-keys',
      {
        preValidation: operator,
        schema: {
          tags,
          summary: '申请接口凭证（密钥仅显示一次）',
          body: issueApiKeyBody,
          response: { 200: issuedApiKeyReply },
        },
      },
      async (request) => service.issue(request, request.body),
    );
    app.post(
      '/api/unit/api-keys/:id/revoke',
      {
        preValidation: operator,
        schema: {
          tags,
          summary: '吊销接口凭证',
          params: apiKeyParams,
          response: { 200: apiKeyItem },
        },
      },
      async (request) => service.revoke(request, request.params.id),
    );

    app.post(
      '/api/me/voucher-code',
      {
        preValidation: requirePerson('verified'),
        schema: {
          tags,
          summary: '医保码：两分钟内有效的结算身份码',
          response: { 200: voucherCodeReply },
        },
      },
      async (request) => service.voucherCode(request),
    );
  };
}
