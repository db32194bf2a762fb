import { useQuery } from '@tanstack/react-query';
import type { SecurityReply } from '@yibao/contracts';
import { api } from '../../../../shared/api';

/** The pages of 个人中心 (004 §三.3). */
export const CENTRE = '/personal/centre';
export const CENTRE_PASSWORD = '/personal/centre/password';
export const CENTRE_PHONE = '/personal/centre/phone';
export const CENTRE_CANCEL = '/personal/centre/cancel';

/** Query keys of the signed-in person's own data; all of them go when the account changes. */
export const ME_KEY = 'me';
export const SECURITY_KEY = [ME_KEY, 'security'] as const;
export const MESSAGES_KEY = [ME_KEY, 'messages'] as const;

/** 安全级别: the bound phone (masked) and the real-name state of the account. */
export function useSecurity() {
  return useQuery({
    queryKey: SECURITY_KEY,
    queryFn: () => api.get<SecurityReply>('/api/me/security'),
  });
}

const methodLabels: Record<string, string> = {
  phone: '通过手机号认证',
  'evoucher-qr': '通过电子医保凭证扫码认证',
  evoucher: '通过医保电子凭证密码认证',
  'ss-card': '通过社会保障卡认证',
  sso: '通过北京市统一身份认证平台认证',
};

/** How the account's real-name verification was done, in words. */
export function realNameMethodLabel(method: string | null): string {
  return method ? (methodLabels[method] ?? '已认证') : '';
}
