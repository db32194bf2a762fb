import type { ReactNode } from 'react';
import { SpinLoading } from 'antd-mobile';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../../../shared/session';
import { M_LOGIN, withNext } from './forms';

/** A page of a signed-in person: anyone else goes to 登录 and comes back here after. */
export function RequireMobileSignIn({ children }: { children: ReactNode }) {
  const { session, loading } = useSession();
  const location = useLocation();
  if (loading) return <PageLoading />;
  if (session?.actorType !== 'person') {
    return <Navigate to={withNext(M_LOGIN, location.pathname + location.search)} replace />;
  }
  return children;
}

/** The spinner of a page that waits for its data. */
export function PageLoading() {
  return (
    <div className="m-loading" role="status" aria-label="加载中">
      <SpinLoading color="primary" />
    </div>
  );
}
