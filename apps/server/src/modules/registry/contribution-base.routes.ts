import {
  contributionBaseMembersQuery,
  contributionBaseMembersReply,
  contributionBaseUnitQuery,
  contributionBaseUnitReply,
  unitBaseAuditQuery,
  unitBaseAuditReply,
} from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireRight } from '../../plugins/session';
import type { ContributionBaseService } from './contribution-base.service';
import { UNIT_REGISTER_RIGHT } from './unit-registration.business';
import { PERSON_MAINTAIN_RIGHT } from './window-person-info-change.business';

const tags = ['registry'];

/** 缴费工资变更核定 (W15 (三)) and 单位缴费基数申报书面稽核 (W11 (三)): the reads before 保存. */
export function contributionBaseRoutes(service: ContributionBaseService) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const maintain = requireRight(PERSON_MAINTAIN_RIGHT.code);

    app.get(
      '/api/registry/contribution-base/unit',
      {
        preValidation: maintain,
        schema: {
          tags,
          summary: '缴费工资变更核定：单位基本信息、缴费基数上下限与生效年月',
          querystring: contributionBaseUnitQuery,
          response: { 200: contributionBaseUnitReply },
        },
      },
      async (request) => service.unit(request, request.query.unitNo),
    );

    app.get(
      '/api/registry/contribution-base/members',
      {
        preValidation: maintain,
        schema: {
          tags,
          summary: '缴费工资变更核定：个人信息列表（单位在职职工及其缴费基数）',
          querystring: contributionBaseMembersQuery,
          response: { 200: contributionBaseMembersReply },
        },
      },
      async (request) => service.members(request, request.query),
    );

    app.get(
      '/api/registry/unit-base-audit',
      {
        preValidation: requireRight(UNIT_REGISTER_RIGHT.code),
        schema: {
          tags,
          summary: '单位缴费基数申报书面稽核：本年度申报的人数与缴费基数',
          querystring: unitBaseAuditQuery,
          response: { 200: unitBaseAuditReply },
        },
      },
      async (request) => service.audit(request, request.query.unitNo),
    );
  };
}
