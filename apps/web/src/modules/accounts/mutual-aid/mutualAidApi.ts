import { useQuery } from '@tanstack/react-query';
import {
  MUTUAL_AID_MAINTENANCE,
  MUTUAL_AID_ORDER,
  type ApplicationDetail,
  type MutualAidHoldersReply,
  type MutualAidMaintenancePayload,
  type MutualAidMemberCheckBody,
  type MutualAidMemberCheckReply,
  type MutualAidMembersReply,
} from '@yibao/contracts';
import { api } from '../../../shared/api';
import { applicationApi } from '../../applications/shared';

export const MUTUAL_AID_MEMBERS_KEY = ['me', 'mutual-aid', 'members'] as const;
export const MUTUAL_AID_HOLDERS_KEY = ['me', 'mutual-aid', 'holders'] as const;

/** GET /api/me/mutual-aid/members: the holder's 共济对象; 403 for a person without an account. */
export function useMutualAidMembers() {
  return useQuery({
    queryKey: MUTUAL_AID_MEMBERS_KEY,
    queryFn: () => api.get<MutualAidMembersReply>('/api/me/mutual-aid/members'),
    retry: false,
  });
}

/** GET /api/me/mutual-aid/holders: the accounts the signed-in member may use, in order. */
export function useMutualAidHolders() {
  return useQuery({
    queryKey: MUTUAL_AID_HOLDERS_KEY,
    queryFn: () => api.get<MutualAidHoldersReply>('/api/me/mutual-aid/holders'),
    retry: false,
  });
}

/** 【下一步】 of 添加共济对象: the server's rules for one 共济对象. */
export const checkMember = (body: MutualAidMemberCheckBody) =>
  api.post<MutualAidMemberCheckReply>('/api/me/mutual-aid/members/check', body);

/** 【提交】 of P15: the adds and deletes as one 办件 (系统自助审核). */
export const submitMaintenance = (
  payload: MutualAidMaintenancePayload,
): Promise<ApplicationDetail> =>
  applicationApi.submit({
    businessCode: MUTUAL_AID_MAINTENANCE,
    channel: 'personal',
    payload,
    materialIds: [],
    paperItems: [],
  });

/** 【提交】 of P16: the accounts' ids in the new 共济顺序. */
export const submitOrder = (order: number[]): Promise<ApplicationDetail> =>
  applicationApi.submit({
    businessCode: MUTUAL_AID_ORDER,
    channel: 'personal',
    payload: { agree: true, order },
    materialIds: [],
    paperItems: [],
  });
