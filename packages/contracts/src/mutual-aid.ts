import { z } from 'zod';
import { identityFields } from './auth';

/** The business codes of P15 and P16 on the applications spine. */
export const MUTUAL_AID_MAINTENANCE = 'mutual-aid-maintenance';
export const MUTUAL_AID_ORDER = 'mutual-aid-order';

/** How many 共济对象 one submission may add or delete, and how long an order may be. */
export const MUTUAL_AID_MAX_CHANGES = 20;

const linkId = z.number({ message: '共济对象不存在' }).int().positive('共济对象不存在');

/** 共济对象信息: 姓名, 证件类型, 证件号码, 与参保人关系 (dictionary relations). */
export const mutualAidMemberFields = z.object({
  ...identityFields,
  relation: z.string({ message: '请选择与参保人关系' }).trim().min(1, '请选择与参保人关系').max(2),
});
export type MutualAidMemberFields = z.infer<typeof mutualAidMemberFields>;

/**
 * 【下一步】 of 添加共济对象: checks one 共济对象 before it joins the page's list. `deletes` are the
 * links the page has already removed, so a member deleted there may be added back.
 */
export const mutualAidMemberCheckBody = mutualAidMemberFields.extend({
  deletes: z.array(linkId).max(MUTUAL_AID_MAX_CHANGES).default([]),
});
export type MutualAidMemberCheckBody = z.infer<typeof mutualAidMemberCheckBody>;
export const mutualAidMemberCheckReply = z.object({
  name: z.string(),
  certType: z.string(),
  /** masked (11*****56) */
  certNo: z.string(),
  relation: z.string(),
  /** the day the member may use the account: the first day of next month */
  effectiveFrom: z.string(),
});
export type MutualAidMemberCheckReply = z.infer<typeof mutualAidMemberCheckReply>;

/**
 * P15 个人账户家庭共济关系维护 (000 §1): 本人承诺添加的共济对象身份真实有效, then the 共济对象
 * added and the links deleted on the page, submitted together (注：添加和删除共济对象可以同时操作统一提交).
 */
export const mutualAidMaintenancePayload = z
  .object({
    promise: z.literal(true, { message: '请勾选本人承诺添加的共济对象身份真实有效' }),
    adds: z.array(mutualAidMemberFields).max(MUTUAL_AID_MAX_CHANGES).default([]),
    deletes: z.array(linkId).max(MUTUAL_AID_MAX_CHANGES).default([]),
  })
  .refine((v) => v.adds.length + v.deletes.length > 0, {
    message: '请添加或删除共济对象后再提交',
    path: ['adds'],
  });
export type MutualAidMaintenancePayload = z.infer<typeof mutualAidMaintenancePayload>;

/** A 共济对象 of the holder's list (certificate number masked). */
export const mutualAidMemberItem = z.object({
  id: z.number().int(),
  relation: z.string(),
  name: z.string(),
  certType: z.string(),
  certNo: z.string(),
  /** 生效日期: from this day the member may use the account */
  effectiveFrom: z.string(),
});
export type MutualAidMemberItem = z.infer<typeof mutualAidMemberItem>;

/** GET /api/me/mutual-aid/members: the holder's 共济对象 and what the add form offers today. */
export const mutualAidMembersReply = z.object({
  items: z.array(mutualAidMemberItem),
  /** the 操作提示's date: members added today may use the account from this day */
  effectiveFrom: z.string(),
  /** 与参保人关系 the holder's region admits today (mutual_aid_scopes) */
  relations: z.array(z.string()),
});
export type MutualAidMembersReply = z.infer<typeof mutualAidMembersReply>;

/** P16 共济账户使用顺序维护 (000 §1): 同意 the notice and the member's accounts in the new order. */
export const mutualAidOrderPayload = z.object({
  agree: z.literal(true, { message: '请勾选同意亲属真实关系承诺告知' }),
  order: z
    .array(linkId)
    .min(1, '没有可调整顺序的共济账户')
    .max(MUTUAL_AID_MAX_CHANGES * 5),
});
export type MutualAidOrderPayload = z.infer<typeof mutualAidOrderPayload>;

/** An account the signed-in member may draw on, in 共济顺序 (certificate number masked). */
export const mutualAidHolderItem = z.object({
  id: z.number().int(),
  /** 共济顺序: 1 is used first */
  drawOrder: z.number().int(),
  /** the member's relation to the holder, as the holder declared it */
  relation: z.string(),
  holderName: z.string(),
  certType: z.string(),
  certNo: z.string(),
  effectiveFrom: z.string(),
});
export type MutualAidHolderItem = z.infer<typeof mutualAidHolderItem>;

/** GET /api/me/mutual-aid/holders: the accounts the member draws on, in order. */
export const mutualAidHoldersReply = z.object({
  items: z.array(mutualAidHolderItem),
  effectiveFrom: z.string(),
});
export type MutualAidHoldersReply = z.infer<typeof mutualAidHoldersReply>;
