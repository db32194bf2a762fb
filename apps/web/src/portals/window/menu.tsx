import { useMemo } from 'react';
import { AuditOutlined, HomeOutlined, SettingOutlined, WalletOutlined } from '@ant-design/icons';
import { ReadOutlined } from '@ant-design/icons';
import { SearchOutlined, TeamOutlined } from '@ant-design/icons';
import { hasRight, useSession, type Session } from '../../shared/session';
import { isGroup } from '../menu';
import type { MenuEntry, PortalDef } from '../menu';

/** 综窗经办 (guide 002): the back-office console of the window clerks, every page in it. */
export const windowPortal: PortalDef = {
  key: 'window',
  name: '综窗经办',
  home: '/window',
  loginPath: '/window/login',
  menu: [
    { path: '/window', label: '首页', icon: <HomeOutlined /> },
    { path: '/window/guide', label: '办事指南', icon: <ReadOutlined /> },
    {
      key: 'enrolment',
      label: '参保管理',
      icon: <TeamOutlined />,
      children: [
        { path: '/window/unit-registration', label: '单位参保登记' },
        { path: '/window/unit-deregistration', label: '单位注销' },
        { path: '/window/unit-base-audit', label: '单位缴费基数申报书面稽核' },
        { path: '/window/employee-enrolment', label: '单位职工新参保/续保' },
        { path: '/window/employee-enrolment/batch', label: '职工批量新参保/续保' },
        { path: '/window/employee-reduction', label: '单位职工减少' },
        { path: '/window/employee-retirement', label: '单位职工在职转退休' },
        { path: '/window/flexible-enrolment', label: '灵活就业人员新参保/续保' },
        { path: '/window/flexible-suspension', label: '灵活就业人员停保' },
        { path: '/window/flexible-retirement', label: '灵活就业人员在职转退休' },
        { path: '/window/resident-enrolment', label: '城乡居民新参保/续保' },
        { path: '/window/resident-enrolment/batch', label: '城乡居民批量参保' },
        { path: '/window/resident-suspension', label: '城乡居民停保' },
        { path: '/window/special-identity', label: '城乡居民特殊身份登记' },
        { path: '/window/cardless-settlement', label: '开通无卡结算' },
        { path: '/window/assistance-subsidy', label: '救助对象个人缴费补贴' },
        { path: '/window/person-info', label: '人员一般信息维护' },
        { path: '/window/employee-post', label: '人员重要信息维护' },
        { path: '/window/contribution-base', label: '缴费工资变更核定' },
        { path: '/window/unit-info-change', label: '单位信息维护' },
        { path: '/window/resident-info-change', label: '城乡居民参保维护' },
        { path: '/window/resident-info-change/review', label: '城乡居民参保维护审核' },
        { path: '/window/duplicate-enrolments', label: '人员重复参保数据查询' },
      ],
    },
    {
      key: 'query',
      label: '综合查询',
      icon: <SearchOutlined />,
      children: [
        { path: '/window/unit-query', label: '单位综合查询' },
        { path: '/window/person-query', label: '人员综合查询' },
        { path: '/window/certificate', label: '参保证明打印' },
      ],
    },
    {
      key: 'account',
      label: '个人账户管理',
      icon: <WalletOutlined />,
      children: [
        { path: '/window/account-ledger', label: '个人账户收入支出查询' },
        { path: '/window/account-withdrawal/register', label: '个人账户清退登记' },
        { path: '/window/account-withdrawal/review', label: '个人账户清退审核' },
        { path: '/window/account-withdrawal/revoke', label: '个人账户清退撤销' },
      ],
    },
    {
      key: 'review',
      label: '办件审核',
      icon: <AuditOutlined />,
      children: [{ path: '/window/queue', label: '待办工作台' }],
    },
    {
      key: 'system',
      label: '系统管理',
      icon: <SettingOutlined />,
      children: [
        { path: '/window/audit', label: '审计日志查询' },
        { path: '/window/jobs', label: '后台任务' },
        { path: '/window/calendar', label: '节假日设置' },
        { path: '/window/staff', label: '经办人员管理' },
        { path: '/window/roles', label: '角色管理' },
      ],
    },
  ],
};

/** The right a page needs (the server checks it again); pages not listed are open to all staff. */
export const pageRights: Readonly<Record<string, string>> = {
  '/window/queue': 'application.review',
  '/window/applications': 'application.review',
  '/window/unit-registration': 'unit.register',
  '/window/resident-enrolment': 'person.register',
  '/window/person-info': 'person.maintain',
  '/window/unit-base-audit': 'unit.register',
  '/window/employee-post': 'person.maintain',
  '/window/contribution-base': 'person.maintain',
  '/window/unit-info-change': 'unit.register',
  '/window/resident-info-change': 'person.maintain',
  '/window/resident-info-change/review': 'application.review',
  '/window/unit-query': 'unit.read',
  '/window/person-query': 'person.read',
  '/window/certificate': 'certificate.issue',
  '/window/duplicate-enrolments': 'person.read',
  '/window/unit-deregistration': 'unit.register',
  '/window/employee-enrolment': 'person.register',
  '/window/employee-enrolment/batch': 'person.register',
  '/window/employee-reduction': 'person.register',
  '/window/employee-retirement': 'person.register',
  '/window/resident-suspension': 'person.register',
  '/window/flexible-enrolment': 'person.register',
  '/window/flexible-enrolment/batch': 'person.register',
  '/window/flexible-suspension': 'person.register',
  '/window/flexible-retirement': 'person.register',
  '/window/special-identity': 'person.register',
  '/window/resident-enrolment/batch': 'person.register',
  '/window/special-identity/batch': 'person.register',
  '/window/cardless-settlement': 'person.register',
  '/window/assistance-subsidy': 'person.register',
  '/window/account-ledger': 'person.read',
  '/window/account-withdrawal/register': 'account.withdraw',
  '/window/account-withdrawal/review': 'application.review',
  '/window/account-withdrawal/revoke': 'account.withdraw',
  '/window/audit': 'audit.read',
  '/window/staff': 'staff.manage',
  '/window/roles': 'role.manage',
};

/** The menu a signed-in actor may use: pages whose right they lack and empty groups drop out. */
export function windowPortalFor(session: Session | null): PortalDef {
  const allowed = (path: string) => {
    const right = pageRights[path];
    return right === undefined || hasRight(session, right);
  };
  const menu = windowPortal.menu.flatMap((entry): MenuEntry[] => {
    if (!isGroup(entry)) return allowed(entry.path) ? [entry] : [];
    const children = entry.children.filter((leaf) => allowed(leaf.path));
    return children.length ? [{ ...entry, children }] : [];
  });
  return { ...windowPortal, menu };
}

/** windowPortalFor the current session. */
export function useWindowPortal(): PortalDef {
  const { session } = useSession();
  return useMemo(() => windowPortalFor(session), [session]);
}
