import { Alert, Space, Tag, Typography } from 'antd';
import { MyPendingApplications } from '../../modules/applications/applicant/MyPendingApplications';
import { P_APPLICATIONS } from '../../modules/applications/applicant/paths';
import { InsuredSummary } from '../../modules/registry/personal/InsuredSummary';
import { LinkButton } from '../../shared/LinkButton';
import { useSession } from '../../shared/session';
import { PortalWelcome } from '../PortalWelcome';

/**
 * 个人网厅 首页: signed out, 登录 and 注册; signed in but not verified, 立即认证 (004 §三.1); verified,
 * the greeting by name, 参保单位 and 参保状态, and 我的待办件 (P04).
 */
export default function PersonalHome() {
  const { session, loading } = useSession();
  const person = session?.actorType === 'person' ? session : null;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <PortalWelcome
        welcome="欢迎来到个人网厅"
        audience="个人网厅供参保人办理本人医保业务，需使用个人用户账号登录，并完成实名认证后办理。"
      >
        {!loading && !session && (
          <Space size={16} className="personal-home-actions">
            <LinkButton to="/personal/login" type="primary" size="large">
              登录
            </LinkButton>
            <LinkButton to="/personal/register" size="large">
              注册
            </LinkButton>
          </Space>
        )}
        {person && !person.realNameVerified && (
          <Alert
            type="warning"
            showIcon
            title="您尚未完成实名认证"
            description="通过个人网厅注册的新用户，首次登录时需要进行个人信息的实名认证。实名认证后方可办理本人医保业务，请点击【立即认证】按钮进入实名认证页面。"
            action={
              <LinkButton to="/personal/real-name" type="primary">
                立即认证
              </LinkButton>
            }
          />
        )}
        {person?.realNameVerified && (
          <Typography.Paragraph className="personal-home-account">
            <Tag color="success">已实名认证</Tag>
            {person.phone && <span>绑定手机：{person.phone}</span>}
          </Typography.Paragraph>
        )}
        {person?.realNameVerified && <InsuredSummary />}
      </PortalWelcome>
      {person?.realNameVerified && <MyPendingApplications progressPath={P_APPLICATIONS} />}
    </Space>
  );
}
