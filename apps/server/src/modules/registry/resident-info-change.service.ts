import type { InfoChangeReviewItem } from '@yibao/contracts';
import { levelName, maskCertNo, pageWindow } from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { staffRegions } from '../applications';
import { awaitingReview } from './resident-info-change.repository';

/**
 * 城乡居民参保维护审核 (002 十六): the 办件 of a 信息变更 business waiting for 复核初审 or 复核复审
 * in the staff member's regions, by 证件号码; 审核 opens the 办件's review page.
 */
export function createInfoChangeReviewService(app: FastifyInstance, businessCode: string) {
  return {
    async list(
      request: FastifyRequest,
      q: { certNo?: string | undefined; page: number; pageSize: number },
    ) {
      const business = app.businesses.get(businessCode);
      const found = await awaitingReview(
        app.db,
        {
          businessCode,
          regions: staffRegions(request.actor),
          certNo: q.certNo ? q.certNo.toUpperCase() : undefined,
        },
        pageWindow(q.page, q.pageSize),
      );
      const items = found.rows.map((row): InfoChangeReviewItem => ({
        id: row.id,
        applicationNo: row.applicationNo,
        businessName: business?.name ?? row.businessCode,
        subjectKind: row.subjectUnitId === null ? '个人' : '单位',
        subjectName: row.subjectName,
        subjectCertNo: maskCertNo(row.subjectCertNo),
        nextLevel: levelName('immediate', row.levelsPassed + 1),
        applicantName: row.applicantName,
        submittedAt: row.submittedAt.toISOString(),
      }));
      return { items, total: found.total, page: q.page, pageSize: q.pageSize };
    },
  };
}

export type InfoChangeReviewService = ReturnType<typeof createInfoChangeReviewService>;
