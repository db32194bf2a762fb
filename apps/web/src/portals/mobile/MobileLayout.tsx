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

/**
 * 智慧医保: a phone-sized column with the NavBar on top. 首页 and 我的 carry the TabBar below;
 * every other page (登录, 注册, 实名认证 …) has a back arrow instead.
 */
export function MobileLayout({ children }: { children: ReactNode }) {
  const location = useLocation();
  const navigate = useNavigate();
  const path = normalizePath(location.pathname);
  const active = tabs.some((t) => t.key === path) ? path : null;
  // opened from a link or a scanned code, there is no page of ours to go back to
  const back = () => void (location.key === 'default' ? navigate(`${MOBILE_HOME}/`) : navigate(-1));

  return (
    <div className="m-shell">
      <div className="m-app">
        <NavBar
          className="m-navbar"
          back={active ? null : '返回'}
          backIcon={!active}
          onBack={back}
          right={<MobileElderSwitch />}
        >
          智慧医保
        </NavBar>
        <main className="m-body">{children}</main>
        {active && (
          <TabBar className="m-tabbar" activeKey={active} onChange={(key) => void navigate(key)}>
            {tabs.map((t) => (
              <TabBar.Item key={t.key} icon={t.icon} title={t.title} />
            ))}
          </TabBar>
        )}
      </div>
    </div>
  );
}
