import type {
  MutualAidHoldersReply,
  MutualAidMemberCheckBody,
  MutualAidMemberCheckReply,
  MutualAidMembersReply,
} from '@yibao/contracts';
import { beijingDateOf, maskCertNo, mutualAidEffectiveFrom } from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { forbidden, invalid } from '../../plugins/errors';
import {
  candidateVerdict,
  holderOf,
  remainingMemberIds,
  scopeRelations,
} from './mutual-aid.business';
import { findPersonById, holdersOfMember, membersOfHolder } from './mutual-aid.repository';

/**
 * 家庭共济 reads: the holder's 共济对象 (P15), the accounts a member draws on (P16), and P15's
 * 【下一步】 check of one 共济对象. The changes themselves are the businesses in
 * mutual-aid.business.ts.
 */
export function createMutualAidService(app: FastifyInstance) {
  const today = () => beijingDateOf(app.clock.now());

  return {
    async members(request: FastifyRequest): Promise<MutualAidMembersReply> {
      const { person, account } = await holderOf(app.db, request.actor);
      const day = today();
      const [items, relations] = await Promise.all([
        membersOfHolder(app.db, person.id),
        scopeRelations(app.db, account.regionCode, day),
      ]);
      return {
        items: items.map((l) => ({
          id: l.id,
          relation: l.relation,
          name: l.name,
          certType: l.certType,
          certNo: maskCertNo(l.certNo),
          effectiveFrom: l.effectiveFrom,
        })),
        effectiveFrom: mutualAidEffectiveFrom(day),
        relations: [...relations],
      };
    },

    /** 【下一步】: the same rules the submission is decided by, answered field by field. */
    async checkMember(
      request: FastifyRequest,
      body: MutualAidMemberCheckBody,
    ): Promise<MutualAidMemberCheckReply> {
      const { person, account } = await holderOf(app.db, request.actor);
      const day = today();
      const [scope, activeMemberIds] = await Promise.all([
        scopeRelations(app.db, account.regionCode, day),
        remainingMemberIds(app.db, person.id, body.deletes),
      ]);
      const verdict = await candidateVerdict(
        app.db,
        { holderPersonId: person.id, scope, activeMemberIds, today: day },
        body,
      );
      if ('refusal' in verdict) throw invalid(verdict.refusal.message, verdict.refusal.field);
      return {
        name: body.name.trim(),
        certType: body.certType,
        certNo: maskCertNo(verdict.certNo),
        relation: body.relation,
        effectiveFrom: mutualAidEffectiveFrom(day),
      };
    },

    async holders(request: FastifyRequest): Promise<MutualAidHoldersReply> {
      const person = request.actor.personId
        ? await findPersonById(app.db, request.actor.personId)
        : null;
      if (!person) throw forbidden('请先完成实名认证');
      const items = await holdersOfMember(app.db, person.id);
      return {
        // 共济顺序 is the position: deletions may leave gaps in draw_order
        items: items.map((l, index) => ({
          id: l.id,
          drawOrder: index + 1,
          relation: l.relation,
          holderName: l.holderName,
          certType: l.certType,
          certNo: maskCertNo(l.certNo),
          effectiveFrom: l.effectiveFrom,
        })),
        effectiveFrom: mutualAidEffectiveFrom(today()),
      };
    },
  };
}

export type MutualAidService = ReturnType<typeof createMutualAidService>;
