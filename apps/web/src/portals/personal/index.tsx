import { Route, Routes } from 'react-router';
import ForgotPasswordPage from '../../modules/auth/person/ForgotPasswordPage';
import PersonLoginPage from '../../modules/auth/person/PersonLoginPage';
import PersonRegisterPage from '../../modules/auth/person/PersonRegisterPage';
import QrLoginPage from '../../modules/auth/person/QrLoginPage';
import RealNamePage from '../../modules/auth/person/RealNamePage';
import { RequireSignIn } from '../../shared/RequireSignIn';
import NotFoundPage from '../NotFoundPage';
import { PortalLayout } from '../PortalLayout';
import { personalPortal } from './menu';
import PersonalHome from './PersonalHome';

/**
 * 个人网厅 under /personal. 注册, 登录, 忘记密码 and 实名认证 have their own frame outside the
 * portal shell; 实名认证 needs a signed-in person.
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
              <Route path="*" element={<NotFoundPage home={personalPortal.home} />} />
            </Routes>
          </PortalLayout>
        }
      />
    </Routes>
  );
}
