import { useQuery } from '@tanstack/react-query';
import {
  WITHDRAWAL_KINDS,
  type WithdrawalItem,
  type WithdrawalKind,
  type WithdrawalPerson,
} from '@yibao/contracts';
import { api } from '../../../../shared/api';

/**
 * W26 个人账户清退 at the window: the pages (登记, 审核, 撤销), the API beside the spine's 办件
 * calls, and the kinds' business codes.
 */

export const W_WITHDRAWAL_REGISTER = '/window/account-withdrawal/register';
export const W_WITHDRAWAL_REVIEW = '/window/account-withdrawal/review';
export const W_WITHDRAWAL_REVOKE = '/window/account-withdrawal/revoke';
/** 办事指南 › 窗口受理 opens 登记 with the kind chosen: /register/death, /register/transfer */
export const withdrawalRegisterPath = (kind: WithdrawalKind) => `${W_WITHDRAWAL_REGISTER}/${kind}`;

/** The list endpoint (ServerTable's `url`, and the key its queries refresh by). */
export const WITHDRAWALS_URL = '/api/accounts/withdrawals';
export const WITHDRAWAL_KEY = 'account-withdrawal';

export const businessCodeOf = (kind: WithdrawalKind) =>
  WITHDRAWAL_KINDS.find((k) => k.value === kind)?.businessCode ?? '';
export const kindLabel = (kind: unknown) =>
  WITHDRAWAL_KINDS.find((k) => k.value === kind)?.label ?? '-';
/** 死亡人员清退账户 / 转移人员清退账户 */
export const kindPart = (kind: unknown) =>
  WITHDRAWAL_KINDS.find((k) => k.value === kind)?.part ?? '-';
export const isWithdrawalKind = (v: unknown): v is WithdrawalKind =>
  WITHDRAWAL_KINDS.some((k) => k.value === v);

/** 打印申请表: the filled annex as a PDF, opened in a new tab. */
export const withdrawalFormUrl = (id: number) => `${WITHDRAWALS_URL}/${id}/pdf`;

export const withdrawalApi = {
  person: (certQuery: string) =>
    api.get<WithdrawalPerson>(`/api/accounts/withdrawal-person?${certQuery}`),
  detail: (id: number) => api.get<WithdrawalItem>(`${WITHDRAWALS_URL}/${id}`),
};

/** One registration with its account as it is now (清退前余额, 本次清退, 账户状态). */
export function useWithdrawal(id: number | null) {
  return useQuery({
    queryKey: [WITHDRAWAL_KEY, id ?? 0],
    queryFn: () => withdrawalApi.detail(id ?? 0),
    enabled: id !== null,
    retry: false,
  });
}
