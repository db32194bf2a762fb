import { Card, Col, Layout, Row, Typography } from 'antd';
import { BankOutlined, MobileOutlined, SolutionOutlined, UserOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { ElderSwitch } from '../shared/elder';
import { LinkButton } from '../shared/LinkButton';

const entries = [
  {
    to: '/personal',
    label: '个人登录',
    portal: '个人网厅',
    text: '参保人办理和查询本人医保业务',
    icon: <UserOutlined />,
  },
  {
    to: '/unit',
    label: '单位登录',
    portal: '单位网厅',
    text: '单位经办人办理单位医保业务：代管灵活就业、在校学生、医疗机构服务',
    icon: <BankOutlined />,
  },
  {
    to: '/window',
    label: '经办登录',
    portal: '综窗经办',
    text: '医保经办机构工作人员受理和办理窗口业务',
    icon: <SolutionOutlined />,
  },
];

/** `/`: the platform's front door with the three sign-in entries and the mobile channel. */
export default function LandingPage() {
  return (
    <Layout className="landing">
      <Layout.Header className="portal-header">
        <span className="portal-brand">
          <span className="portal-platform">医保公共服务平台</span>
        </span>
        <div className="portal-header-right">
          <ElderSwitch dark />
        </div>
      </Layout.Header>
      <Layout.Content className="landing-content">
        <div className="landing-hero">
          <Typography.Title level={1} className="landing-title">
            医保公共服务平台
          </Typography.Title>
          <Typography.Paragraph className="landing-sub">
            Yibao · 欢迎来到医保之家
          </Typography.Paragraph>
        </div>
        <Row gutter={[24, 24]} justify="center" className="landing-entries">
          {entries.map((e) => (
            <Col key={e.to} xs={24} md={8}>
              <Card className="landing-card">
                <div className="landing-icon">{e.icon}</div>
                <Typography.Title level={3} className="landing-entry-title">
                  {e.portal}
                </Typography.Title>
                <Typography.Paragraph type="secondary" className="landing-entry-text">
                  {e.text}
                </Typography.Paragraph>
                <LinkButton to={e.to} type="primary" size="large" block>
                  {e.label}
                </LinkButton>
              </Card>
            </Col>
          ))}
        </Row>
        <p className="landing-mobile">
          <Link to="/m/">
            <MobileOutlined /> 智慧医保移动端
          </Link>
        </p>
      </Layout.Content>
      <Layout.Footer className="landing-footer">医保公共服务平台 · 开源项目 Yibao</Layout.Footer>
    </Layout>
  );
}
