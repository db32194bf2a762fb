import type { ReactNode } from 'react';
import { ErrorBlock } from 'antd-mobile';
import { useSession } from '../../../shared/session';
import { M_REAL_NAME } from '../../auth/mobile/forms';
import { LinkButtonMobile } from '../../auth/mobile/LinkButtonMobile';
import { RequireMobileSignIn } from '../../auth/mobile/RequireMobileSignIn';

/** A 查询服务 page: a signed-in person who has completed 实名认证 (the data is theirs alone). */
export function RequireMobileVerified({ children }: { children: ReactNode }) {
  const { session } = useSession();
  return (
    <RequireMobileSignIn>
      {session?.realNameVerified ? (
        children
      ) : (
        <div className="m-query-unverified">
          <ErrorBlock
            status="default"
            title="您尚未完成实名认证"
            description="实名认证后方可查询本人的参保和缴费信息"
          />
          <div className="m-actions">
            <LinkButtonMobile to={M_REAL_NAME} color="primary">
              去实名认证
            </LinkButtonMobile>
          </div>
        </div>
      )}
    </RequireMobileSignIn>
  );
}
