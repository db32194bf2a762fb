import type { ReactNode } from 'react';
import { Alert } from 'antd';
import { LinkButton } from '../../../shared/LinkButton';
import { RequireSignIn } from '../../../shared/RequireSignIn';
import { useSession } from '../../../shared/session';
import ApplicationProgressPage from './ApplicationProgressPage';
import { PERSONAL_RESUBMIT_PATHS } from './paths';
import PersonInfoChangePage from './PersonInfoChangePage';
import ResidentEnrolmentPage from './ResidentEnrolmentPage';

/** A page of 我要办 / 我要查: a signed-in person who has completed 实名认证. */
export function RequireVerifiedPerson({ children }: { children: ReactNode }) {
  const { session } = useSession();
  return (
    <RequireSignIn actorType="person" loginPath="/personal/login">
      {session?.realNameVerified ? (
        children
      ) : (
        <Alert
          type="warning"
          showIcon
          title="您尚未完成实名认证"
          description="实名认证后方可办理本人医保业务，请点击【立即认证】按钮进入实名认证页面。"
          action={
            <LinkButton to="/personal/real-name" type="primary">
              立即认证
            </LinkButton>
          }
        />
      )}
    </RequireSignIn>
  );
}

/** 我要办 › 职工个人基本信息变更 (P10). */
export function PersonalPersonInfoChange() {
  return (
    <RequireVerifiedPerson>
      <PersonInfoChangePage />
    </RequireVerifiedPerson>
  );
}

/** 我要办 › 居民参保登记 (P21). */
export function PersonalResidentEnrolment() {
  return (
    <RequireVerifiedPerson>
      <ResidentEnrolmentPage />
    </RequireVerifiedPerson>
  );
}

/** 我要查 › 办件进度查询 (P38). */
export function PersonalApplications() {
  return (
    <RequireVerifiedPerson>
      <ApplicationProgressPage channel="personal" resubmitPaths={PERSONAL_RESUBMIT_PATHS} />
    </RequireVerifiedPerson>
  );
}
