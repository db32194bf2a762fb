import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './api';

/**
 * The signed-in actor as `GET /api/session` answers it. The sign-in issue fixes the shape;
 * until then only a display name is read, from whichever of these fields it carries.
 */
export interface Session {
  actorType?: string;
  name?: string;
  displayName?: string;
  loginName?: string;
}

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

export function sessionName(session: Session): string {
  return session.name || session.displayName || session.loginName || '已登录';
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
