import { Route, Routes } from 'react-router';
import AuditLogPage from '../../modules/audit/AuditLogPage';
import StaffLoginPage from '../../modules/auth/StaffLoginPage';
import CalendarPage from '../../modules/calendar/CalendarPage';
import JobsPage from '../../modules/jobs/JobsPage';
import { RequireSignIn } from '../../shared/RequireSignIn';
import NotFoundPage from '../NotFoundPage';
import { PortalLayout } from '../PortalLayout';
import { windowPortal } from './menu';
import WindowHome from './WindowHome';

const staffOnly = (page: React.ReactNode) => (
  <RequireSignIn actorType="staff" loginPath="/window/login">
    {page}
  </RequireSignIn>
);

/** 综窗经办 under /window; every page but the home and sign-in needs a staff session. */
export default function WindowPortal() {
  return (
    <Routes>
      <Route path="login" element={<StaffLoginPage />} />
      <Route
        path="*"
        element={
          <PortalLayout portal={windowPortal}>
            <Routes>
              <Route index element={<WindowHome />} />
              <Route path="audit" element={staffOnly(<AuditLogPage />)} />
              <Route path="jobs" element={staffOnly(<JobsPage />)} />
              <Route path="calendar" element={staffOnly(<CalendarPage />)} />
              <Route path="*" element={<NotFoundPage home={windowPortal.home} />} />
            </Routes>
          </PortalLayout>
        }
      />
    </Routes>
  );
}
