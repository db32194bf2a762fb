import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from './session';

/** Sends a visitor without the right session to the sign-in page, then back here. */
export function RequireSignIn({
  actorType,
  loginPath,
  children,
}: {
  actorType: string;
  loginPath: string;
  children: ReactNode;
}) {
  const { session, loading } = useSession();
  const location = useLocation();
  if (loading) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (session?.actorType !== actorType) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`${loginPath}?next=${next}`} replace />;
  }
  return children;
}
