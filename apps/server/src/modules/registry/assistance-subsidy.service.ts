import type {
  AssistanceSubsidiesQuery,
  AssistanceSubsidyQuote,
  AssistanceSubsidyRow,
  Page,
} from '@yibao/contracts';
import { beijingDateOf, maskCertNo, pageWindow, validateCertNo } from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { invalid } from '../../plugins/errors';
import { staffRegions } from '../applications';
import { quoteSubsidy } from './assistance-subsidy.business';
import { searchSubsidies } from './assistance-subsidy.repository';
import { staffPersonByCert } from './staff-lookup';

/** W33: what the subsidy would be before filing, and the subsidies granted. */
export function createAssistanceSubsidyService(app: FastifyInstance) {
  return {
    async quote(
      request: FastifyRequest,
      q: { certType: string; certNo: string; year: number },
    ): Promise<AssistanceSubsidyQuote> {
      const person = await staffPersonByCert(app, request, q);
      const { identityId: _i, policyId: _p, ...quote } = await quoteSubsidy(app.db, person, q.year);
      return quote;
    },

    async list(
      request: FastifyRequest,
      q: AssistanceSubsidiesQuery,
    ): Promise<Page<AssistanceSubsidyRow>> {
      let certNo = q.certNo?.trim() || undefined;
      if (certNo) {
        const checked = validateCertNo(q.certType ?? '01', certNo, beijingDateOf(app.clock.now()));
        if (!checked.ok) throw invalid(checked.message, 'certNo');
        certNo = checked.normalized;
      }
      const found = await searchSubsidies(
        app.db,
        { certType: certNo ? (q.certType ?? '01') : undefined, certNo, year: q.year },
        staffRegions(request.actor),
        pageWindow(q.page, q.pageSize),
      );
      return {
        items: found.items.map((r) => ({
          ...r,
          certNo: maskCertNo(r.certNo),
          createdAt: r.createdAt.toISOString(),
        })),
        total: found.total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  };
}

export type AssistanceSubsidyService = ReturnType<typeof createAssistanceSubsidyService>;
