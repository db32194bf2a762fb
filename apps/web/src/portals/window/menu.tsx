import { HomeOutlined, SettingOutlined } from '@ant-design/icons';
import type { PortalDef } from '../menu';

/** 综窗经办 (guide 002): the back-office console of the window clerks. */
export const windowPortal: PortalDef = {
  key: 'window',
  name: '综窗经办',
  home: '/window',
  loginPath: '/window/login',
  menu: [
    { path: '/window', label: '首页', icon: <HomeOutlined /> },
    {
      key: 'system',
      label: '系统管理',
      icon: <SettingOutlined />,
      children: [
        { path: '/window/audit', label: '审计日志查询' },
        { path: '/window/jobs', label: '后台任务' },
        { path: '/window/calendar', label: '节假日设置' },
      ],
    },
  ],
};
