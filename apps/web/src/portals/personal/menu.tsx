import {
  FileSearchOutlined,
  FormOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  UserOutlined,
} from '@ant-design/icons';
import {
  P_APPLICATIONS,
  P_PERSON_INFO_CHANGE,
  P_RESIDENT_ENROLMENT,
} from '../../modules/applications/applicant/paths';
import {
  CENTRE,
  CENTRE_CANCEL,
  CENTRE_PASSWORD,
  CENTRE_PHONE,
} from '../../modules/auth/person/centre/centre';
import {
  P_CONTRIBUTIONS,
  P_DESIGNATED_HOSPITAL_CHANGE,
  P_PERSON_INFO,
  P_REGISTRATION_RIGHTS,
} from '../../modules/registry/personal/paths';
import { P_MEDICAL_BENEFITS, P_MEDICAL_CONSUMPTION } from '../../modules/accounts/benefits/paths';
import {
  P_ACCOUNT_LEDGER,
  P_ACCOUNT_PASSWORD,
  P_ACCOUNT_PAYMENT,
  P_ACCOUNT_USE_OF_OTHERS,
  P_ACCOUNT_USED_BY_OTHERS,
  P_MUTUAL_AID_MEMBERS,
  P_MUTUAL_AID_ORDER,
} from '../../modules/accounts/personal-paths';
import type { PortalDef } from '../menu';

/**
 * 个人网厅 (guide 000/004). The guide's menu is 个人中心, 首页, 我要办, 我要查, 打印业务,
 * 个人权益; a group appears here once it holds a page that exists. 个人中心's pages are its
 * group's leaves, so that 当前位置 reads 首页 > 个人中心 > 修改密码 as in the guide.
 */
export const personalPortal: PortalDef = {
  key: 'personal',
  name: '个人网厅',
  home: '/personal',
  loginPath: '/personal/login',
  menu: [
    {
      key: 'centre',
      label: '个人中心',
      icon: <UserOutlined />,
      children: [
        { path: CENTRE, label: '我的账户' },
        { path: CENTRE_PASSWORD, label: '修改密码' },
        { path: CENTRE_PHONE, label: '账户信息修改' },
        { path: CENTRE_CANCEL, label: '个人公服账户注销' },
      ],
    },
    { path: '/personal', label: '首页', icon: <HomeOutlined /> },
    {
      key: 'handle',
      label: '我要办',
      icon: <FormOutlined />,
      children: [
        { path: P_PERSON_INFO_CHANGE, label: '职工个人基本信息变更' },
        { path: P_DESIGNATED_HOSPITAL_CHANGE, label: '职工个人定点医疗机构变更' },
        { path: P_RESIDENT_ENROLMENT, label: '居民参保登记' },
        { path: P_MUTUAL_AID_MEMBERS, label: '个人账户家庭共济关系维护' },
        { path: P_MUTUAL_AID_ORDER, label: '共济账户使用顺序维护' },
        { path: P_ACCOUNT_PASSWORD, label: '个人账户密码设置' },
        { path: P_ACCOUNT_PAYMENT, label: '个人账户支付权限设置' },
      ],
    },
    {
      key: 'query',
      label: '我要查',
      icon: <FileSearchOutlined />,
      children: [
        { path: P_PERSON_INFO, label: '职工个人基本信息查询' },
        { path: P_CONTRIBUTIONS, label: '职工参保缴费信息查询' },
        { path: P_ACCOUNT_LEDGER, label: '个人账户明细查询' },
        { path: P_ACCOUNT_USED_BY_OTHERS, label: '使用本人账户情况查询' },
        { path: P_ACCOUNT_USE_OF_OTHERS, label: '使用他人账户情况查询' },
        { path: P_APPLICATIONS, label: '办件进度查询' },
      ],
    },
    {
      key: 'rights',
      label: '个人权益',
      icon: <SafetyCertificateOutlined />,
      children: [
        { path: P_MEDICAL_BENEFITS, label: '职工医疗保险待遇查询' },
        { path: P_REGISTRATION_RIGHTS, label: '职工登记信息权益' },
        { path: P_MEDICAL_CONSUMPTION, label: '个人医疗消费信息查询' },
      ],
    },
  ],
};
