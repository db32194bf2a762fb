import type { ReactNode } from 'react';
import { Breadcrumb, Card, Layout } from 'antd';
import { Link } from 'react-router';
import { ElderSwitch } from '../../../shared/elder';
import { UNIT_HOME, UNIT_LOGIN, UNIT_REGISTER } from './forms';

interface UnitAuthLayoutProps {
  /** The page's name: 单位登录, 单位经办人注册 */
  title: string;
  /** The card's heading when it differs from the page's name (单位经办人账号登录) */
  cardTitle?: string;
  /** Show 「*为必填项」 on the card */
  required?: boolean;
  /** narrow: the login box; wide: the form with labels */
  width?: 'narrow' | 'wide';
  children: ReactNode;
}

/**
 * The frame of the unit portal's sign-in pages (单位登录, 单位经办人注册), outside the portal
 * shell: header with 返回门户首页 and 注册 | 登录, the 当前位置 line and one centred card.
 */
export function UnitAuthLayout({
  title,
  cardTitle,
  required = false,
  width = 'wide',
  children,
}: UnitAuthLayoutProps) {
  const crumbs = [
    { key: 'home', title: <Link to={UNIT_HOME}>首页</Link> },
    { key: 'page', title: <span>{title}</span> },
  ];
  return (
    <Layout className="uauth">
      <Layout.Header className="portal-header">
        <Link to={UNIT_HOME} className="portal-brand">
          <span className="portal-platform">医保公共服务平台</span>
          <span className="portal-name">单位网厅</span>
        </Link>
        <div className="portal-header-right">
          <Link to="/" className="header-link">
            返回门户首页
          </Link>
          <ElderSwitch dark />
          <span className="uauth-header-links">
            <Link to={UNIT_REGISTER} className="header-link">
              注册
            </Link>
            <span aria-hidden="true">|</span>
            <Link to={UNIT_LOGIN} className="header-link">
              登录
            </Link>
          </span>
        </div>
      </Layout.Header>
      <Layout.Content className="uauth-content">
        <div className={`uauth-main uauth-${width}`}>
          <nav className="portal-breadcrumb" aria-label="当前位置">
            <span className="portal-breadcrumb-label">当前位置：</span>
            <Breadcrumb items={crumbs} separator=">" />
          </nav>
          <Card
            className="uauth-card"
            title={<h1 className="uauth-title">{cardTitle ?? title}</h1>}
            extra={
              required ? (
                <span className="uauth-required">
                  <span className="uauth-star">*</span>为必填项
                </span>
              ) : undefined
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

/** 004 §五 常见问题 3: personal and unit-operator accounts are registered separately. */
export function AccountsNote() {
  return (
    <div className="uauth-note">
      <strong>【个人用户账号和单位经办人账号的区别】</strong>
      个人用户通过【个人登录】登录，单位经办人用户通过【单位登录】登录。个人用户和单位经办人用户虽然都通过手机号进行注册和登录，但单位经办人为办理单位医保业务的操作员用户，个人用户为办理本人医保业务的用户。个人用户和单位经办人用户即使是同一人，也需要分别进行注册。
      <Link to="/personal/login">前往个人登录</Link>
    </div>
  );
}
