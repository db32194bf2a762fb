import { useState } from 'react';
import type { ReactNode } from 'react';
import { Breadcrumb, Layout, Menu, Tabs } from 'antd';
import type { MenuProps } from 'antd';
import { HomeOutlined } from '@ant-design/icons';
import { Link, useLocation, useNavigate } from 'react-router';
import { ElderSwitch } from '../shared/elder';
import { UserArea } from './UserArea';
import { findLeaf, findParentLeaf, isGroup, normalizePath } from './menu';
import type { MenuEntry, PortalDef } from './menu';

const PLATFORM_NAME = '医保公共服务平台';

function menuItems(menu: MenuEntry[]): NonNullable<MenuProps['items']> {
  return menu.map((entry) =>
    isGroup(entry)
      ? {
          key: entry.key,
          label: entry.label,
          icon: entry.icon,
          children: entry.children.map((leaf) => ({ key: leaf.path, label: leaf.label })),
        }
      : { key: entry.path, label: entry.label, icon: entry.icon },
  );
}

/**
 * The frame of the personal, unit and window portals: header (platform and portal name,
 * 长者模式, user area), the left menu, the strip of open pages (首页 stays) and breadcrumbs.
 */
export function PortalLayout({ portal, children }: { portal: PortalDef; children: ReactNode }) {
  const location = useLocation();
  const navigate = useNavigate();
  const path = normalizePath(location.pathname);
  const current = findLeaf(portal.menu, path);

  // Open pages, in the order they were opened. Arriving at a menu page opens its tab (once
  // per arrival: closing the current tab must not reopen it before the navigation lands).
  const [tabs, setTabs] = useState<string[]>([portal.home]);
  const [arrivedAt, setArrivedAt] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState(false);
  if (arrivedAt !== path) {
    setArrivedAt(path);
    if (current && !tabs.includes(current.leaf.path)) setTabs([...tabs, current.leaf.path]);
  }

  const closeTab = (key: string) => {
    if (key === portal.home) return;
    const index = tabs.indexOf(key);
    const rest = tabs.filter((t) => t !== key);
    setTabs(rest);
    if (key === path) void navigate(rest[Math.max(0, index - 1)] ?? portal.home);
  };

  const groupKeys = portal.menu.filter(isGroup).map((g) => g.key);
  const crumbs = [{ title: <Link to={portal.home}>首页</Link>, key: 'home' }];
  const parent = current ? undefined : findParentLeaf(portal.menu, path, portal.home);
  if (current && current.leaf.path !== portal.home) {
    if (current.group) crumbs.push({ title: <span>{current.group.label}</span>, key: 'group' });
    crumbs.push({ title: <span>{current.leaf.label}</span>, key: 'page' });
  } else if (parent) {
    if (parent.group) crumbs.push({ title: <span>{parent.group.label}</span>, key: 'group' });
    crumbs.push({ title: <Link to={parent.leaf.path}>{parent.leaf.label}</Link>, key: 'parent' });
    crumbs.push({ title: <span>详情</span>, key: 'page' });
  }

  return (
    <Layout className="portal">
      <Layout.Header className="portal-header">
        <Link to={portal.home} className="portal-brand">
          <span className="portal-platform">{PLATFORM_NAME}</span>
          <span className="portal-name">{portal.name}</span>
        </Link>
        <div className="portal-header-right">
          <Link to="/" className="header-link">
            返回门户首页
          </Link>
          <ElderSwitch dark />
          <UserArea loginPath={portal.loginPath} />
        </div>
      </Layout.Header>
      <Layout>
        <Layout.Sider
          className="portal-sider"
          theme="light"
          width={220}
          breakpoint="lg"
          collapsedWidth={0}
          onCollapse={setCollapsed}
        >
          <nav aria-label={`${portal.name}菜单`}>
            <Menu
              // groups appear once the session's rights are known: open those too (folded
              // away while the menu is collapsed, where an open group would float as a popup)
              key={collapsed ? 'collapsed' : groupKeys.join(',')}
              mode="inline"
              items={menuItems(portal.menu)}
              selectedKeys={current ? [current.leaf.path] : []}
              defaultOpenKeys={collapsed ? [] : groupKeys}
              onClick={({ key }) => void navigate(key)}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content className="portal-content">
          <Tabs
            className="portal-tabs"
            type="editable-card"
            hideAdd
            size="small"
            activeKey={current?.leaf.path ?? ''}
            onChange={(key) => void navigate(key)}
            onEdit={(key, action) => {
              if (action === 'remove' && typeof key === 'string') closeTab(key);
            }}
            items={tabs.map((key) => ({
              key,
              label:
                key === portal.home ? (
                  <span>
                    <HomeOutlined /> 首页
                  </span>
                ) : (
                  (findLeaf(portal.menu, key)?.leaf.label ?? key)
                ),
              closable: key !== portal.home,
            }))}
          />
          <div className="portal-breadcrumb">
            <span className="portal-breadcrumb-label">当前位置：</span>
            <Breadcrumb items={crumbs} separator=">" />
          </div>
          <main className="portal-page">{children}</main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
