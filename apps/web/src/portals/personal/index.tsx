import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import {
  PersonalMedicalBenefits,
  PersonalMedicalConsumption,
} from '../../modules/accounts/benefits/BenefitsPages';
import {
  PersonalAccountLedger,
  PersonalAccountUseOfOthers,
  PersonalAccountUsedByOthers,
} from '../../modules/accounts/ledger/LedgerPages';
import {
  PersonalMutualAidMembers,
  PersonalMutualAidOrder,
} from '../../modules/accounts/mutual-aid/MutualAidPages';
import {
  PersonalAccountPassword,
  PersonalAccountPayment,
} from '../../modules/accounts/security/AccountSecurityPages';
import CancelAccountPage from '../../modules/auth/person/centre/CancelAccountPage';
import ChangePasswordPage from '../../modules/auth/person/centre/ChangePasswordPage';
import ChangePhonePage from '../../modules/auth/person/centre/ChangePhonePage';
import PersonalCentrePage from '../../modules/auth/person/centre/PersonalCentrePage';
import ForgotPasswordPage from '../../modules/auth/person/ForgotPasswordPage';
import PersonLoginPage from '../../modules/auth/person/PersonLoginPage';
import PersonRegisterPage from '../../modules/auth/person/PersonRegisterPage';
import QrLoginPage from '../../modules/auth/person/QrLoginPage';
import RealNamePage from '../../modules/auth/person/RealNamePage';
import {
  PersonalApplications,
  PersonalPersonInfoChange,
  PersonalResidentEnrolment,
} from '../../modules/applications/applicant/PersonalPages';
import {
  PersonalContributions,
  PersonalRegistrationRights,
  PersonalDesignatedHospitalChange,
  PersonalPersonInfo,
} from '../../modules/registry/personal/PersonalRegistryPages';
import { RequireSignIn } from '../../shared/RequireSignIn';
import NotFoundPage from '../NotFoundPage';
import { PortalLayout } from '../PortalLayout';
import { personalPortal } from './menu';
import PersonalHome from './PersonalHome';

/** 个人中心 and its pages need a signed-in person. */
function SignedIn({ children }: { children: ReactNode }) {
  return (
    <RequireSignIn actorType="person" loginPath={personalPortal.loginPath ?? '/personal/login'}>
      {children}
    </RequireSignIn>
  );
}

/**
 * 个人网厅 under /personal. 注册, 登录, 忘记密码 and 实名认证 have their own frame outside the
 * portal shell; 实名认证 needs a signed-in person. 个人公服账户注销 checks the session itself: its
 * last step stays on screen after the account, and the session with it, has gone.
 */
export default function PersonalPortal() {
  return (
    <Routes>
      <Route path="login" element={<PersonLoginPage />} />
      <Route path="register" element={<PersonRegisterPage />} />
      <Route path="forgot-password" element={<ForgotPasswordPage />} />
      <Route path="qr-login" element={<QrLoginPage />} />
      <Route
        path="real-name"
        element={
          <RequireSignIn actorType="person" loginPath="/personal/login">
            <RealNamePage />
          </RequireSignIn>
        }
      />
      <Route
        path="*"
        element={
          <PortalLayout portal={personalPortal}>
            <Routes>
              <Route index element={<PersonalHome />} />
              <Route
                path="centre"
                element={
                  <SignedIn>
                    <PersonalCentrePage />
                  </SignedIn>
                }
              />
              <Route
                path="centre/password"
                element={
                  <SignedIn>
                    <ChangePasswordPage />
                  </SignedIn>
                }
              />
              <Route
                path="centre/phone"
                element={
                  <SignedIn>
                    <ChangePhonePage />
                  </SignedIn>
                }
              />
              <Route path="centre/cancel" element={<CancelAccountPage />} />
              <Route path="person-info-change" element={<PersonalPersonInfoChange />} />
              <Route
                path="designated-hospital-change"
                element={<PersonalDesignatedHospitalChange />}
              />
              <Route path="resident-enrolment" element={<PersonalResidentEnrolment />} />
              <Route path="person-info" element={<PersonalPersonInfo />} />
              <Route path="contributions" element={<PersonalContributions />} />
              <Route path="registration-rights" element={<PersonalRegistrationRights />} />
              <Route path="applications" element={<PersonalApplications />} />
              <Route path="mutual-aid" element={<PersonalMutualAidMembers />} />
              <Route path="mutual-aid-order" element={<PersonalMutualAidOrder />} />
              <Route path="account-password" element={<PersonalAccountPassword />} />
              <Route path="account-payment" element={<PersonalAccountPayment />} />
              <Route path="account-ledger" element={<PersonalAccountLedger />} />
              <Route path="account-used-by-others" element={<PersonalAccountUsedByOthers />} />
              <Route path="account-use-of-others" element={<PersonalAccountUseOfOthers />} />
              <Route path="medical-benefits" element={<PersonalMedicalBenefits />} />
              <Route path="medical-consumption" element={<PersonalMedicalConsumption />} />
              <Route path="*" element={<NotFoundPage home={personalPortal.home} />} />
            </Routes>
          </PortalLayout>
        }
      />
    </Routes>
  );
}
