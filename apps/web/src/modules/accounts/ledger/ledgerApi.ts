import { useCallback, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type {
  AccountUsePersonsReply,
  LedgerMovementDetail,
  LedgerSummaryReply,
} from '@yibao/contracts';
import { api } from '../../../shared/api';

/** The ledger's endpoints as the person's pages call them. */
export const LEDGER_URL = '/api/me/account-ledger';
export const MOVEMENTS_URL = `${LEDGER_URL}/movements`;
export const movementUrl = (id: number) => `${MOVEMENTS_URL}/${id}`;

/** P36 (others on my account) and P37 (me on others'). */
export type UseMode = 'usedByOthers' | 'useOfOthers';
export const USE_URLS: Record<UseMode, string> = {
  usedByOthers: `${LEDGER_URL}/used-by-others`,
  useOfOthers: `${LEDGER_URL}/use-of-others`,
};

/** 个人账户余额 */
export const useLedgerSummary = () =>
  useQuery({
    queryKey: ['account-ledger', 'summary'],
    queryFn: () => api.get<LedgerSummaryReply>(LEDGER_URL),
    retry: false,
  });

/** 详情 of one movement, fetched when the drawer opens. */
export const useMovementDetail = (id: number | null) =>
  useQuery({
    queryKey: ['account-ledger', 'movement', id],
    queryFn: () => api.get<LedgerMovementDetail>(movementUrl(id ?? 0)),
    enabled: id !== null,
    retry: false,
  });

/** 使用人 (P36) / 账户所有人 (P37) for the select. */
export const useUseParties = (mode: UseMode) =>
  useQuery({
    queryKey: ['account-ledger', mode, 'persons'],
    queryFn: () => api.get<AccountUsePersonsReply>(`${USE_URLS[mode]}/persons`),
    retry: false,
  });

export const HIDE_AMOUNTS_KEY = 'yibao.hideAmounts';

function readHidden(): boolean {
  try {
    return window.localStorage.getItem(HIDE_AMOUNTS_KEY) === '1';
  } catch {
    return false;
  }
}

/** 【隐藏金额】: whether amounts show as ****, remembered in this browser. */
export function useHiddenAmounts() {
  const [hidden, setHidden] = useState(readHidden);
  const toggle = useCallback(() => {
    setHidden((was) => {
      try {
        window.localStorage.setItem(HIDE_AMOUNTS_KEY, was ? '0' : '1');
      } catch {
        // private mode without storage: the switch still works on this page
      }
      return !was;
    });
  }, []);
  return { hidden, toggle };
}
