import {
  CARDLESS_APPROVAL_TYPE,
  type CardlessSettlementRow,
  type CardlessSettlementsQuery,
  type Page,
} from '@yibao/contracts';
import { beijingDateOf, maskCertNo, pageWindow, validateCertNo } from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { invalid } from '../../plugins/errors';
import { staffRegions } from '../applications';
import { searchCardless } from './cardless-settlement.repository';

export function createCardlessSettlementService(app: FastifyInstance) {
  return {
    /** 待遇通用审批 with 审批类型 无卡就医审批: the newborns' cardless periods of the staff's regions. */
    async list(
      request: FastifyRequest,
      q: CardlessSettlementsQuery,
    ): Promise<Page<CardlessSettlementRow>> {
      let certNo = q.certNo?.trim() || undefined;
      if (certNo) {
        const checked = validateCertNo(q.certType ?? '01', certNo, beijingDateOf(app.clock.now()));
        if (!checked.ok) throw invalid(checked.message, 'certNo');
        certNo = checked.normalized;
      }
      const found = await searchCardless(
        app.db,
        { certType: certNo ? (q.certType ?? '01') : undefined, certNo, startFrom: q.startDate },
        staffRegions(request.actor),
        pageWindow(q.page, q.pageSize),
      );
      return {
        items: found.items.map((r) => ({
          ...r,
          certNo: maskCertNo(r.certNo),
          approvalType: CARDLESS_APPROVAL_TYPE,
        })),
        total: found.total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  };
}

export type CardlessSettlementService = ReturnType<typeof createCardlessSettlementService>;
