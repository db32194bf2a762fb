import { HomeOutlined } from '@ant-design/icons';
import type { PortalDef } from '../menu';

/**
 * 个人网厅 (guide 000/004). The guide's menu is 个人中心, 首页, 我要办, 我要查, 打印业务,
 * 个人权益; a group appears here once it holds a page that exists.
 */
export const personalPortal: PortalDef = {
  key: 'personal',
  name: '个人网厅',
  home: '/personal',
  loginPath: '/personal/login',
  menu: [{ path: '/personal', label: '首页', icon: <HomeOutlined /> }],
};
