import { Route, Routes } from 'react-router';
import {
  MobileConsumption,
  MobileConsumptionDetail,
} from '../../modules/accounts/mobile/MobileConsumptionPages';
import MobileApplicationDetailPage from '../../modules/applications/applicant/MobileApplicationDetailPage';
import MobileApplicationsPage from '../../modules/applications/applicant/MobileApplicationsPage';
import EvoucherPage from '../../modules/auth/mobile/EvoucherPage';
import EvoucherPasswordPage from '../../modules/auth/mobile/EvoucherPasswordPage';
import MobileLoginPage from '../../modules/auth/mobile/MobileLoginPage';
import MobileRealNamePage from '../../modules/auth/mobile/MobileRealNamePage';
import MobileRegisterPage from '../../modules/auth/mobile/MobileRegisterPage';
import MobileResetPasswordPage from '../../modules/auth/mobile/MobileResetPasswordPage';
import QrConfirmPage from '../../modules/auth/mobile/QrConfirmPage';
import { RequireMobileSignIn } from '../../modules/auth/mobile/RequireMobileSignIn';
import MobileContributionsPage from '../../modules/registry/mobile/MobileContributionsPage';
import MobileEnrolmentInfoPage from '../../modules/registry/mobile/MobileEnrolmentInfoPage';
import { RequireMobileVerified } from '../../modules/registry/mobile/RequireMobileVerified';
import NotFoundPage from '../NotFoundPage';
import { MOBILE_HOME, MobileLayout } from './MobileLayout';
import MobileHome from './MobileHome';
import MobileMine from './MobileMine';

/**
 * 智慧医保 (guide 003) under /m/: 首页 and 我的; 登录, 注册, 重置密码; 实名认证 and 医保电子凭证 for a
 * signed-in person; 我办理的业务 and its 办件进度; 查询服务's 参保信息 and 缴费信息; and the
 * confirmation of the portal's 扫码登录.
 */
export default function MobilePortal() {
  return (
    <MobileLayout>
      <Routes>
        <Route index element={<MobileHome />} />
        <Route path="mine" element={<MobileMine />} />
        <Route path="login" element={<MobileLoginPage />} />
        <Route path="register" element={<MobileRegisterPage />} />
        <Route path="reset-password" element={<MobileResetPasswordPage />} />
        <Route
          path="real-name"
          element={
            <RequireMobileSignIn>
              <MobileRealNamePage />
            </RequireMobileSignIn>
          }
        />
        <Route
          path="evoucher"
          element={
            <RequireMobileSignIn>
              <EvoucherPage />
            </RequireMobileSignIn>
          }
        />
        <Route
          path="evoucher/password"
          element={
            <RequireMobileSignIn>
              <EvoucherPasswordPage />
            </RequireMobileSignIn>
          }
        />
        <Route
          path="applications"
          element={
            <RequireMobileSignIn>
              <MobileApplicationsPage />
            </RequireMobileSignIn>
          }
        />
        <Route
          path="applications/:id"
          element={
            <RequireMobileSignIn>
              <MobileApplicationDetailPage />
            </RequireMobileSignIn>
          }
        />
        <Route
          path="enrolment-info"
          element={
            <RequireMobileVerified>
              <MobileEnrolmentInfoPage />
            </RequireMobileVerified>
          }
        />
        <Route
          path="contributions"
          element={
            <RequireMobileVerified>
              <MobileContributionsPage />
            </RequireMobileVerified>
          }
        />
        <Route
          path="consumption"
          element={
            <RequireMobileVerified>
              <MobileConsumption />
            </RequireMobileVerified>
          }
        />
        <Route
          path="consumption/:id"
          element={
            <RequireMobileVerified>
              <MobileConsumptionDetail />
            </RequireMobileVerified>
          }
        />
        <Route path="qr/:ticket" element={<QrConfirmPage />} />
        <Route path="*" element={<NotFoundPage home={`${MOBILE_HOME}/`} />} />
      </Routes>
    </MobileLayout>
  );
}
