import { Route, Routes } from 'react-router';
import NotFoundPage from '../NotFoundPage';
import { MOBILE_HOME, MobileLayout } from './MobileLayout';
import MobileHome from './MobileHome';
import MobileMine from './MobileMine';

/** 智慧医保 (guide 003) under /m/. */
export default function MobilePortal() {
  return (
    <MobileLayout>
      <Routes>
        <Route index element={<MobileHome />} />
        <Route path="mine" element={<MobileMine />} />
        <Route path="*" element={<NotFoundPage home={`${MOBILE_HOME}/`} />} />
      </Routes>
    </MobileLayout>
  );
}
