import { useQuery } from '@tanstack/react-query';
import type { EvoucherReply } from '@yibao/contracts';
import { api } from '../../../shared/api';
import { useSession } from '../../../shared/session';

export const EVOUCHER_KEY = ['evoucher'] as const;

/**
 * 医保电子凭证 of the signed-in person (`GET /api/evoucher`); asked only once the person has
 * done 实名认证, since the e-voucher belongs to an insured person.
 */
export function useEvoucher() {
  const { session } = useSession();
  const verified = session?.actorType === 'person' && session.realNameVerified;
  const query = useQuery({
    queryKey: [...EVOUCHER_KEY, session?.id ?? ''],
    queryFn: () => api.get<EvoucherReply>('/api/evoucher'),
    enabled: verified,
    staleTime: 30_000,
  });
  return { ...query, verified };
}
