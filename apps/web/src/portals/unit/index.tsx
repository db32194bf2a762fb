import { Route, Routes } from 'react-router';
import UnitLoginPage from '../../modules/auth/unit/UnitLoginPage';
import UnitRegisterPage from '../../modules/auth/unit/UnitRegisterPage';
import { UnitApplications } from '../../modules/applications/applicant/UnitPages';
import { RequireSignIn } from '../../shared/RequireSignIn';
import NotFoundPage from '../NotFoundPage';
import { PortalLayout } from '../PortalLayout';
import { unitPortal } from './menu';
import UnitHome from './UnitHome';

/**
 * 单位网厅 under /unit. 单位登录 and 单位经办人注册 have their own frame outside the portal shell;
 * every other page needs a unit operator's session (a personal account does not open it).
 */
export default function UnitPortal() {
  return (
    <Routes>
      <Route path="login" element={<UnitLoginPage />} />
      <Route path="register" element={<UnitRegisterPage />} />
      <Route
        path="*"
        element={
          <RequireSignIn
            actorType="unit-operator"
            loginPath={unitPortal.loginPath ?? '/unit/login'}
          >
            <PortalLayout portal={unitPortal}>
              <Routes>
                <Route index element={<UnitHome />} />
                <Route path="applications" element={<UnitApplications />} />
                <Route path="*" element={<NotFoundPage home={unitPortal.home} />} />
              </Routes>
            </PortalLayout>
          </RequireSignIn>
        }
      />
    </Routes>
  );
}
