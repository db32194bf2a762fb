import { lazy, Suspense, useState } from 'react';
import { App as AntdApp, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ApiError } from './shared/api';
import { antdTheme, ElderProvider, useElder } from './shared/elder';
import LandingPage from './portals/LandingPage';
import NotFoundPage from './portals/NotFoundPage';

const PersonalPortal = lazy(() => import('./portals/personal'));
const UnitPortal = lazy(() => import('./portals/unit'));
const WindowPortal = lazy(() => import('./portals/window'));
const MobilePortal = lazy(() => import('./portals/mobile'));
const VerifyCertificatePage = lazy(() => import('./modules/registry/public/VerifyCertificatePage'));

function newQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx will not change by asking again; a network error or 5xx may.
        retry: (count, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}

function Themed() {
  const { elder } = useElder();
  return (
    <ConfigProvider locale={zhCN} theme={antdTheme(elder)}>
      <AntdApp>
        <BrowserRouter>
          <Suspense
            fallback={
              <div className="page-loading">
                <Spin size="large" />
              </div>
            }
          >
            <Routes>
              <Route path="/" element={<LandingPage />} />
              <Route path="/personal/*" element={<PersonalPortal />} />
              <Route path="/unit/*" element={<UnitPortal />} />
              <Route path="/window/*" element={<WindowPortal />} />
              <Route path="/m/*" element={<MobilePortal />} />
              <Route path="/verify-certificate" element={<VerifyCertificatePage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </Suspense>
        </BrowserRouter>
      </AntdApp>
    </ConfigProvider>
  );
}

export function App() {
  const [client] = useState(newQueryClient);
  return (
    <QueryClientProvider client={client}>
      <ElderProvider>
        <Themed />
      </ElderProvider>
    </QueryClientProvider>
  );
}
