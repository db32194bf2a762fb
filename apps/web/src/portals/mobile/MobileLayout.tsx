import type { ReactNode } from 'react';
import { NavBar, Switch, TabBar } from 'antd-mobile';
import { HomeOutlined, UserOutlined } from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router';
import { useElder } from '../../shared/elder';
import { normalizePath } from '../menu';

export const MOBILE_HOME = '/m';
const tabs = [
  { key: MOBILE_HOME, title: '首页', icon: <HomeOutlined /> },
  { key: '/m/mine', title: '我的', icon: <UserOutlined /> },
];

/** The 长者模式 switch of the mobile header. */
function MobileElderSwitch() {
  const { elder, setElder } = useElder();
  return (
    <label className="m-elder-switch">
      <span>长者模式</span>
      <Switch checked={elder} onChange={setElder} aria-label="长者模式（适老化）" />
    </label>
  );
}

/** 智慧医保: a phone-sized column with the NavBar on top and 首页 / 我的 below. */
export function MobileLayout({ children }: { children: ReactNode }) {
  const location = useLocation();
  const navigate = useNavigate();
  const path = normalizePath(location.pathname);
  const active = tabs.some((t) => t.key === path) ? path : null;

  return (
    <div className="m-shell">
      <div className="m-app">
        <NavBar className="m-navbar" backIcon={false} right={<MobileElderSwitch />}>
          智慧医保
        </NavBar>
        <main className="m-body">{children}</main>
        <TabBar className="m-tabbar" activeKey={active} onChange={(key) => void navigate(key)}>
          {tabs.map((t) => (
            <TabBar.Item key={t.key} icon={t.icon} title={t.title} />
          ))}
        </TabBar>
      </div>
    </div>
  );
}
