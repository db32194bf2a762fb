import {
  MUTUAL_AID_MAINTENANCE,
  MUTUAL_AID_ORDER,
  mutualAidMaintenancePayload,
  mutualAidOrderPayload,
  type MutualAidMaintenancePayload,
  type MutualAidMemberFields,
  type MutualAidOrderPayload,
} from '@yibao/contracts';
import {
  beijingDateOf,
  isPermutationOf,
  mutualAidCandidateRefusal,
  mutualAidEffectiveFrom,
  scopeOn,
  validateCertNo,
  type MutualAidRefusal,
} from '@yibao/domain';
import type { Executor } from '@yibao/db';
import type { Actor } from '../../plugins/context';
import { conflict, forbidden } from '../../plugins/errors';
import type { ApplicationSubject, BusinessDefinition, StoredApplication } from '../applications';
import { accountOfPerson } from './accounts.repository';
import {
  findPersonByCert,
  findPersonById,
  insertLink,
  lockActiveLinks,
  membersOfHolder,
  personsByIds,
  removeLink,
  reorderLinks,
  scopesOf,
  type MutualAidLinkRow,
} from './mutual-aid.repository';

export const NOT_HOLDER = '只有职工医保个人账户状态正常的参保人才能办理个人账户家庭共济关系维护';
export const LINK_GONE = '共济对象不存在或已删除，请刷新后重新操作';
export const ORDER_CHANGED = '您的共济账户已发生变化，请刷新后重新设置使用顺序';

/** The signed-in person behind the actor, or why they may not act. */
async function signedInPerson(db: Executor, actor: Actor) {
  const person = actor.personId ? await findPersonById(db, actor.personId) : null;
  if (!person) throw forbidden('请先完成实名认证');
  return person;
}

/**
 * The account holder of P15: a verified person whose personal account is open (正常). Anyone
 * else is refused with 409: the refusal is the account's state, not the caller's rights.
 */
export async function holderOf(db: Executor, actor: Actor) {
  const person = await signedInPerson(db, actor);
  const account = await accountOfPerson(db, person.id);
  if (account?.status !== '正常') throw conflict(NOT_HOLDER);
  return { person, account };
}

/** The relations the region's 共济范围 in force on the day admits. */
export async function scopeRelations(db: Executor, regionCode: string, day: string) {
  return scopeOn(await scopesOf(db, regionCode), day)?.relations ?? [];
}

/** One 共济对象 the holder wants to add: the registry's person, or why not. */
export async function candidateVerdict(
  db: Executor,
  p: {
    holderPersonId: number;
    scope: readonly string[];
    activeMemberIds: ReadonlySet<number>;
    today: string;
  },
  entry: MutualAidMemberFields,
): Promise<{ personId: number; certNo: string } | { refusal: MutualAidRefusal }> {
  const checked = validateCertNo(entry.certType, entry.certNo, p.today);
  if (!checked.ok) return { refusal: { field: 'certNo', message: checked.message } };
  const found = await findPersonByCert(db, entry.certType, checked.normalized);
  const refusal = mutualAidCandidateRefusal({
    found: found && { personId: found.id, name: found.name, status: found.status },
    name: entry.name,
    relation: entry.relation,
    holderPersonId: p.holderPersonId,
    scope: p.scope,
    activeMemberIds: p.activeMemberIds,
  });
  // the rule refuses a certificate the registry does not hold: found is set past it
  if (refusal || !found) return { refusal: refusal ?? { field: 'certNo', message: '人员不存在' } };
  return { personId: found.id, certNo: checked.normalized };
}

/** The member ids of the holder's links in force, less those being deleted. */
export async function remainingMemberIds(
  db: Executor,
  holderPersonId: number,
  deletes: readonly number[],
) {
  const current = await membersOfHolder(db, holderPersonId);
  const gone = new Set(deletes);
  return new Set(current.filter((l) => !gone.has(l.id)).map((l) => l.memberPersonId));
}

/**
 * A whole P15 submission under the rules, its links locked: the links to delete (each the
 * holder's own, in force), the persons to add, or the first refusal (named after its 共济对象).
 */
async function maintenanceVerdict(
  db: Executor,
  holder: { personId: number; regionCode: string },
  p: MutualAidMaintenancePayload,
  today: string,
) {
  const current = await lockActiveLinks(db, 'holder', holder.personId);
  const deletes: MutualAidLinkRow[] = [];
  for (const id of new Set(p.deletes)) {
    const link = current.find((l) => l.id === id);
    if (!link) return { refusal: LINK_GONE } as const;
    deletes.push(link);
  }
  const activeMemberIds = new Set(
    current.filter((l) => !deletes.includes(l)).map((l) => l.memberPersonId),
  );
  const scope = await scopeRelations(db, holder.regionCode, today);
  const adds: { personId: number; relation: string; name: string }[] = [];
  for (const entry of p.adds) {
    const verdict = await candidateVerdict(
      db,
      { holderPersonId: holder.personId, scope, activeMemberIds, today },
      entry,
    );
    if ('refusal' in verdict) return { refusal: `${entry.name}：${verdict.refusal.message}` };
    if (adds.some((a) => a.personId === verdict.personId)) {
      return { refusal: `${entry.name}：同一共济对象不能重复添加` };
    }
    adds.push({ personId: verdict.personId, relation: entry.relation, name: entry.name.trim() });
  }
  return { refusal: null, deletes, adds } as const;
}

async function personSubject(db: Executor, personId: number): Promise<ApplicationSubject> {
  const person = await findPersonById(db, personId);
  if (!person) throw forbidden('请先完成实名认证');
  return {
    personId: person.id,
    unitId: null,
    name: person.name,
    certType: person.certType,
    certNo: person.certNo,
    regionCode: person.regionCode,
  };
}

/** The holder behind an application and their account's region (its 共济范围 applies). */
async function holderRegion(db: Executor, app: StoredApplication<unknown>) {
  const account = app.subjectPersonId ? await accountOfPerson(db, app.subjectPersonId) : null;
  if (!app.subjectPersonId || account?.status !== '正常') return null;
  return { personId: app.subjectPersonId, regionCode: account.regionCode };
}

/**
 * P15 个人账户家庭共济关系维护 (000 §1): the account holder adds 共济对象 and deletes links in one
 * submission, decided by the rules at once (系统自助审核). A new member may use the account from
 * the first day of next month and comes last in their 共济顺序.
 */
export const mutualAidMaintenance: BusinessDefinition<MutualAidMaintenancePayload> = {
  code: MUTUAL_AID_MAINTENANCE,
  name: '个人账户家庭共济关系维护',
  channels: ['personal'],
  applicants: ['person'],
  payload: mutualAidMaintenancePayload,
  review: 'auto',
  materials: [],
  timeLimitDays: null,
  insuranceType: '310',

  async subject(ctx) {
    const { person } = await holderOf(ctx.tx, ctx.actor);
    return personSubject(ctx.tx, person.id);
  },

  async decide(ctx, app) {
    const holder = await holderRegion(ctx.tx, app);
    if (!holder) return { ok: false, reason: NOT_HOLDER };
    const { refusal } = await maintenanceVerdict(
      ctx.tx,
      holder,
      app.payload,
      beijingDateOf(ctx.now),
    );
    return refusal ? { ok: false, reason: refusal } : { ok: true };
  },

  async apply(ctx, app) {
    const holder = await holderRegion(ctx.tx, app);
    if (!holder) throw conflict(NOT_HOLDER);
    const today = beijingDateOf(ctx.now);
    const verdict = await maintenanceVerdict(ctx.tx, holder, app.payload, today);
    if (verdict.refusal !== null) throw conflict(verdict.refusal);
    const change = { actor: ctx.actor, at: ctx.now, reason: `办件 ${app.applicationNo}` };
    const effectiveFrom = mutualAidEffectiveFrom(today);
    const names = new Map(
      (
        await personsByIds(
          ctx.tx,
          verdict.deletes.map((l) => l.memberPersonId),
        )
      ).map((p) => [p.id, p.name]),
    );
    const audits = [];
    // deletions first: a member deleted and added back in one submission gets a new link
    for (const link of verdict.deletes) {
      await removeLink(ctx.tx, link, change);
      audits.push({
        action: 'mutual-aid.delete',
        entity: 'mutual_aid_link',
        entityId: link.id,
        regionCode: holder.regionCode,
        before: { status: link.status, memberPersonId: link.memberPersonId },
        after: { status: '已删除' },
      });
    }
    const added = [];
    for (const a of verdict.adds) {
      const row = await insertLink(
        ctx.tx,
        {
          holderPersonId: holder.personId,
          memberPersonId: a.personId,
          relation: a.relation,
          effectiveFrom,
          applicationId: app.id,
        },
        change,
      );
      added.push({ id: row.id, name: a.name, relation: a.relation, effectiveFrom });
      audits.push({
        action: 'mutual-aid.add',
        entity: 'mutual_aid_link',
        entityId: row.id,
        regionCode: holder.regionCode,
        before: null,
        after: {
          memberPersonId: a.personId,
          relation: a.relation,
          effectiveFrom,
          drawOrder: row.drawOrder,
        },
      });
    }
    await ctx.audit.many(audits);
    return {
      effectiveFrom,
      added,
      deleted: verdict.deletes.map((l) => ({
        id: l.id,
        name: names.get(l.memberPersonId) ?? '',
        relation: l.relation,
      })),
    };
  },
};

/** The member's links in force, locked, and whether `order` names each of them once. */
async function orderVerdict(db: Executor, memberPersonId: number, order: readonly number[]) {
  const current = await lockActiveLinks(db, 'member', memberPersonId);
  const ok = isPermutationOf(
    order,
    current.map((l) => l.id),
  );
  return { current, ok };
}

/**
 * P16 共济账户使用顺序维护 (000 §1): the member puts the accounts they may use in the order the
 * settlement draws on them; draw_order becomes 1…n in one transaction. On the applications spine
 * like every 我要办 item, so 业务反馈结果 has its 办件 and 办件进度查询 shows it.
 */
export const mutualAidOrder: BusinessDefinition<MutualAidOrderPayload> = {
  code: MUTUAL_AID_ORDER,
  name: '共济账户使用顺序维护',
  channels: ['personal'],
  applicants: ['person'],
  payload: mutualAidOrderPayload,
  review: 'auto',
  materials: [],
  timeLimitDays: null,
  insuranceType: '310',

  async subject(ctx) {
    const person = await signedInPerson(ctx.tx, ctx.actor);
    return personSubject(ctx.tx, person.id);
  },

  async decide(ctx, app) {
    if (!app.subjectPersonId) return { ok: false, reason: '人员不存在' };
    const { ok } = await orderVerdict(ctx.tx, app.subjectPersonId, app.payload.order);
    return ok ? { ok: true } : { ok: false, reason: ORDER_CHANGED };
  },

  async apply(ctx, app) {
    if (!app.subjectPersonId) throw conflict('人员不存在');
    const { current, ok } = await orderVerdict(ctx.tx, app.subjectPersonId, app.payload.order);
    if (!ok) throw conflict(ORDER_CHANGED);
    const change = { actor: ctx.actor, at: ctx.now, reason: `办件 ${app.applicationNo}` };
    const moved = await reorderLinks(ctx.tx, current, app.payload.order, change);
    await ctx.audit.many(
      moved.map((m) => ({
        action: 'mutual-aid.reorder',
        entity: 'mutual_aid_link',
        entityId: m.id,
        regionCode: app.regionCode,
        before: { drawOrder: m.from },
        after: { drawOrder: m.to },
      })),
    );
    const holders = new Map(
      (
        await personsByIds(
          ctx.tx,
          current.map((l) => l.holderPersonId),
        )
      ).map((p) => [p.id, p.name]),
    );
    return {
      order: app.payload.order.map((id, index) => {
        const link = current.find((l) => l.id === id);
        return {
          id,
          drawOrder: index + 1,
          holderName: link ? (holders.get(link.holderPersonId) ?? '') : '',
        };
      }),
    };
  },
};
