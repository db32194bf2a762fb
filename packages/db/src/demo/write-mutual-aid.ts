/**
 * 家庭共济 links of one batch of households: every family member planned to use an account
 * (AccountPlan.mutualAidUserNos) becomes a link in force, with the relation the family
 * relations give and the day it took effect — the first day of the month after the relation
 * began, but not before the region's 共济范围 admitted it. A member's 共济顺序 follows the
 * holders' ids. Written per batch from what the plan holds in memory, so no lookup of the
 * (unindexed, in a bulk load) family relations is needed.
 */
import { earliestLinkStart, type MutualAidScope } from '@yibao/domain';
import { sql } from 'drizzle-orm';
import type { Tx } from '../connection';
import { mutualAidLinks } from '../schema/index';
import type { PeopleBatch } from './plan-types';
import { atBeijing, isoDateAdd, maxDate } from './time';
import { insertRows, reserveIds, writeCreateHistory } from './write-support';

type ScopesByRegion = ReadonlyMap<string, MutualAidScope[]>;

async function scopesByRegion(tx: Tx): Promise<ScopesByRegion> {
  const result = await tx.execute<{
    region_code: string;
    relations: string[];
    valid_from: string;
    valid_to: string | null;
  }>(sql`select region_code, relations, valid_from::text, valid_to::text from mutual_aid_scopes`);
  const byRegion = new Map<string, MutualAidScope[]>();
  for (const r of result.rows) {
    const list = byRegion.get(r.region_code) ?? [];
    list.push({ relations: r.relations, validFrom: r.valid_from, validTo: r.valid_to });
    byRegion.set(r.region_code, list);
  }
  return byRegion;
}

interface PlannedLink {
  holderPersonId: number;
  memberPersonId: number;
  relation: string;
  effectiveFrom: string;
  /** the day the holder added the member: in the month before the link took effect */
  addedOn: string;
}

/** The batch's links, before their order: one per account user the scope admits. */
export function plannedLinks(
  batch: Pick<PeopleBatch, 'accounts' | 'relations'>,
  personId: (personNo: string) => number,
  scopes: ScopesByRegion,
): PlannedLink[] {
  const relationOf = new Map(batch.relations.map((r) => [`${r.personNo}|${r.relativeNo}`, r]));
  const links: PlannedLink[] = [];
  for (const account of batch.accounts) {
    for (const memberNo of account.mutualAidUserNos) {
      const related = relationOf.get(`${account.personNo}|${memberNo}`);
      if (!related) continue;
      const effectiveFrom = earliestLinkStart(
        scopes.get(account.regionCode) ?? [],
        related.relation,
        related.validFrom,
      );
      if (!effectiveFrom) continue;
      links.push({
        holderPersonId: personId(account.personNo),
        memberPersonId: personId(memberNo),
        relation: related.relation,
        effectiveFrom,
        addedOn: maxDate(related.validFrom, `${isoDateAdd(effectiveFrom, -1).slice(0, 8)}01`),
      });
    }
  }
  return links;
}

/** Writes the batch's links, each member's holders numbered 1…n by holder id, with history. */
export async function writeMutualAidLinks(
  tx: Tx,
  batch: Pick<PeopleBatch, 'accounts' | 'relations'>,
  personId: (personNo: string) => number,
): Promise<number> {
  const links = plannedLinks(batch, personId, await scopesByRegion(tx));
  if (links.length === 0) return 0;
  links.sort((a, b) => a.memberPersonId - b.memberPersonId || a.holderPersonId - b.holderPersonId);
  const ids = await reserveIds(tx, 'mutual_aid_links', links.length);
  let order = 0;
  const rows = links.map((l, i) => {
    order = i > 0 && links[i - 1]?.memberPersonId === l.memberPersonId ? order + 1 : 1;
    return {
      id: ids[i] as number,
      holderPersonId: l.holderPersonId,
      memberPersonId: l.memberPersonId,
      relation: l.relation,
      effectiveFrom: l.effectiveFrom,
      drawOrder: order,
      status: '有效',
      createdAt: atBeijing(l.addedOn, 10),
    };
  });
  await insertRows(tx, mutualAidLinks, rows);
  await writeCreateHistory(tx, mutualAidLinks, 'mutual_aid_link_history', ids);
  return rows.length;
}
