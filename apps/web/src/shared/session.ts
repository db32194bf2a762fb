import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionReply } from '@yibao/contracts';
import { api } from './api';

/** The signed-in actor as `GET /api/session` answers it. */
export type Session = SessionReply;

export const SESSION_KEY = ['session'] as const;

/** The session, or null when nobody is signed in (any error, 401 and 404 included). */
export function useSession() {
  const query = useQuery({
    queryKey: SESSION_KEY,
    queryFn: async (): Promise<Session | null> => {
      try {
        const session = await api.get<Session | null>('/api/session');
        return session && typeof session === 'object' ? session : null;
      } catch {
        return null;
      }
    },
    retry: false,
    staleTime: 60_000,
  });
  return { session: query.data ?? null, loading: query.isPending };
}

/** Whether the signed-in staff member holds a right (the server checks it again). */
export function hasRight(session: Session | null, right: string): boolean {
  return !!session && (session.rights.includes('*') || session.rights.includes(right));
}

export function sessionName(session: Session): string {
  return session.name || '已登录';
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<unknown>('/api/session/logout'),
    onSuccess: () => {
      client.setQueryData(SESSION_KEY, null);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
    },
  });
}
