import { ApiOutlined, FileSearchOutlined, FormOutlined, HomeOutlined } from '@ant-design/icons';
import { U_API_KEYS, U_SETTLEMENT_GUIDE } from '../../modules/accounts/institution/paths';
import { U_APPLICATIONS } from '../../modules/applications/applicant/paths';
import { FLEX_HANDLING, FLEX_QUERIES } from '../../modules/registry/unit/paths';
import type { PortalDef } from '../menu';

/**
 * 单位网厅 (guide 001). The guide's menu is 账户管理, 首页, 网上经办, 业务查询; a group
 * appears here once it holds a page that exists.
 */
export const unitPortal: PortalDef = {
  key: 'unit',
  name: '单位网厅',
  home: '/unit',
  loginPath: '/unit/login',
  menu: [
    { path: '/unit', label: '首页', icon: <HomeOutlined /> },
    {
      key: 'handle',
      label: '网上经办',
      icon: <FormOutlined />,
      children: [...FLEX_HANDLING],
    },
    {
      key: 'query',
      label: '业务查询',
      icon: <FileSearchOutlined />,
      children: [...FLEX_QUERIES, { path: U_APPLICATIONS, label: '办件进度查询' }],
    },
    {
      key: 'institution',
      label: '医保结算',
      icon: <ApiOutlined />,
      children: [
        { path: U_API_KEYS, label: '接口凭证' },
        { path: U_SETTLEMENT_GUIDE, label: '结算接口说明' },
      ],
    },
  ],
};
