import { Route, Routes } from 'react-router';
import NotFoundPage from '../NotFoundPage';
import { PortalLayout } from '../PortalLayout';
import { personalPortal } from './menu';
import PersonalHome from './PersonalHome';

/** 个人网厅 under /personal. */
export default function PersonalPortal() {
  return (
    <PortalLayout portal={personalPortal}>
      <Routes>
        <Route index element={<PersonalHome />} />
        <Route path="*" element={<NotFoundPage home={personalPortal.home} />} />
      </Routes>
    </PortalLayout>
  );
}
