import { Route, Routes } from 'react-router';
import NotFoundPage from '../NotFoundPage';
import { PortalLayout } from '../PortalLayout';
import { unitPortal } from './menu';
import UnitHome from './UnitHome';

/** 单位网厅 under /unit. */
export default function UnitPortal() {
  return (
    <PortalLayout portal={unitPortal}>
      <Routes>
        <Route index element={<UnitHome />} />
        <Route path="*" element={<NotFoundPage home={unitPortal.home} />} />
      </Routes>
    </PortalLayout>
  );
}
