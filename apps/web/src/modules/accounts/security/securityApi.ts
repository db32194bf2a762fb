import { useQuery } from '@tanstack/react-query';
import type {
  AccountPasswordBody,
  AccountSecurityReply,
  AccountSmsPurpose,
  PaymentSettingsBody,
} from '@yibao/contracts';
import { api } from '../../../shared/api';

export const ACCOUNT_SECURITY_KEY = 'account-security';
const BASE = '/api/me/account-security';

/** 参保人员申报信息 and the account's current password and payment settings. */
export const useAccountSecurity = () =>
  useQuery({
    queryKey: [ACCOUNT_SECURITY_KEY],
    queryFn: () => api.get<AccountSecurityReply>(BASE),
    // a 404 (no personal account) is an answer, not a hiccup to retry
    retry: false,
  });

export const accountSecurityApi = {
  smsUrl: `${BASE}/sms`,
  smsBody: (purpose: AccountSmsPurpose) => ({ purpose }),
  changePassword: (body: AccountPasswordBody) => api.post<{ ok: true }>(`${BASE}/password`, body),
  savePayment: (body: PaymentSettingsBody) => api.post<{ ok: true }>(`${BASE}/payment`, body),
};
