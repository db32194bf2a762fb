import { Route, Routes } from 'react-router';
import ApiKeysPage from '../../modules/accounts/institution/ApiKeysPage';
import { U_API_KEYS, U_SETTLEMENT_GUIDE } from '../../modules/accounts/institution/paths';
import SettlementGuidePage from '../../modules/accounts/institution/SettlementGuidePage';
import UnitLoginPage from '../../modules/auth/unit/UnitLoginPage';
import UnitRegisterPage from '../../modules/auth/unit/UnitRegisterPage';
import { UnitApplications } from '../../modules/applications/applicant/UnitPages';
import FlexibleAdditionPage from '../../modules/registry/unit/FlexibleAdditionPage';
import FlexibleContributionsPage from '../../modules/registry/unit/FlexibleContributionsPage';
import FlexibleEnrolmentPage from '../../modules/registry/unit/FlexibleEnrolmentPage';
import FlexibleHospitalChangePage from '../../modules/registry/unit/FlexibleHospitalChangePage';
import FlexibleInfoChangePage from '../../modules/registry/unit/FlexibleInfoChangePage';
import FlexiblePersonsPage from '../../modules/registry/unit/FlexiblePersonsPage';
import FlexibleReductionPage from '../../modules/registry/unit/FlexibleReductionPage';
import {
  U_FLEX_ADDITION,
  U_FLEX_CONTRIBUTIONS,
  U_FLEX_ENROLMENT,
  U_FLEX_HOSPITAL,
  U_FLEX_INFO,
  U_FLEX_PERSONS,
  U_FLEX_REDUCTION,
} from '../../modules/registry/unit/paths';
import { RequireSignIn } from '../../shared/RequireSignIn';
import NotFoundPage from '../NotFoundPage';
import { PortalLayout } from '../PortalLayout';
import { unitPortal } from './menu';
import UnitHome from './UnitHome';

/** A page's path under /unit, as the nested routes name it. */
const sub = (path: string) => path.replace(/^\/unit\//, '');

/**
 * 单位网厅 under /unit. 单位登录 and 单位经办人注册 have their own frame outside the portal shell;
 * every other page needs a unit operator's session (a personal account does not open it). The
 * flexible-employment agency's 网上经办 and 业务查询 (001 §一) check the unit themselves.
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
                <Route path={sub(U_FLEX_ENROLMENT)} element={<FlexibleEnrolmentPage />} />
                <Route path={sub(U_FLEX_ADDITION)} element={<FlexibleAdditionPage />} />
                <Route path={sub(U_FLEX_REDUCTION)} element={<FlexibleReductionPage />} />
                <Route path={sub(U_FLEX_HOSPITAL)} element={<FlexibleHospitalChangePage />} />
                <Route path={sub(U_FLEX_INFO)} element={<FlexibleInfoChangePage />} />
                <Route path={sub(U_FLEX_PERSONS)} element={<FlexiblePersonsPage />} />
                <Route path={sub(U_FLEX_CONTRIBUTIONS)} element={<FlexibleContributionsPage />} />
                <Route path={sub(U_API_KEYS)} element={<ApiKeysPage />} />
                <Route path={sub(U_SETTLEMENT_GUIDE)} element={<SettlementGuidePage />} />
                <Route path="*" element={<NotFoundPage home={unitPortal.home} />} />
              </Routes>
            </PortalLayout>
          </RequireSignIn>
        }
      />
    </Routes>
  );
}
