import type { ReactNode } from 'react';
import { Breadcrumb, Card, Layout } from 'antd';
import { Link } from 'react-router';
import { ElderSwitch } from '../../../shared/elder';
import { useSession } from '../../../shared/session';
import { UserArea } from '../../../portals/UserArea';

/** Where the personal portal's home, sign-in and registration live. */
export const PERSONAL_HOME = '/personal';
export const PERSONAL_LOGIN = '/personal/login';
export const PERSONAL_REGISTER = '/personal/register';
export const PERSONAL_FORGOT = '/personal/forgot-password';
export const PERSONAL_REAL_NAME = '/personal/real-name';
export const PERSONAL_QR_LOGIN = '/personal/qr-login';

interface PersonAuthLayoutProps {
  /** The page's name: 个人注册, 个人登录 … */
  title: string;
  /** The card's heading when it differs from the page's name (个人账号登录) */
  cardTitle?: string;
  /** The crumbs between 首页 and the page (个人中心 for 实名认证) */
  trail?: string[];
  /** Show 「*为必填项」 on the card */
  required?: boolean;
  /** Beside the card's heading (the login card's 扫码登录) */
  cardExtra?: ReactNode;
  /** narrow: the login box; wide: the forms with labels */
  width?: 'narrow' | 'wide';
  children: ReactNode;
}

/**
 * The frame of the personal portal's sign-in pages (个人注册, 个人登录, 实名认证, 忘记密码), outside
 * the portal shell: header with 注册 | 登录, the 当前位置 line and one centred card.
 */
export function PersonAuthLayout({
  title,
  cardTitle,
  trail = [],
  required = false,
  cardExtra,
  width = 'wide',
  children,
}: PersonAuthLayoutProps) {
  const { session, loading } = useSession();
  const crumbs = [
    { key: 'home', title: <Link to={PERSONAL_HOME}>首页</Link> },
    ...trail.map((t) => ({ key: t, title: <span>{t}</span> })),
    { key: 'page', title: <span>{title}</span> },
  ];
  return (
    <Layout className="pauth">
      <Layout.Header className="portal-header">
        <Link to={PERSONAL_HOME} className="portal-brand">
          <span className="portal-platform">医保公共服务平台</span>
          <span className="portal-name">个人网厅</span>
        </Link>
        <div className="portal-header-right">
          <Link to={PERSONAL_HOME} className="header-link">
            首页
          </Link>
          <ElderSwitch dark />
          {!loading && session ? (
            <UserArea />
          ) : (
            <span className="pauth-header-links">
              <Link to={PERSONAL_REGISTER} className="header-link">
                注册
              </Link>
              <span aria-hidden="true">|</span>
              <Link to={PERSONAL_LOGIN} className="header-link">
                登录
              </Link>
            </span>
          )}
        </div>
      </Layout.Header>
      <Layout.Content className="pauth-content">
        <div className={`pauth-main pauth-${width}`}>
          <nav className="portal-breadcrumb" aria-label="当前位置">
            <span className="portal-breadcrumb-label">当前位置：</span>
            <Breadcrumb items={crumbs} separator=">" />
          </nav>
          <Card
            className="pauth-card"
            title={<h1 className="pauth-title">{cardTitle ?? title}</h1>}
            extra={
              required ? (
                <span className="pauth-required">
                  <span className="pauth-star">*</span>为必填项
                </span>
              ) : (
                cardExtra
              )
            }
          >
            {children}
          </Card>
        </div>
      </Layout.Content>
      <Layout.Footer className="landing-footer">医保公共服务平台 · 开源项目 Yibao</Layout.Footer>
    </Layout>
  );
}
