import { Route, Routes } from 'react-router';
import AuditLogPage from '../../modules/audit/AuditLogPage';
import JobsPage from '../../modules/jobs/JobsPage';
import NotFoundPage from '../NotFoundPage';
import { PortalLayout } from '../PortalLayout';
import { windowPortal } from './menu';
import WindowHome from './WindowHome';

/** 综窗经办 under /window. */
export default function WindowPortal() {
  return (
    <PortalLayout portal={windowPortal}>
      <Routes>
        <Route index element={<WindowHome />} />
        <Route path="audit" element={<AuditLogPage />} />
        <Route path="jobs" element={<JobsPage />} />
        <Route path="*" element={<NotFoundPage home={windowPortal.home} />} />
      </Routes>
    </PortalLayout>
  );
}
